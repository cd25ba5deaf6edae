import { DataSource } from 'typeorm';

export interface FetchUrlStateRow {
  url: string;
  sourceName: string;
  etag: string | null;
  lastModified: string | null;
  itemStamp: string | null;
  articleUrl: string | null;
  contentHash: string | null;
}

/** Per-URL conditional-GET validators and feed stamps, so a restart neither refetches nor re-emits. */
export class FetchUrlStateRepository {
  constructor(private readonly ds: DataSource) {}

  async get(url: string): Promise<FetchUrlStateRow | null> {
    const rows: FetchUrlStateRow[] = await this.ds.query(
      `SELECT url, source_name AS "sourceName", etag, last_modified AS "lastModified", item_stamp AS "itemStamp",
              article_url AS "articleUrl", content_hash AS "contentHash"
         FROM fetch_url_state WHERE url = $1`,
      [url],
    );
    return rows[0] ?? null;
  }

  async put(row: FetchUrlStateRow): Promise<void> {
    await this.ds.query(
      `INSERT INTO fetch_url_state (url, source_name, etag, last_modified, item_stamp, article_url, content_hash, checked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (url) DO UPDATE SET source_name = EXCLUDED.source_name, etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
         item_stamp = EXCLUDED.item_stamp, article_url = EXCLUDED.article_url, content_hash = EXCLUDED.content_hash, checked_at = now()`,
      [row.url, row.sourceName, row.etag, row.lastModified, row.itemStamp, row.articleUrl, row.contentHash],
    );
  }
}
