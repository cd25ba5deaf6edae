/**
 * `npm run -s replay -- --dir <dir> [--rate 50] [--port 0] [--host 127.0.0.1] [--window 500]`:
 * serves a directory of articles (inbox formats) as a local RSS feed, releasing `rate` articles
 * per second, for demos and load tests. Point a `kind: replay` source at the printed feed URL
 * (and allow the host in FETCH_ALLOW_HOSTS).
 */
import { intOption, parseCli, positiveNumberOption, runCli, UsageError } from '@raseed/config';
import { startReplayServer } from '@raseed/fetching';
import { existsSync, statSync } from 'fs';
import { resolve } from 'path';

export const REPLAY_USAGE = `usage: npm run -s replay -- --dir <articles dir> [--rate <n>] [--port <port>] [--host <host>] [--window <n>]
  --dir <dir>      a folder of .json / .html / .txt articles (the inbox formats)    required
  --rate <n>       articles released per second, > 0                              default 50
  --port <port>    0–65535, 0 = any free port                                     default 0
  --host <host>    interface to listen on                                         default 127.0.0.1
  --window <n>     newest released articles the feed lists, ≥ 1                   default 500`;

export interface ReplayArgs {
  dir: string;
  rate: number;
  port: number;
  host: string;
  window: number;
}

export function parseReplayArgs(argv: readonly string[]): ReplayArgs {
  const text = { type: 'string' } as const;
  const { values } = parseCli(argv, { options: { dir: text, rate: text, port: text, host: text, window: text } });
  if (!values.dir) throw new UsageError('--dir is required');
  if (!existsSync(values.dir) || !statSync(values.dir).isDirectory()) throw new UsageError(`--dir ${values.dir} is not a folder`);
  return {
    dir: resolve(values.dir),
    rate: positiveNumberOption('rate', values.rate, 50),
    port: intOption('port', values.port, { min: 0, max: 65535 }, 0),
    host: values.host ?? '127.0.0.1',
    window: intOption('window', values.window, { min: 1 }, 500),
  };
}

async function main(): Promise<void> {
  const args = parseReplayArgs(process.argv.slice(2));
  const replay = await startReplayServer(args);
  process.stdout.write(`replay feed ${replay.feedUrl} · ${replay.total} articles at ${args.rate}/s\n`);
  const stop = () => void replay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// A server: main resolves once it listens and the process stays up until a signal.
if (require.main === module) runCli('replay', REPLAY_USAGE, main, (err) => (err instanceof Error ? { message: err.message, code: 1 } : null));
