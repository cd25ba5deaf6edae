import { readdirSync, readFileSync } from 'fs';

/**
 * Children of the `npm start` launcher must not outlive it, however it dies: kill -9 gives
 * it no chance to stop them. Each child watches its parent instead: the IPC channel closing
 * (when spawned with one) or being re-parented (ppid changes, to init or a subreaper).
 * `onGone` runs once; it should stop the process the same way SIGTERM would.
 */
export function watchParent(onGone: (why: string) => void, pollMs = 500): () => void {
  const original = process.ppid;
  let fired = false;
  const fire = (why: string) => {
    if (fired) return;
    fired = true;
    stop();
    onGone(why);
  };
  const onDisconnect = () => fire('IPC channel to the parent closed');
  if (process.connected) process.once('disconnect', onDisconnect);
  const timer = setInterval(() => {
    if (process.ppid !== original) fire(`parent ${original} is gone (now re-parented to ${process.ppid})`);
  }, pollMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    process.removeListener('disconnect', onDisconnect);
  };
  return stop;
}

/** Set by the `npm start` launcher in its children's environment. */
export const LAUNCHER_CHILD_ENV = 'RASEED_LAUNCHER_CHILD';

/**
 * For a child of the launcher (LAUNCHER_CHILD_ENV set; a no-op otherwise, e.g. in tests or
 * under docker compose): when the launcher is gone, SIGTERM ourselves so the normal shutdown
 * path (drain, commit) runs, with a hard exit if that takes longer than `graceMs`.
 */
export function exitWithParent(name: string, graceMs = 10_000): () => void {
  if (process.env[LAUNCHER_CHILD_ENV] !== '1') return () => undefined;
  return watchParent((why) => {
    process.stderr.write(`${name}: ${why}; stopping\n`);
    setTimeout(() => process.exit(1), graceMs).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}

/** Live (non-zombie) members of process group `pgid`; null without /proc. */
export function groupMembers(pgid: number): number[] | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc');
  } catch {
    return null;
  }
  return pids
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        return false;
      }
      const [state, , pg] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pg) === pgid && state !== 'Z' && state !== 'X';
    });
}
