import { crc32c } from './crc32c';
import { FrameDecoder, FrameError } from './frame-decoder';
import { ProtocolError, Reader, Writer } from './primitives';
import { checkBatch, readHeader, setBaseOffset, splitBatches } from './record-batch';
import { findRecordAtOrAfter } from './record-timestamps';
import { buildBatch } from '../../../test/support/record-batch-builder';

describe('crc32c', () => {
  it('matches the standard check value and is chunk-independent', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    const data = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff));
    expect(crc32c(data, 3, 997)).toBe(crc32c(data.subarray(3, 997)));
  });
});

describe('Reader / Writer', () => {
  it('round-trips every primitive, including nulls and big buffers', () => {
    const big = Buffer.alloc(10_000, 9);
    const w = new Writer(8)
      .int8(-5)
      .bool(true)
      .int16(-300)
      .int32(123456789)
      .int64(2 ** 52 + 7)
      .string('نص عربي')
      .nullableString(null)
      .bytes(Buffer.from([1, 2]))
      .nullableBytes(null)
      .bytes(big)
      .array([1, 2, 3], (ww, v) => ww.int32(v));
    const buf = w.toBuffer();
    expect(buf.length).toBe(w.length);
    const r = new Reader(buf);
    expect([r.int8(), r.bool(), r.int16(), r.int32(), r.int64(), r.string(), r.nullableString()]).toEqual([-5, true, -300, 123456789, 2 ** 52 + 7, 'نص عربي', null]);
    expect([...r.bytes()]).toEqual([1, 2]);
    expect(r.nullableBytes()).toBeNull();
    expect(r.bytes().equals(big)).toBe(true);
    expect(r.array((rr) => rr.int32())).toEqual([1, 2, 3]);
    expect(r.remaining()).toBe(0);
  });

  it('keeps large buffers as separate chunks instead of copying them', () => {
    const big = Buffer.alloc(100_000);
    const chunks = new Writer().int32(1).raw(big).int32(2).toChunks();
    expect(chunks).toContain(big);
  });

  it('throws ProtocolError on truncated input and absurd array counts', () => {
    expect(() => new Reader(Buffer.from([0, 1])).int32()).toThrow(ProtocolError);
    expect(() => new Reader(Buffer.from([0, 5, 65])).string()).toThrow(ProtocolError);
    expect(() => new Reader(Buffer.from([0x7f, 0, 0, 0, 1])).array((r) => r.int8())).toThrow(ProtocolError);
    expect(new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff])).nullableArray((r) => r.int8())).toBeNull();
  });
});

describe('FrameDecoder', () => {
  const frame = (payload: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, payload.length]), payload]);

  it('reassembles frames split across chunks and splits coalesced ones', () => {
    const d = new FrameDecoder(1000);
    const a = frame(Buffer.alloc(12, 1));
    const b = frame(Buffer.alloc(20, 2));
    const stream = Buffer.concat([a, b]);
    d.push(stream.subarray(0, 2));
    expect(d.next()).toBeNull();
    d.push(stream.subarray(2, 20));
    expect(d.next()).toEqual(Buffer.alloc(12, 1));
    expect(d.next()).toBeNull();
    d.push(stream.subarray(20));
    expect(d.next()).toEqual(Buffer.alloc(20, 2));
    expect(d.next()).toBeNull();
  });

  it('rejects undersized and oversized frames before buffering their bodies', () => {
    const small = new FrameDecoder(1000);
    small.push(Buffer.from([0, 0, 0, 4]));
    expect(() => small.next()).toThrow(FrameError);
    const big = new FrameDecoder(1000);
    big.push(Buffer.from([0, 0, 0x10, 0]));
    expect(() => big.next()).toThrow(/exceeds limit/);
  });
});

describe('record batches', () => {
  it('validates a client batch and rewrites only the base offset (CRC stays valid)', () => {
    const batch = buildBatch({ values: ['a', 'b', 'c'], producerId: 7, baseSequence: 4 });
    const c = checkBatch(batch, 0);
    expect(c.ok && c.header).toMatchObject({ lastOffsetDelta: 2, recordsCount: 3, producerId: 7, baseSequence: 4, size: batch.length });
    setBaseOffset(batch, 0, 1234);
    expect(readHeader(batch, 0).baseOffset).toBe(1234);
    expect(checkBatch(batch, 0).ok).toBe(true);
  });

  it('distinguishes torn batches from corrupt ones', () => {
    const batch = buildBatch({ values: ['x'] });
    expect(checkBatch(batch.subarray(0, batch.length - 1), 0)).toMatchObject({ ok: false, incomplete: true });
    const bad = Buffer.from(batch);
    bad[bad.length - 1] ^= 1;
    expect(checkBatch(bad, 0)).toMatchObject({ ok: false, incomplete: false, reason: 'crc mismatch' });
    const magic = Buffer.from(batch);
    magic[16] = 1;
    expect(checkBatch(magic, 0)).toMatchObject({ ok: false, reason: 'unsupported magic' });
  });

  it('splits a record set holding several batches', () => {
    const set = Buffer.concat([buildBatch({ values: ['a'] }), buildBatch({ values: ['b', 'c'] })]);
    const parts = splitBatches(set);
    expect(parts.map((p) => p.ok && p.header.recordsCount)).toEqual([1, 2]);
  });

  it('finds the first record at or after a timestamp inside a batch', () => {
    const batch = buildBatch({ values: ['a', 'b', 'c'], baseTimestamp: 1000, timestampStep: 10 });
    expect(findRecordAtOrAfter(batch, 1005)).toEqual({ offset: 1, timestamp: 1010 });
    expect(findRecordAtOrAfter(batch, 0)).toEqual({ offset: 0, timestamp: 1000 });
    expect(findRecordAtOrAfter(batch, 1021)).toBeNull();
  });
});
