/** The longest time the event loop could not run a timer while `work` ran (what starves heartbeats). */
export async function withStallWatch<T>(work: () => Promise<T>): Promise<{ result: T; maxStallMs: number }> {
  let last = performance.now();
  let maxStallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxStallMs = Math.max(maxStallMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    maxStallMs = Math.max(maxStallMs, performance.now() - last);
    return { result, maxStallMs };
  } finally {
    clearInterval(timer);
  }
}
