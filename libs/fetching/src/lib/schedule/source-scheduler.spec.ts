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
    await new Promise((r) => setTimeout(r, 150));
    await scheduler.stop();
    const count = runs.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs.length).toBe(count);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(overlap).toBe(false);
    expect(scheduler.status('failing')!.consecutiveFailures).toBeGreaterThanOrEqual(2);
    // 10, 20, 40, 80 ms: backing off, so far fewer runs than the healthy job's pace would allow.
    expect(reported.filter((n) => n === 'failing').length).toBeLessThanOrEqual(4);
  });
});
