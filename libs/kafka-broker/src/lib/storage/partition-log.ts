import * as fs from 'fs';
import * as path from 'path';
import { BatchHeader, setBaseOffset } from '../protocol/record-batch';
import { findRecordAtOrAfter } from '../protocol/record-timestamps';
import { Logger, Segment } from './segment';

export interface LogConfig {
  segmentBytes: number;
  /** Roll the active segment once its first batch is this old (enables time retention). */
  segmentMs: number;
  retentionBytes: number | null;
  retentionMs: number | null;
}

export type AppendListener = () => void;

/**
 * The log of one partition: ordered segments, the active one last. Offsets are
 * assigned here; everything below `logStartOffset` has been removed by retention.
 */
export class PartitionLog {
  private segments: Segment[] = [];
  private listeners = new Set<AppendListener>();
  /** Set by recovery with every batch header re-read, so producer state can be rebuilt. */
  recoveredHeaders: BatchHeader[] = [];

  constructor(
    readonly dir: string,
    readonly topic: string,
    readonly partition: number,
    private readonly config: LogConfig,
    private readonly logger: Logger,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    const bases = fs
      .readdirSync(dir)
      .filter((f) => /^\d{20}\.log$/.test(f))
      .map((f) => Number(f.slice(0, 20)))
      .sort((a, b) => a - b);
    // Orphan index files (log deleted by retention before the index) are harmless; drop them.
    for (const f of fs.readdirSync(dir)) {
      if (/^\d{20}\.index$/.test(f) && !bases.includes(Number(f.slice(0, 20)))) fs.rmSync(path.join(dir, f), { force: true });
    }
    for (let i = 0; i < bases.length; i++) {
      const isLast = i === bases.length - 1;
      const { segment, recovery } = Segment.open(dir, bases[i], isLast, logger);
      this.segments.push(segment);
      if (recovery.scannedHeaders) this.recoveredHeaders.push(...recovery.scannedHeaders);
      // A non-contiguous or damaged older segment makes everything after it unreachable.
      const broken = (recovery.truncated && !isLast) || (i + 1 < bases.length && segment.nextOffset !== bases[i + 1]);
      if (broken) {
        logger.warn(`kafka-broker: ${topic}-${partition}: dropping segments after ${segment.logPath} (gap or corruption)`);
        for (const later of bases.slice(i + 1)) {
          fs.rmSync(path.join(dir, `${String(later).padStart(20, '0')}.log`), { force: true });
          fs.rmSync(path.join(dir, `${String(later).padStart(20, '0')}.index`), { force: true });
        }
        break;
      }
    }
    if (this.segments.length === 0) this.segments.push(Segment.create(dir, 0));
  }

  get active(): Segment {
    return this.segments[this.segments.length - 1];
  }

  get logStartOffset(): number {
    return this.segments[0].baseOffset;
  }

  /** High watermark = log end offset on a single node. */
  get logEndOffset(): number {
    return this.active.nextOffset;
  }

  get sizeBytes(): number {
    let n = 0;
    for (const s of this.segments) n += s.size;
    return n;
  }

  get dirty(): boolean {
    return this.active.dirty || this.segments.some((s) => s.dirty);
  }

  onAppend(l: AppendListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /**
   * Assigns offsets to validated batches (rewriting baseOffset in place) and appends
   * them. Returns the first assigned offset.
   */
  append(records: Buffer, headers: BatchHeader[]): number {
    const first = this.logEndOffset;
    let next = first;
    for (const h of headers) {
      setBaseOffset(records, h.position, next);
      h.baseOffset = next;
      next += h.lastOffsetDelta + 1;
    }
    const active = this.active;
    const tooBig = active.size > 0 && active.size + records.length > this.config.segmentBytes;
    const tooOld = active.size > 0 && Date.now() - active.createdAt > this.config.segmentMs;
    if (tooBig || tooOld) this.roll();
    this.active.append(records, headers);
    this.notify();
    return first;
  }

  private roll(): void {
    const old = this.active;
    // A rolled segment is never written again; make it durable now.
    old.flush(true);
    this.segments.push(Segment.create(this.dir, old.nextOffset));
  }

  /** Batches from the one containing `offset`, up to maxBytes (at least one batch). */
  read(offset: number, maxBytes: number): Buffer {
    for (let i = this.findSegment(offset); i < this.segments.length; i++) {
      const seg = this.segments[i];
      const idx = seg.index.findContaining(offset);
      if (idx >= 0) return seg.read(idx, maxBytes);
    }
    return Buffer.alloc(0);
  }

  private findSegment(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid].baseOffset <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  /** First offset whose record timestamp is >= ts, with that timestamp; null if none. */
  offsetForTimestamp(ts: number): { offset: number; timestamp: number } | null {
    for (const seg of this.segments) {
      if (seg.maxTimestamp < ts) continue;
      for (let i = 0; i < seg.index.count; i++) {
        if (seg.index.maxTimestampAt(i) < ts) continue;
        const found = findRecordAtOrAfter(seg.readAt(seg.index.positionAt(i), seg.index.sizeAt(i)), ts);
        if (found) return found;
      }
    }
    return null;
  }

  /** Descriptors of segments with unsynced appends (see Segment.prepareSync). */
  prepareSync(): number[] {
    const fds: number[] = [];
    for (const s of this.segments) {
      const got = s.prepareSync();
      if (got) fds.push(...got);
    }
    return fds;
  }

  flush(sync: boolean): void {
    for (const s of this.segments) if (s.dirty || sync) s.flush(sync);
  }

  /**
   * Deletes whole old segments past the size or age limit; the active segment is
   * rolled first when all of it has expired, so idle topics also shrink.
   */
  applyRetention(now: number): number {
    const { retentionBytes, retentionMs } = this.config;
    let deleted = 0;
    if (retentionMs !== null && this.active.size > 0 && this.active.maxTimestamp < now - retentionMs) this.roll();
    let total = this.sizeBytes;
    while (this.segments.length > 1) {
      const oldest = this.segments[0];
      const bySize = retentionBytes !== null && total - oldest.size >= retentionBytes;
      const byAge = retentionMs !== null && oldest.maxTimestamp < now - retentionMs;
      if (!bySize && !byAge) break;
      this.segments.shift();
      total -= oldest.size;
      oldest.delete();
      deleted++;
    }
    return deleted;
  }

  close(): void {
    for (const s of this.segments) s.close();
    this.listeners.clear();
  }

  /** Wakes listeners (parked fetches): after an append, and on topic deletion. */
  notify(): void {
    for (const l of [...this.listeners]) {
      // A failing waiter (e.g. a parked fetch) must not fail the append that woke it.
      try {
        l();
      } catch (e) {
        this.logger.error(`kafka-broker: append listener failed on ${this.topic}-${this.partition}: ${(e as Error).message}`);
      }
    }
  }
}
