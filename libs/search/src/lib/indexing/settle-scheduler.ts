/** When the indexer's settle pass runs (see IncidentIndexer.settle). */
export interface SettleSchedule {
  /** Quiet time after the last batch before a settle pass starts: a burst is settled once, at its end. */
  idleMs: number;
  /**
   * Longest a change waits for a quiet moment. Under a stream without pauses the pass then runs
   * right after a batch and is not interrupted: batches wait for it (their consumer keeps its
   * session, the wait is on a database lock, not the event loop).
   */
  maxDeferMs: number;
  /** First wait after a failed pass (database down): doubled on each failure up to maxDeferMs. */
  retryMs: number;
}

export const DEFAULT_SETTLE_SCHEDULE: SettleSchedule = { idleMs: 1000, maxDeferMs: 3_600_000, retryMs: 2000 };

/** Longest quiet wait after passes that kept giving way to batches (a stream with short pauses). */
const MAX_IDLE_BACKOFF = 64;

/** The pass itself: `stop` says when to give up (a batch arrived); it throws when it gave up or failed. */
export type SettlePass = (stop: () => boolean) => Promise<void>;

/** Timers, injectable so the schedule is tested without waiting. */
export interface SettleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Unref'd: a pending pass never keeps a process alive that has nothing else to do.
const realClock: SettleClock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms).unref(), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };

/**
 * Runs the settle pass when the indexer is quiet: `idleMs` after the last batch ends, at start
 * (what an earlier run left unsettled), and after a failure with backoff. A batch that starts
 * meanwhile makes the running pass stop at its next step (it rolls back and runs again at the
 * next quiet moment), unless changes have waited longer than `maxDeferMs`.
 */
export class SettleScheduler {
  private busy = 0;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  /** When the oldest change not yet settled was made (null: none known). */
  private pendingSince: number | null = null;
  private failures = 0;
  /** Passes in a row that gave way to a batch: the quiet wait doubles with each, so short pauses do not start a pass that cannot finish. */
  private yielded = 0;
  private closed = false;

  constructor(
    private readonly pass: SettlePass,
    private readonly schedule: SettleSchedule = DEFAULT_SETTLE_SCHEDULE,
    private readonly clock: SettleClock = realClock,
  ) {}

  /** At start: whatever an earlier run left unsettled is settled at the first quiet moment. */
  start(): void {
    this.pendingSince ??= this.clock.now();
    this.arm(this.schedule.idleMs);
  }

  batchStarted(): void {
    this.busy++;
    this.disarm();
  }

  batchFinished(): void {
    this.busy = Math.max(0, this.busy - 1);
    this.pendingSince ??= this.clock.now();
    if (this.busy > 0) return;
    // Changes kept waiting too long under a stream without pauses: settle now, uninterrupted.
    if (this.overdue()) this.run();
    else this.arm(this.quietWait());
  }

  private quietWait(): number {
    return this.schedule.idleMs * Math.min(MAX_IDLE_BACKOFF, 2 ** this.yielded);
  }

  /** Stops scheduling and waits for a running pass (it stops at its next step). */
  async close(): Promise<void> {
    this.closed = true;
    this.disarm();
    await this.running?.catch(() => undefined);
  }

  /** Whether a pass is running (tests, health). */
  get settling(): boolean {
    return this.running !== null;
  }

  private overdue(): boolean {
    return this.pendingSince !== null && this.clock.now() - this.pendingSince >= this.schedule.maxDeferMs;
  }

  private arm(ms: number): void {
    this.disarm();
    if (this.closed) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (this.busy === 0) this.run();
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    if (this.running || this.closed) return;
    const forced = this.overdue();
    // Changes made while the pass runs may not be in it: they start a wait of their own.
    const pendingAtStart = this.pendingSince;
    this.pendingSince = null;
    const stop = () => this.closed || (!forced && this.busy > 0);
    this.running = this.pass(stop).then(
      () => {
        this.running = null;
        this.failures = 0;
        this.yielded = 0;
        if (this.pendingSince !== null && this.busy === 0) this.arm(this.schedule.idleMs);
      },
      () => {
        this.running = null;
        const oldest = Math.min(pendingAtStart ?? Infinity, this.pendingSince ?? Infinity);
        this.pendingSince = Number.isFinite(oldest) ? oldest : null;
        if (stop()) {
          this.yielded++;
          return; // gave way to a batch: its end arms the timer again, after a longer quiet wait
        }
        this.failures++;
        if (this.busy === 0) this.arm(Math.min(this.schedule.maxDeferMs, this.schedule.retryMs * 2 ** (this.failures - 1)));
      },
    );
  }
}
