import { crc32c } from './crc32c';

/**
 * RecordBatch v2 (magic 2) header access. The broker keeps batches opaque: it reads
 * the header, rewrites baseOffset (not covered by the CRC) and never decompresses.
 */
export const BATCH_HEADER_SIZE = 61;
/** baseOffset(8) + batchLength(4): batchLength counts the bytes after these. */
export const BATCH_LENGTH_PREFIX = 12;

const OFF_LENGTH = 8;
const OFF_MAGIC = 16;
const OFF_CRC = 17;
const OFF_ATTRIBUTES = 21;
const OFF_LAST_OFFSET_DELTA = 23;
const OFF_BASE_TIMESTAMP = 27;
const OFF_MAX_TIMESTAMP = 35;
const OFF_PRODUCER_ID = 43;
const OFF_PRODUCER_EPOCH = 51;
const OFF_BASE_SEQUENCE = 53;
const OFF_RECORDS_COUNT = 57;

export interface BatchHeader {
  /** Byte position of the batch within the buffer it was parsed from. */
  position: number;
  /** Total bytes of the batch including the 12-byte prefix. */
  size: number;
  baseOffset: number;
  lastOffsetDelta: number;
  attributes: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
}

export type BatchCheck = { ok: true; header: BatchHeader } | { ok: false; reason: string; incomplete: boolean };

/**
 * Validates the batch starting at `pos`: complete, magic 2, sane counts and a
 * matching CRC-32C. `incomplete` distinguishes a torn tail from corruption.
 */
export function checkBatch(buf: Buffer, pos: number, verifyCrc = true): BatchCheck {
  if (buf.length - pos < BATCH_HEADER_SIZE) return { ok: false, reason: 'short header', incomplete: true };
  const batchLength = buf.readInt32BE(pos + OFF_LENGTH);
  const size = batchLength + BATCH_LENGTH_PREFIX;
  if (batchLength < BATCH_HEADER_SIZE - BATCH_LENGTH_PREFIX) return { ok: false, reason: 'bad batch length', incomplete: false };
  if (buf.length - pos < size) return { ok: false, reason: 'short batch', incomplete: true };
  if (buf.readInt8(pos + OFF_MAGIC) !== 2) return { ok: false, reason: 'unsupported magic', incomplete: false };
  const lastOffsetDelta = buf.readInt32BE(pos + OFF_LAST_OFFSET_DELTA);
  const recordsCount = buf.readInt32BE(pos + OFF_RECORDS_COUNT);
  if (lastOffsetDelta < 0 || recordsCount < 0) return { ok: false, reason: 'bad record count', incomplete: false };
  if (verifyCrc) {
    const expected = buf.readUInt32BE(pos + OFF_CRC);
    if (crc32c(buf, pos + OFF_ATTRIBUTES, pos + size) !== expected) return { ok: false, reason: 'crc mismatch', incomplete: false };
  }
  return { ok: true, header: readHeader(buf, pos, size) };
}

export function readHeader(buf: Buffer, pos: number, size = buf.readInt32BE(pos + OFF_LENGTH) + BATCH_LENGTH_PREFIX): BatchHeader {
  return {
    position: pos,
    size,
    baseOffset: Number(buf.readBigInt64BE(pos)),
    lastOffsetDelta: buf.readInt32BE(pos + OFF_LAST_OFFSET_DELTA),
    attributes: buf.readInt16BE(pos + OFF_ATTRIBUTES),
    baseTimestamp: Number(buf.readBigInt64BE(pos + OFF_BASE_TIMESTAMP)),
    maxTimestamp: Number(buf.readBigInt64BE(pos + OFF_MAX_TIMESTAMP)),
    producerId: Number(buf.readBigInt64BE(pos + OFF_PRODUCER_ID)),
    producerEpoch: buf.readInt16BE(pos + OFF_PRODUCER_EPOCH),
    baseSequence: buf.readInt32BE(pos + OFF_BASE_SEQUENCE),
    recordsCount: buf.readInt32BE(pos + OFF_RECORDS_COUNT),
  };
}

/** Rewrites baseOffset in place; the CRC does not cover it, so it stays valid. */
export function setBaseOffset(buf: Buffer, pos: number, baseOffset: number): void {
  buf.writeBigInt64BE(BigInt(baseOffset), pos);
}

/** Splits a Produce record set into validated batches; throws on any bad batch. */
export function splitBatches(records: Buffer): BatchCheck[] {
  const out: BatchCheck[] = [];
  let pos = 0;
  while (pos < records.length) {
    const c = checkBatch(records, pos);
    out.push(c);
    if (!c.ok) break;
    pos += c.header.size;
  }
  return out;
}

export function isTransactional(attributes: number): boolean {
  return (attributes & 0x10) !== 0;
}

export function isControl(attributes: number): boolean {
  return (attributes & 0x20) !== 0;
}
