import { decodeText } from '@raseed/arabic-text';
import { GuardedHttpClient, HostAllowList, HttpClientOptions, isForbiddenAddress, vetHost } from '@raseed/fetching';
import * as iconv from 'iconv-lite';
import { gzipSync } from 'zlib';
import { LocalServer, startLocalServer } from '../../../test/local-server';
import { failure } from '../../../test/failure';

const options = (overrides: Partial<HttpClientOptions> = {}): HttpClientOptions => ({
  allow: new HostAllowList('127.0.0.1'),
  userAgent: 'raseed-test',
  connectTimeoutMs: 500,
  readTimeoutMs: 300,
  maxBytes: 4096,
  maxRedirects: 3,
  maxRetries: 2,
  retryBaseMs: 10,
  maxRetryWaitMs: 5000,
  ...overrides,
});

describe('isForbiddenAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1'])(
    'refuses %s',
    (ip) => {
      expect(isForbiddenAddress(ip)).toBe(true);
    },
  );
  it.each([
    ['2002:7f00:1::', '6to4 (embeds any IPv4)'],
    ['2002:808:808::1', '6to4 even around a public IPv4: the relay is not ours to vet'],
    ['2001:0:4136:e378::1', 'Teredo'],
    ['64:ff9b:1::a00:1', 'local-use NAT64'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped loopback, long form'],
    ['::ffff:0:0', 'IPv4-mapped 0.0.0.0'],
    ['::ffff:192.168.0.1', 'IPv4-mapped private'],
    ['::ffff:192.88.99.1', 'IPv4-mapped 6to4 relay'],
    ['::8.8.8.8', 'deprecated IPv4-compatible'],
  ])('refuses %s (%s)', (ip) => {
    expect(isForbiddenAddress(ip)).toBe(true);
  });
  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '0:0:0:0:0:ffff:808:808'])('accepts public %s', (ip) => {
    expect(isForbiddenAddress(ip)).toBe(false);
  });
});

describe('vetHost', () => {
  const none = new HostAllowList('');
  it('refuses a name whose any resolved address is private (rebinding-style mix)', async () => {
    const resolver = async () => [
      { address: '93.184.216.34', family: 4 as const },
      { address: '10.0.0.7', family: 4 as const },
    ];
    await expect(vetHost('news.example', none, resolver)).rejects.toMatchObject({ code: 'ssrf_blocked' });
  });
  it('accepts public names and explicitly allowed hosts, addresses and ranges', async () => {
    const pub = async () => [{ address: '93.184.216.34', family: 4 as const }];
    await expect(vetHost('news.example', none, pub)).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    const priv = async () => [{ address: '10.0.0.7', family: 4 as const }];
    await expect(vetHost('intranet', new HostAllowList('intranet'), priv)).resolves.toMatchObject({ address: '10.0.0.7' });
    await expect(vetHost('x', new HostAllowList('10.0.0.0/8'), priv)).resolves.toMatchObject({ address: '10.0.0.7' });
  });
});

