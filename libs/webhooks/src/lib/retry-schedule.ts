export interface RetryPolicy {
  /** Attempts before a delivery is given up as failed (the first one included). */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one. */
  baseMs: number;
  /** Longest wait between attempts (also caps a receiver's Retry-After). */
  maxMs: number;
}

/**
 * How long to wait after the `attempt`-th failed attempt (1-based): the receiver's Retry-After
 * when it gave one, else exponential backoff with ±20% jitter so many deliveries to one receiver
 * that came back do not all retry in the same instant.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, retryAfterMs: number | null = null, random: () => number = Math.random): number {
  if (retryAfterMs !== null) return Math.min(policy.maxMs, Math.max(0, retryAfterMs));
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(policy.maxMs, exp * (0.8 + 0.4 * random())));
}
