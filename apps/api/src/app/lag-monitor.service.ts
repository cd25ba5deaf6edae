import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { KAFKA_CLIENT, LagReader } from '@raseed/kafka';
import { LagReport, LagWindow, registerLagMetrics } from '@raseed/operations';
import { MetricsRegistry } from '@raseed/platform';
import { LagSnapshotWriter } from './lag-snapshot-writer';

export const LAG_MONITOR_OPTIONS = Symbol('LAG_MONITOR_OPTIONS');

export interface LagMonitorOptions {
  /** How often offsets are read. */
  pollMs: number;
  /** Span the status and rates are judged over (Burrow's window). */
  windowMs: number;
  /** When set, every poll is also appended to OpenSearch for Dashboards. */
  opensearchUrl?: string;
}

/** LAG_POLL_MS, LAG_WINDOW_MS and LAG_SNAPSHOTS=false tune it; defaults suit a small pipeline. */
/** From the validated API config (env.schema.ts). */
export function lagMonitorOptions(config: { LAG_POLL_MS: number; LAG_WINDOW_MS: number; LAG_SNAPSHOTS: 'true' | 'false'; OPENSEARCH_URL?: string }): LagMonitorOptions {
  return { pollMs: config.LAG_POLL_MS, windowMs: config.LAG_WINDOW_MS, opensearchUrl: config.LAG_SNAPSHOTS === 'false' ? undefined : config.OPENSEARCH_URL };
}

/** Polls consumer-group offsets in the background and keeps the sliding window behind GET /api/lag and /metrics. */
@Injectable()
export class LagMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(LagMonitor.name);
  private readonly reader: LagReader;
  private readonly window: LagWindow;
  private readonly writer: LagSnapshotWriter | null;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<LagReport> | null = null;
  private last: LagReport | null = null;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: ConstructorParameters<typeof LagReader>[0],
    @Inject(LAG_MONITOR_OPTIONS) private readonly options: LagMonitorOptions,
    registry: MetricsRegistry,
  ) {
    this.reader = new LagReader(kafka);
    this.window = new LagWindow({ windowMs: options.windowMs });
    this.writer = options.opensearchUrl ? new LagSnapshotWriter(options.opensearchUrl) : null;
    registerLagMetrics(registry.registry, () => this.last);
  }

  onApplicationBootstrap(): void {
    const tick = () => void this.poll().catch((err: Error) => this.log.warn(`lag poll failed: ${err.message}`));
    // First reading at once, so /metrics has lag figures before the first interval passes.
    tick();
    this.timer = setInterval(tick, this.options.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.inFlight?.catch(() => undefined);
    await this.reader.close();
  }

  /** The latest report; reads now when asked to or when nothing was read yet. */
  async report(refresh = false): Promise<LagReport> {
    if (refresh || !this.last) return this.poll();
    return this.last;
  }

  private poll(): Promise<LagReport> {
    // One read at a time: a slow broker must not pile up probes.
    this.inFlight ??= (async () => {
      try {
        this.window.add(await this.reader.read());
        this.last = this.window.report();
        if (this.writer) await this.writer.write(this.last).catch((err: Error) => this.log.warn(`lag snapshot not stored: ${err.message}`));
        return this.last;
      } finally {
        this.inFlight = null;
      }
    })();
    return this.inFlight;
  }
}
