import * as path from 'path';
import { enumOption, intOption, parseCli, UsageError } from '@raseed/config';
import type { BrokerOptions, FsyncPolicy } from '@raseed/kafka-broker';

export const USAGE = `usage: npm run -s broker -- --port <port> --data-dir <dir> [--host <host>] [--partitions <n>]
                       [--fsync always|interval|never] [--advertised-host <host>]
                       [--retention-ms <ms>] [--retention-bytes <bytes>] [--forget-members]

  --port             TCP port (0 = ephemeral)                       required
  --data-dir         directory for logs and offsets (created)       required
  --host             interface to bind                              default 127.0.0.1
  --partitions       partitions for auto-created topics             default 1
  --fsync            when to fsync appended data                    default interval
  --advertised-host  host announced to clients                      default --host
  --retention-ms     per-partition retention by age                 default 7 days
  --retention-bytes  per-partition retention by size                default unlimited
  --forget-members   no consumer of an earlier run is alive: groups
                     start empty (offsets kept), no wait for their
                     sessions to expire                             default off`;

const FSYNC: readonly FsyncPolicy[] = ['always', 'interval', 'never'];

/** Parses the broker's command line (strict: unknown or repeated options are refused). */
export function parseArgs(argv: readonly string[]): BrokerOptions {
  const text = { type: 'string' } as const;
  const { values } = parseCli(argv, {
    options: { port: text, 'data-dir': text, host: text, partitions: text, fsync: text, 'advertised-host': text, 'retention-ms': text, 'retention-bytes': text, 'forget-members': { type: 'boolean' } },
  });
  const port = intOption('port', values.port, { min: 0, max: 65535 });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required');
  const opts: BrokerOptions = { port, dataDir: path.resolve(dataDir), host: values.host ?? '127.0.0.1' };
  if (values.partitions !== undefined) opts.defaultPartitions = intOption('partitions', values.partitions, { min: 1, max: 10_000 });
  if (values.fsync !== undefined) opts.fsync = enumOption('fsync', values.fsync, FSYNC);
  if (values['advertised-host'] !== undefined) opts.advertisedHost = values['advertised-host'];
  if (values['retention-ms'] !== undefined || values['retention-bytes'] !== undefined) {
    opts.retention = {};
    if (values['retention-ms'] !== undefined) opts.retention.ms = intOption('retention-ms', values['retention-ms'], { min: 1 });
    if (values['retention-bytes'] !== undefined) opts.retention.bytes = intOption('retention-bytes', values['retention-bytes'], { min: 1 });
  }
  if (values['forget-members']) opts.forgetMembers = true;
  return opts;
}
