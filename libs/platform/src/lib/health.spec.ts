import { Module } from '@nestjs/common';
import { KafkaHealth } from '@raseed/kafka';
import { bootstrapService, HealthModule, kafkaSettingsFromEnv } from '@raseed/platform';

/** A broker probe whose answer the test controls (the real one is exercised by every service spec). */
const probe = { up: true };
const fakeKafkaHealth = { ping: async () => (probe.up ? undefined : Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1'))) };

@Module({ imports: [HealthModule], providers: [{ provide: KafkaHealth, useValue: fakeKafkaHealth }], exports: [KafkaHealth] })
class ProbeModule {}

describe('health endpoint', () => {
  it('is 200 while dependencies answer and 503 naming the one that does not', async () => {
    const app = await bootstrapService({ name: 'probe', module: { module: ProbeModule, global: true }, http: { host: '127.0.0.1', port: 0 }, logLevel: 'fatal' });
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/health`;
    try {
      probe.up = true;
      expect((await fetch(url)).status).toBe(200);
      probe.up = false;
      const down = await fetch(url);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'error', error: { kafka: { status: 'down', message: expect.stringContaining('ECONNREFUSED') } } });
    } finally {
      await app.close();
    }
  });
});

describe('kafkaSettingsFromEnv', () => {
  it('names the client after the service and carries the retry policy', () => {
    const s = kafkaSettingsFromEnv('indexer', { KAFKA_BROKERS: ['b:1'], KAFKA_MAX_ATTEMPTS: 4, KAFKA_RETRY_BACKOFF_MS: 50, KAFKA_SESSION_TIMEOUT_MS: 9000, KAFKA_FETCH_MAX_WAIT_MS: 300 });
    expect(s).toMatchObject({ brokers: ['b:1'], maxAttempts: 4, retryBackoffMs: 50, sessionTimeoutMs: 9000, fetchMaxWaitMs: 300 });
    expect(s.clientId).toMatch(/^indexer-\d+$/);
  });
});
