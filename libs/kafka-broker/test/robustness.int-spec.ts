import { Kafka } from 'kafkajs';
import { buildBatch } from './support/record-batch-builder';
import { RawClient } from './support/raw-client';
import { ensureTopics, fetchOnce, produce, readProduceResponse } from './support/raw-requests';
import { kafkaFor, startTestBroker, waitFor } from './support/broker-fixture';

jest.setTimeout(20_000);

function frame(apiKey: number, apiVersion: number, body: Buffer = Buffer.alloc(0), correlationId = 1): Buffer {
  const head = Buffer.alloc(4 + 2 + 2 + 4 + 2);
  head.writeInt32BE(10 + body.length, 0);
  head.writeInt16BE(apiKey, 4);
  head.writeInt16BE(apiVersion, 6);
  head.writeInt32BE(correlationId, 8);
  head.writeInt16BE(-1, 12);
  return Buffer.concat([head, body]);
}

describe('bad input and limits', () => {
  let broker: Awaited<ReturnType<typeof startTestBroker>>;
  let kafka: Kafka;

  beforeAll(async () => {
    broker = await startTestBroker({ maxRequestBytes: 256 * 1024, maxConnections: 20 });
    kafka = kafkaFor(broker.brokers);
  });
  afterAll(async () => {
    await broker.cleanup();
  });

  /** A healthy kafkajs client must keep working after every abuse. */
  async function healthy(topic: string): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    const [res] = await producer.send({ topic, messages: [{ value: 'still alive' }] });
    expect(res.errorCode).toBe(0);
    await producer.disconnect();
  }

  it.each([
    ['a frame smaller than a request header', Buffer.from([0, 0, 0, 3, 1, 2, 3])],
    ['a negative frame size', Buffer.from([0xff, 0xff, 0xff, 0xfe])],
    ['an unknown api key', frame(99, 0)],
    ['an unsupported version of a known api', frame(0, 9)],
    ['a truncated Metadata body', frame(3, 4, Buffer.from([0, 0, 0, 5, 0, 3]))],
    ['an array count far beyond the frame', frame(3, 4, Buffer.from([0x7f, 0xff, 0xff, 0xff, 0]))],
    ['an oversize request', Buffer.concat([Buffer.from([0, 0x10, 0, 0]), Buffer.alloc(1024)])],
  ])('closes the connection on %s without affecting other clients', async (_name, bytes) => {
    const bad = await RawClient.connect(broker.port);
    const bystander = await RawClient.connect(broker.port);
    bad.writeRaw(bytes);
    await bad.whenClosed();
    // The bystander's connection is untouched.
    const r = await bystander.request(18, 0, () => undefined);
    expect(r.int16()).toBe(0);
    bystander.close();
    await healthy('robust');
  });

  it('answers ApiVersions above v2 with UNSUPPORTED_VERSION and the v0 key list', async () => {
    const c = await RawClient.connect(broker.port);
    const r = await c.request(18, 3, () => undefined);
    expect(r.int16()).toBe(35);
    const keys = r.array((rr) => ({ key: rr.int16(), min: rr.int16(), max: rr.int16() }));
    expect(keys).toContainEqual({ key: 0, min: 3, max: 3 });
    expect(keys).toContainEqual({ key: 1, min: 4, max: 4 });
    c.close();
  });

  it('rejects a batch with a bad CRC as CORRUPT_MESSAGE and keeps the connection', async () => {
    const c = await RawClient.connect(broker.port);
    await ensureTopics(c, ['crc-check']);
    const batch = buildBatch({ values: ['x'] });
    batch[batch.length - 1] ^= 1;
    expect((await produce(c, 'crc-check', 0, batch)).errorCode).toBe(2);
    expect(await produce(c, 'crc-check', 0, buildBatch({ values: ['ok'] }))).toEqual({ errorCode: 0, baseOffset: 0 });
    expect((await produce(c, 'no-such-topic-here', 5, buildBatch({ values: ['x'] }))).errorCode).toBe(3);
    c.close();
  });

  it('sends no response for acks=0 and keeps later responses in order', async () => {
    const c = await RawClient.connect(broker.port);
    await ensureTopics(c, ['acks0']);
    c.send(0, 3, (w) =>
      w
        .nullableString(null)
        .int16(0)
        .int32(1000)
        .int32(1)
        .string('acks0')
        .int32(1)
        .int32(0)
        .bytes(buildBatch({ values: ['fire'] })),
    );
    // A response to the acks=0 produce would arrive first and show up as unexpected.
    const r = await c.request(0, 3, (w) =>
      w
        .nullableString(null)
        .int16(1)
        .int32(1000)
        .int32(1)
        .string('acks0')
        .int32(1)
        .int32(0)
        .bytes(buildBatch({ values: ['ack'] })),
    );
    expect(readProduceResponse(r)).toEqual({ errorCode: 0, baseOffset: 1 });
    expect(c.unexpected).toEqual([]);
    c.close();
  });

  it('returns OFFSET_OUT_OF_RANGE past the high watermark and honours max wait', async () => {
    const c = await RawClient.connect(broker.port);
    await ensureTopics(c, ['oor']);
    expect((await fetchOnce(c, 'oor', 5)).errorCode).toBe(1);
    const started = Date.now();
    const empty = await fetchOnce(c, 'oor', 0, 300);
    const waited = Date.now() - started;
    expect(empty).toMatchObject({ errorCode: 0, highWatermark: 0 });
    expect(empty.records.length).toBe(0);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1500);
    c.close();
  });

  it('answers a parked fetch with UNKNOWN_TOPIC_OR_PARTITION as soon as its topic is deleted', async () => {
    const c = await RawClient.connect(broker.port);
    const admin = await RawClient.connect(broker.port);
    await ensureTopics(c, ['doomed']);
    const started = Date.now();
    const parked = fetchOnce(c, 'doomed', 0, 10_000);
    // DeleteTopics v0 on another connection.
    const del = await admin.request(20, 0, (w) => w.int32(1).string('doomed').int32(1000));
    expect(del.array((r) => [r.string(), r.int16()])).toEqual([['doomed', 0]]);
    expect((await parked).errorCode).toBe(3);
    expect(Date.now() - started).toBeLessThan(5000);
    c.close();
    admin.close();
  });

  it('refuses connections beyond maxConnections and accepts again once some close', async () => {
    const held: RawClient[] = [];
    let refused: RawClient | undefined;
    for (let i = 0; i < 25 && !refused; i++) {
      const c = await RawClient.connect(broker.port);
      held.push(c);
      // A refused socket is closed by the server straight away; probe it.
      const alive = await Promise.race([
        c
          .request(18, 0, () => undefined)
          .then(
            () => true,
            () => false,
          ),
        c.whenClosed().then(() => false),
      ]);
      if (!alive) refused = c;
    }
    expect(refused).toBeDefined();
    held.forEach((c) => c.close());
    // No event tells us when the server has seen the closes; poll with fresh connections.
    await waitFor(
      async () => {
        const c = await RawClient.connect(broker.port);
        const ok = await c
          .request(18, 0, () => undefined)
          .then(
            () => true,
            () => false,
          );
        c.close();
        return ok;
      },
      5000,
      'a free connection slot',
    );
    await healthy('robust');
  });
});
