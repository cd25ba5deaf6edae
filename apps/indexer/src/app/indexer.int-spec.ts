import { INestApplication } from '@nestjs/common';
import { TOPICS, encodeEvent } from '@raseed/contracts';
import { sqlExecutor } from '@raseed/persistence';
import { bootTestService, extractedArticle, mention, PipelineTestEnv, produceRaw, startPipelineTestEnv, TEST_PLACES, waitFor } from '@raseed/platform/testing';
import { IncidentIndexer, PostgresSearchAdapter } from '@raseed/search';
import { loadIndexerConfig } from '../config/env.schema';
import { IndexerModule } from './indexer.module';

const TANF_A = 'هجوم بطائرة مسيرة على قاعدة التنف الأمريكية مساء الإثنين دون وقوع إصابات';
const TANF_B = 'المقاومة الإسلامية في العراق تتبنى استهداف قاعدة التنف بطائرة مسيرة';
const SHADDADI = 'قصف صاروخي على قاعدة الشدادي في ريف الحسكة وإصابة جنديين';

describe('indexer service (embedded broker + PostgreSQL)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let search: PostgresSearchAdapter;

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    app = (await bootTestService('indexer', IndexerModule.register(loadIndexerConfig({ ...env.env, SETTLE_IDLE_MS: '100' })), 'indexer')).app;
    search = new PostgresSearchAdapter(sqlExecutor(env.db!.dataSource));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
  });

  it('merges two reports of one attack into one incident with both sources, idempotently', async () => {
    const a = extractedArticle('art-a', TANF_A, [mention({ actor: 'unknown', claimed_by: null, injured: 0 })]);
    const b = extractedArticle('art-b', TANF_B, [mention({ date: { value: '2024-03-12', precision: 'day' }, injured: null })], '2024-03-13');
    const c = extractedArticle('art-c', SHADDADI, [
      mention({
        place: { ...TEST_PLACES.shaddadi, ancestors: [...TEST_PLACES.shaddadi.ancestors] },
        weapon: 'rocket',
        date: { value: '2024-03-13', precision: 'day' },
        injured: 2,
        actor: 'unknown',
        claimed_by: null,
      }),
    ]);
    const none = extractedArticle('art-none', 'بيان سياسي لا يتضمن أي هجوم', []);
    await produceRaw(
      env.broker.brokers,
      TOPICS.INCIDENTS_EXTRACTED_V1,
      [a, b, c, none, a].map((e) => ({ key: e.articleId, value: encodeEvent(TOPICS.INCIDENTS_EXTRACTED_V1, e) })),
    );

    const result = await waitFor(async () => {
      const r = await search.searchIncidents({ sort: 'date', page: 1, size: 10 });
      const articles = await search.searchArticles({ page: 1, size: 10 });
      return r.total === 2 && articles.total === 4 ? r : null;
    });
    const tanf = result.items.find((i) => i.place?.name_en === 'al-Tanf')!;
    expect(tanf.sourceCount).toBe(2);
    expect(result.items.find((i) => i.place?.name_en === 'al-Shaddadi')).toMatchObject({ weapon: 'rocket', injured: 2 });

    const detail = await search.getIncident(tanf.id);
    expect(detail?.mentions.map((m) => m.articleId).sort()).toEqual(['art-a', 'art-b']);

    // Once the stream is quiet the service settles what the batches changed, by itself.
    const indexer = app.get(IncidentIndexer);
    await waitFor(async () => (await indexer.unsettledMentions()) === 0);
    expect((await search.searchIncidents({ sort: 'date', page: 1, size: 10 })).items.map((i) => i.id).sort()).toEqual(result.items.map((i) => i.id).sort());
  }, 60_000);
});
