import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration order in each band row, indexed with the band key, so a registration reads a
 * crowded band's first members only (NearDuplicateStore: a band shared by thousands of articles
 * is sampled, not read whole). Rows already stored take their article's seq. That index is also
 * the uniqueness (seq names the article), and the band rows lose their own primary key and the
 * foreign key: three index updates and a trigger per row made the bands insert most of a
 * registration's time (fingerprints are never deleted; re-registration deletes its bands itself).
 */
export class NearDuplicateBandOrder1763830000000 implements MigrationInterface {
  name = 'NearDuplicateBandOrder1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE near_duplicate_bands ADD COLUMN seq bigint`);
    await q.query(`UPDATE near_duplicate_bands b SET seq = f.seq FROM article_fingerprints f WHERE f.article_id = b.article_id`);
    await q.query(`ALTER TABLE near_duplicate_bands ALTER COLUMN seq SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX near_duplicate_bands_seq_idx ON near_duplicate_bands (band_key, seq, article_id)`);
    await q.query(`ALTER TABLE near_duplicate_bands DROP CONSTRAINT near_duplicate_bands_pkey`);
    await q.query(`ALTER TABLE near_duplicate_bands DROP CONSTRAINT IF EXISTS near_duplicate_bands_article_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE near_duplicate_bands ADD PRIMARY KEY (band_key, article_id)`);
    await q.query(`ALTER TABLE near_duplicate_bands ADD FOREIGN KEY (article_id) REFERENCES article_fingerprints (article_id) ON DELETE CASCADE`);
    await q.query(`DROP INDEX near_duplicate_bands_seq_idx`);
    await q.query(`ALTER TABLE near_duplicate_bands DROP COLUMN seq`);
  }
}
