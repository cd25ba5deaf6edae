import { DataSource } from 'typeorm';
import { ArticleFingerprint } from './entities/article-fingerprint.entity';

export class FingerprintsRepository {
  constructor(private readonly ds: DataSource) {}

  async save(articleId: string, fingerprint: string, duplicateOf: string | null): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(ArticleFingerprint)
      .values({ articleId, fingerprint, duplicateOf, createdAt: new Date() })
      .orUpdate(['fingerprint', 'duplicate_of'], ['article_id'])
      .execute();
  }

  /** `save` for many articles in one statement (an article given twice keeps its last row). */
  async saveMany(rows: Array<{ articleId: string; fingerprint: string; duplicateOf: string | null }>): Promise<void> {
    if (!rows.length) return;
    const last = new Map(rows.map((r) => [r.articleId, r]));
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(ArticleFingerprint)
      .values([...last.values()].map((r) => ({ ...r, createdAt: new Date() })))
      .orUpdate(['fingerprint', 'duplicate_of'], ['article_id'])
      .execute();
  }

  /** All fingerprints, oldest first, to rebuild the in-memory near-duplicate index. */
  async *all(batchSize = 5000): AsyncGenerator<ArticleFingerprint[]> {
    let after = '';
    for (;;) {
      const rows = await this.ds
        .getRepository(ArticleFingerprint)
        .createQueryBuilder('f')
        .where('f.article_id > :after', { after })
        .orderBy('f.article_id')
        .limit(batchSize)
        .getMany();
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1].articleId;
    }
  }
}
