// dashboards:build: regenerates deploy/dashboards/*.ndjson from the index mappings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAVED_OBJECT_FILES, toNdjson } from './dashboards/saved-objects';

export const DASHBOARDS_DIR = resolve(__dirname, '..', '..', '..', 'deploy', 'dashboards');

if (require.main === module) {
  mkdirSync(DASHBOARDS_DIR, { recursive: true });
  for (const [file, build] of Object.entries(SAVED_OBJECT_FILES)) {
    const objects = build();
    writeFileSync(join(DASHBOARDS_DIR, file), toNdjson(objects));
    process.stdout.write(`${file}: ${objects.length} saved object(s)\n`);
  }
}
