import { connect } from 'net';

/**
 * Polls `url` until it answers 200 or the deadline passes. Until the port accepts connections a
 * bare TCP connect is tried, not an HTTP request: five services booting for seconds at once made
 * hundreds of refused fetches, a tenth of the launcher's CPU while the cores are what start-up waits on.
 */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  const { hostname, port } = new URL(url);
  let last = '';
  while (Date.now() < until) {
    try {
      if (await accepts(hostname, Number(port))) {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) return;
        last = `HTTP ${res.status}`;
      } else last = 'connection refused';
    } catch (err) {
      last = (err as Error).message;
    }
    // Often enough that the wait adds little to a start of a few seconds.
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms (${last})`);
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(1000, () => done(false));
  });
}
