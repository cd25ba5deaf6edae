import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ArticleFetchedV1, DEAD_LETTER_HEADERS, TOPICS, encodeEvent } from '@raseed/contracts';
import { Ctx, EventPattern, KafkaModule, Payload, PipelineConsumer, PipelineContext, PipelineMetrics, connectPipelineConsumer } from '@raseed/kafka';
import { fetchedArticle } from '@raseed/contracts/testing';
import { produceRaw, readMessages, startTestBroker, TestBroker } from '@raseed/kafka/testing';
import { Kafka, logLevel } from 'kafkajs';

const event = (articleId: string): string => encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle(articleId, ''));

const seen: string[] = [];
const attempts = new Map<string, number>();

@PipelineConsumer()
class FetchedConsumer {
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1)
  async handle(@Payload() event: ArticleFetchedV1, @Ctx() ctx: PipelineContext): Promise<void> {
    attempts.set(event.articleId, ctx.meta.attempt);
    if (event.articleId === 'always-fails') throw new Error('extraction exploded');
    if (event.articleId === 'flaky' && ctx.meta.attempt === 1) throw new Error('transient');
    seen.push(event.articleId);
  }
}

describe('PipelineKafkaServer over the embedded broker', () => {
  let broker: TestBroker;
  let app: INestApplication;

  beforeAll(async () => {
    broker = await startTestBroker();
    @Module({
      imports: [KafkaModule.forRoot({ brokers: [broker.brokers], clientId: 'test', maxAttempts: 3, retryBackoffMs: 10, sessionTimeoutMs: 6000 })],
      controllers: [FetchedConsumer],
    })
    class TestModule {}
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await connectPipelineConsumer(app, 'test-group');
    await app.init();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
  });

  it('delivers valid events, retries transient failures and dead-letters poison messages', async () => {
    await produceRaw(broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [
      { key: 'ok-1', value: event('ok-1') },
      { key: 'flaky', value: event('flaky') },
      { key: 'always-fails', value: event('always-fails') },
      { key: 'garbage', value: '{not json' },
      { key: 'ok-2', value: event('ok-2') },
    ]);

    const dead = await readMessages(broker.brokers, 'articles.fetched.v1.dlt', 2);
    const byKey = Object.fromEntries(dead.map((m) => [m.key?.toString(), m]));
    expect(byKey['always-fails'].headers?.[DEAD_LETTER_HEADERS.ERROR]?.toString()).toBe('Error: extraction exploded');
    expect(byKey['always-fails'].headers?.[DEAD_LETTER_HEADERS.ATTEMPTS]?.toString()).toBe('3');
    expect(JSON.parse(byKey['always-fails'].value?.toString() ?? '{}').articleId).toBe('always-fails');
    expect(byKey['garbage'].headers?.[DEAD_LETTER_HEADERS.ERROR_KIND]?.toString()).toBe('invalid');
    expect(byKey['garbage'].headers?.[DEAD_LETTER_HEADERS.ATTEMPTS]?.toString()).toBe('1');
    expect(byKey['garbage'].value?.toString()).toBe('{not json');

    await waitFor(() => seen.includes('ok-2'));
    expect(seen).toEqual(['ok-1', 'flaky', 'ok-2']);
    expect(attempts.get('flaky')).toBe(2);
    const metrics = (await app.get(PipelineMetrics).snapshot())[TOPICS.ARTICLES_FETCHED_V1];
    expect(metrics).toMatchObject({ processed: 3, deadLettered: 2 });
  }, 30_000);
});

async function waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const batchSeen: string[] = [];
const batchSizes: number[] = [];

@PipelineConsumer()
class BatchConsumer {
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1, { batch: true, maxBatchSize: 8 })
  async handle(@Payload() events: ArticleFetchedV1[], @Ctx() ctx: PipelineContext): Promise<void> {
    batchSizes.push(ctx.meta.count);
    // All or nothing, like a transaction: a poison event fails the whole delivery.
    if (events.some((e) => e.articleId === 'poison')) throw new Error('cannot index poison');
    batchSeen.push(...events.map((e) => e.articleId));
  }
}

describe('PipelineKafkaServer batch handlers', () => {
  let broker: TestBroker;
  let app: INestApplication;

  beforeAll(async () => {
    broker = await startTestBroker();
    @Module({
      imports: [KafkaModule.forRoot({ brokers: [broker.brokers], clientId: 'batch', maxAttempts: 2, retryBackoffMs: 5, sessionTimeoutMs: 6000 })],
      controllers: [BatchConsumer],
    })
    class BatchModule {}
    const moduleRef = await Test.createTestingModule({ imports: [BatchModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await connectPipelineConsumer(app, 'batch-group');
    await app.init();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
  });

  it('delivers events in batches, isolating a poison event so only it is dead-lettered', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => (i === 11 ? 'poison' : `b-${i}`));
    await produceRaw(broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [...ids.map((id) => ({ key: id, value: event(id) })), { key: 'garbage', value: 'not json at all' }]);
    const dead = await readMessages(broker.brokers, 'articles.fetched.v1.dlt', 2);
    const byKey = Object.fromEntries(dead.map((m) => [m.key?.toString(), m]));
    expect(byKey['poison'].headers?.[DEAD_LETTER_HEADERS.ERROR]?.toString()).toBe('Error: cannot index poison');
    expect(byKey['garbage'].headers?.[DEAD_LETTER_HEADERS.ERROR_KIND]?.toString()).toBe('invalid');
    await waitFor(() => batchSeen.length >= 29);
    expect(batchSeen).toEqual(ids.filter((id) => id !== 'poison'));
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(8);
  }, 30_000);
});

const slowCalls = new Map<string, number>();

@PipelineConsumer()
class SlowBatchConsumer {
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1, { batch: true, maxBatchSize: 50 })
  async handle(@Payload() events: ArticleFetchedV1[]): Promise<void> {
    for (const e of events) slowCalls.set(e.articleId, (slowCalls.get(e.articleId) ?? 0) + 1);
    await new Promise((r) => setTimeout(r, 13_000)); // more than twice the session timeout
  }
}

