import { ArticleRejectedV1, newEventId, stableId } from '@raseed/contracts';
import { readFile } from 'fs/promises';
import { InboxEntry, scanInbox, statInboxPaths } from '../inbox-scanner';
import { InboxReadResult, readInboxFile } from '../inbox-file';
import { articleIdForUrl } from './article-event';
import { CrawlStore, EmitArticles, emptyCounters, RunCounters } from './ports';

export interface FolderRunnerDeps {
  dir: string;
  /** `inbox` for INBOX_DIR; a folder source's name otherwise (its seen-set keys are prefixed by it). */
  sourceName: string;
  settleMs: number;
  maxBytes: number;
  store: Pick<CrawlStore, 'nextVersions' | 'recordMany' | 'articleOwners'>;
  emit: EmitArticles;
  reject: (event: ArticleRejectedV1) => Promise<void>;
  log?: (level: 'log' | 'warn' | 'debug', message: string) => void;
  /** Files read, checked against the seen-set, emitted and recorded together (default 200). */
  chunkSize?: number;
}

const DEFAULT_CHUNK = 200;
/** Periodic whole scans take at most 1/50 of the time (2% of a core). */
export const WHOLE_SCAN_COST_MULTIPLE = 50;
const LOGGED_NAMES = 3;

/**
 * One scan of a watched folder: every settled article file is emitted once per content
 * version (seen-set in the store), unreadable ones are rejected once with a reason.
 * Files go in chunks: one seen-set read, one producer request and one seen-set write per
 * chunk rather than per file, in the same order (check → emit → record), so a failed emit
 * leaves the whole chunk to the next scan and nothing is lost.
 */
export class FolderRunner {
  /** Files handled in this process, path → size:mtime, to skip re-reading unchanged files. */
  private readonly handled = new Map<string, string>();
  private readonly folder: { name: string; keyPrefix: string };
  /**
   * Paths file-system events named since they were last looked at (relative to the folder), each
   * with the number of its latest event: a look forgets a path only if no event came since it began.
   */
  private readonly noticed = new Map<string, number>();
  private events = 0;
  /** The last listing of the whole tree: when it ended and what it cost (wholeScanDue). */
  private lastWhole = { endedAt: Number.NEGATIVE_INFINITY, ms: 0 };

  constructor(private readonly deps: FolderRunnerDeps) {
    this.folder = deps.sourceName === 'inbox' ? { name: 'inbox', keyPrefix: 'inbox' } : { name: deps.sourceName, keyPrefix: `folder:${deps.sourceName}` };
  }

  /** A file-system event named this path: `runOnce('noticed')` looks at it without listing the folder. */
  notice(relativePath: string): void {
    this.noticed.set(relativePath.split('\\').join('/'), ++this.events);
  }

  /**
   * Whether a periodic whole scan is due: `minIntervalMs` after the last, and never more than
   * 1/WHOLE_SCAN_COST_MULTIPLE of the time (a whole scan stats every file the folder holds, so a
   * big folder polled every second would keep a core busy; events name new files meanwhile).
   */
  wholeScanDue(minIntervalMs: number, now = performance.now()): boolean {
    return now - this.lastWhole.endedAt >= Math.max(minIntervalMs, WHOLE_SCAN_COST_MULTIPLE * this.lastWhole.ms);
  }

  /** Noticed files not read yet (still being written): worth another look once they settle. */
  get waiting(): number {
    return this.noticed.size;
  }

  /**
   * `all` lists the whole folder tree (and stats every file in it); `noticed` looks only at the
   * paths events named, falling back to the whole tree when one of them is a folder.
   */
  async runOnce(stopped: () => boolean = () => false, scope: 'all' | 'noticed' = 'all'): Promise<RunCounters> {
    const counters = emptyCounters();
    const pending = (await this.look(scope)).filter((e) => this.handled.get(e.relativePath) !== stamp(e));
    const size = this.deps.chunkSize ?? DEFAULT_CHUNK;
    for (let i = 0; i < pending.length; i += size) {
      if (stopped()) {
        this.renotice(pending.slice(i));
        break;
      }
      const chunk = pending.slice(i, i + size);
      try {
        await this.handleChunk(chunk, counters);
      } catch (err) {
        // Not handled: the next look (noticed or whole) must find them again, not the next whole scan only.
        this.renotice(pending.slice(i));
        throw err;
      }
      for (const e of chunk) this.handled.set(e.relativePath, stamp(e));
    }
    return counters;
  }

  private renotice(entries: InboxEntry[]): void {
    for (const e of entries) this.notice(e.relativePath);
  }

