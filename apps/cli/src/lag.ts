// lag CLI: consumer-group lag of the running pipeline.
//   npm run -s lag [-- --json] [--group <id>]... [--samples 3] [--interval-ms 1000]
// Reads offsets `samples` times, `interval-ms` apart, so rates and the status have a window.
import { LagReader } from '@raseed/kafka';
import { LagReport, LagWindow, formatLagTable } from '@raseed/operations';
import { cliKafka, parseArgs, resolveStack, runCli } from './stack-connection';

export async function readLagReport(brokers: string[], options: { samples: number; intervalMs: number; groups?: string[] }): Promise<LagReport> {
  const reader = new LagReader(cliKafka({ kafkaBrokers: brokers, databaseUrl: null, opensearchUrl: null, apiUrl: null, source: '' }, 'lag'), { groups: options.groups });
  const window = new LagWindow({ windowMs: options.samples * options.intervalMs + 60_000 });
  try {
    for (let i = 0; i < options.samples; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, options.intervalMs));
      window.add(await reader.read());
    }
  } finally {
    await reader.close();
  }
  return window.report();
}

async function main(): Promise<number> {
  const { options } = parseArgs(process.argv.slice(2), ['json']);
  const conn = resolveStack();
  const samples = Math.max(1, Number(options.get('samples') ?? 2));
  const intervalMs = Math.max(0, Number(options.get('interval-ms') ?? 1000));
  const group = options.get('group');
  const report = await readLagReport(conn.kafkaBrokers, { samples, intervalMs, groups: typeof group === 'string' ? group.split(',') : undefined });
  process.stdout.write(options.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatLagTable(report));
  return 0;
}

if (require.main === module) runCli(main);
