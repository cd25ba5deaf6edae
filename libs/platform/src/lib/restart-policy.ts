/**
 * When the launcher restarts a crashed child, and when it gives up. Pure: the supervisor
 * passes the times of the child's recent crashes and gets back a decision.
 */
export interface RestartPolicy {
  /** First retry delay; doubles with each crash inside the window. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** More than `maxCrashes` crashes inside `windowMs` is a crash loop: stop the stack. */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { initialDelayMs: 200, maxDelayMs: 5_000, maxCrashes: 5, windowMs: 60_000 };

export type RestartDecision = { restart: true; delayMs: number; recentCrashes: number } | { restart: false; recentCrashes: number };

/** `crashTimes` holds every crash of this child (ms epoch), the latest included. */
export function decideRestart(crashTimes: readonly number[], now: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): RestartDecision {
  const recentCrashes = crashTimes.filter((t) => now - t <= policy.windowMs).length;
  if (recentCrashes > policy.maxCrashes) return { restart: false, recentCrashes };
  const delayMs = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, recentCrashes - 1));
  return { restart: true, delayMs, recentCrashes };
}
