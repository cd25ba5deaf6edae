import { INestApplication } from '@nestjs/common';
import { TOPICS } from '@raseed/contracts';
import { bootstrapService } from '@raseed/platform';
import { PipelineTestEnv, produceRaw, startPipelineTestEnv } from '@raseed/platform/testing';
import { createKafka } from '@raseed/kafka';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';

describe('GET /api/lag and the API /metrics (embedded broker, a group held back)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    await produceRaw(env.broker.brokers, TOPICS.ARTICLES_NORMALISED_V1, Array.from({ length: 7 }, (_, i) => ({ key: `a${i}`, value: `{"n":${i}}` })));
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

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toContain(`kafka_consumergroup_group_lag{cluster_name="default",group="extractor",topic="${TOPICS.ARTICLES_NORMALISED_V1}",partition="0"} 4`);
    expect(text).toMatch(/^kafka_consumergroup_group_lag_seconds\{[^}]*group="extractor"[^}]*\} \d/m);
    expect(text).toContain('kafka_consumergroup_group_status{cluster_name="default",group="extractor",status="stalled"} 1');
    expect(text).toContain('# TYPE raseed_messages_processed_total counter');
  }, 30_000);

  it('is ready when broker, database and search answer', async () => {
    const res = await fetch(`${base}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' }, database: { status: 'up' }, search: { status: 'up' } } });
  });
});
