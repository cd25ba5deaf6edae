import { ArticleFetchedV1 } from '@raseed/contracts';
import { GuardedHttpClient, HostAllowList, HostLimiter, loadReplayArticles, PoliteFetcher, RobotsCache, SourceDefinition, SourceRunner, startReplayServer } from '@raseed/fetching';
import * as iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalServer, startLocalServer } from '../../../test/local-server';
import { MemoryStore } from '../../../test/memory-store';

const client = () =>
  new GuardedHttpClient({
    allow: new HostAllowList('127.0.0.1'),
    userAgent: 'raseed-test',
    connectTimeoutMs: 500,
    readTimeoutMs: 300,
    maxBytes: 64 * 1024,
    maxRedirects: 3,
    maxRetries: 1,
    retryBaseMs: 5,
    maxRetryWaitMs: 1000,
  });

function runner(store: MemoryStore, emitted: ArticleFetchedV1[]) {
  const http = client();
  return new SourceRunner({ fetcher: new PoliteFetcher(http, new HostLimiter(2, 0), new RobotsCache(http, 'raseed')), store, emit: async (e) => void emitted.push(e), maxBytes: 64 * 1024 });
}

const feedSource = (url: string, extra: Partial<SourceDefinition> = {}) =>
  ({ name: 'site', kind: 'feed', url, enabled: true, itemBody: 'page', intervalSeconds: 60, jitter: 0, maxItems: 50, ...extra }) as SourceDefinition & { kind: 'feed' };

