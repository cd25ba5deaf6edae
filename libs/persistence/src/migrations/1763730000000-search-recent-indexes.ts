import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for recent-first search, replacing the plain date indexes with the same keys
 * (SEARCH_RECENT_INDEXES_UP in libs/search/src/lib/postgres/search-schema.sql.ts; a spec checks they agree).
 */
export class SearchRecentIndexes1763730000000 implements MigrationInterface {
  name = 'SearchRecentIndexes1763730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX search_incidents_recent_tsv_idx ON search_incidents (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id) INCLUDE (tsv)`);
    await q.query(`CREATE INDEX search_articles_recent_tsv_idx ON search_articles (published_at DESC NULLS LAST, id) INCLUDE (tsv)`);
    await q.query(`DROP INDEX IF EXISTS search_incidents_date_idx`);
    await q.query(`DROP INDEX IF EXISTS search_articles_published_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX search_articles_published_idx ON search_articles (published_at DESC NULLS LAST, id)`);
    await q.query(`CREATE INDEX search_incidents_date_idx ON search_incidents (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id)`);
    await q.query(`DROP INDEX IF EXISTS search_articles_recent_tsv_idx`);
    await q.query(`DROP INDEX IF EXISTS search_incidents_recent_tsv_idx`);
  }
}
