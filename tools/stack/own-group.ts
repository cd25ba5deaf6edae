import { spawn } from 'child_process';
import { groupMembers, lineLogger, watchParent } from '@raseed/config';

/**
 * `npm start` → sh → launch.js (or start.js run directly) → this front. Supervisors signal only the top (docker, systemd) and a
 * terminal's Ctrl-C reaches the whole foreground group at once (which used to stop PostgreSQL
 * before the services drained). So the launcher proper runs as the leader of a process group
 * of its own, with every child in that group, and this thin front process:
 *  - forwards SIGINT/SIGTERM/SIGHUP to it, and sends SIGTERM when its own parent dies
 *    (SIGTERM to npm kills npm and sh, not us);
 *  - once it has exited, however, stops whatever is left of its group (SIGTERM, then SIGKILL).
 * Should this process be killed with -9, the launcher sees its IPC channel close and stops.
 */
const LAUNCHER_HEAP_MB = 160;

/** Set in the launcher proper's environment: it is in its own group, under its front. */
export const LAUNCHER_IN_GROUP = 'RASEED_STACK_LAUNCHER';

export function runLauncherInOwnGroup(flag: string, script = process.argv[1]): void {
  // Its heap bounded as the services' are: it only relays their log lines, and V8 would otherwise let garbage pile up.
  const heap = process.execArgv.some((a) => a.startsWith('--max-old-space-size')) ? [] : [`--max-old-space-size=${LAUNCHER_HEAP_MB}`];
  const child = spawn(process.execPath, [...process.execArgv, ...heap, script, ...process.argv.slice(2)], {
    env: { ...process.env, [flag]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  const group = child.pid!;
  const forward = (sig: NodeJS.Signals) => signalGroupLeader(group, sig);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => forward(sig));
  watchParent(() => forward('SIGTERM'));
  child.on('error', () => undefined);
  child.once('exit', (code, signal) => {
    void sweepGroup(group).then(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}

function signalGroupLeader(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

async function sweepGroup(pgid: number, graceMs = 10_000): Promise<void> {
  const alive = () => {
    const members = groupMembers(pgid);
    if (members) return members.length > 0;
    try {
      process.kill(-pgid, 0); // without /proc: zombies count, the wait just runs longer
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  lineLogger('stack', { stream: process.stderr, textPrefix: () => '[stack] ' }).warn(`the launcher is gone; stopping what is left of its process group ${pgid}`);
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  const until = Date.now() + graceMs;
  while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // all gone
  }
}
