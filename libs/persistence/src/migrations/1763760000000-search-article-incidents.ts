import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An article's incident list moves out of the article row into search_article_incidents: it
 * changes on every merge or split, and rewriting the wide article row (and its full-text index
 * entries) for it was the indexer's second most expensive write (SEARCH_ARTICLE_INCIDENTS_UP in
 * libs/search/src/lib/postgres/search-schema.sql.ts; a spec checks they agree).
 */
export class SearchArticleIncidents1763760000000 implements MigrationInterface {
  name = 'SearchArticleIncidents1763760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_article_incidents (
    article_id text PRIMARY KEY REFERENCES search_articles (id) ON DELETE CASCADE,
    incident_ids text[] NOT NULL
  )`);
    await q.query(`INSERT INTO search_article_incidents (article_id, incident_ids) SELECT id, incident_ids FROM search_articles`);
    await q.query(`ALTER TABLE search_articles DROP COLUMN incident_ids`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_articles ADD COLUMN incident_ids text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE search_articles a SET incident_ids = ai.incident_ids FROM search_article_incidents ai WHERE ai.article_id = a.id`);
    await q.query(`DROP TABLE search_article_incidents`);
  }
}
