/**
 * Splits a TCP byte stream into size-prefixed Kafka request frames. Chunks are
 * concatenated once per frame (not per read), so large produce requests cost one copy.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxFrameBytes: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  private peekSize(): number {
    if (this.chunks[0].length >= 4) return this.chunks[0].readInt32BE(0);
    const head = Buffer.concat(this.chunks, Math.min(this.buffered, 4));
    return head.readInt32BE(0);
  }

  /**
   * Next complete frame (without its size prefix), null if more bytes are needed.
   * Throws FrameError for a size that is negative, too small or over the limit.
   */
  next(): Buffer | null {
    if (this.buffered < 4) return null;
    const size = this.peekSize();
    // api_key + api_version + correlation_id + client_id length = 10 bytes minimum.
    if (size < 10) throw new FrameError(`invalid request size ${size}`);
    if (size > this.maxFrameBytes) throw new FrameError(`request of ${size} bytes exceeds limit of ${this.maxFrameBytes}`, true);
    if (this.buffered < 4 + size) return null;
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const frame = all.subarray(4, 4 + size);
    const rest = all.subarray(4 + size);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return frame;
  }
}

export class FrameError extends Error {
  constructor(
    message: string,
    readonly oversize = false,
  ) {
    super(message);
  }
}
