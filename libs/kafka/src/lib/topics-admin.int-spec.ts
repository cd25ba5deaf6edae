import { allTopics } from '@raseed/contracts';
import { startTestBroker, TestBroker } from '@raseed/kafka/testing';
import { Admin, ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { ensureTopics, provisionPipelineTopics } from './topics-admin';

async function retentionOf(admin: Admin, topics: string[]): Promise<Record<string, string | undefined>> {
  const described = await admin.describeConfigs({ includeSynonyms: false, resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })) });
  return Object.fromEntries(described.resources.map((r) => [r.resourceName, r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue]));
}

describe('topic provisioning (embedded broker)', () => {
  let broker: TestBroker;
  let kafka: Kafka;
  let admin: Admin;
  beforeAll(async () => {
    broker = await startTestBroker();
    kafka = new Kafka({ brokers: [broker.brokers], clientId: 'topics-admin-spec', logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin.disconnect();
    await broker.stop();
  });

  it('creates every pipeline topic and its DLT with explicit retention (kept forever by default), once', async () => {
    const first = await provisionPipelineTopics([broker.brokers], 'spec', 1);
    expect(first.created.sort()).toEqual(allTopics().sort());
    expect(allTopics().filter((t) => t.endsWith('.dlt')).length).toBeGreaterThan(0);
    const retention = await retentionOf(admin, allTopics());
    expect(Object.values(retention)).toEqual(allTopics().map(() => '-1'));
    expect(await provisionPipelineTopics([broker.brokers], 'spec', 1)).toEqual({ created: [], updated: [], unchanged: [], grown: [] });
  });

  it('takes a bounded retention when asked, and reports a topic it cannot bring to it', async () => {
    const day = String(86_400_000 * 30);
    expect((await ensureTopics(kafka, ['bounded.v1'], 1, 1, Number(day))).created).toEqual(['bounded.v1']);
    expect(await retentionOf(admin, ['bounded.v1'])).toEqual({ 'bounded.v1': day });
    // Created earlier with the broker's default; the embedded broker has no AlterConfigs.
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'legacy.v1', numPartitions: 1 }] });
    expect(await ensureTopics(kafka, ['legacy.v1'], 1)).toEqual({ created: [], updated: [], unchanged: ['legacy.v1'], grown: [] });
  });

  it('grows an existing topic to the wanted partition count (CreatePartitions), keeping its messages; never shrinks', async () => {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'narrow.v1', numPartitions: 1, configEntries: [{ name: 'retention.ms', value: '-1' }] }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'narrow.v1', messages: [{ key: 'a', value: 'kept' }] });
    await producer.disconnect();
    expect(await ensureTopics(kafka, ['narrow.v1'], 3)).toEqual({ created: [], updated: [], unchanged: [], grown: [{ topic: 'narrow.v1', from: 1, to: 3 }] });
    const offsets = await admin.fetchTopicOffsets('narrow.v1');
    expect(offsets.map((o) => [o.partition, o.high]).sort()).toEqual([
      [0, '1'],
      [1, '0'],
      [2, '0'],
    ]);
    expect((await ensureTopics(kafka, ['narrow.v1'], 2)).grown).toEqual([]);
    expect((await admin.fetchTopicMetadata({ topics: ['narrow.v1'] })).topics[0].partitions).toHaveLength(3);
  });
});
