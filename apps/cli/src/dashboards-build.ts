// dashboards:build: regenerates deploy/dashboards/*.ndjson from the index mappings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCli, runCli } from '@raseed/config';
import { SAVED_OBJECT_FILES, toNdjson } from './dashboards/saved-objects';

export const DASHBOARDS_DIR = resolve(__dirname, '..', '..', '..', 'deploy', 'dashboards');

export const DASHBOARDS_BUILD_USAGE = 'usage: npm run -s dashboards:build   (no options: rewrites deploy/dashboards/*.ndjson from the index mappings)';

function main(): number {
  parseCli(process.argv.slice(2), { options: {} });
  mkdirSync(DASHBOARDS_DIR, { recursive: true });
  for (const [file, build] of Object.entries(SAVED_OBJECT_FILES)) {
    const objects = build();
    writeFileSync(join(DASHBOARDS_DIR, file), toNdjson(objects));
    process.stdout.write(`${file}: ${objects.length} saved object(s)\n`);
  }
  return 0;
}

if (require.main === module) runCli('dashboards:build', DASHBOARDS_BUILD_USAGE, main);
