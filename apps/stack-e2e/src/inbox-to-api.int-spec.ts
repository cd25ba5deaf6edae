import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findFreePort } from '@raseed/persistence';
import { StackRunner, getJson, waitUntil } from '@raseed/platform/testing';

const FIXTURES = join(__dirname, '..', 'fixtures');
interface IncidentList {
  total: number;
  items: Array<{ id: string; category: string; place: { name_en: string } | null; weapon: string | null }>;
}

/**
 * The acceptance path of the foundation: `npm start` on embedded defaults (broker and
 * PostgreSQL as real processes), an article dropped in the inbox comes out of the API,
 * Ctrl-C stops cleanly, and a second start resumes without re-processing.
 */
describe('npm start: inbox → API, stop and resume', () => {
  let dir: string;
  let stack: StackRunner;
  let api: string;
  let inbox: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'raseed-e2e-'));
    inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const port = await findFreePort();
    api = `http://127.0.0.1:${port}`;
    stack = new StackRunner({ DATA_DIR: join(dir, 'data'), INBOX_DIR: inbox, API_PORT: String(port), KAFKA_BROKERS: '', DATABASE_URL: '', OPENSEARCH_URL: '' });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves an inbox article as a searchable incident, then stops on Ctrl-C', async () => {
    const t0 = Date.now();
    stack.start();
    await waitUntil('API health', async () => (await getJson(`${api}/health`)).status === 200, 90_000, stack);
    const healthyMs = Date.now() - t0;

    const t1 = Date.now();
    copyFileSync(join(FIXTURES, 'tanf-drone.txt'), join(inbox, 'tanf-drone.txt'));
    const found = await waitUntil(
      'incident in the API',
      async () => {
        const { body } = await getJson<IncidentList>(`${api}/api/incidents?q=${encodeURIComponent('التنف')}`);
        return body.total > 0 ? body : null;
      },
      60_000,
      stack,
    );
    const searchableMs = Date.now() - t1;
    expect(found.items[0]).toMatchObject({ category: 'attack_on_us_forces', weapon: 'drone' });
    expect(found.items[0].place?.name_en).toMatch(/tanf/i);

    // The source article is searchable too, with its normalised (boilerplate-free) text.
    const articles = await getJson<{ total: number }>(`${api}/api/articles?q=${encodeURIComponent('طائرة مسيرة')}`);
    expect(articles.body.total).toBe(1);

    // Invalid queries get a clear 400 naming the parameter.
    const bad = await getJson<{ message: string[] }>(`${api}/api/incidents?size=100000&near=abc`);
    expect(bad.status).toBe(400);
    expect(bad.body.message.join(' ')).toMatch(/size/);

    process.stdout.write(`e2e: healthy after ${healthyMs} ms; article searchable ${searchableMs} ms after it was dropped\n`);
    expect(await stack.stop()).toBe(0);
    expect(stack.log).toMatch(/\[stack\] stopped/);
  });

  it('resumes after a restart without re-emitting or duplicating, and keeps ingesting', async () => {
    stack.start();
    await waitUntil('API health after restart', async () => (await getJson(`${api}/health`)).status === 200, 90_000, stack);
    copyFileSync(join(FIXTURES, 'shaddadi-rockets.txt'), join(inbox, 'shaddadi-rockets.txt'));
    const all = await waitUntil(
      'second article indexed',
      async () => {
        const { body } = await getJson<IncidentList>(`${api}/api/incidents?size=50`);
        return body.items.some((i) => /shaddadi/i.test(i.place?.name_en ?? '')) ? body : null;
      },
      60_000,
      stack,
    );
    expect(all.items.filter((i) => /tanf/i.test(i.place?.name_en ?? ''))).toHaveLength(1);
    // The first file was emitted in the first run only.
    expect(stack.log).not.toMatch(/emitted tanf-drone\.txt/);
    expect(stack.log).toMatch(/emitted shaddadi-rockets\.txt/);
    expect(await stack.stop()).toBe(0);
  });
});
