import { LagReport } from './lag-model';

/** The report as a fixed-width table: one line per group, then its partitions indented. */
export function formatLagTable(report: LagReport): string {
  const header = ['GROUP / TOPIC[PARTITION]', 'STATUS', 'COMMITTED', 'LOG-END', 'LAG', 'LAG(s)', 'RATE(msg/s)', 'DRAIN(s)'];
  const rows: string[][] = [];
  for (const g of report.groups) {
    rows.push([
      `${g.group} (${g.state}, ${g.members} member${g.members === 1 ? '' : 's'})`,
      g.status,
      '',
      '',
      String(g.lag),
      secs(g.maxLagSeconds),
      rate(g.consumptionRate),
      drain(g.lag, g.timeToDrainSeconds),
    ]);
    for (const p of g.partitions) {
      rows.push([
        `  ${p.topic}[${p.partition}]`,
        p.status,
        p.committedOffset === null ? '-' : String(p.committedOffset),
        String(p.logEndOffset),
        String(p.lag),
        secs(p.lagSeconds),
        rate(p.consumptionRate),
        drain(p.lag, p.timeToDrainSeconds),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const notes = report.groups.filter((g) => g.status !== 'OK').map((g) => `${g.group}: ${g.status}: ${g.reason}`);
  const summary = `${report.groups.length} group(s) at ${report.at}, window ${report.windowSeconds.toFixed(1)} s over ${report.samples} sample(s)`;
  if (!report.groups.length) return `no consumer groups (${report.at})\n`;
  return [line(header), ...rows.map(line), '', summary, ...notes].join('\n') + '\n';
}

const secs = (s: number | null) => (s === null ? '?' : s.toFixed(1));
const rate = (r: number | null) => (r === null ? '?' : r.toFixed(2));
const drain = (lag: number, t: number | null) => (lag === 0 ? '0' : t === null ? '∞' : t.toFixed(0));
