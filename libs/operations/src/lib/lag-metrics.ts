import { LagReport, LagStatus } from './lag-model';
import { MetricFamily, Sample } from './prometheus-text';

const STATUSES: LagStatus[] = ['OK', 'lagging', 'stalled'];

/**
 * A lag report as Prometheus families, named as kafka-lag-exporter names them so existing
 * dashboards and alerts apply; rates, time to drain and status are this project's additions.
 */
export function lagMetricFamilies(report: LagReport, clusterName = 'default'): MetricFamily[] {
  const family = (name: string, help: string, samples: Sample[]): MetricFamily => ({ name, help, type: 'gauge', samples });
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
    family('kafka_consumergroup_group_offset', 'Last committed offset of a partition by a consumer group.', parts.filter(({ p }) => p.committedOffset !== null).map(({ p, labels }) => ({ labels, value: p.committedOffset as number }))),
    family('kafka_consumergroup_group_lag', 'Lag in messages of a consumer group on a partition.', parts.map(({ p, labels }) => ({ labels, value: p.lag }))),
    family('kafka_consumergroup_group_lag_seconds', 'Lag in seconds: age of the oldest unconsumed message of a partition.', parts.filter(({ p }) => p.lagSeconds !== null).map(({ p, labels }) => ({ labels, value: p.lagSeconds as number }))),
    family('kafka_consumergroup_group_max_lag', 'Largest partition lag in messages of a consumer group.', report.groups.map((g) => ({ labels: groupLabels(g), value: g.maxLag }))),
    family('kafka_consumergroup_group_max_lag_seconds', 'Largest partition lag in seconds of a consumer group.', report.groups.filter((g) => g.maxLagSeconds !== null).map((g) => ({ labels: groupLabels(g), value: g.maxLagSeconds as number }))),
    family('kafka_consumergroup_group_sum_lag', 'Total lag in messages of a consumer group.', report.groups.map((g) => ({ labels: groupLabels(g), value: g.lag }))),
    family('kafka_consumergroup_group_topic_sum_lag', 'Total lag in messages of a consumer group on a topic.', [...topicSums.values()].map((t) => ({ labels: { ...c, group: t.group, topic: t.topic }, value: t.lag }))),
    family('kafka_partition_latest_offset', 'Log-end offset of a partition.', [...topicPartitions.values()].map((t) => ({ labels: { ...c, topic: t.topic, partition: t.partition }, value: t.latest }))),
    family('kafka_partition_earliest_offset', 'Earliest retained offset of a partition.', [...topicPartitions.values()].map((t) => ({ labels: { ...c, topic: t.topic, partition: t.partition }, value: t.earliest }))),
    family('kafka_consumergroup_group_consumption_rate', 'Messages per second a consumer group committed over the window.', report.groups.filter((g) => g.consumptionRate !== null).map((g) => ({ labels: { ...c, group: g.group }, value: g.consumptionRate as number }))),
    family('kafka_consumergroup_group_time_to_drain_seconds', 'Seconds until the group catches up at the current net rate (+Inf: not shrinking).', report.groups.map((g) => ({ labels: { ...c, group: g.group }, value: g.timeToDrainSeconds ?? Infinity }))),
    family('kafka_consumergroup_group_status', 'Status of a consumer group over the window (1 for the current status).', report.groups.flatMap((g) => STATUSES.map((s) => ({ labels: { ...c, group: g.group, status: s }, value: g.status === s ? 1 : 0 })))),
  ];
}
