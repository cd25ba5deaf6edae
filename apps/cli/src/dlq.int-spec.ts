import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ArticleFetchedV1, TOPICS, encodeEvent } from '@raseed/contracts';
import { Ctx, EventPattern, KafkaModule, Payload, PipelineConsumer, PipelineContext, REPLAYED_FROM_HEADER, connectPipelineConsumer } from '@raseed/kafka';
import { produceRaw, startTestBroker, TestBroker } from '@raseed/kafka/testing';
import { fetchedArticle, waitFor } from '@raseed/platform/testing';
import { dlqCommand, parseDlqArgs } from './dlq';
import { StackConnection } from './stack-connection';

// The "bug": while set, the handler fails for this article; the "fix" clears it.
const state = { broken: true, handled: [] as Array<{ id: string; replayedFrom: string | undefined }> };

@PipelineConsumer()
class FetchedConsumer {
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1)
  async handle(@Payload() event: ArticleFetchedV1, @Ctx() ctx: PipelineContext): Promise<void> {
    if (state.broken && event.articleId === 'needs-fix') throw new Error('charset table missing windows-1256');
    state.handled.push({ id: event.articleId, replayedFrom: ctx.meta.headers[REPLAYED_FROM_HEADER] });
  }
}
const fetched = (articleId: string): string => encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle(articleId, ''));

describe('dead letters end to end: fail → dlq list/show → fix → dlq replay (embedded broker)', () => {
  let broker: TestBroker;
  let app: INestApplication;
  let conn: StackConnection;
  const run = async (...argv: string[]) => {
    let out = '';
    const code = await dlqCommand(parseDlqArgs(argv), conn, (s) => (out += s));
    return { code, out };
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    conn = { kafkaBrokers: [broker.brokers], databaseUrl: null, opensearchUrl: null, apiUrl: null, source: 'test' };
    @Module({ imports: [KafkaModule.forRoot({ brokers: [broker.brokers], clientId: 'dlq-test', maxAttempts: 2, retryBackoffMs: 10, sessionTimeoutMs: 6000 })], controllers: [FetchedConsumer] })
    class TestModule {}
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await connectPipelineConsumer(app, 'normaliser');
    await app.init();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
  });

  it('shows why a message failed, replays it once after the fix, and never twice', async () => {
    await produceRaw(broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [
      { key: 'ok', value: fetched('ok') },
      { key: 'needs-fix', value: fetched('needs-fix') },
      { key: 'garbage', value: '{not json' },
    ]);
    const listed = await waitFor(async () => {
      const { out } = await run('list', '--json');
      const records = JSON.parse(out) as Array<{ id: string; key: string; errorKind: string; error: string; attempts: number; group: string; replayed: boolean; originalTopic: string }>;
      return records.length === 2 ? records : null;
    });
    const needsFix = listed.find((r) => r.key === 'needs-fix')!;
    expect(needsFix).toMatchObject({ id: `${TOPICS.ARTICLES_FETCHED_V1}.dlt:0:0`, originalTopic: TOPICS.ARTICLES_FETCHED_V1, errorKind: 'failed', attempts: 2, group: 'normaliser', replayed: false });
    expect(needsFix.error).toContain('charset table missing windows-1256');
    expect(listed.find((r) => r.key === 'garbage')).toMatchObject({ errorKind: 'invalid', attempts: 1 });

    const table = await run('list');
    expect(table.out).toMatch(/articles\.fetched\.v1\.dlt:0:0\s+pending\s+articles\.fetched\.v1\[0\]@1\s+normaliser\s+failed\s+2/);
    const shown = await run('show', needsFix.id);
    expect(shown.out).toContain('error:     Error: charset table missing windows-1256');
    expect(shown.out).toContain('"articleId": "needs-fix"');

    state.broken = false; // the fix is deployed
    const dry = await run('replay', '--dry-run', '--json');
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, replayed: [{ id: needsFix.id }, { id: `${TOPICS.ARTICLES_FETCHED_V1}.dlt:0:1` }] });
    const replay = await run('replay');
    expect(replay.out).toContain(`replayed ${needsFix.id} → ${TOPICS.ARTICLES_FETCHED_V1} (1/2)`);
    expect(replay.out).toContain('2 dead letter(s) replayed');
    await waitFor(() => state.handled.some((h) => h.id === 'needs-fix'));
    expect(state.handled.find((h) => h.id === 'needs-fix')).toEqual({ id: 'needs-fix', replayedFrom: needsFix.id });

    // Garbage is still garbage: dead-lettered again as a new record; the replayed ones are marked.
    const after = await waitFor(async () => {
      const records = JSON.parse((await run('list', '--json')).out) as Array<{ id: string; replayed: boolean; key: string }>;
      return records.length === 3 ? records : null;
    });
    expect(after.map((r) => [r.key, r.replayed])).toEqual([
      ['needs-fix', true],
      ['garbage', true],
      ['garbage', false],
    ]);
    const again = await run('replay', '--json');
    expect(JSON.parse(again.out).replayed.map((r: { id: string }) => r.id)).toEqual([`${TOPICS.ARTICLES_FETCHED_V1}.dlt:0:2`]);
    expect(state.handled.filter((h) => h.id === 'needs-fix')).toHaveLength(1);
    expect((await run('show', 'articles.fetched.v1.dlt:0:99')).code).toBe(1);
  }, 45_000);

  it('lists rejected articles with their reasons (articles.rejected.v1), in list and in rejected', async () => {
    const rejected = {
      schema: 'articles.rejected.v1',
      eventId: 'e-rej-1',
      articleId: 'blank-1',
      reason: 'empty',
      detail: 'file is empty',
      url: null,
      fileName: 'blank.txt',
      rejectedAt: '2026-01-02T03:04:05.000Z',
    };
    await produceRaw(broker.brokers, TOPICS.ARTICLES_REJECTED_V1, [{ key: 'blank-1', value: JSON.stringify(rejected) }]);
    const table = await run('list');
    expect(table.out).toMatch(/rejected articles \(articles\.rejected\.v1\):/);
    expect(table.out).toMatch(/blank-1\s+empty\s+blank\.txt\s+2026-01-02T03:04:05\.000Z\s+file is empty/);
    const json = JSON.parse((await run('rejected', '--json')).out) as Array<Record<string, unknown>>;
    expect(json).toEqual([expect.objectContaining({ articleId: 'blank-1', reason: 'empty', fileName: 'blank.txt' })]);
  });
});
