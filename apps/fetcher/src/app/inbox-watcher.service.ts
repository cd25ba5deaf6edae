import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TOPICS, newEventId } from '@raseed/contracts';
import { InboxEntry, readInboxFile, scanInbox } from '@raseed/fetching';
import { PipelineProducer } from '@raseed/kafka';
import { FetchRecordsRepository } from '@raseed/persistence';
import { mkdirSync, watch, FSWatcher } from 'fs';
import { readFile } from 'fs/promises';
import { resolve } from 'path';
import { FETCHER_CONFIG, FetcherConfig } from '../config/env.schema';

/**
 * Watches INBOX_DIR: every settled article file is emitted once per content version.
 * The seen-set lives in PostgreSQL, so a restart never re-emits; an emit that fails
 * releases its claim so the next scan retries it.
 */
@Injectable()
export class InboxWatcherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(InboxWatcherService.name);
  private readonly dir: string;
  /** Files already handled in this process, by path → size:mtime, to skip re-reading. */
  private readonly handled = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private watcher: FSWatcher | null = null;
  private scanning: Promise<void> | null = null;
  private rescan = false;
  private stopped = false;

  constructor(
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    private readonly producer: PipelineProducer,
    private readonly records: FetchRecordsRepository,
  ) {
    this.dir = resolve(config.INBOX_DIR);
  }

  onApplicationBootstrap(): void {
    mkdirSync(this.dir, { recursive: true });
    try {
      this.watcher = watch(this.dir, { recursive: true }, () => this.trigger());
    } catch {
      this.log.warn('file-system events unavailable; polling only');
    }
    this.timer = setInterval(() => this.trigger(), this.config.INBOX_POLL_MS);
    this.log.log(`watching ${this.dir}`);
    this.trigger();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    await this.scanning;
  }

  private trigger(): void {
    if (this.stopped) return;
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    this.scanning = this.scanOnce()
      .catch((err) => this.log.error(`inbox scan failed: ${(err as Error).message}`))
      .finally(() => {
        this.scanning = null;
        if (this.rescan) {
          this.rescan = false;
          // Files too fresh to read now are retried after they settle.
          setTimeout(() => this.trigger(), this.config.INBOX_SETTLE_MS);
        }
      });
  }

  private async scanOnce(): Promise<void> {
    for (const entry of await scanInbox(this.dir, this.config.INBOX_SETTLE_MS)) {
      if (this.stopped) return;
      const stamp = `${entry.size}:${entry.mtimeMs}`;
      if (this.handled.get(entry.relativePath) === stamp) continue;
      await this.handle(entry);
      this.handled.set(entry.relativePath, stamp);
    }
  }

  private async handle(entry: InboxEntry): Promise<void> {
    const bytes = await readFile(entry.absolutePath);
    const result = readInboxFile(entry.relativePath, bytes, this.config.MAX_BODY_BYTES);
    const articleId = result.ok ? result.event.articleId : result.articleId;
    const hash = result.ok ? result.event.contentHash : `rejected:${bytes.length}:${entry.mtimeMs}`;
    const decision = await this.records.claim(result.sourceKey, articleId, hash);
    if (!decision.emit) return;
    try {
      if (result.ok) {
        await this.producer.emit(TOPICS.ARTICLES_FETCHED_V1, articleId, result.event);
        this.log.log(`emitted ${entry.relativePath} as ${articleId} v${decision.version}`);
      } else {
        await this.producer.emit(TOPICS.ARTICLES_REJECTED_V1, articleId, {
          schema: 'articles.rejected.v1',
          eventId: newEventId(),
          articleId,
          reason: result.reason,
          detail: result.detail,
          url: null,
          fileName: entry.relativePath,
          rejectedAt: new Date().toISOString(),
        });
        this.log.warn(`rejected ${entry.relativePath}: ${result.reason} (${result.detail})`);
      }
    } catch (err) {
      await this.records.release(result.sourceKey, hash);
      throw err;
    }
  }
}
