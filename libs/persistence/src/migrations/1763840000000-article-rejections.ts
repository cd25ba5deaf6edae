import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Articles a later stage refused (the normaliser: not Arabic, empty, binary…), the latest reason
 * per article, so GET /api/sources counts them under the source that fetched them, not only the
 * fetcher's own rejections. Written idempotently: a redelivered batch rewrites the same rows.
 */
export class ArticleRejections1763840000000 implements MigrationInterface {
  name = 'ArticleRejections1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE article_rejections (
      article_id text PRIMARY KEY,
      reason text NOT NULL,
      detail text NOT NULL,
      rejected_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE article_rejections`);
  }
}
