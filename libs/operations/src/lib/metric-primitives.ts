import { Labels, MetricFamily, Sample } from './prometheus-text';

const key = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

/** A monotonically increasing count per label set. */
export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const k = key(labels);
    const e = this.values.get(k);
    if (e) e.value += by;
    else this.values.set(k, { labels: { ...labels }, value: by });
  }

  get(labels: Labels = {}): number {
    return this.values.get(key(labels))?.value ?? 0;
  }

  family(): MetricFamily {
    return { name: this.name, help: this.help, type: 'counter', samples: [...this.values.values()].map((e) => ({ labels: e.labels, value: e.value })) };
  }
}

/** Seconds buckets suited to per-message work: 1 ms to 30 s. */
export const DEFAULT_SECONDS_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface Series {
  labels: Labels;
  counts: number[];
  sum: number;
  count: number;
}

/** Cumulative-bucket histogram per label set, as Prometheus expects (`le` upper bounds, `+Inf`). */
export class Histogram {
  private readonly series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[] = DEFAULT_SECONDS_BUCKETS,
  ) {
    if (buckets.some((b, i) => i > 0 && b <= buckets[i - 1])) throw new Error(`${name}: buckets must increase`);
  }

  observe(labels: Labels, value: number): void {
    const k = key(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { labels: { ...labels }, counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) s.counts[i]++;
    s.sum += value;
    s.count++;
  }

  get(labels: Labels): { count: number; sum: number } {
    const s = this.series.get(key(labels));
    return { count: s?.count ?? 0, sum: s?.sum ?? 0 };
  }

  family(): MetricFamily {
    const samples: Sample[] = [];
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) => samples.push({ suffix: '_bucket', labels: { ...s.labels, le: b }, value: s.counts[i] }));
      samples.push({ suffix: '_bucket', labels: { ...s.labels, le: '+Inf' }, value: s.count });
      samples.push({ suffix: '_sum', labels: s.labels, value: s.sum });
      samples.push({ suffix: '_count', labels: s.labels, value: s.count });
    }
    return { name: this.name, help: this.help, type: 'histogram', samples };
  }
}