describe('PipelineKafkaServer: a batch slower than the session timeout', () => {
  let broker: TestBroker;
  let app: INestApplication;

  beforeAll(async () => {
    broker = await startTestBroker();
    @Module({
      imports: [KafkaModule.forRoot({ brokers: [broker.brokers], clientId: 'slow', maxAttempts: 2, retryBackoffMs: 5, sessionTimeoutMs: 6000 })],
      controllers: [SlowBatchConsumer],
    })
    class SlowModule {}
    const moduleRef = await Test.createTestingModule({ imports: [SlowModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await connectPipelineConsumer(app, 'slow-group');
    await app.init();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
  });

  it('keeps its group membership (heartbeats while handling), so the batch is handled once', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `slow-${i}`);
    await produceRaw(
      broker.brokers,
      TOPICS.ARTICLES_FETCHED_V1,
      ids.map((id) => ({ key: id, value: event(id) })),
    );
    await waitFor(() => ids.every((id) => slowCalls.has(id)), 15_000);
    await new Promise((r) => setTimeout(r, 16_000)); // a redelivery would show by now
    expect(ids.map((id) => slowCalls.get(id))).toEqual(ids.map(() => 1));
  }, 60_000);
});

const acrossCalls: string[][] = [];
const acrossCounts: number[] = [];

@PipelineConsumer()
class AcrossPartitionsConsumer {
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1, { batch: true, maxBatchSize: 40, acrossPartitions: true })
  async handle(@Payload() events: ArticleFetchedV1[], @Ctx() ctx: PipelineContext): Promise<void> {
    acrossCounts.push(ctx.meta.count);
    if (events.some((e) => e.articleId === 'poison')) throw new Error('cannot index poison');
    acrossCalls.push(events.map((e) => `${e.articleId}@${e.url}`));
  }
}

describe('PipelineKafkaServer: a batch handler taking several partitions in one call', () => {
  let broker: TestBroker;
  let app: INestApplication;
  const keys = Array.from({ length: 12 }, (_, i) => `k-${i}`);

  beforeAll(async () => {
    broker = await startTestBroker(3);
    // Everything is in the log before the consumer starts: its first fetch holds all three partitions.
    const versions = [1, 2, 3].flatMap((v) => keys.map((k) => ({ key: k, value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, { ...fetchedArticle(k, ''), url: `https://example.org/v${v}` }) })));
    await produceRaw(broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [...versions, { key: 'poison', value: event('poison') }, { key: 'garbage', value: '{nope' }]);
    @Module({
      imports: [KafkaModule.forRoot({ brokers: [broker.brokers], clientId: 'across', maxAttempts: 2, retryBackoffMs: 5, sessionTimeoutMs: 6000 })],
      controllers: [AcrossPartitionsConsumer],
    })
    class AcrossModule {}
    const moduleRef = await Test.createTestingModule({ imports: [AcrossModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await connectPipelineConsumer(app, 'across-group');
    await app.init();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
  });

  it('merges the partitions of a fetch (up to maxBatchSize), keeps each key in order, and dead-letters only the poison event', async () => {
    const dead = await readMessages(broker.brokers, 'articles.fetched.v1.dlt', 2);
    expect(dead.map((m) => m.key?.toString()).sort()).toEqual(['garbage', 'poison']);
    await waitFor(() => acrossCalls.flat().length >= keys.length * 3);
    const seen = acrossCalls.flat();
    expect(seen).toHaveLength(keys.length * 3);
    // Each key's versions in the order produced, whatever partitions shared its calls.
    for (const k of keys) expect(seen.filter((s) => s.startsWith(`${k}@`))).toEqual([1, 2, 3].map((v) => `${k}@https://example.org/v${v}`));
    // 37 events over 3 partitions (no partition holds more than 37 - 2): a call of more than one partition's share shows the merge.
    const admin = new Kafka({ brokers: [broker.brokers], clientId: 'across-admin', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const perPartition = (await admin.fetchTopicOffsets(TOPICS.ARTICLES_FETCHED_V1)).map((p) => Number(p.high));
    await admin.disconnect();
    expect(perPartition.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(Math.max(...acrossCounts)).toBeGreaterThan(Math.max(...perPartition));
    expect(Math.max(...acrossCounts)).toBeLessThanOrEqual(40);
  }, 30_000);
});
