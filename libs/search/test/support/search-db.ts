import { startTestDatabase } from '@raseed/persistence/testing';
import { TransactionalSqlExecutor } from '../../src/lib/sql-executor';

export interface SearchTestDb {
  db: TransactionalSqlExecutor;
  url: string;
  /** Empties the search tables between tests. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** A throwaway embedded PostgreSQL with every registered migration applied (the search schema among them). */
export async function startSearchTestDb(): Promise<SearchTestDb> {
  const t = await startTestDatabase();
  const db: TransactionalSqlExecutor = t.dataSource;
  return {
    db,
    url: t.url,
    reset: async () => {
      await t.dataSource.query(`TRUNCATE search_mentions, search_article_incidents, search_incidents, search_articles`);
    },
    stop: () => t.stop(),
  };
}
