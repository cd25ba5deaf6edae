import { MigrationInterface, QueryRunner } from 'typeorm';

/** Fetcher state that must survive restarts: per-URL validators/stamps and per-source progress. */
export class FetcherSources1763720000000 implements MigrationInterface {
  name = 'FetcherSources1763720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE fetch_url_state (
      url text PRIMARY KEY,
      source_name text NOT NULL,
      etag text NULL,
      last_modified text NULL,
      item_stamp text NULL,
      article_url text NULL,
      content_hash text NULL,
      checked_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX fetch_url_state_source_idx ON fetch_url_state (source_name)`);
    await q.query(`CREATE TABLE fetch_source_state (
      name text PRIMARY KEY,
      kind text NOT NULL,
      runs bigint NOT NULL DEFAULT 0,
      fetched bigint NOT NULL DEFAULT 0,
      emitted bigint NOT NULL DEFAULT 0,
      not_modified bigint NOT NULL DEFAULT 0,
      skipped bigint NOT NULL DEFAULT 0,
      errors bigint NOT NULL DEFAULT 0,
      last_error text NULL,
      last_error_at timestamptz NULL,
      last_run_at timestamptz NULL,
      last_success_at timestamptz NULL,
      next_run_at timestamptz NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE fetch_source_state`);
    await q.query(`DROP TABLE fetch_url_state`);
  }
}
