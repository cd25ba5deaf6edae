import * as fs from 'fs';
import { crc32c } from '../protocol/crc32c';
import { writeFileAtomic } from './atomic-file';
import { Logger } from './segment';

/**
 * Append-only log of small JSON records (committed offsets, group metadata).
 * Each record is `int32 length | uint32 crc32c | utf8 json`; a torn or corrupt tail
 * is truncated on open. The owner rewrites it from a snapshot when it grows.
 */
export class StateLog<T> {
  private fd: number;
  private size = 0;
  private records = 0;
  dirty = false;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {
    this.fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
  }

  /** Reads every valid record, truncating anything after the first bad one. */
  load(): T[] {
    const buf = fs.readFileSync(this.file);
    const out: T[] = [];
    let pos = 0;
    while (pos + 8 <= buf.length) {
      const len = buf.readInt32BE(pos);
      if (len < 0 || pos + 8 + len > buf.length) break;
      const crc = buf.readUInt32BE(pos + 4);
      if (crc32c(buf, pos + 8, pos + 8 + len) !== crc) break;
      try {
        out.push(JSON.parse(buf.toString('utf8', pos + 8, pos + 8 + len)) as T);
      } catch {
        break;
      }
      pos += 8 + len;
    }
    if (pos < buf.length) {
      this.logger.warn(`kafka-broker: truncating ${this.file} from ${buf.length} to ${pos} bytes (torn or corrupt tail)`);
      fs.ftruncateSync(this.fd, pos);
      fs.fsyncSync(this.fd);
    }
    this.size = pos;
    this.records = out.length;
    return out;
  }

  private static encode(records: readonly unknown[]): Buffer {
    const parts: Buffer[] = [];
    for (const r of records) {
      const payload = Buffer.from(JSON.stringify(r), 'utf8');
      const head = Buffer.allocUnsafe(8);
      head.writeInt32BE(payload.length, 0);
      head.writeUInt32BE(crc32c(payload), 4);
      parts.push(head, payload);
    }
    return Buffer.concat(parts);
  }

  append(records: readonly T[], sync: boolean): void {
    if (!records.length) return;
    const buf = StateLog.encode(records);
    let written = 0;
    while (written < buf.length) written += fs.writeSync(this.fd, buf, written, buf.length - written, this.size + written);
    this.size += buf.length;
    this.records += records.length;
    this.dirty = true;
    if (sync) this.flush();
  }

  get recordCount(): number {
    return this.records;
  }

  flush(): void {
    if (!this.dirty) return;
    fs.fsyncSync(this.fd);
    this.dirty = false;
  }

  /** Replaces the log with a compact snapshot (atomically). */
  rewrite(snapshot: readonly T[]): void {
    const buf = StateLog.encode(snapshot);
    fs.closeSync(this.fd);
    writeFileAtomic(this.file, buf);
    this.fd = fs.openSync(this.file, fs.constants.O_RDWR, 0o644);
    this.size = buf.length;
    this.records = snapshot.length;
    this.dirty = false;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
