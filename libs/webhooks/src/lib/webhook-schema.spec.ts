import { readFileSync } from 'fs';
import { join } from 'path';
import { WEBHOOK_SCHEMA_DOWN, WEBHOOK_SCHEMA_UP } from './webhook-schema.sql';

// The migration must stay self-contained SQL; this keeps it identical to the lib's schema.
describe('webhooks migration', () => {
  it('runs exactly the schema statements, in order', () => {
    const source = readFileSync(join(__dirname, '../../../persistence/src/migrations/1763790000000-webhooks.ts'), 'utf8');
    const of = (body: string) => [...body.matchAll(/await q\.query\(\s*`([\s\S]*?)`,?\s*\);/g)].map((m) => m[1]);
    expect({ up: of(source.slice(source.indexOf('async up('), source.indexOf('async down('))), down: of(source.slice(source.indexOf('async down('))) }).toEqual({
      up: [...WEBHOOK_SCHEMA_UP],
      down: [...WEBHOOK_SCHEMA_DOWN],
    });
  });
});
