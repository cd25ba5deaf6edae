import { startTestDatabase } from '@raseed/persistence/testing';
import { SEARCH_SCHEMA_UP } from '../../src/lib/postgres/search-schema.sql';
import { TransactionalSqlExecutor } from '../../src/lib/sql-executor';

export interface SearchTestDb {
  db: TransactionalSqlExecutor;
  url: string;
  /** Empties the search tables between tests. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A throwaway embedded PostgreSQL with every registered migration applied (the lead's helper);
 * the search schema is applied here too while its migration is not registered yet.
 */
export async function startSearchTestDb(): Promise<SearchTestDb> {
  const t = await startTestDatabase();
  const exists = await t.dataSource.query(`SELECT to_regclass('search_incidents') IS NOT NULL AS ok`);
  if (!exists[0].ok) for (const sql of SEARCH_SCHEMA_UP) await t.dataSource.query(sql);
  const db: TransactionalSqlExecutor = t.dataSource;
  return {
    db,
    url: t.url,
    reset: async () => {
      await t.dataSource.query(`TRUNCATE search_mentions, search_incidents, search_articles`);
    },
    stop: () => t.stop(),
  };
}
