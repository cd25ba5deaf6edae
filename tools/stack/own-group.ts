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
/**
 * Its young generation: the launcher allocates little (log lines relayed), yet V8's default
 * semi-spaces (16 MB each) fill and stay resident under a busy stack's output.
 */
const LAUNCHER_SEMI_SPACE_MB = 2;

/**
 * glibc's allocator for the launcher and, inherited, everything it starts (services, broker,
 * PostgreSQL). Its mmap threshold otherwise rises to the largest block freed (up to 32 MB), so
 * large buffers then come from the heap and stay resident once freed: the indexer's backend kept
 * the high-water mark of its multi-megabyte statements, the indexer that of its fetched buffers.
 * Fixed at glibc's initial 128 KiB, each large block is its own mapping, returned when freed
 * (pipeline bench, 10,000 articles: peak RSS ~1,290 vs 1,386 MB without; indexer ~360 vs 395,
 * its backend's anonymous memory ~50 vs 74). An explicit setting wins.
 */
const MALLOC_ENV = process.env.MALLOC_MMAP_THRESHOLD_ === undefined ? { MALLOC_MMAP_THRESHOLD_: '131072' } : {};

/** Set in the launcher proper's environment: it is in its own group, under its front. */
export const LAUNCHER_IN_GROUP = 'RASEED_STACK_LAUNCHER';

export function runLauncherInOwnGroup(flag: string, script = process.argv[1]): void {
  // Its heap bounded as the services' are: it only relays their log lines, and V8 would otherwise let garbage pile up.
  const heap = [
    ...(process.execArgv.some((a) => a.startsWith('--max-old-space-size')) ? [] : [`--max-old-space-size=${LAUNCHER_HEAP_MB}`]),
    ...(process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) ? [] : [`--max-semi-space-size=${LAUNCHER_SEMI_SPACE_MB}`]),
  ];
  // For startIdleHeapRelease: once started, the launcher hands back the heap its start-up used (migrations, TypeORM).
  const gc = process.execArgv.includes('--expose-gc') ? [] : ['--expose-gc'];
  const child = spawn(process.execPath, [...process.execArgv, ...heap, ...gc, script, ...process.argv.slice(2)], {
    env: { ...process.env, ...MALLOC_ENV, [flag]: '1' },
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
