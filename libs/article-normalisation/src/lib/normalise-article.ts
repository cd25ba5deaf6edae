import { cleanDisplayText, decodeText, splitParagraphs } from '@raseed/arabic-text';
import { acceptCanonical, canonicaliseUrl } from '@raseed/fetching';
import { parseMetadataDate } from './dates/arabic-date-parser';
import { contradictsWritingDay, writingWeekdays } from './dates/deictic-weekdays';
import { sniffBinary } from './decoding/binary-sniffer';
import { extractHtmlArticle, type PageMetadata } from './html/html-article-extractor';
import { detectInputFormat } from './input-format';
import { readJsonEnvelope } from './json-envelope';
import { arabicParagraphs, MIN_ARABIC_BODY_LETTERS } from './language/arabic-paragraphs';
import { detectLanguage } from './language/language-detector';
import { minhashFingerprintOfKeys } from './near-duplicate/minhash-fingerprint';
import type { NormaliseInput, NormaliseOptions, NormaliseResult, NormalisedArticle, RejectionReason } from './normalise-article.types';
import { authorFromCredit } from './text/boilerplate-line-classifier';
import { removeBoilerplate, type RemovedLine } from './text/boilerplate-remover';
import { lineKey } from './text/line-key';

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * One fetched article → main text and metadata, or a rejection with its reason. Pure: no
 * I/O, no clock. Plain text and HTML go through the same line-level boilerplate removal.
 */
export function normaliseArticle(input: NormaliseInput, options: NormaliseOptions = {}): NormaliseResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input.body === 'string' ? Buffer.byteLength(input.body) : input.body.length;
  if (size > maxBytes) return reject('too_large', `${size} bytes, limit ${maxBytes}`);

  let text: string;
  let charset: string | null = null;
  if (typeof input.body === 'string') {
    text = input.body;
    if (text.includes('\u0000')) return reject('binary', 'NUL character in text');
  } else {
    if (input.body.length === 0) return reject('empty', 'empty body');
    const binary = sniffBinary(input.body);
    if (binary) return reject('binary', binary);
    const decoded = decodeText(input.body, { declared: input.declaredCharset, contentType: input.contentType });
    if (decoded.replacementRatio > 0.02) {
      return reject('undecodable', `${Math.round(decoded.replacementRatio * 100)}% undecodable characters as ${decoded.charset}`);
    }
    text = decoded.text;
    charset = decoded.charset;
  }
  if (text.trim() === '') return reject('empty', 'body is blank');

  let hints = { title: input.hints?.title ?? null, publishedAt: input.hints?.publishedAt ?? null, outlet: input.hints?.outlet ?? null };
  let format = detectInputFormat(text, input.contentType, input.fileName);
  if (format === 'json') {
    const envelope = readJsonEnvelope(text);
    if (envelope) {
      text = envelope.body;
      format = envelope.bodyIsHtml ? 'html' : 'text';
      hints = { title: hints.title ?? envelope.title, publishedAt: hints.publishedAt ?? envelope.publishedAt, outlet: hints.outlet ?? envelope.outlet };
      if (text.trim() === '') return reject('empty', 'JSON article has no text');
    } else {
      format = 'text';
    }
  }

  let metadata: PageMetadata | null = null;
  let lines: string[];
  let dropped: RemovedLine[] = [];
  let pageDateline: string | null = null;
  if (format === 'html') {
    const page = extractHtmlArticle(text);
    metadata = page.metadata;
    lines = page.blocks;
    dropped = page.droppedBlocks.map((line) => ({ text: line, kind: 'link_list' as const }));
    pageDateline = page.pageDateline?.iso ?? null;
  } else {
    lines = splitParagraphs(cleanDisplayText(text)).map((p) => p.text);
  }
  const cleaned = removeBoilerplate(lines, { title: metadata?.title ?? hints.title });
  const removed = [...cleaned.removed, ...dropped];
  let body = cleaned.paragraphs.join('\n');
  if (!/[\p{L}\p{N}]/u.test(body)) return reject('empty', cleaned.removed.length ? `only boilerplate (${cleaned.removed.length} lines)` : 'no text');

  let language = detectLanguage(body);
  const minRatio = options.minArabicRatio ?? 0.5;
  if (language.lang !== 'ar' || language.arabicRatio < minRatio) {
    // A caption or tweet in another language can outweigh a short Arabic story: keep the story.
    const split = arabicParagraphs(cleaned.paragraphs);
    const arabicBody = split.arabic.map((i) => cleaned.paragraphs[i]).join('\n');
    const arabicLanguage = detectLanguage(arabicBody);
    if (split.arabicLetters < MIN_ARABIC_BODY_LETTERS || arabicLanguage.lang !== 'ar') {
      return reject('not_arabic', `language ${language.lang}, Arabic letters ${(language.arabicRatio * 100).toFixed(0)}% of letters`);
    }
    for (const i of split.foreign) removed.push({ text: cleaned.paragraphs[i], kind: 'foreign_language' });
    cleaned.paragraphKeys = split.arabic.map((i) => cleaned.paragraphKeys[i]);
    cleaned.paragraphs = split.arabic.map((i) => cleaned.paragraphs[i]);
    body = arabicBody;
    language = arabicLanguage;
  }

  // A dateline the story's own «اليوم الجمعة» contradicts is the site header's day, not the article's.
  const datelines = [...cleaned.datelines.map((d) => d.iso), ...(pageDateline ? [pageDateline] : [])];
  const writtenOn = datelines.length ? writingWeekdays(body) : new Set<number>();
  const dateline = datelines.find((iso) => !contradictsWritingDay(iso, writtenOn)) ?? null;
  const published = pickPublished(metadata?.publishedAt ?? null, hints.publishedAt, dateline);
  const article: NormalisedArticle = {
    title: cleaned.title ? cleanDisplayText(cleaned.title) : null,
    publishedAt: published.value,
    publishedAtSource: published.source,
    author: metadata?.author ?? firstAuthorCredit(removed),
    outlet: metadata?.outlet ?? hints.outlet ?? null,
    canonicalUrl: sourceLink(metadata?.canonicalUrl ?? null, input.url ?? null),
    lang: language.lang,
    paragraphs: cleaned.paragraphs,
    text: body,
    removed: removed.map((r) => r.text),
    removedLines: removed,
    fingerprint: minhashFingerprintOfKeys(cleaned.paragraphs.map((p, i) => cleaned.paragraphKeys[i] || lineKey(p))),
    format: format === 'html' ? 'html' : 'text',
    charset,
  };
  return { ok: true, article };
}

