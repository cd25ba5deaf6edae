import { ArticleFetchedV1 } from '@raseed/contracts';

/** What the fetcher remembers about one URL (feed, sitemap, page or article link). */
export interface UrlState {
  url: string;
  sourceName: string;
  etag: string | null;
  lastModified: string | null;
  /** The feed/sitemap's own marker for the item (updated/pubDate/lastmod): unchanged → no refetch. */
  itemStamp: string | null;
  /** The article identity the URL resolved to (rel=canonical), once fetched. */
  articleUrl: string | null;
  contentHash: string | null;
}

export type ClaimDecision = { emit: false } | { emit: true; version: number };

/** Persistence the crawler needs; the app backs it with PostgreSQL. */
export interface CrawlStore {
  getUrlState(url: string): Promise<UrlState | null>;
  putUrlState(state: UrlState): Promise<void>;
  /**
   * Seen-set: emit only a new article or a changed content hash. Check, emit, then record:
   * a crash in between re-emits once (downstream is idempotent) instead of losing the version.
   */
  nextVersion(sourceKey: string, contentHash: string): Promise<ClaimDecision>;
  record(sourceKey: string, articleId: string, contentHash: string, version: number): Promise<void>;
  /** The source item that first claimed each id that has one (inbox files choose their own ids, which can collide), in one round trip. */
  articleOwners(articleIds: string[]): Promise<Map<string, string>>;
  /** `nextVersion` for many items in one round trip, answers in the order asked. */
  nextVersions(items: Array<{ sourceKey: string; contentHash: string }>): Promise<ClaimDecision[]>;
  /** `record` for many items in one round trip. */
  recordMany(items: Array<{ sourceKey: string; articleId: string; contentHash: string; version: number }>): Promise<void>;
}

export type EmitArticle = (event: ArticleFetchedV1) => Promise<void>;
/** Emits several articles in one producer request (in order: one article's versions stay ordered). */
export type EmitArticles = (events: ArticleFetchedV1[]) => Promise<void>;

/** Counts of one run of one source. */
export interface RunCounters {
  fetched: number;
  emitted: number;
  notModified: number;
  skipped: number;
  errors: number;
}

export const emptyCounters = (): RunCounters => ({ fetched: 0, emitted: 0, notModified: 0, skipped: 0, errors: 0 });

export interface RunOutcome {
  counters: RunCounters;
  lastError: { code: string; message: string; url: string | null } | null;
  /** A server asked us to come back later (Retry-After beyond what we hold a slot for). */
  retryAfterMs: number | null;
}
