/**
 * `npm run -s replay -- --dir <dir> [--rate 50] [--port 0] [--host 127.0.0.1] [--window 500]`:
 * serves a directory of articles (inbox formats) as a local RSS feed, releasing `rate` articles
 * per second, for demos and load tests. Point a `kind: replay` source at the printed feed URL
 * (and allow the host in FETCH_ALLOW_HOSTS).
 */
import { startReplayServer } from '@raseed/fetching';
import { existsSync } from 'fs';
import { resolve } from 'path';

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    out[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  return out;
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  if (!a.dir || !existsSync(a.dir)) throw new Error('usage: replay --dir <articles dir> [--rate 50] [--port 0] [--host 127.0.0.1] [--window 500]');
  const rate = Number(a.rate ?? 50);
  const port = Number(a.port ?? 0);
  const window = Number(a.window ?? 500);
  if (!(rate > 0) || !Number.isInteger(port) || port < 0 || port > 65535 || !(window >= 1)) throw new Error('--rate must be > 0, --port 0–65535, --window ≥ 1');
  const replay = await startReplayServer({ dir: resolve(a.dir), rate, port, host: a.host ?? '127.0.0.1', window });
  process.stdout.write(`replay feed ${replay.feedUrl} · ${replay.total} articles at ${rate}/s\n`);
  const stop = () => void replay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`replay: ${(err as Error).message}\n`);
  process.exit(2);
});
