import * as fs from 'fs';
import * as path from 'path';
import { BATCH_HEADER_SIZE, BATCH_LENGTH_PREFIX, BatchHeader, checkBatch } from '../protocol/record-batch';
import { fsyncDir } from './atomic-file';
import { INDEX_ENTRY_SIZE, IndexEntry, OffsetIndex } from './offset-index';

export type Logger = {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
};

const SCAN_CHUNK = 4 * 1024 * 1024;

export function segmentFileName(baseOffset: number, ext: 'log' | 'index'): string {
  return `${String(baseOffset).padStart(20, '0')}.${ext}`;
}

export interface RecoveryResult {
  /** True if bytes were discarded from this segment. */
  truncated: boolean;
  /** Headers of every valid batch found when the segment was re-scanned. */
  scannedHeaders: BatchHeader[] | null;
}

/**
 * One log segment: `<baseOffset>.log` holds record batches back to back (baseOffset
 * already rewritten), `<baseOffset>.index` their positions.
 */
export class Segment {
  readonly index = new OffsetIndex();
  size = 0;
  nextOffset: number;
  maxTimestamp = -1;
  /** Wall-clock time of the first append; drives time-based rolling. */
  createdAt = Date.now();
  private logFd: number;
  private indexFd: number;
  private pendingIndex: Buffer[] = [];
  private indexFileEntries = 0;
  dirty = false;

