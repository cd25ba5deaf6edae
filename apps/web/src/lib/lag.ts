// The pipeline panel reads GET /api/lag (apps/api LagController → libs/operations LagReport):
// { at, windowSeconds, samples, groups: [{ group, state, members, status: 'OK'|'lagging'|'stalled',
//   reason, lag, maxLagSeconds, consumptionRate, productionRate, timeToDrainSeconds, partitions }] }.
// Read tolerantly (missing numbers become null) so small changes there do not break the page.

export interface LagRow {
  group: string;
  topics: string[];
  lag: number;
  /** Messages per second consumed over the window. */
  rate: number | null;
  /** Messages per second produced to the group's topics. */
  produced: number | null;
  lagSeconds: number | null;
  status: 'ok' | 'lagging' | 'stalled' | null;
  reason: string | null;
  /** Consumers in the group: the stage's running replicas (null when the server does not say). */
  members: number | null;
}

export interface LagSnapshot {
  rows: LagRow[];
  at: string | null;
  windowSeconds: number | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function status(v: unknown): LagRow['status'] {
  const s = str(v)?.toLowerCase();
  return s === 'ok' || s === 'lagging' || s === 'stalled' ? s : null;
}

function row(g: Obj): LagRow {
  const parts = Array.isArray(g.partitions) ? g.partitions.filter(isObj) : [];
  const topics = [...new Set(parts.map((p) => str(p.topic)).filter((x): x is string => !!x))].sort();
  const lag = num(g.lag) ?? parts.reduce((sum, p) => sum + (num(p.lag) ?? 0), 0);
  return {
    group: str(g.group) ?? '?',
    topics,
    lag,
    rate: num(g.consumptionRate) ?? num(g.rate),
    produced: num(g.productionRate),
    lagSeconds: num(g.maxLagSeconds),
    status: status(g.status),
    reason: str(g.reason),
    members: num(g.members),
  };
}

export function normaliseLag(body: unknown): LagSnapshot {
  const groups = isObj(body) && Array.isArray(body.groups) ? body.groups : Array.isArray(body) ? body : [];
  return {
    rows: groups.filter(isObj).map(row),
    at: isObj(body) ? str(body.at) : null,
    windowSeconds: isObj(body) ? num(body.windowSeconds) : null,
  };
}
