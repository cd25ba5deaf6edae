// A webhook receiver for specs: a real HTTP server on 127.0.0.1 that records what it is sent,
// can answer with an error, and can go down and come back on the same port.
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo, Socket } from 'net';

export interface ReceivedHook {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: { event: string; webhook: string; delivery: string; sentAt: string; incident: { id: string } & Record<string, unknown> };
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedHook[];
  /** Connections accepted so far (a refused delivery never opens one). */
  connections: number;
  /** Status to answer per path (default 204). */
  answer: (path: string) => { status: number; headers?: Record<string, string> };
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let server: Server | null = null;
  let port = 0;
  const sockets = new Set<Socket>();
  const r: WebhookReceiver = {
    url: '',
    received: [],
    connections: 0,
    answer: () => ({ status: 204 }),
    async up() {
      server = createServer((req: IncomingMessage, res: ServerResponse) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (c: string) => (body += c));
        req.on('end', () => {
          const a = r.answer(req.url ?? '');
          if (a.status >= 200 && a.status < 300) r.received.push({ path: req.url ?? '', headers: req.headers, body, json: JSON.parse(body) });
          res.writeHead(a.status, a.headers ?? {});
          res.end();
        });
      });
      server.on('connection', (s) => {
        r.connections++;
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((ok) => server!.listen(port, '127.0.0.1', ok));
      port = (server.address() as AddressInfo).port;
      r.url = `http://127.0.0.1:${port}`;
    },
    async down() {
      const s = server;
      server = null;
      if (!s) return;
      for (const sock of sockets) sock.destroy();
      await new Promise<void>((ok) => s.close(() => ok()));
    },
    close: () => r.down(),
  };
  await r.up();
  return r;
}
