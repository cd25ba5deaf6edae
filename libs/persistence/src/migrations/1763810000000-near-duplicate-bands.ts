import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The near-duplicate index shared by every normaliser (issue 17): one row per LSH band of each
 * article's fingerprint (bands "07:<16 hex>", see fingerprintBandKeys), looked up by band key,
 * and a registration order (seq) that breaks similarity ties as the in-memory index did. Rows
 * already stored get their bands here, from the fingerprint text.
 */
export class NearDuplicateBands1763810000000 implements MigrationInterface {
  name = 'NearDuplicateBands1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article_fingerprints ADD COLUMN seq bigserial`);
    await q.query(`CREATE TABLE near_duplicate_bands (
      band_key text NOT NULL,
      article_id text NOT NULL REFERENCES article_fingerprints (article_id) ON DELETE CASCADE,
      PRIMARY KEY (band_key, article_id)
    )`);
    await q.query(`CREATE INDEX near_duplicate_bands_article_idx ON near_duplicate_bands (article_id)`);
    // 32 bands of 2 × 8 hex digits after "mh1:"; an all-ones band (empty text) matches nothing.
    await q.query(`INSERT INTO near_duplicate_bands (band_key, article_id)
      SELECT lpad(b::text, 2, '0') || ':' || substr(f.fingerprint, 5 + b * 16, 16), f.article_id
      FROM article_fingerprints f CROSS JOIN generate_series(0, 31) AS b
      WHERE f.fingerprint LIKE 'mh1:%' AND length(f.fingerprint) = 4 + 512 AND substr(f.fingerprint, 5 + b * 16, 16) <> 'ffffffffffffffff'
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE near_duplicate_bands`);
    await q.query(`ALTER TABLE article_fingerprints DROP COLUMN seq`);
  }
}
