import type { DataSource } from 'typeorm';

// The database's injection token and ping, without TypeORM at run time: every service's health
// check needs them, and a service with no database (the extractor) need not load TypeORM for it.
export const DATA_SOURCE = Symbol('DATA_SOURCE');

/** Liveness of the database for health checks. */
export async function pingDatabase(ds: DataSource): Promise<void> {
  await ds.query('SELECT 1');
}
