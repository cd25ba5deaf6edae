import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo, Socket } from 'net';

export interface LocalServer {
  url: string;
  /** TCP connections accepted so far: proves a refused fetch never reached the server. */
  connections: number;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1, port 0, for tests; open sockets are destroyed on close. */
export async function startLocalServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const state = { connections: 0, requests: [] as IncomingMessage[] };
  const server: Server = createServer((req, res) => {
    state.requests.push(req);
    handler(req, res);
  });
  server.on('connection', (s) => {
    state.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return state.connections;
    },
    requests: state.requests,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
