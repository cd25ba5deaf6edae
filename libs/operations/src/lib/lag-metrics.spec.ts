import { Registry } from 'prom-client';
import { parsePrometheus } from '../testing';
import { GroupLag, LagReport } from './lag-model';
import { registerLagMetrics } from './lag-metrics';

const report = (groups: LagReport['groups']): LagReport => ({ at: '2026-01-01T00:00:00.000Z', windowSeconds: 60, samples: 2, groups });
const group = (name: string, lag: number): GroupLag => ({
  group: name,
  reason: '',
  state: 'Stable',
  members: 1,
  status: 'lagging',
  lag,
  maxLag: lag,
  maxLagSeconds: 12.5,
  consumptionRate: 3,
  productionRate: 4,
  timeToDrainSeconds: null,
  partitions: [
    {
      topic: 't.v1',
      partition: 0,
      committedOffset: 10,
      logStartOffset: 0,
      logEndOffset: 10 + lag,
      lag,
      lagSeconds: 12.5,
      lagSecondsSource: 'timestamp',
      consumptionRate: 3,
      productionRate: 4,
      timeToDrainSeconds: null,
      status: 'lagging',
      reason: '',
    },
  ],
});

describe('lag gauges (kafka-lag-exporter names) in a prom-client registry', () => {
  it('document themselves before the first reading, then follow the latest report', async () => {
    let latest: LagReport | null = null;
    const registry = new Registry();
    registerLagMetrics(registry, () => latest);
    const before = await registry.metrics();
    expect(before).toContain('# TYPE kafka_consumergroup_group_lag gauge');
    expect(parsePrometheus(before)).toEqual([]);

    latest = report([group('normaliser', 5), group('extractor', 2)]);
    let rows = parsePrometheus(await registry.metrics());
    const value = (name: string, labels: Record<string, string>) => rows.find((r) => r.name === name && Object.entries(labels).every(([k, v]) => r.labels[k] === v))?.value;
    expect(value('kafka_consumergroup_group_lag', { cluster_name: 'default', group: 'normaliser', topic: 't.v1', partition: '0' })).toBe(5);
    expect(value('kafka_consumergroup_group_max_lag', { group: 'extractor', state: 'Stable' })).toBe(2);
    expect(value('kafka_consumergroup_group_topic_sum_lag', { group: 'normaliser', topic: 't.v1' })).toBe(5);
    expect(value('kafka_partition_latest_offset', { topic: 't.v1', partition: '0' })).toBe(12); // the last group's view
    expect(value('kafka_consumergroup_group_time_to_drain_seconds', { group: 'normaliser' })).toBe(Infinity);
    expect(value('kafka_consumergroup_group_status', { group: 'normaliser', status: 'lagging' })).toBe(1);
    expect(value('kafka_consumergroup_group_status', { group: 'normaliser', status: 'OK' })).toBe(0);

    // A group that went away leaves no stale series behind.
    latest = report([group('extractor', 0)]);
    rows = parsePrometheus(await registry.metrics());
    expect(rows.filter((r) => r.labels.group === 'normaliser')).toEqual([]);
    expect(value('kafka_consumergroup_group_sum_lag', { group: 'extractor' })).toBe(0);
  });
});
