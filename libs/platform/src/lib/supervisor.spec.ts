import { RunningChild, Supervisor } from './supervisor';

/** A child whose death the test decides. */
function fakeChild(pid: number) {
  let die!: (how: string) => void;
  const exited = new Promise<string>((r) => (die = r));
  const child: RunningChild & { die: (how: string) => void; stopped: boolean } = {
    pid,
    exited,
    die,
    stopped: false,
    async stop() {
      child.stopped = true;
      die('code 0');
    },
  };
  return child;
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
/** Restarts run on timers: wait for the outcome rather than for a fixed time (loaded CI machines). */
async function until(cond: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met');
    await tick(2);
  }
}

describe('Supervisor', () => {
  const policy = { initialDelayMs: 1, maxDelayMs: 4, maxCrashes: 3, windowMs: 60_000 };

  it('restarts a child that dies, with a log line each way, and reports it up again', async () => {
    const lines: string[] = [];
    let pid = 100;
    const started: ReturnType<typeof fakeChild>[] = [];
    const sup = new Supervisor(
      (l) => lines.push(l),
      () => undefined,
      undefined,
      policy,
    );
    await sup.add(
      'normaliser',
      async () => {
        const c = fakeChild(pid++);
        started.push(c);
        return c;
      },
      'http://x/health',
    );
    started[0].die('signal SIGKILL');
    await until(() => lines.length === 2);
    expect(sup.status()).toEqual([{ name: 'normaliser', pid: 101, up: true, restarts: 1, healthUrl: 'http://x/health' }]);
    expect(lines[0]).toMatch(/^normaliser exited unexpectedly \(signal SIGKILL\); restarting in 1 ms/);
    expect(lines[1]).toMatch(/^normaliser restarted \(pid 101\) \d+ ms after it went down$/);
  });

  it('gives up on a crash loop and says why', async () => {
    const reasons: string[] = [];
    const sup = new Supervisor(
      () => undefined,
      (r) => reasons.push(r),
      undefined,
      policy,
    );
    const children: ReturnType<typeof fakeChild>[] = [];
    await sup.add('broker', async () => {
      const c = fakeChild(children.length);
      children.push(c);
      return c;
    });
    for (let i = 1; i <= 4; i++) {
      children[children.length - 1].die('code 1');
      await until(() => children.length === i + 1 || reasons.length > 0);
    }
    await tick(20); // no restart after giving up
    expect(children).toHaveLength(4); // first start + 3 restarts, then no more
    expect(reasons).toEqual(['broker is crash-looping (4 crashes, last: exited unexpectedly (code 1))']);
    expect(sup.status()[0].up).toBe(false);
  });

  it('a restart that fails counts as another crash', async () => {
    const lines: string[] = [];
    let attempt = 0;
    const sup = new Supervisor(
      (l) => lines.push(l),
      () => undefined,
      undefined,
      policy,
    );
    const first = fakeChild(1);
    await sup.add('postgres', async () => {
      attempt++;
      if (attempt === 1) return first;
      if (attempt === 2) throw new Error('port in use\nmore detail');
      return fakeChild(attempt);
    });
    first.die('signal SIGKILL');
    await until(() => sup.status()[0].pid === 3);
    expect(lines.some((l) => l.startsWith('postgres failed to restart (port in use); restarting in 2 ms'))).toBe(true);
    expect(sup.status()[0]).toMatchObject({ up: true, pid: 3 });
  });

  it('stops children in the order given and never restarts them after', async () => {
    const order: string[] = [];
    const sup = new Supervisor(
      () => undefined,
      () => undefined,
      undefined,
      policy,
    );
    for (const name of ['postgres', 'broker', 'indexer', 'fetcher']) {
      await sup.add(name, async () => {
        const c = fakeChild(1);
        const stop = c.stop.bind(c);
        c.stop = async () => {
          order.push(name);
          await stop();
        };
        return c;
      });
    }
    await sup.stopAll(['fetcher', 'indexer', 'broker', 'postgres']);
    await tick();
    expect(order).toEqual(['fetcher', 'indexer', 'broker', 'postgres']);
    expect(sup.status().every((c) => !c.up)).toBe(true);
  });
});
