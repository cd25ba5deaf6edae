import { MigrationInterface, QueryRunner } from 'typeorm';

export class PipelineState1763700000000 implements MigrationInterface {
  name = 'PipelineState1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE fetch_records (
      source_key text PRIMARY KEY,
      article_id text NOT NULL,
      content_hash text NOT NULL,
      version int NOT NULL DEFAULT 1,
      emitted_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX fetch_records_article_id_idx ON fetch_records (article_id)`);
    await q.query(`CREATE TABLE article_fingerprints (
      article_id text PRIMARY KEY,
      fingerprint text NOT NULL,
      duplicate_of text NULL,
      created_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX article_fingerprints_duplicate_of_idx ON article_fingerprints (duplicate_of)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE article_fingerprints`);
    await q.query(`DROP TABLE fetch_records`);
  }
}
