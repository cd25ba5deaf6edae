import { ChunkCoalescer } from './chunk-coalescer';

describe('ChunkCoalescer', () => {
  it('delivers chunks added together in one call, in the order added, up to the event cap', async () => {
    const calls: string[][] = [];
    const c = new ChunkCoalescer<string>(5, async (items) => void calls.push(items), 1);
    await Promise.all([c.add('p0:a', 2), c.add('p1:b', 2), c.add('p2:c', 2), c.add('p0:d', 1)]);
    // The third chunk would make 6 events: it opens the next call, which the fourth joins.
    expect(calls).toEqual([
      ['p0:a', 'p1:b'],
      ['p2:c', 'p0:d'],
    ]);
  });

  it('fails every chunk of a failed call (their callers retry them one by one), and goes on with the next', async () => {
    const c = new ChunkCoalescer<string>(
      2,
      async (items) => {
        if (items.includes('bad')) throw new Error('poison');
      },
      1,
    );
    const results = await Promise.allSettled([c.add('ok', 1), c.add('bad', 1), c.add('later', 1)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });

  it('never runs two calls at once: a chunk added during a call waits for it', async () => {
    let running = 0;
    let most = 0;
    const c = new ChunkCoalescer<number>(
      10,
      async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
      },
      1,
    );
    const first = c.add(1, 1);
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all([first, c.add(2, 1)]);
    expect(most).toBe(1);
  });
});
