import { readFileSync } from 'fs';
import { join } from 'path';
import { SEARCH_DATE_INDEXES_DOWN, SEARCH_DATE_INDEXES_UP, SEARCH_RECENT_INDEXES_DOWN, SEARCH_RECENT_INDEXES_UP, SEARCH_SCHEMA_DOWN, SEARCH_SCHEMA_UP } from './search-schema.sql';

// The migration must stay self-contained SQL; this keeps it identical to the lib's schema.
describe('incident search migration', () => {
  const migration = readFileSync(join(__dirname, '../../../../persistence/src/migrations/1763710000000-incident-search-schema.ts'), 'utf8');
  const statements = (method: 'up' | 'down') => {
    const body = migration.slice(migration.indexOf(`async ${method}(`));
    return [...body.matchAll(/await q\.query\(`([\s\S]*?)`\);/g)].map((m) => m[1].replace(/\\`/g, '`').replace(/\\\\/g, '\\'));
  };

  it('runs exactly the schema statements, in order', () => {
    expect(statements('up').slice(0, SEARCH_SCHEMA_UP.length)).toEqual([...SEARCH_SCHEMA_UP]);
    expect(statements('down')).toEqual([...SEARCH_SCHEMA_DOWN]);
  });

  it('creates the extensions, text search configuration and indexes search needs', () => {
    const sql = SEARCH_SCHEMA_UP.join('\n');
    for (const needed of ['pg_trgm', 'unaccent', 'COPY = pg_catalog.arabic', 'USING gin (tsv)', 'gin_trgm_ops']) expect(sql).toContain(needed);
  });

  it('the recent-first covering indexes migration runs exactly its statements', () => {
    const second = readFileSync(join(__dirname, '../../../../persistence/src/migrations/1763730000000-search-recent-indexes.ts'), 'utf8');
    const up = second.slice(second.indexOf('async up('), second.indexOf('async down('));
    const down = second.slice(second.indexOf('async down('));
    const of = (body: string) => [...body.matchAll(/await q\.query\(`([\s\S]*?)`\);/g)].map((m) => m[1]);
    expect(of(up)).toEqual([...SEARCH_RECENT_INDEXES_UP]);
    expect(of(down)).toEqual([...SEARCH_RECENT_INDEXES_DOWN]);
  });

  it('the migration back to plain date indexes runs exactly its statements', () => {
    const third = readFileSync(join(__dirname, '../../../../persistence/src/migrations/1763740000000-search-date-indexes.ts'), 'utf8');
    const up = third.slice(third.indexOf('async up('), third.indexOf('async down('));
    const down = third.slice(third.indexOf('async down('));
    const of = (body: string) => [...body.matchAll(/await q\.query\(`([\s\S]*?)`\);/g)].map((m) => m[1]);
    expect(of(up)).toEqual([...SEARCH_DATE_INDEXES_UP]);
    expect(of(down)).toEqual([...SEARCH_DATE_INDEXES_DOWN]);
  });
});
