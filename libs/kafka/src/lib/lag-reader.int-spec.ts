import { LagWindow, registerLagMetrics } from '@raseed/operations';
import { Registry } from 'prom-client';
import { parsePrometheus } from '@raseed/operations/testing';
import { Kafka, logLevel } from 'kafkajs';
import { startTestBroker, TestBroker } from '../testing';
import { LagReader } from './lag-reader';

const TOPIC = 'lag.test.v1';

/** Consumes exactly `count` messages as `groupId`, commits after them, and leaves the group. */
async function consumeAndStop(kafka: Kafka, groupId: string, topic: string, count: number): Promise<void> {
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    void consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          if (seen >= count) return;
          seen++;
          if (seen === count) {
            await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
}

describe('LagReader (embedded broker, a group held back deliberately)', () => {
  let broker: TestBroker;
  let kafka: Kafka;
  const base = Date.now() - 120_000;

  beforeAll(async () => {
    broker = await startTestBroker(1);
    kafka = new Kafka({ brokers: [broker.brokers], clientId: 'lag-test', logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    // Message i was created at base + i seconds: the oldest unconsumed one's age is known exactly.
    await producer.send({ topic: TOPIC, messages: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, timestamp: String(base + i * 1000) })) });
    await producer.disconnect();
    await consumeAndStop(kafka, 'held-back', TOPIC, 4);
    await consumeAndStop(kafka, 'caught-up', TOPIC, 10);
  }, 30_000);

  afterAll(async () => {
    await broker?.stop();
  });

  it('reports committed, log-end, lag in messages and seconds, and a stalled status over the window', async () => {
    const reader = new LagReader(kafka);
    const window = new LagWindow({ windowMs: 60_000 });
    try {
      const first = await reader.read(() => base + 130_000);
      const held = first.groups.find((g) => g.group === 'held-back')!;
      expect(held).toMatchObject({ state: 'Empty', members: 0 });
      expect(held.partitions).toEqual([{ topic: TOPIC, partition: 0, committedOffset: 4, logStartOffset: 0, logEndOffset: 10, oldestUnconsumedTimestamp: base + 4000 }]);
      expect(first.groups.map((g) => g.group)).not.toContain(expect.stringMatching(/^raseed-tool-/));
      window.add(first);
      window.add({ ...(await reader.read(() => base + 140_000)) });
    } finally {
      await reader.close();
    }
    const report = window.report();
    const g = report.groups.find((x) => x.group === 'held-back')!;
    expect(g).toMatchObject({ status: 'stalled', lag: 6, maxLag: 6, consumptionRate: 0, productionRate: 0, timeToDrainSeconds: null });
    // Oldest unconsumed = message 4, created at base + 4 s, read at base + 140 s.
    expect(g.partitions[0]).toMatchObject({ committedOffset: 4, logEndOffset: 10, lag: 6, lagSeconds: 136, lagSecondsSource: 'timestamp' });
    expect(report.groups.find((x) => x.group === 'caught-up')).toMatchObject({ status: 'OK', lag: 0, maxLagSeconds: 0, timeToDrainSeconds: 0 });

    const registry = new Registry();
    registerLagMetrics(registry, () => report);
    const rows = parsePrometheus(await registry.metrics());
    const value = (name: string, labels: Record<string, string>) => rows.find((r) => r.name === name && Object.entries(labels).every(([k, v]) => r.labels[k] === v))?.value;
    const p = { group: 'held-back', topic: TOPIC, partition: '0' };
    expect(value('kafka_consumergroup_group_lag', p)).toBe(6);
    expect(value('kafka_consumergroup_group_lag_seconds', p)).toBe(136);
    expect(value('kafka_consumergroup_group_offset', p)).toBe(4);
    expect(value('kafka_consumergroup_group_max_lag', { group: 'held-back' })).toBe(6);
    expect(value('kafka_consumergroup_group_sum_lag', { group: 'caught-up' })).toBe(0);
    expect(value('kafka_partition_latest_offset', { topic: TOPIC, partition: '0' })).toBe(10);
    expect(value('kafka_consumergroup_group_status', { group: 'held-back', status: 'stalled' })).toBe(1);
    expect(value('kafka_consumergroup_group_status', { group: 'held-back', status: 'OK' })).toBe(0);
    expect(value('kafka_consumergroup_group_time_to_drain_seconds', { group: 'held-back' })).toBe(Infinity);
  }, 30_000);
});
