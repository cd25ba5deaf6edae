import { Module } from '@nestjs/common';
import { KafkaHealth, PipelineMetrics } from '@raseed/kafka';
import { parsePrometheus } from '@raseed/operations/testing';
import { bootstrapService, HealthModule, SEARCH_PORT } from '@raseed/platform';

const probes = { kafka: true, search: true };
const fakeKafkaHealth = { ping: async () => (probes.kafka ? undefined : Promise.reject(new Error('broker down'))) };
const fakeSearch = { getIncident: async () => (probes.search ? null : Promise.reject(new Error('index_not_found_exception'))) };
const metrics = new PipelineMetrics();

@Module({
  imports: [HealthModule],
  providers: [
    { provide: KafkaHealth, useValue: fakeKafkaHealth },
    { provide: SEARCH_PORT, useValue: fakeSearch },
    { provide: PipelineMetrics, useValue: metrics },
  ],
  exports: [KafkaHealth, SEARCH_PORT, PipelineMetrics],
})
class ProbeModule {}

describe('service /metrics and readiness', () => {
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = await bootstrapService({ name: 'probe', module: { module: ProbeModule, global: true }, http: { host: '127.0.0.1', port: 0 }, logLevel: 'fatal' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    close = () => app.close();
  });
  afterAll(() => close());

  it('exposes processed, failures, dead-lettered counters and the processing-time histogram per topic', async () => {
    metrics.processed('a.v1', 0.004);
    metrics.processed('a.v1', 0.2, 2); // succeeded on the third attempt
    metrics.deadLettered('a.v1', 0.03, 1, 'invalid');
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await res.text();
    const rows = parsePrometheus(text);
    const value = (name: string, labels: Record<string, string>) => rows.find((r) => r.name === name && Object.entries(labels).every(([k, v]) => r.labels[k] === v))?.value;
    expect(value('raseed_messages_processed_total', { topic: 'a.v1' })).toBe(2);
    expect(value('raseed_message_failures_total', { topic: 'a.v1' })).toBe(3);
    expect(value('raseed_messages_dead_lettered_total', { topic: 'a.v1', kind: 'invalid' })).toBe(1);
    expect(value('raseed_message_processing_seconds_bucket', { topic: 'a.v1', outcome: 'processed', le: '0.005' })).toBe(1);
    expect(value('raseed_message_processing_seconds_bucket', { topic: 'a.v1', outcome: 'processed', le: '+Inf' })).toBe(2);
    expect(value('raseed_message_processing_seconds_count', { topic: 'a.v1', outcome: 'dead_lettered' })).toBe(1);
    expect(value('raseed_message_processing_seconds_sum', { topic: 'a.v1', outcome: 'processed' })).toBeCloseTo(0.204);
    // prom-client's default metrics, under the names the hand-written gauges had and more.
    expect(value('process_resident_memory_bytes', {})).toBeGreaterThan(0);
    expect(value('nodejs_heap_size_used_bytes', {})).toBeGreaterThan(0);
    expect(value('process_start_time_seconds', {})).toBeGreaterThan(1.7e9);
    expect(value('process_cpu_seconds_total', {})).toBeGreaterThan(0);
    expect(value('nodejs_eventloop_lag_p99_seconds', {})).toBeGreaterThanOrEqual(0);
    expect(rows.some((r) => r.name === 'nodejs_active_handles_total')).toBe(true);
    expect(text).toMatch(/^# TYPE nodejs_gc_duration_seconds histogram$/m);
    expect(await (await fetch(`${base}/metrics.json`)).json()).toEqual({
      'a.v1': { processed: 2, failures: 3, deadLettered: 1, seconds: expect.any(Number), calls: 0, handlerSeconds: 0, bytes: 0, waitSeconds: 0 },
    });
  });

  it('is not ready while search is down, though /health (broker, database) stays up', async () => {
    probes.search = false;
    try {
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ error: { search: { status: 'down', message: 'index_not_found_exception' } }, info: { kafka: { status: 'up' } } });
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    } finally {
      probes.search = true;
    }
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });
});
