/**
 * Consumer-group lag over a sliding window of offset snapshots: lag in messages and seconds,
 * consumption and production rates, time to drain, and a Burrow-style status per group.
 * Pure: the snapshots come from a reader (libs/kafka LagReader) or a test.
 */

/** Offsets of one partition a group consumes, as read at one instant. */
export interface PartitionOffsets {
  topic: string;
  partition: number;
  /** Next offset the group will read; null when it never committed on this partition. */
  committedOffset: number | null;
  logStartOffset: number;
  logEndOffset: number;
  /** CreateTime (ms) of the oldest unconsumed message, when there is one and it was read. */
  oldestUnconsumedTimestamp: number | null;
}

export interface GroupOffsets {
  group: string;
  /** Broker's group state: Stable, Empty, PreparingRebalance, … */
  state: string;
  members: number;
  partitions: PartitionOffsets[];
}

export interface LagSnapshot {
  /** When the offsets were read (ms since epoch). */
  at: number;
  groups: GroupOffsets[];
}

export type LagStatus = 'OK' | 'lagging' | 'stalled';
const SEVERITY: Record<LagStatus, number> = { OK: 0, lagging: 1, stalled: 2 };

export interface PartitionLag {
  topic: string;
  partition: number;
  committedOffset: number | null;
  logStartOffset: number;
  logEndOffset: number;
  lag: number;
  /** Age of the oldest unconsumed message; null when it cannot be known. */
  lagSeconds: number | null;
  /** 'timestamp': read from the message; 'estimate': interpolated from log-end history (kafka-lag-exporter's way). */
  lagSecondsSource: 'timestamp' | 'estimate' | null;
  /** Committed-offset advance per second over the window. */
  consumptionRate: number | null;
  /** Log-end advance per second over the window. */
  productionRate: number | null;
  /** Seconds until lag reaches zero at the current net rate; null when it is not shrinking. */
  timeToDrainSeconds: number | null;
  status: LagStatus;
  reason: string;
}

export interface GroupLag {
  group: string;
  state: string;
  members: number;
  status: LagStatus;
  reason: string;
  lag: number;
  maxLag: number;
  maxLagSeconds: number | null;
  consumptionRate: number | null;
  productionRate: number | null;
  timeToDrainSeconds: number | null;
  partitions: PartitionLag[];
}

export interface LagReport {
  at: string;
  /** Span actually covered by the samples used (seconds). */
  windowSeconds: number;
  samples: number;
  groups: GroupLag[];
}

export function partitionLag(p: PartitionOffsets): number {
  return Math.max(0, p.logEndOffset - (p.committedOffset ?? p.logStartOffset));
}

/** Keeps the snapshots of the last `windowMs` and evaluates them. */
export class LagWindow {
  private snapshots: LagSnapshot[] = [];

  constructor(private readonly options: { windowMs: number; maxSamples?: number }) {}

  add(snapshot: LagSnapshot): void {
    this.snapshots.push(snapshot);
    this.snapshots.sort((a, b) => a.at - b.at);
    const from = this.snapshots[this.snapshots.length - 1].at - this.options.windowMs;
    this.snapshots = this.snapshots.filter((s) => s.at >= from).slice(-(this.options.maxSamples ?? 1000));
  }

  get size(): number {
    return this.snapshots.length;
  }

  report(): LagReport {
    return evaluateLag(this.snapshots);
  }
}

/** Evaluates time-ordered snapshots; the latest one gives the current figures. */
export function evaluateLag(snapshots: LagSnapshot[]): LagReport {
  if (!snapshots.length) return { at: new Date(0).toISOString(), windowSeconds: 0, samples: 0, groups: [] };
  const latest = snapshots[snapshots.length - 1];
  const groups = latest.groups.map((g) => evaluateGroup(g, snapshots, latest.at));
  groups.sort((a, b) => a.group.localeCompare(b.group));
  return { at: new Date(latest.at).toISOString(), windowSeconds: (latest.at - snapshots[0].at) / 1000, samples: snapshots.length, groups };
}

interface Point {
  at: number;
  committed: number | null;
  logEnd: number;
  lag: number;
}

function evaluateGroup(g: GroupOffsets, snapshots: LagSnapshot[], now: number): GroupLag {
  const partitions = g.partitions
    .map((p) => evaluatePartition(g, p, history(snapshots, g.group, p.topic, p.partition), now))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  const worst = partitions.reduce<PartitionLag | null>((w, p) => (!w || SEVERITY[p.status] > SEVERITY[w.status] ? p : w), null);
  const lag = sum(partitions.map((p) => p.lag));
  const consumptionRate = sumOrNull(partitions.map((p) => p.consumptionRate));
  const productionRate = sumOrNull(partitions.map((p) => p.productionRate));
  const seconds = partitions.map((p) => p.lagSeconds).filter((s): s is number => s !== null);
  return {
    group: g.group,
    state: g.state,
    members: g.members,
    status: worst?.status ?? 'OK',
    reason: worst && worst.status !== 'OK' ? `${worst.topic}[${worst.partition}]: ${worst.reason}` : lag === 0 ? 'caught up' : 'consuming',
    lag,
    maxLag: Math.max(0, ...partitions.map((p) => p.lag)),
    maxLagSeconds: seconds.length ? Math.max(...seconds) : lag === 0 ? 0 : null,
    consumptionRate,
    productionRate,
    timeToDrainSeconds: timeToDrain(lag, consumptionRate, productionRate),
    partitions,
  };
}

