import { createHmac } from 'crypto';
import { extractedArticle, mention, TEST_PLACES } from '@raseed/contracts/testing';
import { HostAllowList } from '@raseed/fetching';
import { startTestDatabase, TestDatabase } from '@raseed/persistence/testing';
import { IncidentIndexer, PostgresSearchAdapter } from '@raseed/search';
import { startWebhookReceiver, WebhookReceiver } from '../testing';
import { DispatcherOptions, WebhookDispatcher } from './webhook-dispatcher';
import { parseWebhooks } from './webhooks-file';

const TANF = { ...TEST_PLACES.tanf, ancestors: [...TEST_PLACES.tanf.ancestors] };
const SHADDADI = { ...TEST_PLACES.shaddadi, ancestors: [...TEST_PLACES.shaddadi.ancestors] };
const SECRET = 'a-secret-of-enough-length';

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The dispatcher over a real embedded PostgreSQL (triggers, outbox, delivery rows) and the real
 * indexer, posting to a real local receiver that goes down and comes back.
 */
describe('webhook dispatcher (embedded PostgreSQL, local receiver)', () => {
  let t: TestDatabase;
  let indexer: IncidentIndexer;
  let receiver: WebhookReceiver;
  let day = 0;
  // Each incident on its own month, so none merges with another test's.
  const report = (id: string, over: Parameters<typeof mention>[0] = {}, publishedAt?: string) => {
    const date = over.date ?? { value: `2023-${String(1 + (day++ % 12)).padStart(2, '0')}-15`, precision: 'day' as const };
    return extractedArticle(id, `تقرير ${id}`, [mention({ ...over, date })], publishedAt ?? `${date.value}T12:00:00Z`);
  };
  const deliveries = (name: string) =>
    t.dataSource.query(`SELECT incident_id, event, state, attempts, version, delivered_version, last_error FROM webhook_deliveries WHERE subscription = $1 ORDER BY incident_id`, [name]);
  const dispatcher = (hooks: unknown[], over: Partial<DispatcherOptions> = {}) =>
    new WebhookDispatcher({
      db: t.dataSource,
      hooks: parseWebhooks(hooks, 'test', { HOOK_SECRET: SECRET }),
      allow: new HostAllowList('127.0.0.1'),
      pollMs: 50,
      timeoutMs: 2000,
      concurrency: 2,
      maxAttempts: 5,
      baseMs: 100,
      maxMs: 400,
      ...over,
    });
  const to = (name: string) => receiver.received.filter((r) => r.path === `/hook/${name}`);

  beforeAll(async () => {
    [t, receiver] = await Promise.all([startTestDatabase(), startWebhookReceiver()]);
    indexer = new IncidentIndexer(t.dataSource);
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await t?.stop();
  });

  it('captures nothing while no webhook is configured', async () => {
    await dispatcher([]).start();
    await indexer.indexArticle(report('quiet-1'));
    expect(await t.dataSource.query(`SELECT * FROM webhook_outbox`)).toEqual([]);
  });

  it('posts each new incident that matches a webhook’s filters, signed, and an update when a source joins it', async () => {
    const d = dispatcher([
      { name: 'drones', url: `${receiver.url}/hook/drones`, filters: 'weapon=drone', secretEnv: 'HOOK_SECRET' },
      { name: 'east', url: `${receiver.url}/hook/east`, filters: { bbox: '40,35,41,37' } },
    ]);
    await d.start();
    await d.stop(); // rounds are driven by hand here
    await indexer.indexArticles([report('drone-tanf', { place: TANF, weapon: 'drone' }), report('rocket-shaddadi', { place: SHADDADI, weapon: 'rocket' })]);
    expect(await d.round()).toMatchObject({ changes: 2, attempted: 2, delivered: 2 });
    expect(await d.round()).toMatchObject({ changes: 0, attempted: 0 });

    const [drone] = to('drones');
    expect(to('drones')).toHaveLength(1);
    expect(drone.json).toMatchObject({ event: 'incident.created', webhook: 'drones', incident: { weapon: 'drone', place: { name_en: 'al-Tanf' } } });
    expect(drone.headers['x-raseed-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(drone.body).digest('hex')}`);
    expect(drone.headers['x-raseed-delivery']).toBe(`drones:${drone.json.incident.id}:1`);
    // The incident as the API shows it.
    expect(drone.json.incident).toEqual(await new PostgresSearchAdapter(t.dataSource).getIncident(drone.json.incident.id));
    expect(to('east').map((r) => r.json.incident.weapon)).toEqual(['rocket']);
    expect(to('east')[0].headers['x-raseed-signature']).toBeUndefined();

    // A second outlet reports the drone attack: one incident.updated, two sources.
    const date = (drone.json.incident as unknown as { date: { value: string } }).date;
    await indexer.indexArticle(report('drone-tanf-2', { place: TANF, weapon: 'drone', date: { value: date.value, precision: 'day' } }, `${date.value}T20:00:00Z`));
    expect(await d.round()).toMatchObject({ changes: 1, delivered: 1 });
    const update = to('drones')[1];
    expect(update.json).toMatchObject({ event: 'incident.updated', incident: { id: drone.json.incident.id } });
    expect((update.json.incident as unknown as { sources: unknown[] }).sources).toHaveLength(2);
    expect(update.json.delivery).toBe(`drones:${drone.json.incident.id}:2`);
    expect(to('east')).toHaveLength(1);
  });

  it('retries with backoff while the receiver is down, keeps the state across a restart, and delivers the latest version once it is back', async () => {
    const hooks = [{ name: 'outage', url: `${receiver.url}/hook/outage`, filters: 'weapon=mortar' }];
    const first = dispatcher(hooks);
    await first.start();
    await receiver.down();
    await indexer.indexArticle(report('mortar-1', { place: SHADDADI, weapon: 'mortar' }));
    // Attempts fail and are spaced by the backoff (100, 200, … ms), not hammered.
    const [failing] = await until('two failed attempts', async () => {
      const rows = await deliveries('outage');
      return rows[0]?.attempts >= 2 ? rows : null;
    });
    expect(failing).toMatchObject({ event: 'created', state: 'pending', delivered_version: null });
    expect(failing.last_error).toMatch(/network/);
    await first.stop(); // the api stops; the delivery waits in PostgreSQL

    // While nothing runs, the incident changes again: the change waits in the outbox.
    const id = (await t.dataSource.query(`SELECT incident_id FROM webhook_deliveries WHERE subscription = 'outage'`))[0].incident_id as string;
    const doc = (await new PostgresSearchAdapter(t.dataSource).getIncident(id))!;
    await indexer.indexArticle(report('mortar-2', { place: SHADDADI, weapon: 'mortar', date: { value: doc.date!.value, precision: 'day' }, killed: 2 }));
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM webhook_outbox`))[0].n).toBeGreaterThan(0);

    await receiver.up();
    const second = dispatcher(hooks); // a new process
    await second.start();
    const [got] = await until('delivered after the restart', async () => (to('outage').length ? to('outage') : null));
    await second.stop();
    // One delivery, of the latest state (both reports), announced as the new incident it still is to this follower.
    expect(to('outage')).toHaveLength(1);
    expect(got.json).toMatchObject({ event: 'incident.created', incident: { id, killed: 2 } });
    expect(await deliveries('outage')).toEqual([expect.objectContaining({ state: 'delivered', delivered_version: 2, last_error: null })]);
  }, 30_000);

  it('gives up after maxAttempts, and a later change tries again', async () => {
    receiver.answer = (path) => (path === '/hook/broken' ? { status: 500 } : { status: 204 });
    const d = dispatcher([{ name: 'broken', url: `${receiver.url}/hook/broken`, filters: 'weapon=artillery' }], { maxAttempts: 3 });
    await d.start();
    await indexer.indexArticle(report('artillery-1', { place: TANF, weapon: 'artillery' }));
    const [row] = await until('given up', async () => {
      const rows = await deliveries('broken');
      return rows[0]?.state === 'failed' ? rows : null;
    });
    await d.stop();
    expect(row).toMatchObject({ attempts: 3, last_error: 'HTTP 500' });
    receiver.answer = () => ({ status: 204 });
    const doc = (await new PostgresSearchAdapter(t.dataSource).getIncident(row.incident_id))!;
    await indexer.indexArticle(report('artillery-2', { place: TANF, weapon: 'artillery', date: { value: doc.date!.value, precision: 'day' }, injured: 3 }));
    await d.round();
    expect(await deliveries('broken')).toEqual([expect.objectContaining({ state: 'delivered', event: 'updated' })]);
  }, 30_000);

  it('refuses a webhook URL on a private address the allow list does not name, without connecting', async () => {
    const d = dispatcher([{ name: 'ssrf', url: `${receiver.url}/hook/ssrf`, filters: 'weapon=ied' }], { allow: new HostAllowList('') });
    await d.start();
    await d.stop();
    const before = receiver.connections;
    await indexer.indexArticle(report('ied-1', { place: TANF, weapon: 'ied' }));
    expect(await d.round()).toMatchObject({ attempted: 1, retrying: 1 });
    expect(receiver.connections).toBe(before);
    expect((await deliveries('ssrf'))[0].last_error).toMatch(/ssrf_blocked/);
  });

  it('tells followers an incident is gone when it is removed (merged away), and forgets it for those never told', async () => {
    const d = dispatcher([{ name: 'gone', url: `${receiver.url}/hook/gone`, filters: 'weapon=small_arms' }]);
    await d.start();
    await d.stop();
    await indexer.indexArticle(report('arms-1', { place: TANF, weapon: 'small_arms' }));
    await d.round();
    const [told] = to('gone');
    await new PostgresSearchAdapter(t.dataSource).deleteIncidents([told.json.incident.id]);
    await d.round();
    expect(to('gone').map((r) => r.json.event)).toEqual(['incident.created', 'incident.removed']);
    expect(to('gone')[1].json.incident).toEqual({ id: told.json.incident.id });
  });
});
