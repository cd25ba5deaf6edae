import { decodeText } from '@raseed/arabic-text';
import { ArticleFetchedV1 } from '@raseed/contracts';
import { gunzipSync } from 'zlib';
import { FetchError } from '../http/fetch-error';
import { FetchResult } from '../http/guarded-fetch';
import { parseFeed } from '../parse/feed-parser';
import { parseSitemap } from '../parse/sitemap-parser';
import { FeedSource, PageSource, SitemapSource, SourceDefinition } from '../sources/sources-file';
import { canonicaliseUrl } from '../url/canonical-url';
import { buildFetchedEvent, ItemHints, prepareArticle } from './article-event';
import { PoliteFetcher } from './polite-fetcher';
import { CrawlStore, EmitArticle, emptyCounters, RunOutcome } from './ports';

const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/*+xml', 'text/*+xml'];
const SITEMAP_TYPES = [...FEED_TYPES, 'application/x-gzip', 'application/gzip', 'application/octet-stream'];
const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
/** Child sitemaps read per run of an index, newest first. */
const MAX_CHILD_SITEMAPS = 20;

export interface SourceRunnerDeps {
  fetcher: PoliteFetcher;
  store: CrawlStore;
  emit: EmitArticle;
  maxBytes: number;
  log?: (level: 'log' | 'warn' | 'debug', message: string) => void;
}

type RunContext = RunOutcome & { source: Exclude<SourceDefinition, { kind: 'folder' }>; signal?: AbortSignal };

/**
 * One run of one web source: fetch the feed/sitemap/page conditionally, find articles not seen
 * (or whose feed entry changed), fetch them politely and emit each new content version once.
 * A failing article is counted and skipped; a failing feed ends the run with its error.
 */
export class SourceRunner {
  constructor(private readonly deps: SourceRunnerDeps) {}

  async run(source: Exclude<SourceDefinition, { kind: 'folder' }>, signal?: AbortSignal): Promise<RunOutcome> {
    const ctx: RunContext = { source, signal, counters: emptyCounters(), lastError: null, retryAfterMs: null };
    try {
      if (source.kind === 'feed' || source.kind === 'replay') await this.runFeed(source, ctx);
      else if (source.kind === 'sitemap') await this.runSitemap(source, ctx);
      else await this.runPage(source, ctx);
    } catch (err) {
      this.fail(ctx, err, source.url);
    }
    return { counters: ctx.counters, lastError: ctx.lastError, retryAfterMs: ctx.retryAfterMs };
  }

  private fail(ctx: RunContext, err: unknown, url: string): void {
    ctx.counters.errors++;
    const code = err instanceof FetchError ? err.code : 'error';
    ctx.lastError = { code, message: (err as Error).message, url };
    if (err instanceof FetchError && err.details.retryAfterMs) ctx.retryAfterMs = Math.max(ctx.retryAfterMs ?? 0, err.details.retryAfterMs);
    this.deps.log?.('warn', `[${ctx.source.name}] ${(err as Error).message}`);
  }

  /** A conditional GET of a listing document; null when unchanged since last time. */
  private async fetchListing(url: string, accept: string[], ctx: RunContext): Promise<FetchResult | null> {
    const state = await this.deps.store.getUrlState(url);
    const result = await this.deps.fetcher.fetch({ url, accept, etag: state?.etag, lastModified: state?.lastModified, signal: ctx.signal });
    ctx.counters.fetched++;
    if (result.notModified) {
      ctx.counters.notModified++;
      return null;
    }
    return result;
  }

  /** Validators are saved only after the listing's items were handled, so a crash re-reads it. */
  private async saveListing(url: string, result: FetchResult, ctx: RunContext, stamp: string | null = null): Promise<void> {
    await this.deps.store.putUrlState({ url, sourceName: ctx.source.name, etag: result.etag, lastModified: result.lastModified, itemStamp: stamp, articleUrl: null, contentHash: null });
  }

