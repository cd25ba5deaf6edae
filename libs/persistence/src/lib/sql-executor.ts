import { DataSource } from 'typeorm';

export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Raw parameterised SQL over the TypeORM DataSource, for libs that must not import TypeORM
 * (search): plain queries, and a transaction on one connection.
 */
export function sqlExecutor(ds: DataSource): Sql & { transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> } {
  return {
    query: (sql, params) => ds.query(sql, params),
    transaction: (work) => ds.transaction((manager) => work({ query: (sql, params) => manager.query(sql, params) })),
  };
}
