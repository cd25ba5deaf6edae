import { ArticleRejectedV1, newEventId, stableId } from '@raseed/contracts';
import { readFile } from 'fs/promises';
import { InboxEntry, scanInbox } from '../inbox-scanner';
import { readInboxFile } from '../inbox-file';
import { articleIdForUrl } from './article-event';
import { CrawlStore, EmitArticle, emptyCounters, RunCounters } from './ports';

export interface FolderRunnerDeps {
  dir: string;
  /** `inbox` for INBOX_DIR; a folder source's name otherwise (its seen-set keys are prefixed by it). */
  sourceName: string;
  settleMs: number;
  maxBytes: number;
  store: Pick<CrawlStore, 'nextVersion' | 'record' | 'articleOwner'>;
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
    if (result.ok) await this.keepIdentity(result.sourceKey, result.event, entry.relativePath);
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

  /**
   * An inbox file names its own article id (its JSON `id`, or its file name): two files may
   * claim the same one (`dup-id.json` carrying `"id": "d002"`). The first file to claim an id
   * keeps it; any other gets an id of its own, from its URL as for fetched pages or else from
   * its path, so it is a separate article with its own versions, never a silent replacement
   * of the first. Deterministic: the same file maps to the same id on every run.
   */
  private async keepIdentity(sourceKey: string, event: { articleId: string; url: string | null }, relativePath: string): Promise<void> {
    const owner = await this.deps.store.articleOwner(event.articleId);
    if (owner === null || owner === sourceKey) return;
    const claimed = event.articleId;
    const byUrl = event.url ? articleIdForUrl(event.url) : null;
    const byUrlOwner = byUrl ? await this.deps.store.articleOwner(byUrl) : null;
    event.articleId = byUrl && (byUrlOwner === null || byUrlOwner === sourceKey) ? byUrl : `${claimed.slice(0, 60)}-${stableId('', sourceKey).slice(0, 12)}`;
    this.deps.log?.('warn', `${relativePath} claims article id ${claimed}, which ${owner} already has: emitted as ${event.articleId} instead`);
  }
}
