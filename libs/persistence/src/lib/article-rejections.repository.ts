import { DataSource } from 'typeorm';

export interface ArticleRejection {
  articleId: string;
  reason: string;
  detail: string;
  rejectedAt: string;
}

/** Articles a later stage refused, for the per-source counts of GET /api/sources. */
export class ArticleRejectionsRepository {
  constructor(private readonly ds: DataSource) {}

  /** One statement; an article rejected again keeps only its latest reason (redeliveries rewrite the same row). */
  async recordMany(rejections: ArticleRejection[]): Promise<void> {
    if (!rejections.length) return;
    const latest = new Map(rejections.map((r) => [r.articleId, r]));
    await this.ds.query(
      `INSERT INTO article_rejections (article_id, reason, detail, rejected_at)
       SELECT r.id, r.reason, r.detail, r.at FROM json_to_recordset($1::json) AS r(id text, reason text, detail text, at timestamptz)
       ON CONFLICT (article_id) DO UPDATE SET reason = EXCLUDED.reason, detail = EXCLUDED.detail, rejected_at = EXCLUDED.rejected_at`,
      [JSON.stringify([...latest.values()].map((r) => ({ id: r.articleId, reason: r.reason, detail: r.detail, at: r.rejectedAt })))],
    );
  }
}
