import { decodeText, type DecodedText } from '@raseed/arabic-text';
import { ArticleFetchedV1, newEventId, stableId } from '@raseed/contracts';
import { createHash } from 'crypto';
import { FetchResult, mediaType } from '../http/guarded-fetch';
import { inspectHtml } from '../parse/html-page';
import { acceptCanonical, canonicaliseUrl } from '../url/canonical-url';

export interface ItemHints {
  link: string;
  title: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  guid: string | null;
  outlet: string | null;
}

export interface PreparedArticle {
  /** The article's identity: accepted rel=canonical, else the canonicalised final URL. */
  articleUrl: string;
  articleId: string;
  contentHash: string;
  canonicalUrl: string | null;
  charset: Pick<DecodedText, 'charset' | 'source'>;
  title: string | null;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The article id for a canonical URL: stable across restarts and fetchers. */
export const articleIdForUrl = (articleUrl: string) => stableId('', articleUrl);

/**
 * Works out identity and version of a fetched article page: the content hash is over the
 * visible text for HTML (markup noise is not a new version), over the bytes otherwise.
 */
export function prepareArticle(result: Pick<FetchResult, 'body' | 'contentType' | 'finalUrl'>, fallbackUrl: string): PreparedArticle {
  const decoded = decodeText(result.body, { contentType: result.contentType });
  const finalUrl = canonicaliseUrl(result.finalUrl) ?? fallbackUrl;
  const type = mediaType(result.contentType);
  let canonicalUrl: string | null = null;
  let contentHash: string;
  let title: string | null = null;
  if (HTML_TYPES.has(type) || (!type && /^\s*</.test(result.body.subarray(0, 512).toString('latin1')))) {
    const info = inspectHtml(decoded.text);
    canonicalUrl = acceptCanonical(result.finalUrl, info.canonical);
    contentHash = info.textHash;
    title = info.title;
  } else {
    contentHash = createHash('sha256').update(result.body).digest('hex');
  }
  const articleUrl = canonicalUrl ?? finalUrl;
  return { articleUrl, articleId: articleIdForUrl(articleUrl), contentHash, canonicalUrl, charset: { charset: decoded.charset, source: decoded.source }, title };
}

/** Cookies are session state of the fetcher, not article metadata: they never go on the bus. */
function withoutCookies(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'set-cookie'));
}

export function buildFetchedEvent(args: { source: ArticleFetchedV1['source']; result: FetchResult; prepared: PreparedArticle; item: ItemHints; version: number; now?: Date }): ArticleFetchedV1 {
  const { result, prepared, item } = args;
  // Declared = stated by transport or document (BOM, header, meta); a sniff is left to the normaliser.
  const declared = prepared.charset.source === 'sniffed' || prepared.charset.source === 'default' ? null : prepared.charset.charset;
  return {
    schema: 'articles.fetched.v1',
    eventId: newEventId(),
    articleId: prepared.articleId,
    contentHash: prepared.contentHash,
    source: args.source,
    url: prepared.articleUrl,
    fileName: null,
    fetchedAt: (args.now ?? new Date()).toISOString(),
    contentType: result.contentType || 'application/octet-stream',
    declaredCharset: declared,
    headers: withoutCookies(result.headers),
    bodyBase64: result.body.toString('base64'),
    hints: { title: item.title ?? prepared.title, publishedAt: item.publishedAt, outlet: item.outlet },
    fetch: {
      status: result.status,
      requestedUrl: result.requestedUrl,
      finalUrl: result.finalUrl,
      canonicalUrl: prepared.canonicalUrl,
      redirects: result.redirects.length,
      etag: result.etag,
      lastModified: result.lastModified,
      attempts: result.attempts,
      durationMs: result.durationMs,
      detectedCharset: prepared.charset.charset,
      charsetSource: prepared.charset.source,
      version: args.version,
    },
    item: { link: item.link, title: item.title, publishedAt: item.publishedAt, updatedAt: item.updatedAt, guid: item.guid },
  };
}
