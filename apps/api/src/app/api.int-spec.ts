import { INestApplication } from '@nestjs/common';
import { sqlExecutor } from '@raseed/persistence';
import { extractedArticle, mention, PipelineTestEnv, startPipelineTestEnv, TEST_PLACES } from '@raseed/platform/testing';
import { IncidentIndexer } from '@raseed/search';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';
import { mountOpenApi } from './openapi';
import { bootstrapService } from '@raseed/platform';

describe('api service (embedded PostgreSQL search)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { total?: number; items?: Array<Record<string, unknown>>; message?: unknown } };
  };

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    const indexer = new IncidentIndexer(sqlExecutor(env.db!.dataSource));
    await indexer.indexArticle(extractedArticle('art-1', 'هجوم بطائرة مسيّرة على قاعدة التنف الأمريكية', [mention()]));
    await indexer.indexArticle(
      extractedArticle('art-2', 'قصف بالصواريخ على قاعدة الشدادي في الحسكة', [
        mention({
          place: { ...TEST_PLACES.shaddadi, ancestors: [] },
          weapon: 'rocket',
          date: { value: '2024-02-01', precision: 'day' },
          killed: 1,
          target: 'قاعدة الشدادي',
          evidence: { weapon: { sentence: 'قصف بالصواريخ على قاعدة الشدادي في الحسكة', start: 0, end: 40 } },
        }),
      ]),
    );
    // A second report of the al-Tanf attack: the incident page explains why it joined.
    await indexer.indexArticle(
      extractedArticle('art-3', 'استهداف قاعدة التنف بطائرة مسيرة', [mention({ killed: 0, evidence: { weapon: { sentence: 'استهداف قاعدة التنف بطائرة مسيرة', start: 0, end: 32 } } })]),
    );
    app = await bootstrapService({ name: 'api', module: ApiModule.register(loadApiConfig(env.env)), http: { host: '127.0.0.1', port: 0 }, logLevel: 'warn', configure: mountOpenApi });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
  });

  it('finds incidents by Arabic text, normalised like the index (diacritics, hamza, taa marbuta)', async () => {
    const plain = await get(`/api/incidents?q=${encodeURIComponent('مسيرة')}`);
    expect(plain.status).toBe(200);
    expect(plain.body.total).toBe(1);
    const variant = await get(`/api/incidents?q=${encodeURIComponent('قاعده التنف')}`);
    expect(variant.body.total).toBe(1);
    expect(variant.body.items![0]).toMatchObject({ weapon: 'drone' });
    expect(variant.body).toHaveProperty('facets');
  });

  it('filters and sorts', async () => {
    expect((await get('/api/incidents?weapon=rocket')).body.total).toBe(1);
    expect((await get('/api/incidents?minKilled=1')).body.total).toBe(1);
    expect((await get('/api/incidents?from=2024-03-01')).body.total).toBe(1);
    const byDate = await get('/api/incidents?sort=date');
    expect(byDate.body.items!.map((i) => i.date)).toEqual(['2024-03-11', '2024-02-01']);
  });

  it('returns one incident with sources and evidence, and 404 for an unknown id', async () => {
    const list = await get('/api/incidents?weapon=drone');
    const id = list.body.items![0].id as string;
    const one = await get(`/api/incidents/${encodeURIComponent(id)}`);
    expect(one.status).toBe(200);
    expect(one.body).toHaveProperty('mentions');
    // Each merged source carries the pair-score explanation of its membership.
    const links = (one.body.mentions as Array<{ articleId: string; link?: { score: number; reasons: string[] } }>).map((m) => [m.articleId, m.link?.score, m.link?.reasons.slice(0, 3)]);
    expect(links).toEqual([
      ['art-1', expect.any(Number), ['same day', 'place same', 'weapon same']],
      ['art-3', expect.any(Number), ['same day', 'place same', 'weapon same']],
    ]);
    expect((await get('/api/incidents/does-not-exist')).status).toBe(404);
  });

  it('rejects invalid parameters with a 400 that names them, and never passes user text as a query', async () => {
    const bad = await get('/api/incidents?size=5000&near=1,2&sort=sideways&from=yesterday');
    expect(bad.status).toBe(400);
    const message = JSON.stringify(bad.body.message);
    for (const name of ['size', 'near', 'sort', 'from']) expect(message).toContain(name);
    const injection = await get(`/api/incidents?q=${encodeURIComponent("'); DROP TABLE search_incidents; --")}`);
    expect(injection.status).toBe(200);
    expect((await get('/api/incidents')).body.total).toBe(2);
  });

  it('answers 400, not 500, to a NUL byte in any parameter', async () => {
    for (const path of ['/api/incidents?place=%00', '/api/incidents?q=a%00b', '/api/incidents?outlet=x%00', '/api/articles?q=%00', '/api/incidents/x%00']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(res.body.message)).toMatch(/NUL/);
    }
  });

  it('searches source articles and serves OpenAPI at /api/docs', async () => {
    expect((await get(`/api/articles?q=${encodeURIComponent('الشدادي')}`)).body.total).toBe(1);
    const article = await get('/api/articles/art-2');
    expect(article.status).toBe(200);
    expect(article.body).toMatchObject({ id: 'art-2', text: 'قصف بالصواريخ على قاعدة الشدادي في الحسكة' });
    expect((await get('/api/articles/nope')).status).toBe(404);
    const doc = await get('/api/docs-json');
    expect(Object.keys(doc.body.paths as object)).toEqual(expect.arrayContaining(['/api/incidents', '/api/incidents/{id}', '/api/articles', '/api/articles/{id}']));
  });
});
