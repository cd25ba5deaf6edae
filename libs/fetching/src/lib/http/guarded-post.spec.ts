import { AgentPool, guardedPost, HostAllowList } from '@raseed/fetching';
import { LocalServer, startLocalServer } from '../../../test/local-server';
import { failure } from '../../../test/failure';

describe('guardedPost (webhook deliveries)', () => {
  let server: LocalServer;
  const bodies: string[] = [];
  interface Answer {
    status: number;
    headers?: Record<string, string>;
    stall?: boolean;
  }
  let answer: (path: string) => Answer = () => ({ status: 204 });

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push(body);
        const a = answer(req.url ?? '');
        if (a.stall) return;
        res.writeHead(a.status, a.headers ?? {});
        res.end('ok');
      });
    });
  });
  afterAll(() => server.close());

  it('posts the body and headers to an allowed host and returns the status', async () => {
    const r = await guardedPost({ url: `${server.url}/hook?x=1`, body: '{"a":"عربي"}', headers: { 'content-type': 'application/json' }, allow: new HostAllowList('127.0.0.1'), timeoutMs: 2000 });
    expect(r.status).toBe(204);
    expect(bodies.pop()).toBe('{"a":"عربي"}');
    const req = server.requests[server.requests.length - 1];
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/hook?x=1');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['content-length']).toBe(String(Buffer.byteLength('{"a":"عربي"}')));
  });

  it('refuses loopback, private and metadata addresses without connecting, unless allowed', async () => {
    const before = server.connections;
    for (const url of [`${server.url}/hook`, 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/x', 'http://[::1]/x']) {
      expect((await failure(guardedPost({ url, body: '{}', headers: {}, allow: new HostAllowList(''), timeoutMs: 500 }))).code).toBe('ssrf_blocked');
    }
    // A name that resolves to loopback is refused just the same (the resolver is the attacker's).
    const rebinding = guardedPost({
      url: 'http://hooks.example/x',
      body: '{}',
      headers: {},
      allow: new HostAllowList(''),
      timeoutMs: 500,
      resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect((await failure(rebinding)).code).toBe('ssrf_blocked');
    expect(server.connections).toBe(before);
    expect((await failure(guardedPost({ url: 'file:///etc/passwd', body: '{}', headers: {}, allow: new HostAllowList(''), timeoutMs: 500 }))).code).toBe('bad_url');
  });

  it('does not follow redirects, reports error statuses, and times out a silent receiver', async () => {
    answer = (path): Answer => {
      if (path === '/moved') return { status: 307, headers: { location: 'http://169.254.169.254/' } };
      if (path === '/slow') return { status: 200, stall: true };
      return { status: 503, headers: { 'retry-after': '7' } };
    };
    const allow = new HostAllowList('127.0.0.1');
    expect((await guardedPost({ url: `${server.url}/moved`, body: '{}', headers: {}, allow, timeoutMs: 1000 })).status).toBe(307);
    const busy = await guardedPost({ url: `${server.url}/busy`, body: '{}', headers: {}, allow, timeoutMs: 1000 });
    expect(busy).toMatchObject({ status: 503, headers: { 'retry-after': '7' }, bodyStart: 'ok' });
    expect((await failure(guardedPost({ url: `${server.url}/slow`, body: '{}', headers: {}, allow, timeoutMs: 200 }))).code).toBe('read_timeout');
  });

  it('with an agent pool, successive posts to a receiver share one kept-alive connection', async () => {
    const receiver = await startLocalServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    const agents = new AgentPool();
    try {
      const allow = new HostAllowList('127.0.0.1');
      for (const n of [1, 2, 3]) expect((await guardedPost({ url: `${receiver.url}/hook/${n}`, body: `{"n":${n}}`, headers: {}, allow, timeoutMs: 2000, agents })).status).toBe(204);
      expect(receiver.requests.map((r) => r.url)).toEqual(['/hook/1', '/hook/2', '/hook/3']);
      expect(receiver.connections).toBe(1);
    } finally {
      agents.destroy();
      await receiver.close();
    }
  });

  it('posts again on a new connection when the receiver closed the kept-alive one as it was reused', async () => {
    const served = new WeakMap<object, number>();
    const receiver = await startLocalServer((req, res) => {
      const n = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, n);
      if (n === 2) return req.socket.destroy(); // closes a kept-alive socket as it is reused
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    const agents = new AgentPool();
    try {
      const allow = new HostAllowList('127.0.0.1');
      const post = () => guardedPost({ url: `${receiver.url}/hook`, body: '{}', headers: {}, allow, timeoutMs: 2000, agents });
      expect((await post()).status).toBe(204);
      expect((await post()).status).toBe(204);
      // The second post reached the reused socket (and was dropped there), then went once more.
      expect(receiver.requests).toHaveLength(3);
      expect(receiver.connections).toBe(2);
    } finally {
      agents.destroy();
      await receiver.close();
    }
  });

  it('reports a receiver that is down as a retryable network error', async () => {
    const down = await startLocalServer(() => undefined);
    const url = down.url;
    await down.close();
    const err = await failure(guardedPost({ url: `${url}/hook`, body: '{}', headers: {}, allow: new HostAllowList('127.0.0.1'), timeoutMs: 1000 }));
    expect(err.code).toBe('network');
    expect(err.retryable).toBe(true);
  });
});
