import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration order in each band row, indexed with the band key, so a registration reads a
 * crowded band's first members only (NearDuplicateStore: a band shared by thousands of articles
 * is sampled, not read whole). Rows already stored take their article's seq.
 */
export class NearDuplicateBandOrder1763830000000 implements MigrationInterface {
  name = 'NearDuplicateBandOrder1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE near_duplicate_bands ADD COLUMN seq bigint`);
    await q.query(`UPDATE near_duplicate_bands b SET seq = f.seq FROM article_fingerprints f WHERE f.article_id = b.article_id`);
    await q.query(`ALTER TABLE near_duplicate_bands ALTER COLUMN seq SET NOT NULL`);
    await q.query(`CREATE INDEX near_duplicate_bands_seq_idx ON near_duplicate_bands (band_key, seq, article_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX near_duplicate_bands_seq_idx`);
    await q.query(`ALTER TABLE near_duplicate_bands DROP COLUMN seq`);
  }
}
