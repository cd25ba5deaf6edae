import { INestApplication } from '@nestjs/common';
import { TOPICS } from '@raseed/contracts';
import { bootstrapService } from '@raseed/platform';
import { PipelineTestEnv, produceRaw, startPipelineTestEnv } from '@raseed/platform/testing';
import { createKafka } from '@raseed/kafka';
import { lagReportSchema } from '@raseed/operations';
import { parsePrometheus } from '@raseed/operations/testing';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';

describe('GET /api/lag and the API /metrics (embedded broker, a group held back)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    await produceRaw(
      env.broker.brokers,
      TOPICS.ARTICLES_NORMALISED_V1,
      Array.from({ length: 7 }, (_, i) => ({ key: `a${i}`, value: `{"n":${i}}` })),
    );
    // The extractor group "committed" 3 of 7 and is not running: a deterministic backlog of 4.
    const admin = createKafka({ brokers: [env.broker.brokers], clientId: 'lag-api-test' }).admin();
    await admin.connect();
    await admin.setOffsets({ groupId: 'extractor', topic: TOPICS.ARTICLES_NORMALISED_V1, partitions: [{ partition: 0, offset: '3' }] });
    await admin.disconnect();
    app = await bootstrapService({ name: 'api', module: ApiModule.register(loadApiConfig(env.env)), http: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await env?.stop();
  });

  it('reports the held-back group as JSON and in Prometheus names', async () => {
    const res = await fetch(`${base}/api/lag?refresh=true`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { groups: Array<{ group: string; status: string; lag: number; partitions: Array<Record<string, unknown>> }> };
    const extractor = report.groups.find((g) => g.group === 'extractor')!;
    expect(extractor).toMatchObject({ status: 'stalled', lag: 4 });
    expect(extractor.partitions[0]).toMatchObject({ topic: TOPICS.ARTICLES_NORMALISED_V1, committedOffset: 3, logEndOffset: 7, lag: 4, lagSecondsSource: 'timestamp' });
    expect(extractor.partitions[0].lagSeconds).toEqual(expect.any(Number));
    // The answer matches the schema its OpenAPI description is made from, groups and partitions included.
    expect(lagReportSchema.safeParse(report).error?.issues ?? []).toEqual([]);

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toContain(`kafka_consumergroup_group_lag{cluster_name="default",group="extractor",topic="${TOPICS.ARTICLES_NORMALISED_V1}",partition="0"} 4`);
    expect(text).toMatch(/^kafka_consumergroup_group_lag_seconds\{[^}]*group="extractor"[^}]*\} \d/m);
    expect(text).toContain('kafka_consumergroup_group_status{cluster_name="default",group="extractor",status="stalled"} 1');
    expect(text).toContain('# TYPE raseed_messages_processed_total counter');
    // Parseable as a whole; today's names (the consumer's, kafka-lag-exporter's) and prom-client's process defaults.
    const names = new Set(parsePrometheus(text).map((r) => r.name));
    const typed = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]));
    for (const name of [
      'raseed_messages_processed_total',
      'raseed_message_failures_total',
      'raseed_messages_dead_lettered_total',
      'raseed_message_processing_seconds',
      'raseed_handler_calls_total',
      'raseed_handler_seconds_total',
      'raseed_consumed_bytes_total',
      'raseed_consumer_wait_seconds_total',
      'kafka_consumergroup_group_offset',
      'kafka_consumergroup_group_lag',
      'kafka_consumergroup_group_lag_seconds',
      'kafka_consumergroup_group_max_lag',
      'kafka_consumergroup_group_max_lag_seconds',
      'kafka_consumergroup_group_sum_lag',
      'kafka_consumergroup_group_topic_sum_lag',
      'kafka_partition_latest_offset',
      'kafka_partition_earliest_offset',
      'kafka_consumergroup_group_consumption_rate',
      'kafka_consumergroup_group_time_to_drain_seconds',
      'kafka_consumergroup_group_status',
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'process_start_time_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_gc_duration_seconds',
      'nodejs_active_handles_total',
    ])
      expect({ name, typed: typed.has(name) }).toEqual({ name, typed: true });
    for (const name of [
      'kafka_consumergroup_group_offset',
      'kafka_partition_latest_offset',
      'kafka_partition_earliest_offset',
      'kafka_consumergroup_group_max_lag',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(names).toContain(name);
  }, 30_000);

  it('is ready when broker, database and search answer', async () => {
    const res = await fetch(`${base}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' }, database: { status: 'up' }, search: { status: 'up' } } });
  });
});