describe('GuardedHttpClient against local servers', () => {
  let server: LocalServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('refuses a non-allowed loopback target before any packet is sent', async () => {
    server = await startLocalServer((_req, res) => res.end('secret'));
    const client = new GuardedHttpClient(options({ allow: new HostAllowList('') }));
    const err = await failure(client.fetch({ url: `${server.url}/admin` }));
    expect(err.code).toBe('ssrf_blocked');
    const byName = await failure(client.fetch({ url: server.url.replace('127.0.0.1', 'localhost') }));
    expect(byName.code).toBe('ssrf_blocked');
    for (const alias of ['[::1]', '[::ffff:127.0.0.1]', '2130706433', '0x7f.1']) {
      expect((await failure(client.fetch({ url: server.url.replace('127.0.0.1', alias) }))).code).toBe('ssrf_blocked');
    }
    expect(server.connections).toBe(0);
  });

  it('refuses a redirect into a non-allowed private address, without connecting to it', async () => {
    const inner = await startLocalServer((_req, res) => res.end('internal'));
    try {
      // The outer server is allowed by name; the redirect target 127.0.0.1 by IP is not.
      server = await startLocalServer((_req, res) => res.writeHead(302, { location: `${inner.url}/secret` }).end());
      const client = new GuardedHttpClient(options({ allow: new HostAllowList('localhost'), resolver: async () => [{ address: '127.0.0.1', family: 4 }] }));
      const err = await failure(client.fetch({ url: server.url.replace('127.0.0.1', 'localhost') }));
      expect(err.code).toBe('ssrf_blocked');
      expect(server.connections).toBe(1);
      expect(inner.connections).toBe(0);
    } finally {
      await inner.close();
    }
  });

  it('reuses one kept-alive connection for successive requests to an origin', async () => {
    server = await startLocalServer((req, res) =>
      req.url === '/moved' ? res.writeHead(301, { location: '/page' }).end('gone') : res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${req.url}</p>`),
    );
    const client = new GuardedHttpClient(options());
    try {
      for (const path of ['/a', '/b', '/moved']) expect((await client.fetch({ url: `${server.url}${path}` })).body.toString()).toMatch(/<p>\/(a|b|page)<\/p>/);
      expect(server.requests).toHaveLength(4);
      expect(server.connections).toBe(1);
    } finally {
      client.close();
    }
  });

  it('sends again on a new connection when the server closed the reused one, and times a reused one by the read timeout', async () => {
    let stall = false;
    const served = new WeakMap<object, number>();
    server = await startLocalServer((req, res) => {
      const n = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, n);
      if (n === 2 && !stall) return req.socket.destroy(); // closes a kept-alive socket as it is reused
      if (stall) return; // never answers
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`answer ${n}`);
    });
    const client = new GuardedHttpClient(options({ maxRetries: 0, connectTimeoutMs: 5000 }));
    try {
      await client.fetch({ url: server.url });
      expect((await client.fetch({ url: server.url })).body.toString()).toBe('answer 1');
      expect(server.connections).toBe(2);
      stall = true;
      const started = Date.now();
      expect((await failure(client.fetch({ url: server.url }))).code).toBe('read_timeout');
      expect(Date.now() - started).toBeLessThan(4000);
      expect(server.connections).toBe(2);
    } finally {
      client.close();
    }
  });

  it('sends validators and reports 304 Not Modified', async () => {
    server = await startLocalServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT', 'content-type': 'text/html' }).end('<p>x</p>');
    });
    const client = new GuardedHttpClient(options());
    const first = await client.fetch({ url: server.url });
    expect(first).toMatchObject({ status: 200, etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT', notModified: false });
    const second = await client.fetch({ url: server.url, etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(server.requests[1].headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    let n = 0;
    server = await startLocalServer((_req, res) => (n++ === 0 ? res.writeHead(429, { 'retry-after': '2' }).end() : res.end('ok')));
    const waits: number[] = [];
    const client = new GuardedHttpClient(options({ sleep: async (ms) => void waits.push(ms) }));
    const result = await client.fetch({ url: server.url });
    expect(result.body.toString()).toBe('ok');
    expect(result.attempts).toBe(2);
    expect(waits).toEqual([2000]);
  });

  it('does not hold a slot for a Retry-After beyond the cap: fails with the delay for the scheduler', async () => {
    server = await startLocalServer((_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end());
    const client = new GuardedHttpClient(options({ sleep: async () => undefined }));
    const err = await failure(client.fetch({ url: server.url }));
    expect(err).toMatchObject({ code: 'http_status', details: { status: 503, retryAfterMs: 3_600_000 } });
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 500 with backoff and returns the later success; gives up after maxRetries', async () => {
    let n = 0;
    server = await startLocalServer((_req, res) => (n++ === 0 ? res.writeHead(500).end() : res.end('fine')));
    const client = new GuardedHttpClient(options());
    expect((await client.fetch({ url: server.url })).attempts).toBe(2);
    await server.close();
    server = await startLocalServer((_req, res) => res.writeHead(500).end());
    const err = await failure(client.fetch({ url: server.url }));
    expect(err).toMatchObject({ code: 'http_status', details: { status: 500 } });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    server = await startLocalServer((_req, res) => res.writeHead(404).end());
    const err = await failure(new GuardedHttpClient(options()).fetch({ url: server.url }));
    expect(err.retryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('follows redirects, detects loops and enforces the redirect limit', async () => {
    server = await startLocalServer((req, res) => {
      const hops: Record<string, string> = { '/a': '/b', '/b': '/a', '/r1': '/r2', '/r2': '/r3', '/r3': '/r4', '/r4': '/r5', '/go': '/final' };
      if (hops[req.url!]) return res.writeHead(301, { location: hops[req.url!] }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('landed');
    });
    const client = new GuardedHttpClient(options());
    const ok = await client.fetch({ url: `${server.url}/go` });
    expect(ok.finalUrl).toBe(`${server.url}/final`);
    expect(ok.redirects).toEqual([`${server.url}/final`]);
    expect((await failure(client.fetch({ url: `${server.url}/a` }))).code).toBe('redirect_loop');
    expect((await failure(client.fetch({ url: `${server.url}/r1` }))).code).toBe('too_many_redirects');
  });

  it('times out a server that stalls mid-body', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('<html><body>half'); // …and never the rest
    });
    const client = new GuardedHttpClient(options({ maxRetries: 0 }));
    const started = Date.now();
    const err = await failure(client.fetch({ url: server.url }));
    expect(err.code).toBe('read_timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out a server that accepts the connection but never answers', async () => {
    server = await startLocalServer(() => undefined);
    const err = await failure(new GuardedHttpClient(options({ maxRetries: 0 })).fetch({ url: server.url }));
    expect(err.code).toBe('read_timeout');
  });

  it('refuses a body over the cap, declared or streamed, and a compressed bomb', async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === '/declared') return res.writeHead(200, { 'content-length': '10000' }).end('x'.repeat(10000));
      if (req.url === '/gzip') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(100_000, 32)));
      res.writeHead(200); // chunked, no length
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    });
    const client = new GuardedHttpClient(options());
    expect((await failure(client.fetch({ url: `${server.url}/declared` }))).code).toBe('too_large');
    expect((await failure(client.fetch({ url: `${server.url}/streamed` }))).code).toBe('too_large');
    expect((await failure(client.fetch({ url: `${server.url}/gzip` }))).code).toBe('too_large');
  });

  it('checks the content type against what the caller accepts', async () => {
    server = await startLocalServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('png'));
    const client = new GuardedHttpClient(options());
    expect((await failure(client.fetch({ url: server.url, accept: ['text/html', 'application/*+xml'] }))).code).toBe('bad_content_type');
  });

  it('fetches a windows-1256 page whose charset is declared only in a meta tag, or not at all', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>قصف صاروخي على القاعدة</body></html>';
    const bytes = iconv.encode(html, 'windows-1256');
    const bare = iconv.encode('<p>هجوم بطائرة مسيرة</p>', 'windows-1256');
    server = await startLocalServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(req.url === '/bare' ? bare : bytes));
    const client = new GuardedHttpClient(options());
    const page = await client.fetch({ url: server.url, accept: ['text/html'] });
    expect(page.body).toEqual(bytes); // raw bytes untouched for the normaliser
    const decoded = decodeText(page.body, { contentType: page.contentType });
    expect(decoded).toMatchObject({ charset: 'windows-1256', source: 'meta' });
    expect(decoded.text).toContain('قصف صاروخي');
    const sniffed = await client.fetch({ url: `${server.url}/bare` });
    expect(decodeText(sniffed.body, { contentType: sniffed.contentType })).toMatchObject({ charset: 'windows-1256', source: 'sniffed' });
  });
});
