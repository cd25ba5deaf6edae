/**
 * What `npm start` runs: only the thin front of own-group.ts, so the process a supervisor
 * signals loads next to nothing (the launcher's libraries stay in the launcher proper, not in
 * a second copy). It runs start.js, the launcher proper, as the leader of a process group of
 * its own. Running start.js directly still works: it makes its own front.
 */
import { join } from 'path';
import { LAUNCHER_IN_GROUP, runLauncherInOwnGroup } from './own-group';

runLauncherInOwnGroup(LAUNCHER_IN_GROUP, join(__dirname, __filename.endsWith('.ts') ? 'start.ts' : 'start.js'));
