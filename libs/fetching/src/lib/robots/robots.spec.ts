import { ALLOW_ALL, GuardedHttpClient, HostAllowList, isAllowedByRobots, parseRobots, RobotsCache } from '@raseed/fetching';
import { startLocalServer } from '../../../test/local-server';

describe('robots.txt', () => {
  const text = `# comment
User-agent: *
Disallow: /private/
Allow: /private/open
Crawl-delay: 2

User-agent: raseed
User-agent: other
Disallow: /no-raseed
Disallow: /*.pdf$

Sitemap: https://ex.org/sitemap.xml`;

  it('uses the group naming our agent, longest match wins, Allow wins ties', () => {
    const ours = parseRobots(text, 'raseed-fetcher');
    expect(isAllowedByRobots(ours, '/no-raseed/x')).toBe(false);
    expect(isAllowedByRobots(ours, '/doc.pdf')).toBe(false);
    expect(isAllowedByRobots(ours, '/doc.pdf?x')).toBe(true);
    expect(isAllowedByRobots(ours, '/private/x')).toBe(true); // the * group does not apply to us
    expect(ours.sitemaps).toEqual(['https://ex.org/sitemap.xml']);
    const anyone = parseRobots(text, 'somebot');
    expect(isAllowedByRobots(anyone, '/private/x')).toBe(false);
    expect(isAllowedByRobots(anyone, '/private/open/1')).toBe(true);
    expect(anyone.crawlDelayMs).toBe(2000);
    expect(isAllowedByRobots(ALLOW_ALL, '/anything')).toBe(true);
  });

  it('obeys only the longest matching agent group, merging groups that name that same agent', () => {
    const nested = `User-agent: raseed
Disallow: /for-every-raseed
Crawl-delay: 5

User-agent: raseed-fetcher
Disallow: /not-the-fetcher

User-agent: *
Disallow: /nobody

User-agent: Raseed-Fetcher
Disallow: /nor-this
Crawl-delay: 1`;
    const fetcher = parseRobots(nested, 'raseed-fetcher');
    expect(isAllowedByRobots(fetcher, '/not-the-fetcher')).toBe(false);
    expect(isAllowedByRobots(fetcher, '/nor-this')).toBe(false);
    // The shorter "raseed" group and the * group were written for other crawlers.
    expect(isAllowedByRobots(fetcher, '/for-every-raseed')).toBe(true);
    expect(isAllowedByRobots(fetcher, '/nobody')).toBe(true);
    expect(fetcher.crawlDelayMs).toBe(1000);
    const plain = parseRobots(nested, 'raseed');
    expect(isAllowedByRobots(plain, '/for-every-raseed')).toBe(false);
    expect(isAllowedByRobots(plain, '/not-the-fetcher')).toBe(true);
    expect(plain.crawlDelayMs).toBe(5000);
  });

  it('caches per origin: 404 allows all, 5xx disallows for a while', async () => {
    let status = 404;
    const server = await startLocalServer((req, res) => (req.url === '/robots.txt' ? res.writeHead(status).end(status === 200 ? 'User-agent: *\nDisallow: /' : '') : res.end()));
    try {
      const client = new GuardedHttpClient({
        allow: new HostAllowList('127.0.0.1'),
        userAgent: 't',
        connectTimeoutMs: 500,
        readTimeoutMs: 300,
        maxBytes: 4096,
        maxRedirects: 2,
        maxRetries: 0,
        retryBaseMs: 1,
        maxRetryWaitMs: 10,
      });
      let now = 0;
      const cache = new RobotsCache(client, 'raseed', 1000, 100, () => now);
      expect(isAllowedByRobots(await cache.rulesFor(`${server.url}/a`), '/a')).toBe(true);
      await cache.rulesFor(`${server.url}/b`);
      expect(server.requests).toHaveLength(1); // cached
      status = 503;
      now = 2000;
      expect(isAllowedByRobots(await cache.rulesFor(`${server.url}/a`), '/a')).toBe(false);
      status = 200;
      now = 2200;
      expect(isAllowedByRobots(await cache.rulesFor(`${server.url}/a`), '/a')).toBe(false);
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