  private constructor(
    readonly dir: string,
    readonly baseOffset: number,
  ) {
    this.nextOffset = baseOffset;
    this.logFd = fs.openSync(this.logPath, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
    this.indexFd = fs.openSync(this.indexPath, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
  }

  get logPath(): string {
    return path.join(this.dir, segmentFileName(this.baseOffset, 'log'));
  }
  get indexPath(): string {
    return path.join(this.dir, segmentFileName(this.baseOffset, 'index'));
  }

  static create(dir: string, baseOffset: number): Segment {
    const s = new Segment(dir, baseOffset);
    fs.ftruncateSync(s.logFd, 0);
    fs.ftruncateSync(s.indexFd, 0);
    // Make the new files' directory entries durable, or a crash could lose a whole segment.
    fsyncDir(dir);
    return s;
  }

  /**
   * Opens an existing segment. The index file is trusted only if it exactly
   * describes the log file; otherwise (or when `fullScan`) the log is re-read,
   * every batch's length, magic, CRC and offset continuity checked, and anything
   * after the first bad batch truncated away.
   */
  static open(dir: string, baseOffset: number, fullScan: boolean, logger: Logger): { segment: Segment; recovery: RecoveryResult } {
    const s = new Segment(dir, baseOffset);
    const fileSize = fs.fstatSync(s.logFd).size;
    if (!fullScan && s.loadIndex(fileSize)) return { segment: s, recovery: { truncated: false, scannedHeaders: null } };
    const headers = s.scan(fileSize);
    const validEnd = headers.length ? headers[headers.length - 1].position + headers[headers.length - 1].size : 0;
    const truncated = validEnd < fileSize;
    if (truncated) {
      logger.warn(`kafka-broker: truncating ${s.logPath} from ${fileSize} to ${validEnd} bytes (torn or corrupt tail)`);
      fs.ftruncateSync(s.logFd, validEnd);
      fs.fsyncSync(s.logFd);
    }
    s.rewriteIndex();
    return { segment: s, recovery: { truncated, scannedHeaders: headers } };
  }

  private loadIndex(fileSize: number): boolean {
    const idxSize = fs.fstatSync(this.indexFd).size;
    if (idxSize % INDEX_ENTRY_SIZE !== 0) return false;
    if (idxSize === 0) return fileSize === 0;
    const buf = Buffer.allocUnsafe(idxSize);
    fs.readSync(this.indexFd, buf, 0, idxSize, 0);
    let expectedPos = 0;
    let expectedOffset = this.baseOffset;
    const entries: IndexEntry[] = [];
    for (let at = 0; at < idxSize; at += INDEX_ENTRY_SIZE) {
      const e = OffsetIndex.decodeEntry(buf, at);
      if (e.position !== expectedPos || e.baseOffset !== expectedOffset || e.size < BATCH_HEADER_SIZE || e.lastOffset < e.baseOffset) return false;
      expectedPos += e.size;
      expectedOffset = e.lastOffset + 1;
      entries.push(e);
    }
    if (expectedPos !== fileSize) return false;
    for (const e of entries) this.addEntry(e);
    this.size = fileSize;
    this.indexFileEntries = entries.length;
    return true;
  }

  private scan(fileSize: number): BatchHeader[] {
    const headers: BatchHeader[] = [];
    let chunk = Buffer.allocUnsafe(SCAN_CHUNK);
    let chunkStart = 0;
    let chunkLen = 0;
    let pos = 0;
    let expectedOffset = this.baseOffset;
    while (pos < fileSize) {
      // Make sure the chunk holds the header, then the whole batch.
      let rel = pos - chunkStart;
      if (rel + BATCH_HEADER_SIZE > chunkLen) {
        chunkStart = pos;
        chunkLen = fs.readSync(this.logFd, chunk, 0, Math.min(chunk.length, fileSize - pos), pos);
        rel = 0;
        if (chunkLen < BATCH_HEADER_SIZE) break;
      }
      const size = chunk.readInt32BE(rel + 8) + BATCH_LENGTH_PREFIX;
      if (size < BATCH_HEADER_SIZE || pos + size > fileSize) break;
      if (rel + size > chunkLen) {
        if (size > chunk.length) chunk = Buffer.allocUnsafe(size);
        chunkStart = pos;
        chunkLen = fs.readSync(this.logFd, chunk, 0, Math.min(chunk.length, fileSize - pos), pos);
        rel = 0;
        if (chunkLen < size) break;
      }
      const view = chunk.subarray(rel, rel + size);
      const c = checkBatch(view, 0, true);
      if (!c.ok || c.header.baseOffset !== expectedOffset) break;
      const h = { ...c.header, position: pos };
      headers.push(h);
      this.addEntry({
        baseOffset: h.baseOffset,
        lastOffset: h.baseOffset + h.lastOffsetDelta,
        position: pos,
        size,
        maxTimestamp: h.maxTimestamp,
      });
      expectedOffset = h.baseOffset + h.lastOffsetDelta + 1;
      pos += size;
    }
    this.size = pos;
    return headers;
  }

  private rewriteIndex(): void {
    const buf = Buffer.allocUnsafe(this.index.count * INDEX_ENTRY_SIZE);
    for (let i = 0; i < this.index.count; i++) OffsetIndex.encodeEntry(this.index.get(i), buf, i * INDEX_ENTRY_SIZE);
    fs.ftruncateSync(this.indexFd, 0);
    if (buf.length) fs.writeSync(this.indexFd, buf, 0, buf.length, 0);
    this.indexFileEntries = this.index.count;
    this.pendingIndex = [];
  }

  private addEntry(e: IndexEntry): void {
    this.index.add(e);
    this.nextOffset = e.lastOffset + 1;
    if (e.maxTimestamp > this.maxTimestamp) this.maxTimestamp = e.maxTimestamp;
  }

  /** Appends already-offset-assigned batches with one write. */
  append(data: Buffer, headers: readonly BatchHeader[]): void {
    if (this.index.count === 0) this.createdAt = Date.now();
    const start = this.size;
    let written = 0;
    while (written < data.length) written += fs.writeSync(this.logFd, data, written, data.length - written, start + written);
    const idx = Buffer.allocUnsafe(headers.length * INDEX_ENTRY_SIZE);
    headers.forEach((h, i) => {
      const e: IndexEntry = {
        baseOffset: h.baseOffset,
        lastOffset: h.baseOffset + h.lastOffsetDelta,
        position: start + h.position,
        size: h.size,
        maxTimestamp: h.maxTimestamp,
      };
      this.addEntry(e);
      OffsetIndex.encodeEntry(e, idx, i * INDEX_ENTRY_SIZE);
    });
    // Index writes are batched: a stale index is detected and rebuilt on recovery.
    this.pendingIndex.push(idx);
    this.size += data.length;
    this.dirty = true;
  }

  /** Reads batches starting at index `from`, up to `maxBytes` but always at least one batch. */
  read(from: number, maxBytes: number): Buffer {
    if (from < 0 || from >= this.index.count) return Buffer.alloc(0);
    const start = this.index.positionAt(from);
    let end = start + this.index.sizeAt(from);
    for (let i = from + 1; i < this.index.count; i++) {
      const e = this.index.positionAt(i) + this.index.sizeAt(i);
      if (e - start > maxBytes) break;
      end = e;
    }
    const buf = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(this.logFd, buf, got, buf.length - got, start + got);
      if (n === 0) throw new Error(`short read from ${this.logPath}`);
      got += n;
    }
    return buf;
  }

  readAt(position: number, size: number): Buffer {
    const buf = Buffer.allocUnsafe(size);
    fs.readSync(this.logFd, buf, 0, size, position);
    return buf;
  }

  /** Writes buffered index entries and optionally fsyncs both files. */
  flush(sync: boolean): void {
    if (this.pendingIndex.length) {
      const buf = this.pendingIndex.length === 1 ? this.pendingIndex[0] : Buffer.concat(this.pendingIndex);
      fs.writeSync(this.indexFd, buf, 0, buf.length, this.indexFileEntries * INDEX_ENTRY_SIZE);
      this.indexFileEntries += buf.length / INDEX_ENTRY_SIZE;
      this.pendingIndex = [];
    }
    if (sync && this.dirty) {
      fs.fsyncSync(this.logFd);
      fs.fsyncSync(this.indexFd);
    }
    if (sync) this.dirty = false;
  }

  /**
   * Writes buffered index entries and hands back the descriptors to fsync off the
   * event loop (null if nothing was appended since the last sync).
   */
  prepareSync(): number[] | null {
    this.flush(false);
    if (!this.dirty) return null;
    this.dirty = false;
    return [this.logFd, this.indexFd];
  }

  close(): void {
    try {
      this.flush(false);
    } finally {
      fs.closeSync(this.logFd);
      fs.closeSync(this.indexFd);
    }
  }

  delete(): void {
    try {
      fs.closeSync(this.logFd);
      fs.closeSync(this.indexFd);
    } catch {
      /* already closed */
    }
    fs.rmSync(this.logPath, { force: true });
    fs.rmSync(this.indexPath, { force: true });
  }
}
