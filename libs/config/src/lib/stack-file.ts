import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';

/**
 * What a running `npm start` stack records under DATA_DIR so the project's CLIs find it
 * without configuration, and so two stacks with different DATA_DIR never collide.
 */
export interface StackFile {
  pid: number;
  startedAt: string;
  kafkaBrokers: string;
  databaseUrl: string;
  apiUrl: string;
  opensearchUrl: string | null;
  /** Each service's HTTP base URL (/health, /metrics.json), once they are all up. */
  services?: Record<string, string>;
}

export function stackFilePath(dataDir: string): string {
  return join(resolve(dataDir), 'stack.json');
}

export function writeStackFile(dataDir: string, stack: StackFile): void {
  mkdirSync(resolve(dataDir), { recursive: true });
  const target = stackFilePath(dataDir);
  writeFileSync(`${target}.tmp`, JSON.stringify(stack, null, 2));
  renameSync(`${target}.tmp`, target);
}

/** The stack file if one exists and its launcher is still alive (a zombie is not). */
export function readRunningStack(dataDir: string): StackFile | null {
  const file = stackFilePath(dataDir);
  if (!existsSync(file)) return null;
  try {
    const stack = JSON.parse(readFileSync(file, 'utf8')) as StackFile;
    process.kill(stack.pid, 0);
    return isZombie(stack.pid) ? null : stack;
  } catch {
    return null;
  }
}

/** kill(pid, 0) succeeds on a process that has exited but not been reaped yet; /proc says 'Z'. */
export function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false; // no /proc (not Linux) or already gone
  }
}
