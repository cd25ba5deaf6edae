/**
 * Chunks of several partitions of one topic, handed over at about the same time (a consumer
 * taking partitions concurrently gets one fetch's batches together), delivered in one call of
 * up to `maxEvents` events. Each `add` resolves when the call that took its chunk is done, so
 * its caller commits exactly what was handled. Calls never overlap, and chunks are taken in the
 * order they were added, so each partition's events stay in order.
 */
export class ChunkCoalescer<T> {
  private readonly waiting: Array<{ item: T; size: number; resolve: () => void; reject: (err: unknown) => void }> = [];
  private running = false;

  constructor(
    private readonly maxEvents: number,
    private readonly deliver: (items: T[]) => Promise<void>,
    /** How long the first chunk waits for the others of its fetch. */
    private readonly windowMs = COALESCE_WINDOW_MS,
  ) {}

  add(item: T, size: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, size, resolve, reject });
      if (!this.running) {
        this.running = true;
        setTimeout(() => void this.drain(), this.windowMs);
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      let events = this.waiting[0].size;
      let n = 1;
      while (n < this.waiting.length && events + this.waiting[n].size <= this.maxEvents) events += this.waiting[n++].size;
      const taken = this.waiting.splice(0, n);
      try {
        await this.deliver(taken.map((t) => t.item));
        for (const t of taken) t.resolve();
      } catch (err) {
        for (const t of taken) t.reject(err);
      }
    }
    this.running = false;
  }
}

/** A fetch's batches reach the handler within a tick or two of each other. */
const COALESCE_WINDOW_MS = 5;
