import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from './lib/data-source';
import { startEmbeddedPostgres } from './lib/embedded-postgres';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/**
 * A throwaway real PostgreSQL (embedded) with every migration applied, for integration
 * tests. Uses DATABASE_URL's server instead when TEST_DATABASE_URL is set.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'raseed-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  await runMigrations(pg.url);
  const dataSource = await createDataSource(pg.url, 4).initialize();
  return {
    url: pg.url,
    dataSource,
    async stop() {
      await dataSource.destroy();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