  private async look(scope: 'all' | 'noticed'): Promise<InboxEntry[]> {
    const now = Date.now();
    const seen = [...this.noticed];
    const forget = (keep: ReadonlySet<string>) => {
      for (const [name, event] of seen) if (!keep.has(name) && this.noticed.get(name) === event) this.noticed.delete(name);
    };
    if (scope === 'noticed') {
      const look = statInboxPaths(
        this.deps.dir,
        seen.map(([name]) => name),
        this.deps.settleMs,
        now,
      );
      if (!look.folder) {
        forget(new Set(look.unsettled));
        return look.settled;
      }
    }
    const started = performance.now();
    const all = await scanInbox(this.deps.dir, 0, now);
    this.lastWhole = { endedAt: performance.now(), ms: performance.now() - started };
    // What the tree holds that has settled is read now; noticed files still being written stay noticed.
    forget(new Set(all.filter((e) => now - e.mtimeMs < this.deps.settleMs).map((e) => e.relativePath)));
    return all.filter((e) => now - e.mtimeMs >= this.deps.settleMs);
  }

  private async handleChunk(entries: InboxEntry[], counters: RunCounters): Promise<void> {
    const now = new Date();
    const read = await Promise.all(
      entries.map(async (entry) => {
        const bytes = await readFile(entry.absolutePath);
        const result = readInboxFile(entry.relativePath, bytes, this.deps.maxBytes, now, this.folder);
        const hash = result.ok ? result.event.contentHash : `rejected:${bytes.length}:${entry.mtimeMs}`;
        return { entry, result, hash };
      }),
    );
    // The owners of every id the chunk may claim (its own, or its URL's on a collision) in one
    // read; then ids are settled one file at a time, in order, so two files of one chunk
    // claiming the same id collide too.
    const ok = read.flatMap((r) => (r.result.ok ? [r.result.event] : []));
    const owners = await this.deps.store.articleOwners(ok.flatMap((e) => (e.url ? [e.articleId, articleIdForUrl(e.url)] : [e.articleId])));
    for (const r of read) if (r.result.ok) this.keepIdentity(r.result.sourceKey, r.result.event, r.entry.relativePath, owners);
    const withIds = read.map((r) => ({ ...r, articleId: r.result.ok ? r.result.event.articleId : r.result.articleId }));
    counters.fetched += read.length;
    const decisions = await this.deps.store.nextVersions(withIds.map((r) => ({ sourceKey: r.result.sourceKey, contentHash: r.hash })));
    const fresh = withIds.flatMap((r, i) => {
      const d = decisions[i];
      return d.emit ? [{ ...r, version: d.version }] : [];
    });
    counters.skipped += read.length - fresh.length;
    const emitted = fresh.filter((r): r is typeof r & { result: Extract<InboxReadResult, { ok: true }> } => r.result.ok);
    if (emitted.length) await this.deps.emit(emitted.map((r) => r.result.event));
    counters.emitted += emitted.length;
    for (const r of fresh) {
      if (r.result.ok) continue;
      await this.deps.reject({
        schema: 'articles.rejected.v1',
        eventId: newEventId(),
        articleId: r.articleId,
        reason: r.result.reason,
        detail: r.result.detail,
        url: null,
        fileName: r.entry.relativePath,
        rejectedAt: new Date().toISOString(),
      });
      counters.errors++;
      this.deps.log?.('warn', `rejected ${r.entry.relativePath}: ${r.result.reason} (${r.result.detail})`);
    }
    await this.deps.store.recordMany(fresh.map((r) => ({ sourceKey: r.result.sourceKey, articleId: r.articleId, contentHash: r.hash, version: r.version })));
    // One line per chunk (not per file), naming the first few files.
    if (emitted.length) {
      const names = emitted.slice(0, LOGGED_NAMES).map((r) => `emitted ${r.entry.relativePath}`);
      this.deps.log?.('log', `${names.join(', ')}${emitted.length > LOGGED_NAMES ? ` and ${emitted.length - LOGGED_NAMES} more file(s)` : ''} from ${this.folder.name}`);
    }
  }

  /**
   * An inbox file names its own article id (its JSON `id`, or its file name): two files may
   * claim the same one (`dup-id.json` carrying `"id": "d002"`). The first file to claim an id
   * keeps it; any other gets an id of its own, from its URL as for fetched pages or else from
   * its path, so it is a separate article with its own versions, never a silent replacement
   * of the first. Deterministic: the same file maps to the same id on every run.
   */
  private keepIdentity(sourceKey: string, event: { articleId: string; url: string | null }, relativePath: string, owners: Map<string, string>): void {
    const owner = owners.get(event.articleId) ?? null;
    if (owner === null || owner === sourceKey) {
      owners.set(event.articleId, sourceKey);
      return;
    }
    const wanted = event.articleId;
    const byUrl = event.url ? articleIdForUrl(event.url) : null;
    const byUrlOwner = byUrl ? (owners.get(byUrl) ?? null) : null;
    event.articleId = byUrl && (byUrlOwner === null || byUrlOwner === sourceKey) ? byUrl : `${wanted.slice(0, 60)}-${stableId('', sourceKey).slice(0, 12)}`;
    owners.set(event.articleId, sourceKey);
    this.deps.log?.('warn', `${relativePath} claims article id ${wanted}, which ${owner} already has: emitted as ${event.articleId} instead`);
  }
}

const stamp = (e: InboxEntry) => `${e.size}:${e.mtimeMs}`;
