import { DataSource } from 'typeorm';
import { ArticleFingerprint } from './entities/article-fingerprint.entity';
import { FetchRecord } from './entities/fetch-record.entity';
import { MIGRATIONS } from '../migrations';

export const ENTITIES = [FetchRecord, ArticleFingerprint];

/** The one DataSource shape every process uses; schema changes only through migrations. */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize },
  });
}

/**
 * Applies pending migrations. Exactly one process calls this (the launcher, or the
 * one-shot `migrate` job in compose); an advisory lock keeps a second caller waiting
 * rather than racing.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = createDataSource(url, 2);
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(7261001)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(7261001)');
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
