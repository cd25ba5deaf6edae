import { InvalidEventError } from '@raseed/contracts';

export interface RetryOptions {
  maxAttempts: number;
  backoffMs: number;
  /** Called between attempts so a long retry sequence does not cost the group membership. */
  heartbeat?: () => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Errors of a dependency that is down for a moment (the database restarting): they say
   * nothing about the message, so they do not use up its attempts until `transientBudgetMs`
   * has passed; dead-lettering them would lose good messages to an outage.
   */
  transient?: (err: Error) => boolean;
  transientBudgetMs?: number;
  now?: () => number;
}

// Long enough for a supervised PostgreSQL or broker to come back; short enough that a real outage still surfaces.
export const DEFAULT_TRANSIENT_BUDGET_MS = 120_000;
const MAX_TRANSIENT_SLEEP_MS = 2_000;

export type RetryOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: Error; kind: 'invalid' | 'failed' };

/**
 * Runs `work` up to maxAttempts times with exponential backoff. A payload that fails
 * validation can never succeed, so it is not retried.
 */
export async function runWithRetries(work: () => Promise<void>, options: RetryOptions): Promise<RetryOutcome> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const budgetEnds = now() + (options.transientBudgetMs ?? DEFAULT_TRANSIENT_BUDGET_MS);
  let attempt = 0;
  let counted = 0;
  let waits = 0;
  for (;;) {
    attempt++;
    try {
      await work();
      return { ok: true, attempts: attempt };
    } catch (err) {
      const error = toError(err);
      if (error instanceof InvalidEventError) return { ok: false, attempts: attempt, error, kind: 'invalid' };
      const outage = !!options.transient?.(error) && now() < budgetEnds;
      if (!outage) counted++;
      if (counted >= options.maxAttempts) return { ok: false, attempts: attempt, error, kind: 'failed' };
      await options.heartbeat?.();
      await sleep(outage ? Math.min(MAX_TRANSIENT_SLEEP_MS, options.backoffMs * 2 ** waits++) : options.backoffMs * 2 ** (counted - 1));
    }
  }
}

export function toError(err: unknown): Error {
  if (err instanceof Error) return err;
  if (err && typeof err === 'object' && 'message' in err) return new Error(String((err as { message: unknown }).message));
  return new Error(String(err));
}