// The page's own metadata is most specific; a feed hint next; a dateline in the text last.
function pickPublished(metadata: string | null, hint: string | null, dateline: string | null): { value: string | null; source: NormalisedArticle['publishedAtSource'] } {
  const fromMeta = parseMetadataDate(metadata);
  if (fromMeta) return { value: fromMeta.iso, source: 'metadata' };
  const fromHint = parseMetadataDate(hint);
  if (fromHint) return { value: fromHint.iso, source: 'hint' };
  if (dateline) return { value: dateline, source: 'dateline' };
  return { value: null, source: null };
}

/** The writer from a removed "كتب: …" / "بقلم: …" line, when the page metadata named none. */
function firstAuthorCredit(removed: readonly RemovedLine[]): string | null {
  for (const line of removed) {
    if (line.kind !== 'credit_line' && line.kind !== 'byline') continue;
    const author = authorFromCredit(line.text);
    if (author) return author;
  }
  return null;
}

function reject(reason: RejectionReason, detail: string): NormaliseResult {
  return { ok: false, reason, detail };
}

/**
 * The link users follow to the source: the page's own claim (rel=canonical, og:url, JSON-LD
 * url) only when it is on the site the article came from, as the fetcher checks rel=canonical;
 * a page cannot send readers to another site. Without a page URL (a file dropped in the inbox)
 * the claim is all there is, kept if it is an http(s) URL.
 */
function sourceLink(claimed: string | null, pageUrl: string | null): string | null {
  if (!pageUrl) return claimed ? canonicaliseUrl(claimed) : null;
  return acceptCanonical(pageUrl, claimed) ?? pageUrl;
}
