import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@raseed/contracts';
import { FolderRunner } from '@raseed/fetching';
import { PipelineProducer } from '@raseed/kafka';
import { FetchRecordsRepository, FetchSourceStateRepository } from '@raseed/persistence';
import { mkdirSync, watch, FSWatcher } from 'fs';
import { resolve } from 'path';
import { FETCHER_CONFIG, FetcherConfig } from '../config/env.schema';

type InboxScope = 'all' | 'noticed';

/**
 * Watches INBOX_DIR: every settled article file is emitted once per content version.
 * The seen-set lives in PostgreSQL, so a restart never re-emits; an emit that fails
 * releases its claim so the next scan retries it.
 */
@Injectable()
export class InboxWatcherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(InboxWatcherService.name);
  private readonly dir: string;
  private readonly runner: FolderRunner;
  private timer: NodeJS.Timeout | null = null;
  private watcher: FSWatcher | null = null;
  private scanning: Promise<void> | null = null;
  /** A look asked for while one ran: done after it, the whole folder if any asker wanted that. */
  private rescan: InboxScope | null = null;
  private stopped = false;

  constructor(
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    producer: PipelineProducer,
    records: FetchRecordsRepository,
    private readonly state: FetchSourceStateRepository,
  ) {
    this.dir = resolve(config.INBOX_DIR);
    this.runner = new FolderRunner({
      dir: this.dir,
      sourceName: 'inbox',
      settleMs: config.INBOX_SETTLE_MS,
      maxBytes: config.MAX_BODY_BYTES,
      store: records,
      emit: (events) =>
        producer.emitMany(
          TOPICS.ARTICLES_FETCHED_V1,
          events.map((event) => ({ key: event.articleId, event })),
        ),
      reject: (event) => producer.emit(TOPICS.ARTICLES_REJECTED_V1, event.articleId, event),
      log: (level, message) => this.log[level](message),
    });
  }

  onApplicationBootstrap(): void {
    mkdirSync(this.dir, { recursive: true });
    try {
      // Not recursive on Linux: Node emulates it there in JavaScript, re-reading the folder on
      // every event and stat-polling every file (O(files²): minutes of CPU for a 10,000-file
      // inbox, the scans starved). Files in subfolders are found by the poll instead.
      // An event names its file: only that file is looked at (a whole scan stats every file the
      // inbox holds, which a 10,000-file inbox made most of the fetcher's CPU). No name: the whole folder.
      this.watcher = watch(this.dir, { recursive: process.platform !== 'linux' }, (_event, name) => {
        if (typeof name !== 'string' || !name) return this.trigger('all');
        this.runner.notice(name);
        this.trigger('noticed');
      });
    } catch {
      this.log.warn('file-system events unavailable; polling only');
    }
    // The poll is the safety net (subfolders on Linux, events lost): whole scans, paced to their cost.
    this.timer = setInterval(() => {
      if (this.runner.wholeScanDue(this.config.INBOX_POLL_MS)) this.trigger('all');
    }, this.config.INBOX_POLL_MS);
    this.log.log(`watching ${this.dir}`);
    this.trigger('all');
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    await this.scanning;
  }

  private trigger(scope: InboxScope): void {
    if (this.stopped) return;
    if (this.scanning) {
      this.rescan = this.rescan === 'all' || scope === 'all' ? 'all' : 'noticed';
      return;
    }
    this.scanning = this.scanOnce(scope)
      .catch((err) => this.log.error(`inbox scan failed: ${(err as Error).message}`))
      .finally(() => {
        this.scanning = null;
        // Files too fresh to read now (or not handled) are looked at again after they settle.
        const next = this.rescan ?? (this.runner.waiting ? 'noticed' : null);
        this.rescan = null;
        if (next) setTimeout(() => this.trigger(next), this.config.INBOX_SETTLE_MS);
      });
  }

  private async scanOnce(scope: InboxScope): Promise<void> {
    const counters = await this.runner.runOnce(() => this.stopped, scope);
    // Only scans that did something are recorded: idle polls would just inflate "runs".
    if (counters.fetched) await this.state.recordRun('inbox', 'inbox', counters, counters.errors ? `${counters.errors} file(s) rejected` : null, null);
  }
}