describe('SourceRunner against a local news site', () => {
  let site: LocalServer;
  let pages: Record<string, { type: string; body: Buffer | string }>;
  let feedItems: string;
  beforeEach(async () => {
    pages = {};
    feedItems = '';
    site = await startLocalServer((req, res) => {
      const path = req.url!;
      if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /secret/\n');
      if (path === '/rss.xml') {
        const etag = `"${Buffer.from(feedItems).length}"`;
        if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
        return res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<rss version="2.0"><channel><title>موقع</title>${feedItems}</channel></rss>`);
      }
      const page = pages[path.split('?')[0]];
      if (page) return res.writeHead(200, { 'content-type': page.type }).end(page.body);
      res.writeHead(404).end();
    });
  });
  afterEach(() => site.close());

  const item = (path: string, title: string, date: string) => `<item><title>${title}</title><link>${site.url}${path}</link><pubDate>${date}</pubDate></item>`;

  it('emits each feed article once with feed hints, honours robots, and re-emits a changed article as a new version', async () => {
    const legacy = iconv.encode('<html><head><meta charset="windows-1256"><title>خبر</title></head><body>قصف صاروخي</body></html>', 'windows-1256');
    pages['/a/1'] = { type: 'text/html', body: `<html><head><link rel="canonical" href="${site.url}/a/1"></head><body>هجوم بطائرة مسيرة</body></html>` };
    pages['/a/2'] = { type: 'text/html', body: legacy };
    pages['/secret/3'] = { type: 'text/html', body: '<p>x</p>' };
    feedItems = item('/a/1?utm_source=rss#x', 'هجوم', 'Tue, 12 Mar 2024 10:00:00 GMT') + item('/a/2', 'قصف', 'Tue, 12 Mar 2024 11:00:00 GMT') + item('/secret/3', 's', 'Tue, 12 Mar 2024 11:00:00 GMT');
    const store = new MemoryStore();
    const emitted: ArticleFetchedV1[] = [];
    const first = await runner(store, emitted).run(feedSource(`${site.url}/rss.xml`));
    expect(first.counters).toMatchObject({ emitted: 2, errors: 1 });
    expect(first.lastError).toMatchObject({ code: 'robots_disallowed', url: `${site.url}/secret/3` });
    expect(site.requests.some((r) => r.url === '/secret/3')).toBe(false);
    const one = emitted.find((e) => e.url === `${site.url}/a/1`)!;
    expect(one).toMatchObject({
      source: { kind: 'feed', name: 'site' },
      hints: { title: 'هجوم', publishedAt: '2024-03-12T10:00:00.000Z', outlet: 'موقع' },
      item: { link: `${site.url}/a/1?utm_source=rss#x` },
      fetch: { status: 200, version: 1, canonicalUrl: `${site.url}/a/1` },
    });
    const two = emitted.find((e) => e.url === `${site.url}/a/2`)!;
    expect(two.declaredCharset).toBe('windows-1256');
    expect(Buffer.from(two.bodyBase64, 'base64')).toEqual(legacy);

    // A disallowed (permanently failing) link is not retried while its feed entry is unchanged.
    feedItems += ' ';
    const rerun = await runner(store, emitted).run(feedSource(`${site.url}/rss.xml`));
    expect(rerun.counters).toMatchObject({ emitted: 0, errors: 0, skipped: 3 });

    // Same feed again: 304, nothing fetched or emitted.
    const before = site.requests.length;
    const again = await runner(store, emitted).run(feedSource(`${site.url}/rss.xml`));
    expect(again.counters).toMatchObject({ notModified: 1, emitted: 0 });
    expect(site.requests.length - before).toBe(2); // robots.txt (new cache) + the conditional feed GET

    // The feed marks /a/1 updated and its text changed: a new version with the same id.
    pages['/a/1'] = { type: 'text/html', body: '<html><body>هجوم بطائرة مسيرة، تحديث</body></html>' };
    feedItems = item('/a/1', 'هجوم', 'Tue, 12 Mar 2024 12:00:00 GMT') + item('/a/2', 'قصف', 'Tue, 12 Mar 2024 11:00:00 GMT');
    await runner(store, emitted).run(feedSource(`${site.url}/rss.xml`));
    const versions = emitted.filter((e) => e.articleId === one.articleId);
    expect(versions.map((e) => e.fetch?.version)).toEqual([1, 2]);
    expect(emitted).toHaveLength(3);
  });

  it('reads a sitemap index and its news sitemap; a repeat run emits nothing', async () => {
    pages['/index.xml'] = { type: 'application/xml', body: `<sitemapindex><sitemap><loc>${site.url}/news.xml</loc><lastmod>2024-03-12</lastmod></sitemap></sitemapindex>` };
    pages['/news.xml'] = {
      type: 'application/xml',
      body: `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${site.url}/n/1</loc><news:news><news:publication><news:name>المنار</news:name></news:publication><news:publication_date>2024-03-12T09:00:00Z</news:publication_date><news:title>عنوان</news:title></news:news></url></urlset>`,
    };
    pages['/n/1'] = { type: 'text/plain; charset=utf-8', body: 'نص الخبر' };
    const store = new MemoryStore();
    const emitted: ArticleFetchedV1[] = [];
    const source = { name: 'map', kind: 'sitemap', url: `${site.url}/index.xml`, enabled: true, intervalSeconds: 60, jitter: 0, maxItems: 10 } as SourceDefinition;
    expect((await runner(store, emitted).run(source as never)).counters).toMatchObject({ emitted: 1, errors: 0 });
    expect(emitted[0]).toMatchObject({ source: { kind: 'sitemap' }, hints: { title: 'عنوان', publishedAt: '2024-03-12T09:00:00.000Z', outlet: 'المنار' } });
    // The child's lastmod is unchanged: it is not even requested again.
    expect((await runner(store, emitted).run(source as never)).counters).toMatchObject({ emitted: 0, skipped: 1 });
    expect(site.requests.filter((r) => r.url === '/news.xml')).toHaveLength(1);
    expect(emitted).toHaveLength(1);
  });

  it('reports a feed that is not a feed as the run error', async () => {
    pages['/rss2.xml'] = { type: 'application/xml', body: '<html/>' };
    const out = await runner(new MemoryStore(), []).run(feedSource(`${site.url}/rss2.xml`));
    expect(out.lastError?.message).toMatch(/neither an RSS nor an Atom/);
  });
});

describe('replay source', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'replay-'));
    writeFileSync(join(dir, '001.json'), JSON.stringify({ id: 'r1', title: 'أول', text: 'نص أول', published_at: '2024-03-01' }));
    writeFileSync(join(dir, '002.html'), '<html><body>نص ثان</body></html>');
    writeFileSync(join(dir, '003.txt'), 'نص ثالث');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('releases articles at the chosen rate as an RSS feed that the fetcher reads', async () => {
    expect(loadReplayArticles(dir).map((a) => a.id)).toEqual(['r1', '002', '003']);
    let now = 0;
    const replay = await startReplayServer({ dir, rate: 10, now: () => now });
    try {
      const store = new MemoryStore();
      const emitted: ArticleFetchedV1[] = [];
      const source = feedSource(replay.feedUrl, { name: 'demo', kind: 'replay' } as never);
      await runner(store, emitted).run(source);
      expect(emitted.map((e) => e.hints.title)).toEqual(['أول']);
      expect(emitted[0].source).toEqual({ kind: 'replay', name: 'demo' });
      now = 250; // 10/s: two more released
      await runner(store, emitted).run(source);
      expect(emitted).toHaveLength(3);
      expect(replay.released()).toBe(3);
      expect((await runner(store, emitted).run(source)).counters).toMatchObject({ notModified: 1 });
    } finally {
      await replay.close();
    }
  });
});
