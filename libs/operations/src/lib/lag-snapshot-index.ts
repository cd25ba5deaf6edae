import { LagReport } from './lag-model';

/** Index the lag monitor snapshots into (a daily-free single index: volume is tiny). */
export const LAG_SNAPSHOT_INDEX = 'pipeline-lag';

/** Mapping of one snapshot document: one per group, topic and partition per poll. */
export const LAG_SNAPSHOT_MAPPING = {
  dynamic: 'strict',
  properties: {
    '@timestamp': { type: 'date' },
    group: { type: 'keyword' },
    topic: { type: 'keyword' },
    partition: { type: 'integer' },
    status: { type: 'keyword' },
    group_status: { type: 'keyword' },
    committed_offset: { type: 'long' },
    log_end_offset: { type: 'long' },
    lag: { type: 'long' },
    lag_seconds: { type: 'double' },
    consumption_rate: { type: 'double' },
    time_to_drain_seconds: { type: 'double' },
  },
} as const;

export type LagSnapshotDocument = Record<keyof typeof LAG_SNAPSHOT_MAPPING.properties, string | number | null>;

/** One document per partition; its id makes re-sending a snapshot idempotent. */
export function lagSnapshotDocuments(report: LagReport): Array<{ id: string; doc: LagSnapshotDocument }> {
  return report.groups.flatMap((g) =>
    g.partitions.map((p) => ({
      id: `${report.at}/${g.group}/${p.topic}/${p.partition}`,
      doc: {
        '@timestamp': report.at,
        group: g.group,
        topic: p.topic,
        partition: p.partition,
        status: p.status,
        group_status: g.status,
        committed_offset: p.committedOffset,
        log_end_offset: p.logEndOffset,
        lag: p.lag,
        lag_seconds: p.lagSeconds,
        consumption_rate: p.consumptionRate,
        time_to_drain_seconds: p.timeToDrainSeconds,
      },
    })),
  );
}
