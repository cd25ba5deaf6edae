import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ArticleFetchedV1, TOPICS } from '@raseed/contracts';
import {
  FolderRunner,
  GuardedHttpClient,
  HostAllowList,
  HostLimiter,
  loadSourcesFile,
  PoliteFetcher,
  RobotsCache,
  RunOutcome,
  SourceDefinition,
  SourceRunner,
  SourceScheduler,
} from '@raseed/fetching';
import { PipelineProducer } from '@raseed/kafka';
import { FetchRecordsRepository, FetchSourceStateRepository, FetchUrlStateRepository } from '@raseed/persistence';
import { FETCHER_CONFIG, FetcherConfig } from '../config/env.schema';
import { pgCrawlStore } from './crawl-store';

export interface SourceView {
  definition: SourceDefinition;
  running: boolean;
  nextRunAt: string | null;
  consecutiveFailures: number;
}

/** Schedules every source of SOURCES_FILE and records each run's counters and last error. */
@Injectable()
export class SourcesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('sources');
  private readonly sources: SourceDefinition[];
  private scheduler: SourceScheduler<RunOutcome> | null = null;
  private client: GuardedHttpClient | null = null;

  constructor(
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    private readonly producer: PipelineProducer,
    private readonly records: FetchRecordsRepository,
    private readonly urls: FetchUrlStateRepository,
    private readonly state: FetchSourceStateRepository,
  ) {
    // Validated at construction: a bad SOURCES_FILE fails the boot with its list of problems.
    this.sources = config.SOURCES_FILE ? loadSourcesFile(config.SOURCES_FILE) : [];
  }

  list(): SourceView[] {
    return this.sources.map((definition) => {
      const s = this.scheduler?.status(definition.name);
      return { definition, running: s?.running ?? false, nextRunAt: s?.nextRunAt?.toISOString() ?? null, consecutiveFailures: s?.consecutiveFailures ?? 0 };
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const enabled = this.sources.filter((s) => s.enabled);
    if (!enabled.length) return;
    // A restart keeps each source's schedule (and any Retry-After deferral) instead of polling everything at once.
    const planned = new Map((await this.state.list()).map((r) => [r.name, r.nextRunAt ? Date.parse(r.nextRunAt) : 0]));
    const c = this.config;
    const client = (this.client = new GuardedHttpClient({
      allow: new HostAllowList(c.FETCH_ALLOW_HOSTS),
      userAgent: c.FETCH_USER_AGENT,
      connectTimeoutMs: c.FETCH_CONNECT_TIMEOUT_MS,
      readTimeoutMs: c.FETCH_READ_TIMEOUT_MS,
      maxBytes: c.MAX_BODY_BYTES,
      maxRedirects: c.FETCH_MAX_REDIRECTS,
      maxRetries: c.FETCH_MAX_RETRIES,
      retryBaseMs: c.FETCH_RETRY_BASE_MS,
      maxRetryWaitMs: c.FETCH_MAX_RETRY_WAIT_MS,
    }));
    const agentToken = c.FETCH_USER_AGENT.split(/[/\s]/)[0];
    const robots = c.FETCH_RESPECT_ROBOTS ? new RobotsCache(client, agentToken) : null;
    const fetcher = new PoliteFetcher(client, new HostLimiter(c.FETCH_HOST_CONCURRENCY, c.FETCH_HOST_MIN_INTERVAL_MS), robots);
    const store = pgCrawlStore(this.records, this.urls);
    const emit = (event: ArticleFetchedV1) => this.producer.emit(TOPICS.ARTICLES_FETCHED_V1, event.articleId, event);
    const log = (level: 'log' | 'warn' | 'debug', message: string) => this.log[level](message);
    const runner = new SourceRunner({ fetcher, store, emit, maxBytes: c.MAX_BODY_BYTES, log });

    this.scheduler = new SourceScheduler<RunOutcome>((name, result, nextRunAt) => this.recordRun(name, result, nextRunAt));
    enabled.forEach((source, i) => {
      const folder =
        source.kind === 'folder'
          ? new FolderRunner({
              dir: source.path,
              sourceName: source.name,
              settleMs: c.INBOX_SETTLE_MS,
              maxBytes: c.MAX_BODY_BYTES,
              store,
              emit: (events) =>
                this.producer.emitMany(
                  TOPICS.ARTICLES_FETCHED_V1,
                  events.map((event) => ({ key: event.articleId, event })),
                ),
              reject: (event) => this.producer.emit(TOPICS.ARTICLES_REJECTED_V1, event.articleId, event),
              log,
            })
          : null;
      this.scheduler!.add({
        name: source.name,
        intervalMs: source.intervalSeconds * 1000,
        jitter: source.jitter,
        // Staggered, and never sooner than the schedule persisted before a restart.
        firstDelayMs: Math.min(Math.max(i * 100, (planned.get(source.name) ?? 0) - Date.now()), source.intervalSeconds * 1000 * 16),
        run: async (signal) => {
          if (source.kind !== 'folder') return runner.run(source, signal);
          return { counters: await folder!.runOnce(() => signal.aborted), lastError: null, retryAfterMs: null };
        },
        // The run failed as a whole when nothing was fetched and there was an error (the listing itself).
        judge: (r) => ({ failed: r.lastError !== null && r.counters.fetched === 0, retryAfterMs: r.retryAfterMs }),
      });
    });
    this.log.log(`scheduled ${enabled.length} source(s) from ${c.SOURCES_FILE}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler?.stop();
    this.client?.close();
  }

  private async recordRun(name: string, result: RunOutcome | Error, nextRunAt: Date): Promise<void> {
    const source = this.sources.find((s) => s.name === name)!;
    const outcome: RunOutcome =
      result instanceof Error
        ? { counters: { fetched: 0, emitted: 0, notModified: 0, skipped: 0, errors: 1 }, lastError: { code: 'error', message: result.message, url: null }, retryAfterMs: null }
        : result;
    const c = outcome.counters;
    const error = outcome.lastError ? `${outcome.lastError.message}` : null;
    const line = `[${name}] run: fetched=${c.fetched} emitted=${c.emitted} not_modified=${c.notModified} skipped=${c.skipped} errors=${c.errors}${error ? ` last_error="${error}"` : ''}; next ${nextRunAt.toISOString()}`;
    if (c.errors) this.log.warn(line);
    else if (c.emitted) this.log.log(line);
    else this.log.debug(line);
    try {
      await this.state.recordRun(name, source.kind, c, error, nextRunAt);
    } catch (err) {
      this.log.error(`cannot record run of ${name}: ${(err as Error).message}`);
    }
  }
}
