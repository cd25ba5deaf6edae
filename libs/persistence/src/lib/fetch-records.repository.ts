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
    const rows: Array<{ content_hash: string; version: number }> = await this.ds.query(`SELECT content_hash, version FROM fetch_records WHERE source_key = $1`, [sourceKey]);
    if (!rows.length) return { emit: true, version: 1 };
    return rows[0].content_hash === contentHash ? { emit: false } : { emit: true, version: rows[0].version + 1 };
  }

  /** The source item that first recorded `articleId`, if any (fetch_records_article_id_idx). */
  async articleOwner(articleId: string): Promise<string | null> {
    return (await this.articleOwners([articleId])).get(articleId) ?? null;
  }

  /** `articleOwner` for many ids in one round trip: the ids that have an owner, with it. */
  async articleOwners(articleIds: string[]): Promise<Map<string, string>> {
    if (!articleIds.length) return new Map();
    const rows: Array<{ article_id: string; source_key: string }> = await this.ds.query(
      `SELECT DISTINCT ON (article_id) article_id, source_key FROM fetch_records WHERE article_id = ANY($1::text[]) ORDER BY article_id, emitted_at, source_key`,
      [[...new Set(articleIds)]],
    );
    return new Map(rows.map((r) => [r.article_id, r.source_key]));
  }

  /** `nextVersion` for many source items in one round trip, in the order given. */
  async nextVersions(items: Array<{ sourceKey: string; contentHash: string }>): Promise<FetchDecision[]> {
    if (!items.length) return [];
    const rows: Array<{ source_key: string; content_hash: string; version: number }> = await this.ds.query(
      `SELECT source_key, content_hash, version FROM fetch_records WHERE source_key = ANY($1::text[])`,
      [[...new Set(items.map((i) => i.sourceKey))]],
    );
    const known = new Map(rows.map((r) => [r.source_key, r]));
    return items.map(({ sourceKey, contentHash }) => {
      const row = known.get(sourceKey);
      if (!row) return { emit: true, version: 1 };
      return row.content_hash === contentHash ? { emit: false } : { emit: true, version: row.version + 1 };
    });
  }

  /** `record` for many emitted versions in one statement (a key given twice keeps its highest version). */
  async recordMany(items: Array<{ sourceKey: string; articleId: string; contentHash: string; version: number }>): Promise<void> {
    if (!items.length) return;
    const latest = new Map<string, (typeof items)[number]>();
    for (const i of items) if ((latest.get(i.sourceKey)?.version ?? 0) <= i.version) latest.set(i.sourceKey, i);
    const rows = [...latest.values()].map((i) => ({ source_key: i.sourceKey, article_id: i.articleId, content_hash: i.contentHash, version: i.version }));
    await this.ds.query(
      `INSERT INTO fetch_records (source_key, article_id, content_hash, version, emitted_at)
       SELECT r.source_key, r.article_id, r.content_hash, r.version, now()
       FROM json_to_recordset($1::json) AS r(source_key text, article_id text, content_hash text, version int)
       ON CONFLICT (source_key) DO UPDATE
         SET content_hash = EXCLUDED.content_hash, article_id = EXCLUDED.article_id, version = EXCLUDED.version, emitted_at = now()
         WHERE fetch_records.version <= EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
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
