import { readFileSync } from 'fs';
import { getPriority, setPriority } from 'os';

/**
 * Services spawned ahead of their go load their modules (seconds of CPU each) while PostgreSQL,
 * the broker and migrations start: on two cores, five loaders at equal priority starved that
 * chain, which is what the go waits on (PostgreSQL up 4 s → 11 s after `npm start`). So the
 * loaders run at a lower priority, using what the chain leaves, and get the launcher's back with
 * their go. Raising a priority back needs CAP_SYS_NICE (root, not docker's default set): without
 * it, nothing is lowered, since a service must not stay below PostgreSQL for its whole life.
 */
const LOWER_BY = 10;
/** Bit of CAP_SYS_NICE in /proc/<pid>/status CapEff. */
const CAP_SYS_NICE = 23n;

export class LoadPriority {
  private readonly base = getPriority();
  readonly enabled = mayRaisePriority();

  /** Right after spawning a gated service. */
  lower(pid: number | undefined): void {
    if (this.enabled && pid) trySet(pid, Math.min(19, this.base + LOWER_BY));
  }

  /** With its go: back to the launcher's own priority. */
  restore(pid: number | undefined): void {
    if (this.enabled && pid) trySet(pid, this.base);
  }
}

function mayRaisePriority(): boolean {
  try {
    const hex = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return hex !== undefined && ((BigInt(`0x${hex}`) >> CAP_SYS_NICE) & 1n) === 1n;
  } catch {
    return false;
  }
}

function trySet(pid: number, priority: number): void {
  try {
    setPriority(pid, priority);
  } catch {
    // exited meanwhile: its supervisor sees to it
  }
}
