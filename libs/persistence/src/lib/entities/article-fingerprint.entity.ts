import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Near-duplicate fingerprints of normalised articles (the shared index: NearDuplicateStore, with their LSH bands in near_duplicate_bands). */
@Entity({ name: 'article_fingerprints' })
export class ArticleFingerprint {
  @PrimaryColumn({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'text' })
  fingerprint!: string;

  @Index()
  @Column({ name: 'duplicate_of', type: 'text', nullable: true })
  duplicateOf!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
