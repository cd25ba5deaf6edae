/**
 * Longest stretch of CPU work the indexer does without giving the event loop a turn. A consumer's
 * heartbeats are timers: a batch that clusters for seconds without a turn is taken for a dead
 * member, evicted and redelivered, however short the batch would have been.
 */
export const STEP_BUDGET_MS = 50;

/** Gives the event loop a turn (timers, socket reads) before resuming. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs a computation written as a generator that pauses between steps, giving the event loop a
 * turn whenever the work since the last turn exceeds the budget. Returns the generator's result.
 */
export async function runInSteps<T>(steps: Generator<void, T, void>, budgetMs = STEP_BUDGET_MS): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= budgetMs) {
      await turn();
      since = performance.now();
    }
  }
}
