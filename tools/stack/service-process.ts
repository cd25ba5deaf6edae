import { ChildProcess, spawn } from 'child_process';
import { createInterface } from 'readline';

const COLOURS = [36, 35, 33, 32, 34, 31, 96, 95];
let nextColour = 0;

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Spawns one service with its output prefixed `[name]` into the combined log.
 * `onLine` sees every stdout line (the broker's ready line is parsed from it).
 */
export function startServiceProcess(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): ServiceProcess {
  const colour = COLOURS[nextColour++ % COLOURS.length];
  const useColour = process.stdout.isTTY;
  const prefix = useColour ? `\x1b[${colour}m[${name}]\x1b[0m ` : `[${name}] `;
  // Own process group: Ctrl-C reaches the launcher only, which then stops services in order.
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      process.stdout.write(`${prefix}${line}\n`);
      onLine?.(line);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
    void proc.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${proc.name} exited with code ${code} before it was ready`));
    });
  });
}
