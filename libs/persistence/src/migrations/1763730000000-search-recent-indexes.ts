import { MigrationInterface } from 'typeorm';

/**
 * Superseded, and now a no-op. It replaced the plain date indexes with covering ones
 * (INCLUDE (tsv)); building those fails on any store holding a long article (a tsvector is larger
 * than a btree entry may be), which stopped upgrades here. 1763740000000 restores the plain indexes
 * whichever way this ran, so skipping it leaves every store in the same state
 * (SEARCH_RECENT_INDEXES_UP in libs/search/src/lib/postgres/search-schema.sql.ts; a spec checks they agree).
 */
export class SearchRecentIndexes1763730000000 implements MigrationInterface {
  name = 'SearchRecentIndexes1763730000000';

  async up(): Promise<void> {
    // Nothing: see above.
  }

  async down(): Promise<void> {
    // Nothing: see above.
  }
}
