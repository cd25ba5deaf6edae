import { nextRunDelay, SourceScheduler } from '@raseed/fetching';

describe('nextRunDelay', () => {
  it('jitters the interval, backs off on failures (capped) and honours Retry-After', () => {
    expect(nextRunDelay(1000, 0, 0, null)).toBe(1000);
    expect(nextRunDelay(1000, 0, 2, null)).toBe(4000);
    expect(nextRunDelay(1000, 0, 10, null)).toBe(16_000);
    expect(nextRunDelay(1000, 0, 0, 30_000)).toBe(30_000);
    expect(nextRunDelay(1000, 0.5, 0, null, () => 0)).toBe(500);
  });
});

describe('SourceScheduler', () => {
  it('runs each job on its interval, never overlapping itself, and stops cleanly', async () => {
    const runs: string[] = [];
    let active = 0;
    let overlap = false;
    const reported: string[] = [];
    const scheduler = new SourceScheduler<{ ok: boolean }>(
      (name) => void reported.push(name),
      () => 0.5,
    );
    scheduler.add({
      name: 'slow',
      intervalMs: 10,
      jitter: 0,
      firstDelayMs: 0,
      run: async () => {
        overlap ||= active > 0;
        active++;
        runs.push('slow');
        await new Promise((r) => setTimeout(r, 30));
        active--;
        return { ok: true };
      },
      judge: () => ({ failed: false, retryAfterMs: null }),
    });
    scheduler.add({ name: 'failing', intervalMs: 10, jitter: 0, firstDelayMs: 0, run: async () => Promise.reject(new Error('down')), judge: () => ({ failed: true, retryAfterMs: null }) });
    // Wait for the work to happen rather than a fixed time, so a loaded machine cannot starve it.
    const t0 = Date.now();
    const enough = () => runs.length >= 2 && (scheduler.status('failing')?.consecutiveFailures ?? 0) >= 2;
    while ((Date.now() - t0 < 150 || !enough()) && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 10));
    await scheduler.stop();
    const elapsed = Date.now() - t0;
    const count = runs.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs.length).toBe(count);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(overlap).toBe(false);
    expect(scheduler.status('failing')!.consecutiveFailures).toBeGreaterThanOrEqual(2);
    // Backing off 20, 40, 80… ms: runs grow with the log of the time, far under the healthy pace
    // (one per 10 ms) that a scheduler without backoff would keep.
    expect(reported.filter((n) => n === 'failing').length).toBeLessThanOrEqual(Math.ceil(Math.log2(elapsed / 10)) + 1);
  });
});
