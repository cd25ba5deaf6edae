import { jitteredDelay } from './host-limiter';

/** Failing sources back off up to this factor of their interval. */
const MAX_BACKOFF_FACTOR = 16;

/**
 * Delay before a source's next run: its interval with jitter, doubled per consecutive failed
 * run (capped), and never sooner than a server's Retry-After.
 */
export function nextRunDelay(intervalMs: number, jitter: number, consecutiveFailures: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  const factor = Math.min(2 ** consecutiveFailures, MAX_BACKOFF_FACTOR);
  return Math.max(jitteredDelay(intervalMs * factor, jitter, random), retryAfterMs ?? 0);
}

export interface ScheduledJob<R> {
  name: string;
  intervalMs: number;
  jitter: number;
  /** Delay of the first run: small, staggered, so a restart does not hit every site at once. */
  firstDelayMs: number;
  run(signal: AbortSignal): Promise<R>;
  /** Whether the run failed as a whole, and any Retry-After it was given. */
  judge(result: R): { failed: boolean; retryAfterMs: number | null };
}

export interface JobStatus {
  running: boolean;
  nextRunAt: Date | null;
  consecutiveFailures: number;
}

/** Runs each job on its own jittered timer; a job never overlaps itself. */
export class SourceScheduler<R> {
  private readonly jobs = new Map<string, { job: ScheduledJob<R>; timer: NodeJS.Timeout | null; running: Promise<void> | null; status: JobStatus }>();
  private readonly abort = new AbortController();

  constructor(
    private readonly onRun: (name: string, result: R | Error, nextRunAt: Date) => Promise<void> | void,
    private readonly random: () => number = Math.random,
  ) {}

  add(job: ScheduledJob<R>): void {
    const entry = { job, timer: null, running: null, status: { running: false, nextRunAt: null, consecutiveFailures: 0 } };
    this.jobs.set(job.name, entry);
    this.schedule(job.name, job.firstDelayMs);
  }

  status(name: string): JobStatus | null {
    return this.jobs.get(name)?.status ?? null;
  }

  /** Runs a job now (when not already running), e.g. after an inbox file-system event. */
  trigger(name: string): void {
    const e = this.jobs.get(name);
    if (!e || e.running || this.abort.signal.aborted) return;
    if (e.timer) clearTimeout(e.timer);
    this.schedule(name, 0);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    for (const e of this.jobs.values()) if (e.timer) clearTimeout(e.timer);
    await Promise.all([...this.jobs.values()].map((e) => e.running));
  }

  private schedule(name: string, delayMs: number): void {
    const e = this.jobs.get(name)!;
    if (this.abort.signal.aborted) return;
    e.status.nextRunAt = new Date(Date.now() + delayMs);
    e.timer = setTimeout(() => {
      e.timer = null;
      e.running = this.runJob(name).finally(() => (e.running = null));
    }, delayMs);
  }

  private async runJob(name: string): Promise<void> {
    const e = this.jobs.get(name)!;
    e.status.running = true;
    let result: R | Error;
    let verdict: { failed: boolean; retryAfterMs: number | null };
    try {
      result = await e.job.run(this.abort.signal);
      verdict = e.job.judge(result);
    } catch (err) {
      result = err instanceof Error ? err : new Error(String(err));
      verdict = { failed: true, retryAfterMs: null };
    }
    e.status.running = false;
    e.status.consecutiveFailures = verdict.failed ? e.status.consecutiveFailures + 1 : 0;
    const delay = nextRunDelay(e.job.intervalMs, e.job.jitter, e.status.consecutiveFailures, verdict.retryAfterMs, this.random);
    const nextRunAt = new Date(Date.now() + delay);
    try {
      await this.onRun(name, result, nextRunAt);
    } catch {
      // Reporting must never stop the schedule.
    }
    this.schedule(name, delay);
  }
}
