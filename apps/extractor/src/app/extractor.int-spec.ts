import { INestApplication } from '@nestjs/common';
import { IncidentsExtractedV1, TOPICS, encodeEvent } from '@raseed/contracts';
import { bootTestService, normalisedArticle, PipelineTestEnv, produceRaw, readMessages, startPipelineTestEnv } from '@raseed/platform/testing';
import { loadExtractorConfig } from '../config/env.schema';
import { ExtractorModule } from './extractor.module';

describe('extractor service (embedded broker; stateless)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;

  beforeAll(async () => {
    env = await startPipelineTestEnv({ db: false });
    app = (await bootTestService('extractor', ExtractorModule.register(loadExtractorConfig(env.env)), 'extractor')).app;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
  });

  it('emits the incidents an article tells, with evidence, and an empty list for an article that tells none', async () => {
    const attack = 'تعرضت قاعدة التنف الأمريكية في سوريا، مساء الإثنين، لهجوم بطائرة مسيرة لم يسفر عن وقوع إصابات.';
    const statement = 'قال وزير الخارجية في مؤتمر صحفي إن بلاده تدعو إلى التهدئة في المنطقة.';
    await produceRaw(env.broker.brokers, TOPICS.ARTICLES_NORMALISED_V1, [
      { key: 'x1', value: encodeEvent(TOPICS.ARTICLES_NORMALISED_V1, normalisedArticle('x1', attack)) },
      { key: 'x2', value: encodeEvent(TOPICS.ARTICLES_NORMALISED_V1, normalisedArticle('x2', statement)) },
    ]);
    const out = (await readMessages(env.broker.brokers, TOPICS.INCIDENTS_EXTRACTED_V1, 2)).map((m) => JSON.parse(m.value!.toString()) as IncidentsExtractedV1);
    const x1 = out.find((e) => e.articleId === 'x1')!;
    expect(x1.incidents).toHaveLength(1);
    expect(x1.incidents[0]).toMatchObject({ category: 'attack_on_us_forces', weapon: 'drone', injured: 0 });
    expect(x1.incidents[0].place?.name_en).toMatch(/tanf/i);
    const evidence = x1.incidents[0].evidence.weapon!;
    expect(attack.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    expect(out.find((e) => e.articleId === 'x2')!.incidents).toEqual([]);
    // The indexer links copies by it, whatever order they arrive in.
    expect(x1.article.fingerprint).toBe('fp');
  }, 60_000);
});
