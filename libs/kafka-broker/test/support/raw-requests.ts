import { Reader } from '../../src/lib/protocol/primitives';
import { RawClient } from './raw-client';

/** Metadata v4 for the given topics (auto-creating them). */
export async function ensureTopics(c: RawClient, topics: string[]): Promise<void> {
  await c.request(3, 4, (w) => w.array(topics, (ww, t) => ww.string(t)).bool(true));
}

export async function initProducerId(c: RawClient): Promise<number> {
  const r = await c.request(22, 0, (w) => w.nullableString(null).int32(60000));
  r.int32();
  expect(r.int16()).toBe(0);
  return r.int64();
}

export async function produce(c: RawClient, topic: string, partition: number, records: Buffer, acks = -1): Promise<{ errorCode: number; baseOffset: number }> {
  const r = await c.request(0, 3, (w) => {
    w.nullableString(null).int16(acks).int32(30000);
    w.int32(1).string(topic).int32(1).int32(partition).bytes(records);
  });
  return readProduceResponse(r);
}

export function readProduceResponse(r: Reader): { errorCode: number; baseOffset: number } {
  r.int32();
  r.string();
  r.int32();
  r.int32();
  return { errorCode: r.int16(), baseOffset: r.int64() };
}

export async function latestOffset(c: RawClient, topic: string, partition = 0): Promise<number> {
  const r = await c.request(2, 1, (w) => w.int32(-1).int32(1).string(topic).int32(1).int32(partition).int64(-1));
  r.int32();
  r.string();
  r.int32();
  r.int32();
  expect(r.int16()).toBe(0);
  r.int64();
  return r.int64();
}

export async function fetchOnce(c: RawClient, topic: string, offset: number, maxWaitMs = 0): Promise<{ errorCode: number; highWatermark: number; records: Buffer }> {
  const r = await c.request(1, 4, (w) => {
    w.int32(-1)
      .int32(maxWaitMs)
      .int32(1)
      .int32(1 << 20)
      .int8(0);
    w.int32(1)
      .string(topic)
      .int32(1)
      .int32(0)
      .int64(offset)
      .int32(1 << 20);
  });
  r.int32();
  r.int32();
  r.string();
  r.int32();
  r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  r.int64();
  r.array((rr) => [rr.int64(), rr.int64()]);
  return { errorCode, highWatermark, records: r.bytes() };
}
