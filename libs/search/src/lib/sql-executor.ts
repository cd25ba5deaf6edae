/**
 * The only database surface this lib needs: parameterised queries. A TypeORM DataSource or
 * EntityManager satisfies it, and so does poolExecutor(pg.Pool). Results are used only from
 * SELECT / INSERT ... RETURNING statements (TypeORM wraps UPDATE/DELETE results differently).
 */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** An executor that can run work in one transaction on one connection (DataSource.transaction fits). */
export interface TransactionalSqlExecutor extends SqlExecutor {
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/** Minimal pg.Pool shape, so this lib does not require pg at runtime. */
export interface PgPoolLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<{ query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>; release(err?: Error): void }>;
}

/** Adapts a pg Pool to TransactionalSqlExecutor. */
export function poolExecutor(pool: PgPoolLike): TransactionalSqlExecutor {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx: SqlExecutor = { query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[] };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(err as Error);
        throw err;
      }
    },
  };
}

/**
 * Runs statements one at a time, in the order they are asked for, whoever asks: a connection
 * takes one at a time, and callers can go on with other work (or queue more) while theirs wait.
 */
export function sequentialExecutor(db: SqlExecutor): SqlExecutor {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      const run = tail.then(() => db.query<T>(sql, params));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
