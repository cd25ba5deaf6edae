import { HostLimiter, jitteredDelay } from '@raseed/fetching';

describe('HostLimiter', () => {
  it('bounds concurrency per host and spaces request starts', async () => {
    const limiter = new HostLimiter(2, 40);
    let active = 0;
    let peak = 0;
    const starts: number[] = [];
    let firstEnd = Infinity;
    const t0 = Date.now();
    const work = () =>
      limiter.run('a.example', async () => {
        starts.push(Date.now() - t0);
        peak = Math.max(peak, ++active);
        await new Promise((r) => setTimeout(r, 100));
        firstEnd = Math.min(firstEnd, Date.now() - t0);
        active--;
      });
    const other = limiter.run('b.example', async () => Date.now() - t0);
    await Promise.all([work(), work(), work(), other]);
    expect(peak).toBe(2);
    // Another host is not held up: it starts while host a's first slot is still busy. Ordering,
    // not a wall-clock bound, so a loaded CI machine cannot fail it.
    expect(await other).toBeLessThan(firstEnd);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(35);
    expect(starts[2]).toBeGreaterThanOrEqual(95); // third waits for a free slot
  });

  it('honours a per-host crawl delay', async () => {
    const limiter = new HostLimiter(4, 0);
    limiter.setDelay('slow.example', 80);
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all([1, 2].map(() => limiter.run('slow.example', async () => void starts.push(Date.now() - t0))));
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(75);
  });
});

describe('jitteredDelay', () => {
  it('spreads around the interval by the jitter fraction', () => {
    expect(jitteredDelay(1000, 0.2, () => 0)).toBe(800);
    expect(jitteredDelay(1000, 0.2, () => 1)).toBe(1200);
    expect(jitteredDelay(1000, 0, () => 0.7)).toBe(1000);
  });
});
