import { Gauge, Registry } from 'prom-client';
import { LagReport, LagStatus } from './lag-model';

const STATUSES: LagStatus[] = ['OK', 'lagging', 'stalled'];

export type Labels = Record<string, string | number>;

/** One gauge of the lag report: its name, help, label names and current samples. */
export interface LagGauge {
  name: string;
  help: string;
  labelNames: string[];
  samples: Array<{ labels: Labels; value: number }>;
}

const PARTITION = ['cluster_name', 'group', 'topic', 'partition'];
const GROUP_STATE = ['cluster_name', 'group', 'state'];
const GROUP = ['cluster_name', 'group'];
const TOPIC_PARTITION = ['cluster_name', 'topic', 'partition'];

/**
 * A lag report as gauges, named and labelled as kafka-lag-exporter names them so existing
 * dashboards and alerts apply; rates, time to drain and status are this project's additions.
 * Pure: registerLagMetrics turns them into prom-client gauges.
 */
export function lagGauges(report: LagReport, clusterName = 'default'): LagGauge[] {
  const gauge = (name: string, help: string, labelNames: string[], samples: LagGauge['samples']): LagGauge => ({ name, help, labelNames, samples });
  const c = { cluster_name: clusterName };
  const parts = report.groups.flatMap((g) => g.partitions.map((p) => ({ g, p, labels: { ...c, group: g.group, topic: p.topic, partition: p.partition } })));
  const topicPartitions = new Map<string, { topic: string; partition: number; earliest: number; latest: number }>();
  for (const { p } of parts) topicPartitions.set(`${p.topic}/${p.partition}`, { topic: p.topic, partition: p.partition, earliest: p.logStartOffset, latest: p.logEndOffset });
  const topicSums = new Map<string, { group: string; topic: string; lag: number }>();
  for (const { g, p } of parts) {
    const k = `${g.group}/${p.topic}`;
    const e = topicSums.get(k) ?? { group: g.group, topic: p.topic, lag: 0 };
    e.lag += p.lag;
    topicSums.set(k, e);
  }
  const groupLabels = (g: LagReport['groups'][number]) => ({ ...c, group: g.group, state: g.state });
  return [
    gauge(
      'kafka_consumergroup_group_offset',
      'Last committed offset of a partition by a consumer group.',
      PARTITION,
      parts.filter(({ p }) => p.committedOffset !== null).map(({ p, labels }) => ({ labels, value: p.committedOffset as number })),
    ),
    gauge(
      'kafka_consumergroup_group_lag',
      'Lag in messages of a consumer group on a partition.',
      PARTITION,
      parts.map(({ p, labels }) => ({ labels, value: p.lag })),
    ),
    gauge(
      'kafka_consumergroup_group_lag_seconds',
      'Lag in seconds: age of the oldest unconsumed message of a partition.',
      PARTITION,
      parts.filter(({ p }) => p.lagSeconds !== null).map(({ p, labels }) => ({ labels, value: p.lagSeconds as number })),
    ),
    gauge(
      'kafka_consumergroup_group_max_lag',
      'Largest partition lag in messages of a consumer group.',
      GROUP_STATE,
      report.groups.map((g) => ({ labels: groupLabels(g), value: g.maxLag })),
    ),
    gauge(
      'kafka_consumergroup_group_max_lag_seconds',
      'Largest partition lag in seconds of a consumer group.',
      GROUP_STATE,
      report.groups.filter((g) => g.maxLagSeconds !== null).map((g) => ({ labels: groupLabels(g), value: g.maxLagSeconds as number })),
    ),
    gauge(
      'kafka_consumergroup_group_sum_lag',
      'Total lag in messages of a consumer group.',
      GROUP_STATE,
      report.groups.map((g) => ({ labels: groupLabels(g), value: g.lag })),
    ),
    gauge(
      'kafka_consumergroup_group_topic_sum_lag',
      'Total lag in messages of a consumer group on a topic.',
      ['cluster_name', 'group', 'topic'],
      [...topicSums.values()].map((t) => ({ labels: { ...c, group: t.group, topic: t.topic }, value: t.lag })),
    ),
    gauge(
      'kafka_partition_latest_offset',
      'Log-end offset of a partition.',
      TOPIC_PARTITION,
      [...topicPartitions.values()].map((t) => ({ labels: { ...c, topic: t.topic, partition: t.partition }, value: t.latest })),
    ),
    gauge(
      'kafka_partition_earliest_offset',
      'Earliest retained offset of a partition.',
      TOPIC_PARTITION,
      [...topicPartitions.values()].map((t) => ({ labels: { ...c, topic: t.topic, partition: t.partition }, value: t.earliest })),
    ),
    gauge(
      'kafka_consumergroup_group_consumption_rate',
      'Messages per second a consumer group committed over the window.',
      GROUP,
      report.groups.filter((g) => g.consumptionRate !== null).map((g) => ({ labels: { ...c, group: g.group }, value: g.consumptionRate as number })),
    ),
    gauge(
      'kafka_consumergroup_group_time_to_drain_seconds',
      'Seconds until the group catches up at the current net rate (+Inf: not shrinking).',
      GROUP,
      report.groups.map((g) => ({ labels: { ...c, group: g.group }, value: g.timeToDrainSeconds ?? Infinity })),
    ),
    gauge(
      'kafka_consumergroup_group_status',
      'Status of a consumer group over the window (1 for the current status).',
      ['cluster_name', 'group', 'status'],
      report.groups.flatMap((g) => STATUSES.map((s) => ({ labels: { ...c, group: g.group, status: s }, value: g.status === s ? 1 : 0 }))),
    ),
  ];
}

/**
 * Registers the lag gauges in `registry`; each scrape reads the latest report (none yet: the
 * gauges document themselves with no samples). Groups and partitions that went away vanish.
 */
export function registerLagMetrics(registry: Registry, latest: () => LagReport | null, clusterName = 'default'): void {
  let cached: { report: LagReport; gauges: LagGauge[] } | null = null;
  const current = (): LagGauge[] => {
    const report = latest();
    if (!report) return [];
    if (cached?.report !== report) cached = { report, gauges: lagGauges(report, clusterName) };
    return cached.gauges;
  };
  for (const shape of lagGauges({ at: '', windowSeconds: 0, samples: 0, groups: [] }, clusterName)) {
    new Gauge({
      name: shape.name,
      help: shape.help,
      labelNames: shape.labelNames,
      registers: [registry],
      collect() {
        this.reset();
        for (const s of current().find((g) => g.name === shape.name)?.samples ?? []) this.set(s.labels, s.value);
      },
    });
  }
}
