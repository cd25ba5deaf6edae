import { CompressionTypes, Consumer, EachMessagePayload } from 'kafkajs';
import { fastConsumer, kafkaFor, startTestBroker } from './support/broker-fixture';

jest.setTimeout(20_000);

type Broker = Awaited<ReturnType<typeof startTestBroker>>;

describe('kafkajs produce/consume over TCP', () => {
  let broker: Broker;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    broker = await startTestBroker({ defaultPartitions: 1 });
  });
  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
  });
  afterAll(async () => {
    await broker.cleanup();
  });

  /** Runs a consumer until `count` messages arrived; resolves with them in arrival order. */
  async function consume(topic: string, groupId: string, count: number): Promise<EachMessagePayload[]> {
    const consumer = kafkaFor(broker.brokers).consumer({ groupId, ...fastConsumer });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const got: EachMessagePayload[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async (p) => {
          got.push(p);
          if (got.length === count) resolve();
        },
      });
    });
    return got;
  }

  it('round-trips keys, null values, headers (incl. repeated) and gzip batches in order', async () => {
    const producer = kafkaFor(broker.brokers).producer({ idempotent: true });
    await producer.connect();
    await producer.send({
      topic: 'rt',
      compression: CompressionTypes.GZIP,
      messages: [
        { key: 'k1', value: 'مرحبا', headers: { trace: 'abc', multi: ['x', 'y'] } },
        { key: null, value: null },
      ],
    });
    await producer.send({ topic: 'rt', messages: [{ key: 'k3', value: Buffer.alloc(100_000, 7) }] });
    await producer.disconnect();

    const got = await consume('rt', 'rt-group', 3);
    expect(got.map((m) => m.message.offset)).toEqual(['0', '1', '2']);
    expect(got[0].message.key?.toString()).toBe('k1');
    expect(got[0].message.value?.toString()).toBe('مرحبا');
    expect(got[0].message.headers?.trace?.toString()).toBe('abc');
    expect((got[0].message.headers?.multi as Buffer[]).map(String)).toEqual(['x', 'y']);
    expect(got[1].message.key).toBeNull();
    expect(got[1].message.value).toBeNull();
    expect(got[2].message.value).toEqual(Buffer.alloc(100_000, 7));
  });

  it('wakes a parked fetch as soon as data arrives (well before max wait)', async () => {
    const kafka = kafkaFor(broker.brokers);
    const maxWait = 2000;
    const consumer = kafka.consumer({ groupId: 'lp', ...fastConsumer, maxWaitTimeInMs: maxWait });
    consumers.push(consumer);
    const producer = kafka.producer();
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: 'longpoll', fromBeginning: true });
    const fetchSent = new Promise<void>((resolve) =>
      consumer.on(consumer.events.REQUEST, (e) => {
        if (e.payload.apiName === 'Fetch') resolve();
      }),
    );
    let received!: (at: number) => void;
    const arrival = new Promise<number>((r) => (received = r));
    await consumer.run({ eachMessage: async () => received(Date.now()) });
    await fetchSent;
    const sentAt = Date.now();
    await producer.send({ topic: 'longpoll', messages: [{ value: 'ping' }] });
    const latency = (await arrival) - sentAt;
    await producer.disconnect();
    expect(latency).toBeLessThan(maxWait / 3);
  });

  it('answers a parked fetch woken by one produce request to several partitions with all of them (as Kafka, after the request appended them all)', async () => {
    const kafka = kafkaFor(broker.brokers);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'multi', numPartitions: 3 }] });
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: 'multi', ...fastConsumer, maxWaitTimeInMs: 5000 });
    consumers.push(consumer);
    const producer = kafka.producer();
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: 'multi', fromBeginning: true });
    // kafkajs fetches again only once a fetch's batches are handled: batches handled while
    // `fetches` is n came from the n-th fetch.
    let fetches = 0;
    let parked!: () => void;
    const fetchStarted = new Promise<void>((r) => (parked = r));
    consumer.on(consumer.events.FETCH_START, () => {
      fetches++;
      parked();
    });
    const partitionsByFetch = new Map<number, number[]>();
    let got = 0;
    let done!: () => void;
    const all = new Promise<void>((r) => (done = r));
    await consumer.run({
      partitionsConsumedConcurrently: 3,
      eachBatch: async ({ batch }) => {
        (partitionsByFetch.get(fetches) ?? partitionsByFetch.set(fetches, []).get(fetches)!).push(batch.partition);
        got += batch.messages.length;
        if (got === 3) done();
      },
    });
    await fetchStarted;
    await new Promise((r) => setTimeout(r, 300)); // the empty topic's fetch is parked at the broker
    await producer.send({ topic: 'multi', messages: [0, 1, 2].map((partition) => ({ partition, value: `p${partition}` })) });
    await all;
    await producer.disconnect();
    expect([...partitionsByFetch.values()].map((ps) => [...ps].sort())).toEqual([[0, 1, 2]]);
  });

  it('reports consumer lag = topic offsets minus committed group offsets', async () => {
    const kafka = kafkaFor(broker.brokers);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'lag', numPartitions: 2 }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'lag', messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}`, partition: i % 2 })) });
    await consume('lag', 'lagger', 10);
    // Disconnecting commits what was processed.
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
    await producer.send({
      topic: 'lag',
      messages: [
        { value: 'x', partition: 0 },
        { value: 'y', partition: 0 },
        { value: 'z', partition: 1 },
      ],
    });
    const topicOffsets = await admin.fetchTopicOffsets('lag');
    const [groupOffsets] = await admin.fetchOffsets({ groupId: 'lagger', topics: ['lag'] });
    const lag = groupOffsets.partitions.map((p) => Number(topicOffsets.find((t) => t.partition === p.partition)!.high) - Number(p.offset)).sort();
    expect(lag).toEqual([1, 2]);
    // The all-topics form (OffsetFetch with null topics) sees the same offsets.
    const all = await admin.fetchOffsets({ groupId: 'lagger' });
    expect(all).toEqual([
      {
        topic: 'lag',
        partitions: expect.arrayContaining([
          { partition: 0, offset: '5', metadata: null },
          { partition: 1, offset: '5', metadata: null },
        ]),
      },
    ]);
    await producer.disconnect();
    await admin.disconnect();
  });

  it('answers ListOffsets earliest, latest and by timestamp', async () => {
    const kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer();
    await producer.connect();
    const base = 1_700_000_000_000;
    await producer.send({ topic: 'ts', messages: [0, 1, 2, 3].map((i) => ({ value: `v${i}`, timestamp: String(base + i * 1000) })) });
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    expect(await admin.fetchTopicOffsets('ts')).toEqual([{ partition: 0, offset: '4', high: '4', low: '0' }]);
    expect(await admin.fetchTopicOffsetsByTimestamp('ts', base + 1500)).toEqual([{ partition: 0, offset: '2' }]);
    expect(await admin.fetchTopicOffsetsByTimestamp('ts', base)).toEqual([{ partition: 0, offset: '0' }]);
    // Past the last record: kafkajs falls back to the high watermark when the broker says -1.
    expect(await admin.fetchTopicOffsetsByTimestamp('ts', base + 10_000)).toEqual([{ partition: 0, offset: '4' }]);
    await admin.disconnect();
  });

  it('supports topic admin: create (validate-only honoured), list, metadata, partitions, delete', async () => {
    const admin = kafkaFor(broker.brokers).admin();
    await admin.connect();
    // waitForLeaders must be off: kafkajs would otherwise look up the (uncreated) topic.
    await admin.createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: 'adm-dry', numPartitions: 3 }] });
    expect(await admin.listTopics()).not.toContain('adm-dry');
    expect(await admin.createTopics({ topics: [{ topic: 'adm', numPartitions: 3 }] })).toBe(true);
    expect(await admin.createTopics({ topics: [{ topic: 'adm', numPartitions: 3 }] })).toBe(false);
    await expect(admin.createTopics({ topics: [{ topic: 'bad name!' }] })).rejects.toThrow();
    await expect(admin.createTopics({ topics: [{ topic: 'rf', replicationFactor: 3 }] })).rejects.toThrow();
    expect(await admin.listTopics()).toContain('adm');
    await admin.createPartitions({ topicPartitions: [{ topic: 'adm', count: 5 }] });
    const md = await admin.fetchTopicMetadata({ topics: ['adm'] });
    expect(md.topics[0].partitions).toHaveLength(5);
    await expect(admin.createPartitions({ topicPartitions: [{ topic: 'adm', count: 2 }] })).rejects.toThrow();
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: broker.port }]);
    expect(cluster.controller).toBe(1);
    await admin.deleteTopics({ topics: ['adm'] });
    expect(await admin.listTopics()).not.toContain('adm');
    // Admin metadata never auto-creates.
    await expect(admin.fetchTopicMetadata({ topics: ['never-created'] })).rejects.toThrow(/does not host this topic-partition/);
    await admin.disconnect();
  });

  it('stores topic configs, honours the supported ones and describes them', async () => {
    const admin = kafkaFor(broker.brokers).admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        {
          topic: 'cfg',
          configEntries: [
            { name: 'retention.ms', value: '60000' },
            { name: 'min.insync.replicas', value: '1' },
          ],
        },
      ],
    });
    await expect(admin.createTopics({ topics: [{ topic: 'cfg-compact', configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }] })).rejects.toThrow();
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        { type: 2, name: 'cfg' },
        { type: 4, name: '1', configNames: ['num.partitions'] },
      ],
    });
    const topicCfg = Object.fromEntries(resources[0].configEntries.map((c) => [c.configName, [c.configValue, c.isDefault]]));
    expect(topicCfg['retention.ms']).toEqual(['60000', false]);
    expect(topicCfg['cleanup.policy']).toEqual(['delete', true]);
    expect(topicCfg['min.insync.replicas']).toEqual(['1', false]);
    expect(resources[1].configEntries).toEqual([expect.objectContaining({ configName: 'num.partitions', configValue: '1', readOnly: true })]);
    await admin.disconnect();
  });

  it('describes, lists and deletes groups; a deleted group forgets its offsets', async () => {
    const kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'grp', messages: [{ value: 'a' }, { value: 'b' }] });
    await producer.disconnect();
    const got = await consume('grp', 'describe-me', 2);
    expect(got).toHaveLength(2);
    const admin = kafka.admin();
    await admin.connect();
    const live = await admin.describeGroups(['describe-me', 'no-such-group']);
    expect(live.groups[0]).toMatchObject({ groupId: 'describe-me', state: 'Stable', protocolType: 'consumer', protocol: 'RoundRobinAssigner' });
    expect(live.groups[0].members).toHaveLength(1);
    expect(live.groups[1]).toMatchObject({ groupId: 'no-such-group', state: 'Dead' });
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).toContain('describe-me');
    await expect(admin.deleteGroups(['describe-me'])).rejects.toThrow(); // still has a member
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
    expect((await admin.describeGroups(['describe-me'])).groups[0].state).toBe('Empty');
    await admin.deleteGroups(['describe-me']);
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain('describe-me');
    const [offsets] = await admin.fetchOffsets({ groupId: 'describe-me', topics: ['grp'] });
    expect(offsets.partitions[0].offset).toBe('-1');
    await admin.disconnect();
  });
});
