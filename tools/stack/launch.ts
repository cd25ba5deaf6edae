/**
 * What `npm start` runs: only the thin front of own-group.ts, so the process a supervisor
 * signals loads next to nothing (the launcher's libraries stay in the launcher proper, not in
 * a second copy). It runs start.js, the launcher proper, as the leader of a process group of
 * its own. Running start.js directly still works: it makes its own front.
 */
import { join } from 'path';
import { installLazySourceMaps } from '@raseed/config';
import { LAUNCHER_IN_GROUP, runLauncherInOwnGroup } from './own-group';

// Not `node --enable-source-maps` (which the launcher inherited): it parses and keeps the map of
// every module loaded, node_modules' too (TypeORM's carry their TypeScript sources): with the
// launcher's modules loaded, heap 22 → 14 MB and RSS 90 → 76 MB without it. Maps are read only
// when a trace is printed, as in the services.
installLazySourceMaps();

runLauncherInOwnGroup(LAUNCHER_IN_GROUP, join(__dirname, __filename.endsWith('.ts') ? 'start.ts' : 'start.js'));
