import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { SEARCH_MIRROR } from '@raseed/platform';
import { DEFAULT_SETTLE_SCHEDULE, IncidentIndexer, IndexResult, SearchPort, SettleInterrupted, SettleSchedule, SettleScheduler } from '@raseed/search';

/** When the settle pass runs (IndexerModule provides it from SETTLE_IDLE_MS / SETTLE_MAX_DEFER_MS). */
export const SETTLE_SCHEDULE = Symbol('SETTLE_SCHEDULE');

/**
 * Merges an article's mentions into canonical incidents, then brings a separate search back end
 * along. When the stream goes quiet it settles what the batches changed: incidents re-derived
 * from every stored mention, so they do not depend on how articles fell into batches.
 */
@Injectable()
export class IncidentIndexingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(IncidentIndexingService.name);
  private readonly settling: SettleScheduler;

  constructor(
    private readonly indexer: IncidentIndexer,
    @Inject(SEARCH_MIRROR) private readonly mirror: SearchPort | null,
    @Optional() @Inject(SETTLE_SCHEDULE) schedule: SettleSchedule | null = null,
  ) {
    this.settling = new SettleScheduler((stop) => this.settle(stop), schedule ?? DEFAULT_SETTLE_SCHEDULE);
  }

  onApplicationBootstrap(): void {
    this.settling.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settling.close();
  }

  async index(events: IncidentsExtractedV1[]): Promise<void> {
    this.settling.batchStarted();
    try {
      const result = await this.indexer.indexArticles(events);
      await this.follow(result);
      const mentions = events.reduce((n, e) => n + e.incidents.length, 0);
      this.log.log(
        `${events.length} article(s), ${mentions} mention(s) → ${result.changedIncidentIds.length} incident(s) changed, ${result.removedIncidentIds.length} removed` +
          // Another indexer held a neighbourhood this batch reached into: it rolled back and waited (README "Parallel indexers").
          (this.indexer.restarts ? `; ${this.indexer.restarts} lock restart(s) since start` : ''),
      );
    } finally {
      this.settling.batchFinished();
    }
  }

  private async settle(stop: () => boolean): Promise<void> {
    const started = performance.now();
    try {
      const result = await this.indexer.settle({ stop });
      if (!result) return;
      await this.follow(result);
      this.log.log(
        `settled ${result.unsettled} changed mention(s) (${result.reclustered} re-clustered) in ${Math.round(performance.now() - started)} ms → ` +
          `${result.changedIncidentIds.length} incident(s) changed, ${result.removedIncidentIds.length} removed`,
      );
    } catch (err) {
      if (!(err instanceof SettleInterrupted)) this.log.warn(`settle pass failed, will retry: ${(err as Error).message}`);
      throw err;
    }
  }

  /** Idempotent upserts by id in the mirror: a redelivered message rewrites the same documents. */
  private async follow(result: IndexResult): Promise<void> {
    if (!this.mirror) return;
    await this.mirror.indexArticles(result.articles);
    await this.mirror.indexIncidents(result.incidents);
    await this.mirror.deleteIncidents(result.removedIncidentIds);
  }
}
