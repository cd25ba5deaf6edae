// The pipeline panel reads GET /api/lag: apps/api's LagController answers libs/operations'
// LagReport, whose type the page imports (type-only, erased from the bundle) rather than
// keeping a copy of its own. A row is what the panel shows of one consumer group.
import type { GroupLag, LagReport, LagStatus } from '@raseed/operations';

export interface LagRow {
  group: string;
  topics: string[];
  lag: number;
  /** Messages per second consumed over the window. */
  rate: number | null;
  /** Messages per second produced to the group's topics. */
  produced: number | null;
  lagSeconds: number | null;
  status: 'ok' | 'lagging' | 'stalled';
  reason: string | null;
  /** Consumers in the group: the stage's running replicas. */
  members: number;
}

export interface LagSnapshot {
  rows: LagRow[];
  at: string;
  windowSeconds: number;
}

const STATUS: Record<LagStatus, LagRow['status']> = { OK: 'ok', lagging: 'lagging', stalled: 'stalled' };

function row(g: GroupLag): LagRow {
  return {
    group: g.group,
    topics: [...new Set(g.partitions.map((p) => p.topic))].sort(),
    lag: g.lag,
    rate: g.consumptionRate,
    produced: g.productionRate,
    lagSeconds: g.maxLagSeconds,
    status: STATUS[g.status],
    reason: g.reason || null,
    members: g.members,
  };
}

export function lagSnapshot(report: LagReport): LagSnapshot {
  return { rows: report.groups.map(row), at: report.at, windowSeconds: report.windowSeconds };
}
