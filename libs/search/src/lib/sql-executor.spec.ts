import { SqlExecutor, sequentialExecutor } from './sql-executor';

describe('sequentialExecutor', () => {
  // A connection that records what runs when, and fails the statements it is told to.
  function fakeConnection(failing: string[] = []) {
    const log: string[] = [];
    let running = 0;
    const db: SqlExecutor = {
      async query<T>(sql: string) {
        if (running++) throw new Error('two statements at once');
        log.push(`start ${sql}`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`end ${sql}`);
        running--;
        if (failing.includes(sql)) throw new Error(`${sql} failed`);
        return [{ sql }] as T[];
      },
    };
    return { db, log };
  }

  it('runs statements one at a time, in the order asked, whoever asks', async () => {
    const { db, log } = fakeConnection();
    const q = sequentialExecutor(db);
    const later = async () => {
      await Promise.resolve();
      return q.query('b');
    }; // asks after c
    const results = await Promise.all([q.query('a'), later(), q.query('c')]);
    expect(results.map((r) => r[0])).toEqual([{ sql: 'a' }, { sql: 'b' }, { sql: 'c' }]);
    expect(log).toEqual(['start a', 'end a', 'start c', 'end c', 'start b', 'end b']);
  });

  it('reports a failure to its caller and still runs what was queued after it', async () => {
    const { db, log } = fakeConnection(['b']);
    const q = sequentialExecutor(db);
    const [a, b, c] = await Promise.allSettled([q.query('a'), q.query('b'), q.query('c')]);
    expect([a.status, b.status, c.status]).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((b as PromiseRejectedResult).reason.message).toBe('b failed');
    expect(log.filter((l) => l.startsWith('start'))).toEqual(['start a', 'start b', 'start c']);
  });
});
