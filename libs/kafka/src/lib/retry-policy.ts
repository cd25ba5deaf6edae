import { InvalidEventError } from '@raseed/contracts';

export interface RetryOptions {
  maxAttempts: number;
  backoffMs: number;
  /** Called between attempts so a long retry sequence does not cost the group membership. */
  heartbeat?: () => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
}

export type RetryOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: Error; kind: 'invalid' | 'failed' };

/**
 * Runs `work` up to maxAttempts times with exponential backoff. A payload that fails
 * validation can never succeed, so it is not retried.
 */
export async function runWithRetries(work: () => Promise<void>, options: RetryOptions): Promise<RetryOutcome> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      await work();
      return { ok: true, attempts: attempt };
    } catch (err) {
      const error = toError(err);
      if (error instanceof InvalidEventError) return { ok: false, attempts: attempt, error, kind: 'invalid' };
      if (attempt >= options.maxAttempts) return { ok: false, attempts: attempt, error, kind: 'failed' };
      await options.heartbeat?.();
      await sleep(options.backoffMs * 2 ** (attempt - 1));
    }
  }
}

export function toError(err: unknown): Error {
  if (err instanceof Error) return err;
  if (err && typeof err === 'object' && 'message' in err) return new Error(String((err as { message: unknown }).message));
  return new Error(String(err));
}
