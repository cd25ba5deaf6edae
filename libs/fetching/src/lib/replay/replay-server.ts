import { readdirSync, readFileSync, statSync } from 'fs';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { extname, join, relative, sep } from 'path';
import { INBOX_EXTENSIONS } from '../inbox-file';

export interface ReplayArticle {
  id: string;
  title: string | null;
  publishedAt: string | null;
  contentType: string;
  body: Buffer;
}

export interface ReplayOptions {
  dir: string;
  /** Articles released into the feed per second. */
  rate: number;
  port?: number;
  host?: string;
  /** Most recent items listed in the feed. */
  window?: number;
  now?: () => number;
}

export interface ReplayServer {
  url: string;
  feedUrl: string;
  total: number;
  released(): number;
  close(): Promise<void>;
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Articles of a directory in inbox formats (.json envelopes, .html, .txt), in path order. */
export function loadReplayArticles(dir: string): ReplayArticle[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if ((INBOX_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) files.push(abs);
    }
  };
  walk(dir);
  return files.flatMap((abs): ReplayArticle[] => {
    const rel = relative(dir, abs).split(sep).join('/');
    const stem = rel.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_');
    const bytes = readFileSync(abs);
    const ext = extname(abs).toLowerCase();
    if (ext !== '.json') return [{ id: stem, title: null, publishedAt: null, contentType: ext === '.txt' ? 'text/plain' : 'text/html', body: bytes }];
    try {
      const e = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const html = typeof e.html === 'string' ? e.html : null;
      const text = typeof e.text === 'string' ? e.text : null;
      if (html === null && text === null) return [];
      return [
        {
          id: typeof e.id === 'string' && /^[\w.-]{1,100}$/.test(e.id) ? e.id : stem,
          title: typeof e.title === 'string' ? e.title : null,
          publishedAt: typeof e.published_at === 'string' ? e.published_at : null,
          contentType: html !== null ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
          body: Buffer.from(html ?? text!, 'utf8'),
        },
      ];
    } catch {
      return [];
    }
  });
}

/**
 * Serves a directory of articles as a local RSS feed for demos and load tests: articles are
 * released into /feed.xml at `rate` per second (the first at once), each readable at
 * /articles/<id>. The feed carries an ETag, so pollers get 304 while nothing new is out.
 */
export async function startReplayServer(options: ReplayOptions): Promise<ReplayServer> {
  const articles = loadReplayArticles(options.dir);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const now = options.now ?? Date.now;
  const started = now();
  const window = options.window ?? 500;
  const released = () => Math.min(articles.length, 1 + Math.floor(((now() - started) * options.rate) / 1000));
  let base = '';

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/feed.xml' || path === '/') {
      const n = released();
      const etag = `"replay-${n}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      const items = articles
        .slice(Math.max(0, n - window), n)
        .reverse()
        .map((a, i) => {
          const pub = a.publishedAt && !Number.isNaN(Date.parse(a.publishedAt)) ? new Date(a.publishedAt).toUTCString() : new Date(started + (n - 1 - i) * (1000 / options.rate)).toUTCString();
          return `<item><title>${escapeXml(a.title ?? a.id)}</title><link>${base}/articles/${encodeURIComponent(a.id)}</link><guid isPermaLink="false">${escapeXml(a.id)}</guid><pubDate>${pub}</pubDate></item>`;
        })
        .join('');
      const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>replay</title><link>${base}/</link><description>article replay</description>${items}</channel></rss>`;
      return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(xml);
    }
    const m = /^\/articles\/([^/]+)$/.exec(path);
    const article = m ? byId.get(decodeURIComponent(m[1])) : undefined;
    if (article && articles.indexOf(article) < released()) return res.writeHead(200, { 'content-type': article.contentType }).end(article.body);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    feedUrl: `${base}/feed.xml`,
    total: articles.length,
    released,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
