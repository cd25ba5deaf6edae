import { buildBatch } from './support/record-batch-builder';
import { RawClient } from './support/raw-client';
import { ensureTopics, fetchOnce, initProducerId, latestOffset, produce } from './support/raw-requests';
import { startTestBroker, tempDir, removeDir, kafkaFor } from './support/broker-fixture';

describe('idempotent producer', () => {
  it('returns the original offset for a retried batch and rejects sequence gaps', async () => {
    const broker = await startTestBroker();
    const c = await RawClient.connect(broker.port);
    try {
      await ensureTopics(c, ['idem']);
      const pid = await initProducerId(c);
      const first = buildBatch({ values: ['a', 'b'], producerId: pid, baseSequence: 0 });
      expect(await produce(c, 'idem', 0, Buffer.from(first))).toEqual({ errorCode: 0, baseOffset: 0 });
      // Retry of the same batch (e.g. the response was lost): same offset, nothing appended.
      expect(await produce(c, 'idem', 0, Buffer.from(first))).toEqual({ errorCode: 0, baseOffset: 0 });
      expect(await latestOffset(c, 'idem')).toBe(2);
      const second = buildBatch({ values: ['c'], producerId: pid, baseSequence: 2 });
      expect(await produce(c, 'idem', 0, second)).toEqual({ errorCode: 0, baseOffset: 2 });
      // Sequence 3 is next; 7 is a gap.
      const gap = buildBatch({ values: ['x'], producerId: pid, baseSequence: 7 });
      expect((await produce(c, 'idem', 0, gap)).errorCode).toBe(45);
      // An older, no-longer-remembered-or-mismatched sequence is out of order too.
      const stale = buildBatch({ values: ['y', 'z', 'w'], producerId: pid, baseSequence: 0 });
      expect((await produce(c, 'idem', 0, stale)).errorCode).toBe(45);
      expect(await latestOffset(c, 'idem')).toBe(3);
      // Another producer id has its own sequence space.
      const pid2 = await initProducerId(c);
      expect(pid2).toBeGreaterThan(pid);
      expect(await produce(c, 'idem', 0, buildBatch({ values: ['p2'], producerId: pid2, baseSequence: 0 }))).toEqual({ errorCode: 0, baseOffset: 3 });
    } finally {
      c.close();
      await broker.cleanup();
    }
  });

  it('still deduplicates a retry that arrives after a broker restart', async () => {
    const dir = tempDir();
    let broker = await startTestBroker({ dataDir: dir });
    let c = await RawClient.connect(broker.port);
    await ensureTopics(c, ['idem-restart']);
    const pid = await initProducerId(c);
    const batch = buildBatch({ values: ['once'], producerId: pid, baseSequence: 0 });
    expect(await produce(c, 'idem-restart', 0, Buffer.from(batch))).toEqual({ errorCode: 0, baseOffset: 0 });
    c.close();
    await broker.stop();

    broker = await startTestBroker({ dataDir: dir });
    c = await RawClient.connect(broker.port);
    expect(await produce(c, 'idem-restart', 0, Buffer.from(batch))).toEqual({ errorCode: 0, baseOffset: 0 });
    expect(await latestOffset(c, 'idem-restart')).toBe(1);
    // Producer ids are never reused across restarts.
    expect(await initProducerId(c)).toBeGreaterThan(pid);
    const f = await fetchOnce(c, 'idem-restart', 0);
    expect(f.records.readBigInt64BE(0)).toBe(0n);
    c.close();
    await broker.stop();
    removeDir(dir);
  });

  it('kafkajs idempotent sends with acks=all land exactly once, in order', async () => {
    const broker = await startTestBroker({ defaultPartitions: 3 });
    const kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (let i = 0; i < 20; i++) {
      await producer.send({ topic: 'idem-js', acks: -1, messages: Array.from({ length: 5 }, (_, j) => ({ key: `k${j}`, value: `${i}-${j}` })) });
    }
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets('idem-js');
    expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBe(100);
    await admin.disconnect();
    await broker.cleanup();
  });
});
