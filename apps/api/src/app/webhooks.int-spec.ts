import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bootstrapService } from '@raseed/platform';
import { sqlExecutor } from '@raseed/persistence';
import { extractedArticle, mention, PipelineTestEnv, startPipelineTestEnv, TEST_PLACES, waitFor } from '@raseed/platform/testing';
import { IncidentIndexer } from '@raseed/search';
import { startWebhookReceiver, WebhookReceiver } from '@raseed/webhooks/testing';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';

const TANF = { ...TEST_PLACES.tanf, ancestors: [...TEST_PLACES.tanf.ancestors] };

/** The api's webhook dispatcher over the embedded broker and PostgreSQL, against a local receiver that goes down. */
describe('api webhooks (WEBHOOKS_FILE, local receiver)', () => {
  let env: PipelineTestEnv;
  let receiver: WebhookReceiver;
  let dir: string;
  let app: INestApplication | null = null;
  let base: string;
  let indexer: IncidentIndexer;

  const boot = async () => {
    const config = loadApiConfig({
      ...env.env,
      WEBHOOKS_FILE: join(dir, 'hooks.yaml'),
      WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
      WEBHOOKS_POLL_MS: '100',
      WEBHOOKS_RETRY_BASE_MS: '200',
      WEBHOOKS_RETRY_MAX_MS: '500',
    });
    app = await bootstrapService({ name: 'api', module: ApiModule.register(config), http: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  };
  const status = async () => (await (await fetch(`${base}/api/webhooks`)).json()) as Array<{ name: string; url: string; pending: number; delivered: number; lastError: string | null }>;
  const article = (id: string, day: string, weapon: 'drone' | 'rocket') =>
    extractedArticle(id, `هجوم ${id}`, [mention({ date: { value: day, precision: 'day' }, place: TANF, weapon })], `${day}T12:00:00Z`);

  beforeAll(async () => {
    [env, receiver] = await Promise.all([startPipelineTestEnv(), startWebhookReceiver()]);
    dir = mkdtempSync(join(tmpdir(), 'raseed-api-hooks-'));
    writeFileSync(join(dir, 'hooks.yaml'), `webhooks:\n  - name: drones\n    url: ${receiver.url}/hook/drones?token=s3cret\n    filters: weapon=drone\n`);
    indexer = new IncidentIndexer(sqlExecutor(env.db!.dataSource));
    await boot();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await receiver?.close();
    await env?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('POSTs a new matching incident to the webhook, and lists the webhook without its credentials', async () => {
    await indexer.indexArticles([article('d-1', '2024-01-10', 'drone'), article('r-1', '2024-01-20', 'rocket')]);
    const [hook] = await waitFor(() => receiver.received.length > 0 && receiver.received);
    expect(hook.json).toMatchObject({ event: 'incident.created', webhook: 'drones', incident: { weapon: 'drone' } });
    expect(hook.path).toBe('/hook/drones?token=s3cret');
    const [s] = await waitFor(async () => ((await status())[0]?.delivered === 1 ? status() : null));
    expect(s).toMatchObject({ name: 'drones', url: `${receiver.url}/hook/drones`, pending: 0, delivered: 1, lastError: null });
  });

  it('keeps retrying through the receiver’s downtime and an api restart, then delivers', async () => {
    await receiver.down();
    await indexer.indexArticle(article('d-2', '2024-02-15', 'drone'));
    await waitFor(async () => (await status())[0]?.lastError?.includes('network'), 15_000);
    await app!.close(); // the api goes away with the delivery pending
    app = null;
    await indexer.indexArticle(article('d-3', '2024-03-15', 'drone')); // and more happens meanwhile
    await receiver.up();
    await boot();
    await waitFor(() => receiver.received.length === 3, 20_000);
    expect(receiver.received.map((r) => (r.json.incident as unknown as { date: { value: string } }).date.value).sort()).toEqual(['2024-01-10', '2024-02-15', '2024-03-15']);
    // The receiver has the body before the api records the answer.
    await waitFor(async () => (await status())[0]?.delivered === 3);
    expect(await status()).toEqual([expect.objectContaining({ pending: 0, delivered: 3, failed: 0 })]);
  }, 60_000);
});
