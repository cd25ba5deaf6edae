import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The fetcher's seen-set: one row per source item, so a restart never re-emits it. */
@Entity({ name: 'fetch_records' })
export class FetchRecord {
  /** Canonical URL, or `inbox:<relative path>` for watched-folder files. */
  @PrimaryColumn({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column({ name: 'article_id', type: 'text' })
  articleId!: string;

  /** Hash of the last emitted body: a different hash is a new version of the article. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'emitted_at', type: 'timestamptz' })
  emittedAt!: Date;
}
