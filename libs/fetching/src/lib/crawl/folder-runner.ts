import { ArticleRejectedV1, newEventId } from '@raseed/contracts';
import { readFile } from 'fs/promises';
import { InboxEntry, scanInbox } from '../inbox-scanner';
import { readInboxFile } from '../inbox-file';
import { CrawlStore, EmitArticle, emptyCounters, RunCounters } from './ports';

export interface FolderRunnerDeps {
  dir: string;
  /** `inbox` for INBOX_DIR; a folder source's name otherwise (its seen-set keys are prefixed by it). */
  sourceName: string;
  settleMs: number;
  maxBytes: number;
  store: Pick<CrawlStore, 'nextVersion' | 'record'>;
  emit: EmitArticle;
  reject: (event: ArticleRejectedV1) => Promise<void>;
  log?: (level: 'log' | 'warn', message: string) => void;
}

/**
 * One scan of a watched folder: every settled article file is emitted once per content
 * version (seen-set in the store), unreadable ones are rejected once with a reason.
 */
export class FolderRunner {
  /** Files handled in this process, path → size:mtime, to skip re-reading unchanged files. */
  private readonly handled = new Map<string, string>();
  private readonly folder: { name: string; keyPrefix: string };

  constructor(private readonly deps: FolderRunnerDeps) {
    this.folder = deps.sourceName === 'inbox' ? { name: 'inbox', keyPrefix: 'inbox' } : { name: deps.sourceName, keyPrefix: `folder:${deps.sourceName}` };
  }

  async runOnce(stopped: () => boolean = () => false): Promise<RunCounters> {
    const counters = emptyCounters();
    for (const entry of await scanInbox(this.deps.dir, this.deps.settleMs)) {
      if (stopped()) break;
      const stamp = `${entry.size}:${entry.mtimeMs}`;
      if (this.handled.get(entry.relativePath) === stamp) continue;
      await this.handle(entry, counters);
      this.handled.set(entry.relativePath, stamp);
    }
    return counters;
  }

  private async handle(entry: InboxEntry, counters: RunCounters): Promise<void> {
    const bytes = await readFile(entry.absolutePath);
    counters.fetched++;
    const result = readInboxFile(entry.relativePath, bytes, this.deps.maxBytes, new Date(), this.folder);
    const articleId = result.ok ? result.event.articleId : result.articleId;
    const hash = result.ok ? result.event.contentHash : `rejected:${bytes.length}:${entry.mtimeMs}`;
    const decision = await this.deps.store.nextVersion(result.sourceKey, hash);
    if (!decision.emit) {
      counters.skipped++;
      return;
    }
    if (result.ok) {
      await this.deps.emit(result.event);
      counters.emitted++;
      this.deps.log?.('log', `emitted ${entry.relativePath} as ${articleId} v${decision.version}`);
    } else {
      await this.deps.reject({
        schema: 'articles.rejected.v1',
        eventId: newEventId(),
        articleId,
        reason: result.reason,
        detail: result.detail,
        url: null,
        fileName: entry.relativePath,
        rejectedAt: new Date().toISOString(),
      });
      counters.errors++;
      this.deps.log?.('warn', `rejected ${entry.relativePath}: ${result.reason} (${result.detail})`);
    }
    await this.deps.store.record(result.sourceKey, articleId, hash, decision.version);
  }
}
