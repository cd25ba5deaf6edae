import { DataSource } from 'typeorm';

export type FetchDecision = { emit: false } | { emit: true; version: number };

/**
 * The fetcher's seen-set. Order of use: `nextVersion` (read only) → emit → `record`.
 * Recording only after the broker acknowledged means a crash in between re-emits that
 * version once on restart (downstream is idempotent per article and content hash) rather
 * than losing it.
 */
export class FetchRecordsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Emit when the source item is new (version 1) or its content changed (next version). */
  async nextVersion(sourceKey: string, contentHash: string): Promise<FetchDecision> {
    const rows: Array<{ content_hash: string; version: number }> = await this.ds.query(
      `SELECT content_hash, version FROM fetch_records WHERE source_key = $1`,
      [sourceKey],
    );
    if (!rows.length) return { emit: true, version: 1 };
    return rows[0].content_hash === contentHash ? { emit: false } : { emit: true, version: rows[0].version + 1 };
  }

  /** The source item that first recorded `articleId`, if any (fetch_records_article_id_idx). */
  async articleOwner(articleId: string): Promise<string | null> {
    const rows: Array<{ source_key: string }> = await this.ds.query(
      `SELECT source_key FROM fetch_records WHERE article_id = $1 ORDER BY emitted_at, source_key LIMIT 1`,
      [articleId],
    );
    return rows[0]?.source_key ?? null;
  }

  /** Records an emitted version; replays and races keep the highest version. */
  async record(sourceKey: string, articleId: string, contentHash: string, version: number): Promise<void> {
    await this.ds.query(
      `INSERT INTO fetch_records (source_key, article_id, content_hash, version, emitted_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (source_key) DO UPDATE
         SET content_hash = EXCLUDED.content_hash, article_id = EXCLUDED.article_id, version = EXCLUDED.version, emitted_at = now()
         WHERE fetch_records.version <= EXCLUDED.version`,
      [sourceKey, articleId, contentHash, version],
    );
  }
}
