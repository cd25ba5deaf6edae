import * as path from 'path';
import type { BrokerOptions, FsyncPolicy } from '@raseed/kafka-broker';

export const USAGE = `usage: npm run -s broker -- --port <port> --data-dir <dir> [--host <host>] [--partitions <n>]
                       [--fsync always|interval|never] [--advertised-host <host>]
                       [--retention-ms <ms>] [--retention-bytes <bytes>]

  --port             TCP port (0 = ephemeral)                       required
  --data-dir         directory for logs and offsets (created)       required
  --host             interface to bind                              default 127.0.0.1
  --partitions       partitions for auto-created topics             default 1
  --fsync            when to fsync appended data                    default interval
  --advertised-host  host announced to clients                      default --host
  --retention-ms     per-partition retention by age                 default 7 days
  --retention-bytes  per-partition retention by size                default unlimited`;

export class CliError extends Error {}

function int(flag: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(raw)) throw new CliError(`${flag} must be a whole number (got '${raw}')`);
  const n = Number(raw);
  if (n < min || n > max) throw new CliError(`${flag} must be between ${min} and ${max} (got ${n})`);
  return n;
}

/** Parses `--flag value` / `--flag=value` arguments into broker options. */
export function parseArgs(argv: readonly string[]): BrokerOptions {
  const values = new Map<string, string>();
  const known = ['--port', '--data-dir', '--host', '--partitions', '--fsync', '--advertised-host', '--retention-ms', '--retention-bytes'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new CliError('help');
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!known.includes(flag)) throw new CliError(`unknown argument '${arg}'`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new CliError(`${flag} needs a value`);
    if (values.has(flag)) throw new CliError(`${flag} given twice`);
    values.set(flag, value);
  }
  const port = values.get('--port');
  const dataDir = values.get('--data-dir');
  if (port === undefined) throw new CliError('--port is required');
  if (dataDir === undefined) throw new CliError('--data-dir is required');
  const fsync = values.get('--fsync');
  if (fsync !== undefined && !['always', 'interval', 'never'].includes(fsync)) throw new CliError(`--fsync must be always, interval or never (got '${fsync}')`);
  const opts: BrokerOptions = {
    port: int('--port', port, 0, 65535),
    dataDir: path.resolve(dataDir),
    host: values.get('--host') ?? '127.0.0.1',
  };
  if (values.has('--partitions')) opts.defaultPartitions = int('--partitions', values.get('--partitions')!, 1, 10_000);
  if (fsync) opts.fsync = fsync as FsyncPolicy;
  if (values.has('--advertised-host')) opts.advertisedHost = values.get('--advertised-host');
  const retentionMs = values.get('--retention-ms');
  const retentionBytes = values.get('--retention-bytes');
  if (retentionMs !== undefined || retentionBytes !== undefined) {
    opts.retention = {};
    if (retentionMs !== undefined) opts.retention.ms = int('--retention-ms', retentionMs, 1);
    if (retentionBytes !== undefined) opts.retention.bytes = int('--retention-bytes', retentionBytes, 1);
  }
  return opts;
}
