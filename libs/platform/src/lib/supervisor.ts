import { decideRestart, RestartPolicy } from './restart-policy';

/** One start of a supervised child: `exited` resolves with how it ended. */
export interface RunningChild {
  pid: number;
  exited: Promise<string>;
  stop(): Promise<void>;
}

type Entry = {
  name: string;
  healthUrl?: string;
  start: () => Promise<RunningChild>;
  running: RunningChild | null;
  crashes: number[];
  restarts: number;
};

export interface ChildStatus {
  name: string;
  pid: number | null;
  up: boolean;
  restarts: number;
  healthUrl?: string;
}

/**
 * Keeps the stack's children running: a child that exits while the stack is up is restarted
 * after a backoff, with one log line each way; a child that crash-loops (see decideRestart)
 * makes `onGiveUp` run, which stops the stack. Stopping is in the order the caller gives.
 */
export class Supervisor {
  private readonly entries = new Map<string, Entry>();
  private stopping = false;

  constructor(
    private readonly log: (line: string) => void,
    private readonly onGiveUp: (reason: string) => void,
    private readonly onChange: () => void = () => undefined,
    private readonly policy?: RestartPolicy,
  ) {}

  /** First start: a failure here is the caller's (the stack does not come up). */
  async add(name: string, start: () => Promise<RunningChild>, healthUrl?: string): Promise<RunningChild> {
    const entry: Entry = { name, healthUrl, start, running: null, crashes: [], restarts: 0 };
    this.entries.set(name, entry);
    entry.running = await start();
    this.watch(entry, entry.running);
    this.onChange();
    return entry.running;
  }

  status(): ChildStatus[] {
    return [...this.entries.values()].map((e) => ({ name: e.name, pid: e.running?.pid ?? null, up: e.running !== null, restarts: e.restarts, healthUrl: e.healthUrl }));
  }

  /** Stops children one at a time in `order` (names not listed last); no restarts from now on. */
  async stopAll(order: readonly string[]): Promise<void> {
    this.stopping = true;
    const names = [...order.filter((n) => this.entries.has(n)), ...[...this.entries.keys()].filter((n) => !order.includes(n))];
    for (const name of names) {
      const entry = this.entries.get(name)!;
      const running = entry.running;
      entry.running = null;
      await running?.stop().catch((err: Error) => this.log(`${name}: error while stopping: ${err.message}`));
    }
  }

  private watch(entry: Entry, running: RunningChild): void {
    void running.exited.then((how) => {
      if (this.stopping || entry.running !== running) return;
      entry.running = null;
      this.onChange();
      this.crashed(entry, `exited unexpectedly (${how})`);
    });
  }

  private crashed(entry: Entry, what: string): void {
    const now = Date.now();
    entry.crashes.push(now);
    const decision = decideRestart(entry.crashes, now, this.policy);
    if (!decision.restart) {
      this.log(`${entry.name} ${what}: crashed ${decision.recentCrashes} times in a row, not restarting it`);
      this.onGiveUp(`${entry.name} is crash-looping (${decision.recentCrashes} crashes, last: ${what})`);
      return;
    }
    this.log(`${entry.name} ${what}; restarting in ${decision.delayMs} ms (crash ${decision.recentCrashes} in the window)`);
    setTimeout(() => void this.restart(entry, now), decision.delayMs);
  }

  private async restart(entry: Entry, crashedAt: number): Promise<void> {
    if (this.stopping) return;
    try {
      const running = await entry.start();
      if (this.stopping) return void (await running.stop());
      entry.running = running;
      entry.restarts++;
      this.watch(entry, running);
      this.onChange();
      this.log(`${entry.name} restarted (pid ${running.pid}) ${Date.now() - crashedAt} ms after it went down`);
    } catch (err) {
      this.crashed(entry, `failed to restart (${(err as Error).message.split('\n')[0]})`);
    }
  }
}
