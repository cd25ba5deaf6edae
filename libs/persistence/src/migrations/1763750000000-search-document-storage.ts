import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage fit to use: incident documents and mention payloads become json instead of jsonb, and
 * documents are stored uncompressed (only written and read whole: no binary conversion or
 * compression on the indexer's write path; json keeps the key order their content hash covers);
 * tsvectors and the other search columns stay in the row (every text match tests them, every page
 * highlights them); only documents leave it. Existing rows move on their next write,
 * or all at once with VACUUM FULL (SEARCH_DOCUMENT_STORAGE_UP in
 * libs/search/src/lib/postgres/search-schema.sql.ts; a spec checks they agree).
 */
export class SearchDocumentStorage1763750000000 implements MigrationInterface {
  name = 'SearchDocumentStorage1763750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_incidents ALTER COLUMN doc TYPE json USING doc::json`);
    await q.query(`ALTER TABLE search_incidents ALTER COLUMN doc SET STORAGE EXTERNAL`);
    await q.query(`ALTER TABLE search_mentions ALTER COLUMN payload TYPE json USING payload::json`);
    await q.query(`ALTER TABLE search_incidents ALTER COLUMN tsv SET STORAGE MAIN`);
    await q.query(`ALTER TABLE search_articles ALTER COLUMN tsv SET STORAGE MAIN`);
    await q.query(`ALTER TABLE search_incidents RESET (toast_tuple_target)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_incidents SET (toast_tuple_target = 128)`);
    await q.query(`ALTER TABLE search_articles ALTER COLUMN tsv SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE search_incidents ALTER COLUMN tsv SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE search_mentions ALTER COLUMN payload TYPE jsonb USING payload::jsonb`);
    await q.query(`ALTER TABLE search_incidents ALTER COLUMN doc SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE search_incidents ALTER COLUMN doc TYPE jsonb USING doc::jsonb`);
  }
}
