/** Per-topic counters and timings a service exposes; kept dependency-free. */
export class PipelineMetrics {
  private readonly counters = new Map<string, { processed: number; deadLettered: number; seconds: number }>();

  processed(topic: string, seconds: number): void {
    const c = this.entry(topic);
    c.processed++;
    c.seconds += seconds;
  }

  deadLettered(topic: string, seconds: number): void {
    const c = this.entry(topic);
    c.deadLettered++;
    c.seconds += seconds;
  }

  snapshot(): Record<string, { processed: number; deadLettered: number; seconds: number }> {
    return Object.fromEntries([...this.counters].map(([k, v]) => [k, { ...v }]));
  }

  private entry(topic: string) {
    let c = this.counters.get(topic);
    if (!c) this.counters.set(topic, (c = { processed: 0, deadLettered: 0, seconds: 0 }));
    return c;
  }
}