function history(snapshots: LagSnapshot[], group: string, topic: string, partition: number): Point[] {
  const points: Point[] = [];
  for (const s of snapshots) {
    const p = s.groups.find((g) => g.group === group)?.partitions.find((x) => x.topic === topic && x.partition === partition);
    if (p) points.push({ at: s.at, committed: p.committedOffset, logEnd: p.logEndOffset, lag: partitionLag(p) });
  }
  return points;
}

function evaluatePartition(g: GroupOffsets, p: PartitionOffsets, points: Point[], now: number): PartitionLag {
  const lag = partitionLag(p);
  const first = points[0];
  const last = points[points.length - 1];
  const span = (last.at - first.at) / 1000;
  const consumptionRate = span > 0 && first.committed !== null && last.committed !== null ? Math.max(0, last.committed - first.committed) / span : null;
  const productionRate = span > 0 ? Math.max(0, last.logEnd - first.logEnd) / span : null;
  const { lagSeconds, lagSecondsSource } = lagInSeconds(p, lag, points, now);
  const { status, reason } = statusOf(g, lag, points);
  return {
    topic: p.topic,
    partition: p.partition,
    committedOffset: p.committedOffset,
    logStartOffset: p.logStartOffset,
    logEndOffset: p.logEndOffset,
    lag,
    lagSeconds,
    lagSecondsSource,
    consumptionRate,
    productionRate,
    timeToDrainSeconds: timeToDrain(lag, consumptionRate, productionRate),
    status,
    reason,
  };
}

/**
 * Burrow's idea over the window: a partition is OK if it caught up at some point or is
 * draining; stalled if its committed offset never moved while lag stood; lagging if lag grew
 * at every step. With one sample only the group's membership can tell a stop from a backlog.
 */
function statusOf(g: GroupOffsets, lag: number, points: Point[]): { status: LagStatus; reason: string } {
  if (lag === 0) return { status: 'OK', reason: 'caught up' };
  const noMembers = g.members === 0;
  if (points.length < 2) {
    return noMembers ? { status: 'stalled', reason: `lag ${lag} and no consumer in the group` } : { status: 'lagging', reason: `lag ${lag} (one sample: trend unknown)` };
  }
  if (points.some((p) => p.lag === 0)) return { status: 'OK', reason: 'caught up within the window' };
  const committed = points.map((p) => p.committed);
  if (committed.every((c) => c === committed[0])) {
    return { status: 'stalled', reason: `committed offset stuck at ${committed[0] ?? 'none'} with lag ${lag}${noMembers ? ', no consumer in the group' : ''}` };
  }
  const growing = points.every((p, i) => i === 0 || p.lag >= points[i - 1].lag) && points[points.length - 1].lag > points[0].lag;
  if (growing) return { status: 'lagging', reason: `lag grew from ${points[0].lag} to ${lag} over the window` };
  return { status: 'OK', reason: 'consuming' };
}

/**
 * Exact when the oldest unconsumed message's timestamp was read; otherwise the
 * kafka-lag-exporter estimate: when did the log end pass the committed offset? Interpolated
 * from the window's (log-end offset, time) points.
 */
function lagInSeconds(p: PartitionOffsets, lag: number, points: Point[], now: number): Pick<PartitionLag, 'lagSeconds' | 'lagSecondsSource'> {
  if (lag === 0) return { lagSeconds: 0, lagSecondsSource: 'timestamp' };
  if (p.oldestUnconsumedTimestamp !== null) return { lagSeconds: Math.max(0, (now - p.oldestUnconsumedTimestamp) / 1000), lagSecondsSource: 'timestamp' };
  const at = estimateTimeOfOffset(p.committedOffset ?? p.logStartOffset, points);
  return at === null ? { lagSeconds: null, lagSecondsSource: null } : { lagSeconds: Math.max(0, (now - at) / 1000), lagSecondsSource: 'estimate' };
}

/** Time at which the log end reached `offset`, by linear interpolation (or extrapolation) of the points. */
export function estimateTimeOfOffset(offset: number, points: Array<{ at: number; logEnd: number }>): number | null {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a.logEnd <= offset && offset <= b.logEnd && b.logEnd > a.logEnd) return a.at + ((offset - a.logEnd) * (b.at - a.at)) / (b.logEnd - a.logEnd);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || first === last || last.logEnd <= first.logEnd || offset > first.logEnd) return null;
  return first.at - ((first.logEnd - offset) * (last.at - first.at)) / (last.logEnd - first.logEnd);
}

export function timeToDrain(lag: number, consumptionRate: number | null, productionRate: number | null): number | null {
  if (lag === 0) return 0;
  if (consumptionRate === null) return null;
  const net = consumptionRate - (productionRate ?? 0);
  return net > 0 ? lag / net : null;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
function sumOrNull(xs: Array<number | null>): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? sum(known) : null;
}
