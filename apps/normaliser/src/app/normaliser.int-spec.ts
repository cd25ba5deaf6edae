import { INestApplication } from '@nestjs/common';
import { ArticleNormalisedV1, ArticleRejectedV1, TOPICS, encodeEvent } from '@raseed/contracts';
import { bootTestService, fetchedArticle, PipelineTestEnv, produceRaw, readMessages, startPipelineTestEnv } from '@raseed/platform/testing';
import { loadNormaliserConfig } from '../config/env.schema';
import { NormaliserModule } from './normaliser.module';

const STORY = [
  'هجوم بطائرة مسيرة على قاعدة عسكرية',
  'مقالات ذات صلة',
  'تعرضت قاعدة عسكرية تستضيف قوات أمريكية في شرق سوريا لهجوم بطائرة مسيرة مساء الإثنين، بحسب ما أفاد مصدر عسكري.',
  'وأضاف المصدر أن الهجوم لم يسفر عن وقوع إصابات، وأن الدفاعات الجوية اعترضت طائرة ثانية قبل وصولها إلى هدفها.',
  'زر الذهاب إلى الأعلى',
].join('\n');

describe('normaliser service (embedded broker + PostgreSQL)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    app = (await bootTestService('normaliser', NormaliserModule.register(loadNormaliserConfig(env.env)), 'normaliser')).app;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
  }, 30_000);

  it('normalises Arabic articles, marks a re-published copy as a near-duplicate, and rejects what it cannot use', async () => {
    await produceRaw(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [
      { key: 'n1', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('n1', STORY)) },
      { key: 'n2', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('n2', `${STORY}\nالمصدر: وكالات`)) },
      { key: 'en', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('en', 'A drone struck a base in eastern Syria on Monday, officials said. No injuries were reported.')) },
      { key: 'bin', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]))) },
    ]);
    const normalised = (await readMessages(env.broker.brokers, TOPICS.ARTICLES_NORMALISED_V1, 2)).map((m) => JSON.parse(m.value!.toString()) as ArticleNormalisedV1);
    const n1 = normalised.find((a) => a.articleId === 'n1')!;
    expect(n1.lang).toBe('ar');
    expect(n1.text).toContain('لم يسفر عن وقوع إصابات');
    expect(n1.text).not.toContain('مقالات ذات صلة');
    expect(n1.text).not.toContain('زر الذهاب إلى الأعلى');
    expect(n1.removed).toEqual(expect.arrayContaining(['مقالات ذات صلة']));
    expect(n1.duplicateOf).toBeNull();
    expect(normalised.find((a) => a.articleId === 'n2')!.duplicateOf).toBe('n1');

    const rejected = (await readMessages(env.broker.brokers, TOPICS.ARTICLES_REJECTED_V1, 2)).map((m) => JSON.parse(m.value!.toString()) as ArticleRejectedV1);
    expect(Object.fromEntries(rejected.map((r) => [r.articleId, r.reason]))).toEqual({ en: 'not_arabic', bin: 'binary' });
    // Recorded too, for the per-source counts of /api/sources.
    expect(await env.db!.dataSource.query(`SELECT article_id, reason FROM article_rejections ORDER BY article_id`)).toEqual([
      { article_id: 'bin', reason: 'binary' },
      { article_id: 'en', reason: 'not_arabic' },
    ]);
  }, 60_000);

  it('remembers fingerprints across restarts (a copy seen after a restart is still a duplicate)', async () => {
    await app.close();
    app = (await bootTestService('normaliser', NormaliserModule.register(loadNormaliserConfig(env.env)), 'normaliser')).app;
    await produceRaw(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [{ key: 'n3', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('n3', `${STORY}\nنقلاً عن مصادر محلية`)) }]);
    const all = (await readMessages(env.broker.brokers, TOPICS.ARTICLES_NORMALISED_V1, 3)).map((m) => JSON.parse(m.value!.toString()) as ArticleNormalisedV1);
    expect(all.map((a) => a.articleId)).toEqual(['n1', 'n2', 'n3']);
    expect(all[2].duplicateOf).toMatch(/^n[12]$/);
  }, 60_000);
});
