import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Undoes 1763730000000: btree INCLUDE (tsv) entries overflow for long articles (indexing them
 * failed), so back to the plain date indexes (SEARCH_DATE_INDEXES_UP in
 * libs/search/src/lib/postgres/search-schema.sql.ts; a spec checks they agree).
 */
export class SearchDateIndexes1763740000000 implements MigrationInterface {
  name = 'SearchDateIndexes1763740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS search_incidents_recent_tsv_idx`);
    await q.query(`DROP INDEX IF EXISTS search_articles_recent_tsv_idx`);
    await q.query(`CREATE INDEX IF NOT EXISTS search_incidents_date_idx ON search_incidents (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id)`);
    await q.query(`CREATE INDEX IF NOT EXISTS search_articles_published_idx ON search_articles (published_at DESC NULLS LAST, id)`);
  }

  async down(): Promise<void> {
    // Nothing: the plain date indexes are the intended state before this step too (1763730000000
    // is a no-op now; its covering indexes cannot be built over long articles).
  }
}
