import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

export interface StackProcess {
  pid: number;
  what: string;
}

/**
 * Processes a previous launcher on this DATA_DIR left running (it was killed with -9, or was
 * an older version without parent-death checks): services and the broker started for this
 * DATA_DIR, and the embedded postmaster on its data dir. Called only while holding the
 * DATA_DIR lock, so no live launcher owns them. Linux (/proc) only; elsewhere none are found.
 */
export function findStackOrphans(dataDir: string, root: string): StackProcess[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
  const found: StackProcess[] = [];
  for (const pid of pids) {
    if (pid === process.pid || pid === process.ppid) continue;
    const cmdline = read(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
    if (!cmdline.length || processState(pid) === 'Z') continue;
    const what = describe(cmdline, dataDir, root, () => read(`/proc/${pid}/environ`)?.split('\0') ?? []);
    if (what) found.push({ pid, what });
  }
  return found;
}

function describe(cmdline: string[], dataDir: string, root: string, environ: () => string[]): string | null {
  const joined = cmdline.join(' ');
  if (/\/postgres$/.test(cmdline[0]) && joined.includes(`-D ${join(dataDir, 'postgres')}`)) return 'embedded PostgreSQL';
  // apps/<app>/src/main.js as `npm start` runs it (compiled, under dist/node), main.ts from source.
  const app = cmdline.map((a) => a.match(/apps\/(\w+)\/src\/main\.[jt]s$/)?.[1]).find(Boolean);
  if (!app || !cmdline.some((a) => a.startsWith(root) || a.startsWith('apps/'))) return null;
  if (app === 'broker') return joined.includes(join(dataDir, 'kafka')) ? 'kafka-broker' : null;
  return environ().includes(`DATA_DIR=${dataDir}`) ? app : null;
}

/**
 * Every live process that belongs to the stack on `dataDir`: its command line or environment
 * names it. What the supervision test and the chaos run check is gone after a stop. Linux only.
 * `cmd` is cut at 400 characters: a service's program comes after node's flags and its preload.
 */
export function stackProcesses(dataDir: string): Array<{ pid: number; cmd: string }> {
  if (!readdirSafe('/proc')) return [];
  const found: Array<{ pid: number; cmd: string }> = [];
  for (const pid of readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)) {
    if (pid === process.pid || processState(pid) === 'Z') continue;
    const cmd = read(`/proc/${pid}/cmdline`)?.split('\0').join(' ');
    const env = read(`/proc/${pid}/environ`)?.split('\0') ?? [];
    if (cmd && (cmd.includes(dataDir) || env.includes(`DATA_DIR=${dataDir}`))) found.push({ pid, cmd: cmd.slice(0, 400) });
  }
  return found;
}

/** SIGTERM, then SIGKILL whatever is still there after `graceMs`. */
export async function stopProcesses(procs: StackProcess[], graceMs = 8_000): Promise<void> {
  for (const p of procs) signal(p.pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && procs.some((p) => isAlive(p.pid))) await new Promise((r) => setTimeout(r, 100));
  for (const p of procs) if (isAlive(p.pid)) signal(p.pid, 'SIGKILL');
}

/** Alive and not a zombie (a zombie has exited; only its exit status waits to be read). */
export function isAlive(pid: number): boolean {
  const state = processState(pid);
  if (state === null) return false;
  if (state !== undefined) return state !== 'Z' && state !== 'X';
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The state letter from /proc/<pid>/stat; null when the process does not exist; undefined without /proc. */
function processState(pid: number): string | null | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (stat === null) return readdirSafe('/proc') ? null : undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}
