import { gunzipSync } from 'zlib';
import { BATCH_HEADER_SIZE, readHeader } from './record-batch';

/**
 * Finds the first record in one batch whose timestamp is >= `ts` (ListOffsets by
 * timestamp). Uncompressed and gzip batches are read record by record; for codecs the
 * broker cannot decode it falls back to the batch's base offset and max timestamp.
 */
export function findRecordAtOrAfter(batch: Buffer, ts: number): { offset: number; timestamp: number } | null {
  const h = readHeader(batch, 0);
  if (h.maxTimestamp < ts) return null;
  const codec = h.attributes & 0x07;
  const logAppendTime = (h.attributes & 0x08) !== 0;
  if (logAppendTime || (codec !== 0 && codec !== 1)) return { offset: h.baseOffset, timestamp: h.maxTimestamp };
  try {
    let records = batch.subarray(BATCH_HEADER_SIZE, h.size);
    if (codec === 1) records = gunzipSync(records);
    let pos = 0;
    const varint = (): number => {
      let shift = 0;
      let result = 0;
      for (;;) {
        const b = records[pos++];
        if (b === undefined) throw new Error('truncated varint');
        result += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0) break;
        shift += 7;
      }
      // zigzag decode without 32-bit overflow
      return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
    };
    for (let i = 0; i < h.recordsCount; i++) {
      const len = varint();
      const start = pos;
      pos++; // attributes
      const tsDelta = varint();
      const offDelta = varint();
      const recTs = h.baseTimestamp + tsDelta;
      if (recTs >= ts) return { offset: h.baseOffset + offDelta, timestamp: recTs };
      pos = start + len;
    }
  } catch {
    /* fall through to the batch-level answer */
  }
  return { offset: h.baseOffset, timestamp: h.maxTimestamp };
}
