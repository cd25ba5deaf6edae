import { INestApplication } from '@nestjs/common';
import { ArticleFetchedV1, TOPICS } from '@raseed/contracts';
import { ArticleRejectionsRepository } from '@raseed/persistence';
import { bootTestService, PipelineTestEnv, readMessages, startPipelineTestEnv, waitFor } from '@raseed/platform/testing';
import { createHash } from 'crypto';
import * as iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { createServer, IncomingMessage, Server } from 'http';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadFetcherConfig } from '../config/env.schema';
import { FetcherModule } from './fetcher.module';

interface SourcesResponse {
  sources: Array<{
    name: string;
    kind: string;
    counters: { runs: number; emitted: number; fetched: number; errors: number; notModified: number; rejectedDownstream: number };
    lastError: { message: string } | null;
    nextRunAt: string | null;
  }>;
}

/** A small Arabic news site on 127.0.0.1: robots.txt, an RSS feed, a news sitemap and pages. */
async function startSite() {
  const requests: IncomingMessage[] = [];
  const state = { feedItems: [] as string[], pages: {} as Record<string, Buffer | string> };
  const server: Server = createServer((req, res) => {
    requests.push(req);
    const path = req.url!.split('?')[0];
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    if (path === '/rss.xml') {
      const body = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الأخبار</title>${state.feedItems.join('')}</channel></rss>`;
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    }
    if (path === '/news-sitemap.xml') {
      return res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${base}/s/1</loc><news:news><news:publication_date>2024-03-12T09:00:00Z</news:publication_date><news:title>من الخريطة</news:title></news:news></url></urlset>`,
        );
    }
    const page = state.pages[path];
    if (page === undefined) return res.writeHead(404).end();
    const legacy = typeof page !== 'string';
    res.writeHead(200, { 'content-type': legacy ? 'text/html' : 'text/html; charset=utf-8', 'last-modified': 'Tue, 12 Mar 2024 10:00:00 GMT' }).end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, state, requests, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

describe('fetcher web sources (local site, embedded broker + PostgreSQL)', () => {
  let env: PipelineTestEnv;
  let site: Awaited<ReturnType<typeof startSite>>;
  let dir: string;
  let app: INestApplication | null = null;
  let url = '';
  const boot = async () => {
    const config = loadFetcherConfig({
      ...env.env,
      INBOX_DIR: join(dir, 'inbox'),
      SOURCES_FILE: join(dir, 'sources.yaml'),
      FETCH_ALLOW_HOSTS: '127.0.0.1',
      FETCH_HOST_MIN_INTERVAL_MS: '0',
      FETCH_CONNECT_TIMEOUT_MS: '500',
      FETCH_READ_TIMEOUT_MS: '500',
      FETCH_MAX_RETRIES: '0',
      INBOX_SETTLE_MS: '0',
    });
    ({ app, url } = await bootTestService('fetcher', FetcherModule.register(config)));
  };
  const sources = async () => (await (await fetch(`${url}/api/sources`)).json()) as SourcesResponse;
  const source = async (name: string) => (await sources()).sources.find((s) => s.name === name)!;
  const item = (path: string, title: string, date: string) => `<item><title>${title}</title><link>${site.base}${path}?utm_source=rss</link><pubDate>${date}</pubDate></item>`;

  beforeAll(async () => {
    [env, site] = await Promise.all([startPipelineTestEnv(), startSite()]);
    dir = mkdtempSync(join(tmpdir(), 'fetcher-sources-'));
    mkdirSync(join(dir, 'drop'));
    writeFileSync(join(dir, 'drop', 'f1.txt'), 'خبر من مجلد');
    site.state.pages['/a/1'] = '<html><head><title>هجوم</title></head><body><p>هجوم بطائرة مسيرة على قاعدة التنف</p></body></html>';
    site.state.pages['/a/2'] = iconv.encode('<html><head><meta charset="windows-1256"></head><body>قصف صاروخي على قاعدة عين الأسد</body></html>', 'windows-1256');
    site.state.pages['/private/3'] = '<p>ممنوع</p>';
    site.state.pages['/s/1'] = '<p>خبر الخريطة</p>';
    site.state.pages['/page'] = '<p>صفحة مفردة</p>';
    site.state.feedItems = [item('/a/1', 'هجوم', 'Tue, 12 Mar 2024 10:00:00 GMT'), item('/a/2', 'قصف', 'Tue, 12 Mar 2024 11:00:00 GMT'), item('/private/3', 'ممنوع', 'Tue, 12 Mar 2024 11:30:00 GMT')];
    writeFileSync(
      join(dir, 'sources.yaml'),
      `defaults:\n  intervalSeconds: 1\n  jitter: 0\nsources:\n` +
        `  - { name: site-rss, kind: feed, url: '${site.base}/rss.xml', outlet: 'الموقع' }\n` +
        `  - { name: site-map, kind: sitemap, url: '${site.base}/news-sitemap.xml' }\n` +
        `  - { name: one-page, kind: page, url: '${site.base}/page' }\n` +
        `  - { name: drop, kind: folder, path: ./drop }\n` +
        `  - { name: intranet, kind: page, url: 'http://10.0.0.1/admin' }\n`,
    );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await Promise.all([env?.stop(), site?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('emits feed, sitemap, page and folder articles once, with feed metadata and raw windows-1256 bytes', async () => {
    await boot();
    const messages = await readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 5);
    const events = messages.map((m) => JSON.parse(m.value!.toString()) as ArticleFetchedV1);
    expect(events.map((e) => e.source.kind).sort()).toEqual(['feed', 'feed', 'inbox', 'page', 'sitemap']);
    expect(messages.map((m) => m.key?.toString())).toEqual(events.map((e) => e.articleId));
    const a1 = events.find((e) => e.url === `${site.base}/a/1`)!; // tracking parameter gone
    expect(a1).toMatchObject({
      hints: { title: 'هجوم', publishedAt: '2024-03-12T10:00:00.000Z', outlet: 'الموقع' },
      item: { link: `${site.base}/a/1?utm_source=rss` },
      fetch: { status: 200, version: 1 },
    });
    expect(a1.headers['last-modified']).toBe('Tue, 12 Mar 2024 10:00:00 GMT');
    const a2 = events.find((e) => e.url === `${site.base}/a/2`)!;
    expect(a2.declaredCharset).toBe('windows-1256');
    expect(iconv.decode(Buffer.from(a2.bodyBase64, 'base64'), 'windows-1256')).toContain('قصف صاروخي');
    expect(events.find((e) => e.source.kind === 'sitemap')?.hints.title).toBe('من الخريطة');
    expect(site.requests.some((r) => r.url!.startsWith('/private/'))).toBe(false);

    const rss = await waitFor(async () => {
      const s = await source('site-rss');
      return s.counters.emitted === 2 && s.lastError ? s : null;
    });
    expect(rss.lastError?.message).toMatch(/robots\.txt disallows/);
    const intranet = await waitFor(async () => ((await source('intranet')).lastError ? source('intranet') : null));
    expect(intranet.lastError?.message).toMatch(/ssrf_blocked/);
    expect(intranet.counters.emitted).toBe(0);
    expect((await sources()).sources.map((s) => s.name)).toEqual(['inbox', 'site-rss', 'site-map', 'one-page', 'drop', 'intranet']);
  }, 30_000);

  it("counts each source's articles that a later stage rejected (the normaliser's rejections), beside its own errors", async () => {
    const events = (await readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 5)).map((m) => JSON.parse(m.value!.toString()) as ArticleFetchedV1);
    const feedArticle = events.find((e) => e.url === `${site.base}/a/2`)!;
    const folderArticle = events.find((e) => e.source.kind === 'inbox')!;
    // As the normaliser records them (twice for one: a redelivered batch counts once).
    const rejections = new ArticleRejectionsRepository(env.db!.dataSource);
    const rejected = (articleId: string) => ({ articleId, reason: 'not_arabic', detail: 'test', rejectedAt: new Date().toISOString() });
    await rejections.recordMany([rejected(feedArticle.articleId), rejected(folderArticle.articleId)]);
    await rejections.recordMany([rejected(feedArticle.articleId)]);
    const counts = await waitFor(async () => {
      const all = (await sources()).sources;
      return all.find((s) => s.name === 'drop')!.counters.rejectedDownstream === 1 ? all : null;
    });
    expect(Object.fromEntries(counts.map((s) => [s.name, s.counters.rejectedDownstream]))).toEqual({ inbox: 0, 'site-rss': 1, 'site-map': 0, 'one-page': 0, drop: 1, intranet: 0 });
  }, 30_000);

  it('re-polls conditionally, never re-emits across a restart, and emits a changed article as version 2', async () => {
    // Let a few more runs happen, restart, and let runs happen again.
    await waitFor(async () => (await source('site-rss')).counters.notModified >= 1);
    await app!.close();
    await boot();
    const runsBefore = (await source('site-rss')).counters.runs;
    await waitFor(async () => (await source('site-rss')).counters.runs >= runsBefore + 2 && (await source('one-page')).counters.runs >= 3);
    await expect(readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 6, 1500)).rejects.toThrow(/only 5\/6/);

    site.state.pages['/a/1'] = '<html><body><p>هجوم بطائرة مسيرة على قاعدة التنف، وتحديث للخبر</p></body></html>';
    site.state.feedItems[0] = item('/a/1', 'هجوم', 'Tue, 12 Mar 2024 12:00:00 GMT');
    const after = (await readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 6)).map((m) => JSON.parse(m.value!.toString()) as ArticleFetchedV1);
    const versions = after.filter((e) => e.url === `${site.base}/a/1`);
    expect(versions.map((e) => e.fetch?.version)).toEqual([1, 2]);
    expect(new Set(versions.map((e) => e.articleId)).size).toBe(1);
    expect(versions[0].contentHash).not.toBe(versions[1].contentHash);
  }, 30_000);
});
