import { DataSource } from 'typeorm';

export type FetchDecision = { emit: false } | { emit: true; version: number };

/** Seen-set decisions for the fetcher, atomic under concurrent fetchers. */
export class FetchRecordsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Records that `sourceKey` now has `contentHash`. Emit when it is new (version 1) or its
   * content changed (next version); not when the same content was already emitted.
   */
  async claim(sourceKey: string, articleId: string, contentHash: string): Promise<FetchDecision> {
    const rows: Array<{ version: number }> = await this.ds.query(
      `INSERT INTO fetch_records (source_key, article_id, content_hash, version, emitted_at)
       VALUES ($1, $2, $3, 1, now())
       ON CONFLICT (source_key) DO UPDATE
         SET content_hash = EXCLUDED.content_hash, version = fetch_records.version + 1, emitted_at = now()
         WHERE fetch_records.content_hash <> EXCLUDED.content_hash
       RETURNING version`,
      [sourceKey, articleId, contentHash],
    );
    return rows.length ? { emit: true, version: rows[0].version } : { emit: false };
  }

  /** Undo a claim whose emit failed, so the next scan retries it instead of losing it. */
  async release(sourceKey: string, contentHash: string): Promise<void> {
    await this.ds.query(`DELETE FROM fetch_records WHERE source_key = $1 AND content_hash = $2 AND version = 1`, [sourceKey, contentHash]);
    await this.ds.query(
      `UPDATE fetch_records SET content_hash = '', version = version - 1 WHERE source_key = $1 AND content_hash = $2`,
      [sourceKey, contentHash],
    );
  }
}
