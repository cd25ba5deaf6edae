/**
 * Per-segment batch index: one fixed-size entry per stored batch, kept in memory as
 * growable typed arrays and mirrored to an append-only `.index` file so a restart
 * does not have to re-read older segments.
 *
 * Entry (28 bytes): baseOffset i64 | lastOffsetDelta i32 | position u32 | size i32 | maxTimestamp i64
 */
export const INDEX_ENTRY_SIZE = 28;

export interface IndexEntry {
  baseOffset: number;
  lastOffset: number;
  position: number;
  size: number;
  maxTimestamp: number;
}

export class OffsetIndex {
  private base = new Float64Array(64);
  private last = new Float64Array(64);
  private pos = new Float64Array(64);
  private sizes = new Int32Array(64);
  private maxTs = new Float64Array(64);
  count = 0;

  private grow(): void {
    const n = this.base.length * 2;
    const g = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.base = g(this.base, (k) => new Float64Array(k));
    this.last = g(this.last, (k) => new Float64Array(k));
    this.pos = g(this.pos, (k) => new Float64Array(k));
    this.sizes = g(this.sizes, (k) => new Int32Array(k));
    this.maxTs = g(this.maxTs, (k) => new Float64Array(k));
  }

  add(e: IndexEntry): void {
    if (this.count === this.base.length) this.grow();
    const i = this.count++;
    this.base[i] = e.baseOffset;
    this.last[i] = e.lastOffset;
    this.pos[i] = e.position;
    this.sizes[i] = e.size;
    this.maxTs[i] = e.maxTimestamp;
  }

  get(i: number): IndexEntry {
    return {
      baseOffset: this.base[i],
      lastOffset: this.last[i],
      position: this.pos[i],
      size: this.sizes[i],
      maxTimestamp: this.maxTs[i],
    };
  }

  baseOffsetAt(i: number): number {
    return this.base[i];
  }
  lastOffsetAt(i: number): number {
    return this.last[i];
  }
  positionAt(i: number): number {
    return this.pos[i];
  }
  sizeAt(i: number): number {
    return this.sizes[i];
  }
  maxTimestampAt(i: number): number {
    return this.maxTs[i];
  }

  /** Index of the first batch whose last offset is >= offset, or -1. */
  findContaining(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.last[mid] >= offset) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  }

  static encodeEntry(e: IndexEntry, out: Buffer, at: number): void {
    out.writeBigInt64BE(BigInt(e.baseOffset), at);
    out.writeInt32BE(e.lastOffset - e.baseOffset, at + 8);
    out.writeUInt32BE(e.position, at + 12);
    out.writeInt32BE(e.size, at + 16);
    out.writeBigInt64BE(BigInt(e.maxTimestamp), at + 20);
  }

  static decodeEntry(buf: Buffer, at: number): IndexEntry {
    const baseOffset = Number(buf.readBigInt64BE(at));
    return {
      baseOffset,
      lastOffset: baseOffset + buf.readInt32BE(at + 8),
      position: buf.readUInt32BE(at + 12),
      size: buf.readInt32BE(at + 16),
      maxTimestamp: Number(buf.readBigInt64BE(at + 20)),
    };
  }
}
