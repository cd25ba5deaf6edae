import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { createInterface } from 'readline';
import { childLineAsJson, LAUNCHER_CHILD_ENV, logFormat } from '@raseed/config';

const COLOURS = [36, 35, 33, 32, 34, 31, 96, 95];
let nextColour = 0;
const colourOf = new Map<string, number>();

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with how the process ended: `code 1`, `signal SIGKILL`. */
  exited: Promise<string>;
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Spawns one service with its output prefixed `[name]` into the combined log (in JSON, each
 * line an object naming its service: childLineAsJson). It stays in
 * the launcher's process group (the launcher runs in a group of its own, so a terminal's
 * Ctrl-C reaches only the launcher, which stops services in order) and gets an IPC channel:
 * when the launcher dies, however, the channel closes and the service stops itself.
 */
export function startServiceProcess(name: string, args: string[], env: NodeJS.ProcessEnv): ServiceProcess {
  if (!colourOf.has(name)) colourOf.set(name, COLOURS[nextColour++ % COLOURS.length]);
  const prefix = process.stdout.isTTY ? `\x1b[${colourOf.get(name)}m[${name}]\x1b[0m ` : `[${name}] `;
  // SERVICE_CPU_PROF_DIR: every service writes a V8 CPU profile there when it stops (the benches' guide).
  const profile = env.SERVICE_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(env.SERVICE_CPU_PROF_DIR, name)}`] : [];
  const child = spawn(process.execPath, [...profile, ...args], { env: { ...env, [LAUNCHER_CHILD_ENV]: '1' }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const json = logFormat(env) === 'json';
  for (const stream of [child.stdout, child.stderr]) {
    const fromStderr = stream === child.stderr;
    createInterface({ input: stream! }).on('line', (line) => process.stdout.write(`${json ? childLineAsJson(name, line, fromStderr) : `${prefix}${line}`}\n`));
  }
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)));
  // A dead child's channel errors on the next write; nothing is ever sent, but never crash on it.
  child.on('error', () => undefined);
  return {
    name,
    child,
    exited,
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves with the first stdout line matching `pattern`, or rejects if the process exits first. */
export function waitForLine(proc: ServiceProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name} not ready after ${timeoutMs} ms`)), timeoutMs);
    createInterface({ input: proc.child.stdout! }).on('line', (line) => {
      const m = line.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    void proc.exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${proc.name} exited (${how}) before it was ready`));
    });
  });
}
