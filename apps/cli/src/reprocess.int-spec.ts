import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ArticleNormalisedV1, TOPICS, encodeEvent } from '@raseed/contracts';
import { Ctx, EventPattern, KafkaModule, Payload, PipelineConsumer, PipelineContext, REPROCESS_HEADER, connectPipelineConsumer } from '@raseed/kafka';
import { produceRaw, startTestBroker, TestBroker } from '@raseed/kafka/testing';
import { normalisedArticle, waitFor } from '@raseed/platform/testing';
import { parseReprocessArgs, reprocessCommand } from './reprocess';
import { StackConnection } from './stack-connection';

const seen: Array<{ articleId: string; text: string; run: string | undefined }> = [];

/** Stands in for the extractor: same group, same topic. */
@PipelineConsumer()
class NormalisedConsumer {
  @EventPattern(TOPICS.ARTICLES_NORMALISED_V1)
  async handle(@Payload() event: ArticleNormalisedV1, @Ctx() ctx: PipelineContext): Promise<void> {
    seen.push({ articleId: event.articleId, text: event.text, run: ctx.meta.headers[REPROCESS_HEADER] });
  }
}
const normalised = (articleId: string, text: string): string => encodeEvent(TOPICS.ARTICLES_NORMALISED_V1, normalisedArticle(articleId, text));

describe('reprocess --from extract (embedded broker)', () => {
  let broker: TestBroker;
  let app: INestApplication;
  let conn: StackConnection;
  const run = async (...argv: string[]) => {
    let out = '';
    const code = await reprocessCommand(parseReprocessArgs(argv), conn, (s) => (out += s));
    return { code, out };
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    conn = { kafkaBrokers: [broker.brokers], databaseUrl: null, opensearchUrl: null, apiUrl: null, source: 'test' };
    @Module({
      imports: [KafkaModule.forRoot({ brokers: [broker.brokers], clientId: 'reprocess-test', maxAttempts: 1, retryBackoffMs: 10, sessionTimeoutMs: 6000 })],
      controllers: [NormalisedConsumer],
    })
    class TestModule {}
    app = (await Test.createTestingModule({ imports: [TestModule] }).compile()).createNestApplication({ logger: false });
    await connectPipelineConsumer(app, 'extractor');
    await app.init();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
  });

  it('re-emits the latest event per article once, waits for the stage to consume it, and is repeatable', async () => {
    await produceRaw(broker.brokers, TOPICS.ARTICLES_NORMALISED_V1, [
      { key: 'a1', value: normalised('a1', 'old text') },
      { key: 'a2', value: normalised('a2', 'second article') },
      { key: 'a1', value: normalised('a1', 'corrected text') },
      { key: 'bad', value: '{not json' },
    ]);
    await waitFor(() => seen.length === 3);

    const dry = await run('--from', 'extract', '--dry-run');
    expect(dry.out).toContain('4 retained event(s), 1 invalid skipped (see npm run -s dlq -- list), would re-emit');
    expect(seen).toHaveLength(3);

    const first = await run('--from', 'extract');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/reading: 4\/4 \(100%\)/);
    expect(first.out).toContain('2 re-emitted (latest per article)');
    expect(first.out).toMatch(/extractor consuming articles\.normalised\.v1: 2\/2 \(100%\)/);
    expect(first.out).toContain('group indexer not found');
    expect(first.out).toContain('reprocessing complete');
    const rerun = seen.slice(3);
    expect(rerun.map((s) => [s.articleId, s.text]).sort()).toEqual([
      ['a1', 'corrected text'],
      ['a2', 'second article'],
    ]);
    expect(rerun.every((s) => s.run && first.out.includes(s.run))).toBe(true);

    // Again: still one event per article, the latest, not one per copy now in the topic.
    const second = await run('--from', 'extract');
    expect(second.out).toContain('6 retained event(s), 1 invalid skipped (see npm run -s dlq -- list), 2 re-emitted');
    expect(
      seen
        .slice(5)
        .map((s) => [s.articleId, s.text])
        .sort(),
    ).toEqual([
      ['a1', 'corrected text'],
      ['a2', 'second article'],
    ]);
  }, 45_000);
});
