// lag CLI: consumer-group lag of the running pipeline.
//   npm run -s lag [-- --json] [--group <id>]... [--samples 3] [--interval-ms 1000]
// Reads offsets `samples` times, `interval-ms` apart, so rates and the status have a window.
import { intOption, parseCli } from '@raseed/config';
import { LagReader } from '@raseed/kafka';
import { LagReport, LagWindow, formatLagTable } from '@raseed/operations';
import { cliKafka, resolveStack, runStackCli } from './stack-connection';

export const LAG_USAGE = `usage: npm run -s lag -- [--json] [--group <id>[,<id>]]... [--samples <n>] [--interval-ms <ms>]
  --json             the report as JSON instead of a table
  --group <id>       only these consumer groups (repeatable, or comma-separated)
  --samples <n>      readings of the offsets, 1–1000 (default 2): rates and status need two
  --interval-ms <ms> time between readings, 0–600000 (default 1000)`;

export interface LagArgs {
  json: boolean;
  groups?: string[];
  samples: number;
  intervalMs: number;
}

export function parseLagArgs(argv: readonly string[]): LagArgs {
  const { values } = parseCli(argv, {
    options: { json: { type: 'boolean' }, group: { type: 'string', multiple: true }, samples: { type: 'string' }, 'interval-ms': { type: 'string' } },
  });
  const groups = values.group
    ?.flatMap((g) => g.split(','))
    .map((g) => g.trim())
    .filter(Boolean);
  return {
    json: values.json ?? false,
    groups: groups?.length ? groups : undefined,
    samples: intOption('samples', values.samples, { min: 1, max: 1000 }, 2),
    intervalMs: intOption('interval-ms', values['interval-ms'], { min: 0, max: 600_000 }, 1000),
  };
}

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
  const args = parseLagArgs(process.argv.slice(2));
  const report = await readLagReport(resolveStack().kafkaBrokers, args);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatLagTable(report));
  return 0;
}

if (require.main === module) runStackCli('lag', LAG_USAGE, main);
