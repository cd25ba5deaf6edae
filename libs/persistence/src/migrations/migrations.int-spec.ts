import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { runMigrations } from '../lib/data-source';
import { MIGRATIONS } from './index';

// Upgrading matters as much as a fresh schema: a data directory from an earlier release, holding
// real rows, must come through every later migration.
describe('migrations over a database from the first release', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raseed-migrate-'));
  let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>>;

  beforeAll(async () => {
    pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  }, 60_000);
  afterAll(async () => {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a store holding a long article, an incident and its mention', async () => {
    const first = new DataSource({ type: 'postgres', url: pg.url, migrations: MIGRATIONS.slice(0, 3) });
    await first.initialize();
    await first.runMigrations({ transaction: 'each' });
    // A long report: its tsvector is larger than a btree index entry may be.
    const body = Array.from({ length: 900 }, (_, i) => `كلمة${i}`).join(' ');
    await first.query(`INSERT INTO search_articles (id, content_hash, body, body_norm, incident_ids) VALUES ('a1', 'h', $1, $1, '{inc_1}')`, [body]);
    await first.query(`INSERT INTO search_incidents (id, category, doc, doc_hash, search_norm) VALUES ('inc_1', 'attack_on_us_forces', '{"id": "inc_1", "b": 1, "a": [2]}', 'x', 'هجوم')`);
    await first.query(`INSERT INTO search_mentions (article_id, idx, incident_id, category, payload) VALUES ('a1', 0, 'inc_1', 'attack_on_us_forces', '{"articleId": "a1"}')`);
    // A near-duplicate fingerprint from before the shared index: its bands and their order come from it.
    await first.query(`INSERT INTO article_fingerprints (article_id, fingerprint, created_at) VALUES ('a1', 'mh1:' || repeat('0123456789abcdef', 32), now())`);
    await first.destroy();

    const applied = await runMigrations(pg.url);
    expect(applied).toEqual(MIGRATIONS.slice(3).map((m) => m.name));

    const db = new DataSource({ type: 'postgres', url: pg.url });
    await db.initialize();
    try {
      expect(await db.query(`SELECT article_id, incident_ids FROM search_article_incidents`)).toEqual([{ article_id: 'a1', incident_ids: ['inc_1'] }]);
      expect(await db.query(`SELECT doc, pg_typeof(doc)::text AS type FROM search_incidents`)).toEqual([{ doc: { id: 'inc_1', b: 1, a: [2] }, type: 'json' }]);
      expect(await db.query(`SELECT payload FROM search_mentions`)).toEqual([{ payload: { articleId: 'a1' } }]);
      const indexes = (await db.query<{ indexname: string }[]>(`SELECT indexname FROM pg_indexes WHERE tablename IN ('search_articles', 'search_incidents')`)).map((r) => r.indexname);
      expect(indexes).toEqual(expect.arrayContaining(['search_articles_published_idx', 'search_incidents_date_idx']));
      expect(indexes.filter((i) => i.includes('recent_tsv'))).toEqual([]);
      expect(await db.query(`SELECT count(*)::int AS n, bool_and(b.seq = f.seq) AS ordered FROM near_duplicate_bands b JOIN article_fingerprints f USING (article_id)`)).toEqual([
        { n: 32, ordered: true },
      ]);
      // And the long article is still found by its last word.
      expect(await db.query(`SELECT id FROM search_articles WHERE tsv @@ to_tsquery('raseed_arabic', 'كلمة899')`)).toEqual([{ id: 'a1' }]);
    } finally {
      await db.destroy();
    }
  }, 120_000);
});