  private async runFeed(source: FeedSource, ctx: RunContext): Promise<void> {
    const result = await this.fetchListing(source.url, FEED_TYPES, ctx);
    if (!result) return;
    const text = decodeText(result.body, { contentType: result.contentType }).text;
    const feed = parseFeed(text, result.finalUrl);
    for (const item of feed.items.slice(0, source.maxItems)) {
      if (ctx.signal?.aborted) return;
      const hints: ItemHints = { link: item.link, title: item.title, publishedAt: item.publishedAt, updatedAt: item.updatedAt, guid: item.guid, outlet: source.outlet ?? feed.title };
      const stamp = item.updatedAt ?? item.publishedAt ?? item.guid ?? '';
      if (source.itemBody === 'feed' && item.content) await this.guard(ctx, item.link, () => this.emitInline(source, hints, item.content!, stamp, ctx));
      else await this.guard(ctx, item.link, () => this.article(hints, stamp, false, ctx));
    }
    await this.saveListing(source.url, result, ctx);
  }

  private async runSitemap(source: SitemapSource, ctx: RunContext, url = source.url, depth = 0, stamp: string | null = null): Promise<void> {
    const result = await this.fetchListing(url, SITEMAP_TYPES, ctx);
    if (!result) return;
    let body = result.body;
    // .xml.gz sitemaps: decompress with the same size cap as any body.
    if (body[0] === 0x1f && body[1] === 0x8b) {
      try {
        body = gunzipSync(body, { maxOutputLength: this.deps.maxBytes });
      } catch (err) {
        throw new FetchError('too_large', `sitemap ${url} does not decompress within ${this.deps.maxBytes} bytes: ${(err as Error).message}`, { url });
      }
    }
    const sitemap = parseSitemap(decodeText(body, { contentType: result.contentType }).text, result.finalUrl);
    if (sitemap.kind === 'index') {
      if (depth > 0) throw new FetchError('bad_content_type', `nested sitemap index at ${url} not followed`, { url, retryable: false });
      const children = [...sitemap.sitemaps].sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? '')).slice(0, MAX_CHILD_SITEMAPS);
      for (const childMap of children) {
        if (ctx.signal?.aborted) return;
        const known = await this.deps.store.getUrlState(childMap.loc);
        if (known && childMap.lastmod && known.itemStamp === childMap.lastmod) {
          ctx.counters.skipped++;
          continue;
        }
        await this.guard(ctx, childMap.loc, () => this.runSitemap(source, ctx, childMap.loc, depth + 1, childMap.lastmod));
      }
    } else {
      // News sitemaps list newest first by convention; otherwise sort by date so maxItems keeps the newest.
      const urls = [...sitemap.urls].sort((a, b) => (b.publishedAt ?? b.lastmod ?? '').localeCompare(a.publishedAt ?? a.lastmod ?? ''));
      for (const entry of urls.slice(0, source.maxItems)) {
        if (ctx.signal?.aborted) return;
        const hints: ItemHints = {
          link: entry.loc,
          title: entry.title,
          publishedAt: entry.publishedAt ?? entry.lastmod,
          updatedAt: entry.lastmod,
          guid: null,
          outlet: source.outlet ?? entry.publication,
        };
        await this.guard(ctx, entry.loc, () => this.article(hints, entry.lastmod ?? entry.publishedAt ?? '', false, ctx));
      }
    }
    await this.saveListing(url, result, ctx, stamp);
  }

  private async runPage(source: PageSource, ctx: RunContext): Promise<void> {
    // A single page is re-checked every run (conditionally); a changed text is a new version.
    await this.article({ link: source.url, title: null, publishedAt: null, updatedAt: null, guid: null, outlet: source.outlet ?? null }, null, true, ctx);
  }

  /** Runs one item's work; its failure is counted without ending the run. */
  private async guard(ctx: RunContext, url: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.fail(ctx, err, url);
    }
  }

  private async article(hints: ItemHints, stamp: string | null, always: boolean, ctx: RunContext): Promise<void> {
    const key = canonicaliseUrl(hints.link);
    if (!key) {
      ctx.counters.skipped++;
      return;
    }
    const state = await this.deps.store.getUrlState(key);
    // Seen before with the same feed stamp: nothing to do, and no request to the site.
    if (!always && state?.contentHash && state.itemStamp === stamp) {
      ctx.counters.skipped++;
      return;
    }
    let result: FetchResult;
    try {
      result = await this.deps.fetcher.fetch({ url: key, accept: PAGE_TYPES, etag: state?.etag, lastModified: state?.lastModified, signal: ctx.signal });
    } catch (err) {
      // A permanent refusal (404, robots, size, type, SSRF) is remembered for this feed stamp, so
      // the link is not requested again every run; transient failures are retried next run.
      if (!always && err instanceof FetchError && !err.retryable && err.code !== 'aborted') {
        await this.deps.store.putUrlState({
          url: key,
          sourceName: ctx.source.name,
          etag: null,
          lastModified: null,
          itemStamp: stamp,
          articleUrl: state?.articleUrl ?? null,
          contentHash: state?.contentHash ?? `failed:${err.code}`,
        });
      }
      throw err;
    }
    ctx.counters.fetched++;
    if (result.notModified) {
      ctx.counters.notModified++;
      if (state) await this.deps.store.putUrlState({ ...state, itemStamp: stamp });
      return;
    }
    const prepared = prepareArticle(result, key);
    await this.claimAndEmit(prepared.articleUrl, prepared.articleId, prepared.contentHash, ctx, (version) =>
      buildFetchedEvent({ source: { kind: ctx.source.kind, name: ctx.source.name }, result, prepared, item: hints, version }),
    );
    await this.deps.store.putUrlState({
      url: key,
      sourceName: ctx.source.name,
      etag: result.etag,
      lastModified: result.lastModified,
      itemStamp: stamp,
      articleUrl: prepared.articleUrl,
      contentHash: prepared.contentHash,
    });
  }

  /** Feeds that carry the full article inline (content:encoded) need no page request. */
  private async emitInline(source: FeedSource, hints: ItemHints, html: string, stamp: string, ctx: RunContext): Promise<void> {
    const key = canonicaliseUrl(hints.link);
    if (!key) {
      ctx.counters.skipped++;
      return;
    }
    const state = await this.deps.store.getUrlState(key);
    if (state?.contentHash && state.itemStamp === stamp) {
      ctx.counters.skipped++;
      return;
    }
    const body = Buffer.from(html, 'utf8');
    const result: FetchResult = {
      status: 200,
      notModified: false,
      requestedUrl: source.url,
      finalUrl: key,
      redirects: [],
      headers: {},
      contentType: 'text/html; charset=utf-8',
      body,
      etag: null,
      lastModified: null,
      attempts: 1,
      durationMs: 0,
    };
    const prepared = prepareArticle(result, key);
    await this.claimAndEmit(prepared.articleUrl, prepared.articleId, prepared.contentHash, ctx, (version) =>
      buildFetchedEvent({ source: { kind: source.kind, name: source.name }, result, prepared, item: hints, version }),
    );
    await this.deps.store.putUrlState({ url: key, sourceName: source.name, etag: null, lastModified: null, itemStamp: stamp, articleUrl: prepared.articleUrl, contentHash: prepared.contentHash });
  }

  private async claimAndEmit(articleUrl: string, articleId: string, contentHash: string, ctx: RunContext, build: (version: number) => ArticleFetchedV1): Promise<void> {
    const sourceKey = `url:${articleUrl}`;
    const decision = await this.deps.store.nextVersion(sourceKey, contentHash);
    if (!decision.emit) {
      ctx.counters.skipped++;
      return;
    }
    await this.deps.emit(build(decision.version));
    await this.deps.store.record(sourceKey, articleId, contentHash, decision.version);
    ctx.counters.emitted++;
    this.deps.log?.('log', `[${ctx.source.name}] emitted ${articleUrl} as ${articleId} v${decision.version}`);
  }
}
