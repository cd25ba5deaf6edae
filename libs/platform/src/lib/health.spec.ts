import { Module } from '@nestjs/common';
import { KafkaHealth } from '@raseed/kafka';
import { bootstrapService, HealthModule, kafkaSettingsFromEnv, SEARCH_PORT } from '@raseed/platform';
import { OpenSearchAdapter, OpenSearchTransport } from '@raseed/search';

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

/**
 * An OpenSearch node as its REST API answers the adapter: aliases exist, lookups miss, and bulk
 * items are accepted or (while `reject` is set) refused the way a pre-7.10 engine or a mapping
 * conflict refuses them.
 */
const node = { reject: false };
const transport: OpenSearchTransport = {
  request: async (req) => {
    if (req.path.endsWith('/_bulk')) {
      const items = [
        {
          index: node.reject ? { status: 400, error: { type: 'illegal_argument_exception', reason: 'request [/incidents/_bulk] contains unrecognized parameter: [require_alias]' } } : { status: 201 },
        },
      ];
      return { statusCode: 200, body: { errors: node.reject, items } };
    }
    if (req.path.includes('/_doc/')) return { statusCode: 404, body: { found: false } };
    return { statusCode: 200, body: null };
  },
};
const search = new OpenSearchAdapter({ transport });

@Module({ imports: [HealthModule], providers: [{ provide: SEARCH_PORT, useValue: search }], exports: [SEARCH_PORT] })
class SearchProbeModule {}

describe('readiness (/health/ready) and search writes', () => {
  it('reports search down while bulk writes fail, naming why, and up again once a write goes through', async () => {
    const app = await bootstrapService({ name: 'probe', module: { module: SearchProbeModule, global: true }, http: { host: '127.0.0.1', port: 0 }, logLevel: 'fatal' });
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/health/ready`;
    const doc = {
      id: 'inc_1',
      sources: [],
      fields: { place: { values: [] }, target: { values: [] }, weapon: { values: [] }, actor: { values: [] }, claimed_by: { values: [] } },
      mentions: [],
    } as never;
    try {
      expect((await fetch(url)).status).toBe(200);
      node.reject = true;
      await expect(search.indexIncidents([doc])).rejects.toThrow(/require_alias/);
      const down = await fetch(url);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ error: { search: { status: 'down', message: expect.stringMatching(/^last write failed: .*require_alias/) } } });
      node.reject = false;
      await search.indexIncidents([doc]);
      expect((await fetch(url)).status).toBe(200);
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
