import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { RunningPostgres, createDataSource, runMigrations, startEmbeddedPostgres } from '@raseed/persistence';
import { INCIDENTS } from '../../../test/support/search-port.behaviour';
import { PostgresSearchAdapter } from './postgres-search.adapter';

// The PostgreSQL store's owner is the migration run (provision, the launcher): two at once on an
// empty database must both succeed and leave one schema (the OpenSearch half: search-indices.provision.spec.ts
// and, on a real server, opensearch.adapter.int-spec.ts).
describe('PostgreSQL search store ownership (embedded PostgreSQL, empty at start)', () => {
  let dir: string;
  let pg: RunningPostgres;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'raseed-search-provision-'));
    pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  });
  afterAll(async () => {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two owners at once on an empty store: both succeed, each step applied once; the first start then searches and indexes', async () => {
    const [a, b] = await Promise.all([runMigrations(pg.url), runMigrations(pg.url)]);
    // One applied everything, the other (waiting on the lock) found nothing pending.
    expect([a.length, b.length].sort((x, y) => x - y)[0]).toBe(0);
    expect(a.length + b.length).toBeGreaterThan(0);
    const ds = await createDataSource(pg.url, 2).initialize();
    try {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'search_incidents'`);
      expect(n).toBe(1);
      const port = new PostgresSearchAdapter(ds);
      await expect(port.searchIncidents({ sort: 'date', page: 1, size: 10 })).resolves.toMatchObject({ total: 0, items: [] });
      await port.indexIncidents([INCIDENTS[0]]);
      await expect(port.searchIncidents({ sort: 'date', page: 1, size: 10 })).resolves.toMatchObject({ total: 1 });
    } finally {
      await ds.destroy();
    }
  });
});
