interface HostState {
  active: number;
  nextStartAt: number;
  queue: Array<() => void>;
  timer: NodeJS.Timeout | null;
}

/**
 * Politeness per host: at most `concurrency` requests in flight, and request starts spaced
 * by at least `minIntervalMs` (or the host's robots Crawl-delay, if longer). Waiters are
 * served in arrival order.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly delays = new Map<string, number>();

  constructor(
    private readonly concurrency: number,
    private readonly minIntervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A per-host spacing larger than the default (robots Crawl-delay); capped by the caller. */
  setDelay(host: string, ms: number | null): void {
    if (ms === null) this.delays.delete(host);
    else this.delays.set(host, ms);
  }

  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await work();
    } finally {
      this.release(host);
    }
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStartAt: 0, queue: [], timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }

  private acquire(host: string): Promise<void> {
    const s = this.state(host);
    return new Promise((resolve) => {
      s.queue.push(resolve);
      this.pump(host);
    });
  }

  private release(host: string): void {
    const s = this.state(host);
    s.active--;
    this.pump(host);
    if (s.active === 0 && s.queue.length === 0 && !s.timer && s.nextStartAt <= this.now()) this.hosts.delete(host);
  }

  private pump(host: string): void {
    const s = this.state(host);
    if (s.timer || s.active >= this.concurrency || s.queue.length === 0) return;
    const wait = s.nextStartAt - this.now();
    if (wait > 0) {
      s.timer = setTimeout(() => {
        s.timer = null;
        this.pump(host);
      }, wait);
      return;
    }
    s.active++;
    s.nextStartAt = this.now() + Math.max(this.minIntervalMs, this.delays.get(host) ?? 0);
    s.queue.shift()!();
    this.pump(host);
  }
}

/** The next run of a source: `intervalMs` ± `jitter` (a fraction), so sources never poll in lockstep. */
export function jitteredDelay(intervalMs: number, jitter: number, random: () => number = Math.random): number {
  const spread = intervalMs * Math.min(Math.max(jitter, 0), 1);
  return Math.max(0, Math.round(intervalMs - spread + random() * 2 * spread));
}
