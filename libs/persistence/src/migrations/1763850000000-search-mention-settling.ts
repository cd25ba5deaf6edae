import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which stored mentions the indexer's settle pass has yet to re-derive. A batch re-clusters only
 * a bounded neighbourhood, so its incidents can depend on how articles fell into batches; the
 * settle pass later re-clusters, in full, every candidate component holding an unsettled mention
 * and marks them settled. Existing rows start unsettled: the first settle brings a store made
 * by an earlier release to the same incidents a fresh run gives.
 */
export class SearchMentionSettling1763850000000 implements MigrationInterface {
  name = 'SearchMentionSettling1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_mentions ADD COLUMN settled boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX search_mentions_unsettled_idx ON search_mentions (category) WHERE NOT settled`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_mentions_unsettled_idx`);
    await q.query(`ALTER TABLE search_mentions DROP COLUMN settled`);
  }
}
