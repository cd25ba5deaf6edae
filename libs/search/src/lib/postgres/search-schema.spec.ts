import { readFileSync } from 'fs';
import { join } from 'path';
import {
  SEARCH_DATE_INDEXES_DOWN,
  SEARCH_DATE_INDEXES_UP,
  SEARCH_DOCUMENT_STORAGE_DOWN,
  SEARCH_DOCUMENT_STORAGE_UP,
  SEARCH_ARTICLE_INCIDENTS_DOWN,
  SEARCH_ARTICLE_INCIDENTS_UP,
  SEARCH_RECENT_INDEXES_DOWN,
  SEARCH_RECENT_INDEXES_UP,
  SEARCH_SCHEMA_DOWN,
  SEARCH_SCHEMA_UP,
} from './search-schema.sql';

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

  // The statements each later migration's up() and down() run, in order.
  const migrationStatements = (file: string) => {
    const source = readFileSync(join(__dirname, '../../../../persistence/src/migrations', file), 'utf8');
    const of = (body: string) => [...body.matchAll(/await q\.query\(`([\s\S]*?)`\);/g)].map((m) => m[1]);
    return { up: of(source.slice(source.indexOf('async up('), source.indexOf('async down('))), down: of(source.slice(source.indexOf('async down('))) };
  };

  it.each([
    ['1763730000000-search-recent-indexes.ts', SEARCH_RECENT_INDEXES_UP, SEARCH_RECENT_INDEXES_DOWN],
    ['1763740000000-search-date-indexes.ts', SEARCH_DATE_INDEXES_UP, SEARCH_DATE_INDEXES_DOWN],
    ['1763750000000-search-document-storage.ts', SEARCH_DOCUMENT_STORAGE_UP, SEARCH_DOCUMENT_STORAGE_DOWN],
    ['1763760000000-search-article-incidents.ts', SEARCH_ARTICLE_INCIDENTS_UP, SEARCH_ARTICLE_INCIDENTS_DOWN],
  ])('migration %s runs exactly its schema statements', (file, up, down) => {
    expect(migrationStatements(file)).toEqual({ up: [...up], down: [...down] });
  });
});
