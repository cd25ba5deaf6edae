import { SettleClock, SettleScheduler } from './settle-scheduler';

/** A clock the test moves by hand. */
class FakeClock implements SettleClock {
  t = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.t + ms, fn });
    return id;
  };
  clearTimeout = (h: unknown) => void this.timers.delete(h as number);
  advance(ms: number): void {
    const until = this.t + ms;
    for (;;) {
      const due = [...this.timers].filter(([, x]) => x.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
    }
    this.t = until;
  }
}

const flush = () => new Promise((r) => setImmediate(r));

/** A settle pass the test finishes by hand, recording whether it was told to stop. */
function passes() {
  const runs: { stop: () => boolean; finish: (ok?: boolean) => void }[] = [];
  const pass = (stop: () => boolean) =>
    new Promise<void>((resolve, reject) => runs.push({ stop, finish: (ok = true) => (ok ? resolve() : reject(new Error(stop() ? 'interrupted' : 'database down'))) }));
  return { runs, pass };
}

describe('SettleScheduler', () => {
  const schedule = { idleMs: 1000, maxDeferMs: 60_000, retryMs: 2000 };

  it('settles once a burst of batches has gone quiet, not after each batch', async () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, schedule, clock);
    for (let i = 0; i < 5; i++) {
      s.batchStarted();
      clock.advance(300);
      s.batchFinished();
      clock.advance(500);
    }
    expect(runs).toHaveLength(0);
    clock.advance(500);
    expect(runs).toHaveLength(1);
    runs[0].finish();
    await flush();
    clock.advance(10_000);
    expect(runs).toHaveLength(1);
  });

  it('settles at start what an earlier run left', () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    new SettleScheduler(pass, schedule, clock).start();
    clock.advance(999);
    expect(runs).toHaveLength(0);
    clock.advance(1);
    expect(runs).toHaveLength(1);
  });

  it('tells a running pass to stop when a batch starts, and runs it again once quiet', async () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, schedule, clock);
    s.batchStarted();
    s.batchFinished();
    clock.advance(1000);
    expect(runs[0].stop()).toBe(false);
    s.batchStarted();
    expect(runs[0].stop()).toBe(true);
    runs[0].finish(false);
    await flush();
    s.batchFinished();
    // The quiet wait doubles after a pass gave way: short pauses do not start passes that cannot finish.
    clock.advance(1000);
    expect(runs).toHaveLength(1);
    clock.advance(1000);
    expect(runs).toHaveLength(2);
    expect(runs[1].stop()).toBe(false);
  });

  it('waits longer for quiet after each pass that gave way, up to a bound, and as usual again after one that finished', async () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, { ...schedule, maxDeferMs: 10 * 60_000 }, clock);
    const waits: number[] = [];
    s.batchStarted();
    s.batchFinished();
    for (let i = 0; i < 8; i++) {
      const before = clock.t;
      while (runs.length === i) clock.advance(100);
      waits.push(clock.t - before);
      s.batchStarted(); // a batch arrives: the pass gives way
      runs[i].finish(false);
      await flush();
      s.batchFinished();
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 64000, 64000]);
    const before = clock.t;
    while (runs.length === 8) clock.advance(100);
    expect(clock.t - before).toBe(64000);
    runs[8].finish();
    await flush();
    s.batchStarted();
    s.batchFinished();
    clock.advance(1000);
    expect(runs).toHaveLength(10);
  });

  it('does not let a stream without pauses put settling off for longer than maxDeferMs', () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, schedule, clock);
    for (let t = 0; t < 59_000; t += 500) {
      s.batchStarted();
      clock.advance(400);
      s.batchFinished();
      clock.advance(100);
    }
    expect(runs).toHaveLength(0);
    s.batchStarted();
    clock.advance(1500);
    s.batchFinished();
    expect(runs).toHaveLength(1);
    s.batchStarted();
    // Overdue: the next batch waits for the pass instead of stopping it.
    expect(runs[0].stop()).toBe(false);
  });

  it('settles again what batches changed while a pass ran', async () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, { ...schedule, maxDeferMs: 0 }, clock);
    s.batchStarted();
    s.batchFinished(); // overdue at once: runs now, uninterrupted
    expect(runs).toHaveLength(1);
    s.batchStarted();
    s.batchFinished();
    runs[0].finish();
    await flush();
    clock.advance(1000);
    expect(runs).toHaveLength(2);
  });

  it('retries a failed pass with a growing wait', async () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, schedule, clock);
    s.start();
    clock.advance(1000);
    runs[0].finish(false);
    await flush();
    clock.advance(1999);
    expect(runs).toHaveLength(1);
    clock.advance(1);
    expect(runs).toHaveLength(2);
    runs[1].finish(false);
    await flush();
    clock.advance(3999);
    expect(runs).toHaveLength(2);
    clock.advance(1);
    expect(runs).toHaveLength(3);
  });

  it('stops scheduling on close and tells the running pass to stop', async () => {
    const clock = new FakeClock();
    const { runs, pass } = passes();
    const s = new SettleScheduler(pass, schedule, clock);
    s.start();
    clock.advance(1000);
    const closing = s.close();
    expect(runs[0].stop()).toBe(true);
    runs[0].finish(false);
    await closing;
    s.batchStarted();
    s.batchFinished();
    clock.advance(10_000);
    expect(runs).toHaveLength(1);
  });
});
