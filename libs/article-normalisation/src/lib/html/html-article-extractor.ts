import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { ParsedDate } from '../dates/arabic-date-parser';
import { findDateline } from '../text/boilerplate-line-classifier';
import { lineKey } from '../text/line-key';
import { blockLines, textOf } from './dom-text';
import { cleanDisplayText } from '@raseed/arabic-text';
import { extractPageMetadata, type PageMetadata } from './html-metadata-extractor';
import { extractMainContent } from './main-content-extractor';

export type { PageMetadata };

export interface HtmlArticle {
  metadata: PageMetadata;
  /** Main-text blocks as display-text lines, before line-level boilerplate removal. */
  blocks: string[];
  /** Link-list blocks dropped from inside the main container. */
  droppedBlocks: string[];
  /** A dateline printed near the headline, outside the main text ("الأحد 29 أكتوبر 2023"). */
  pageDateline: ParsedDate | null;
}

const clean = (lines: string[]) => lines.map((l) => cleanDisplayText(l)).filter((l) => l !== '');

/** Parses a page (htmlparser2) into metadata and main-text lines. */
export function extractHtmlArticle(html: string): HtmlArticle {
  try {
    const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    const metadata = extractPageMetadata(doc);
    const pageDateline = findPageDateline(doc, metadata.title);
    const main = extractMainContent(doc);
    const blocks = clean(main.blocks);
    if (metadata.articleBody && arabicLength(blocks.join(' ')) < arabicLength(metadata.articleBody) / 2) {
      // Script-rendered pages ship the story only in JSON-LD: the markup held less than
      // half of it, so the structured copy is the better text.
      return { metadata, blocks: clean(articleBodyLines(metadata.articleBody)), droppedBlocks: [], pageDateline };
    }
    return { metadata, blocks, droppedBlocks: clean(main.droppedBlocks), pageDateline };
  } catch (error) {
    // Pathologically deep pages (thousands of nested tags) overflow the recursive DOM
    // walks: read them as flat text so they still get line-level boilerplate removal.
    if (!(error instanceof RangeError)) throw error;
    return { metadata: flatMetadata(html), blocks: clean(flatTextLines(html)), droppedBlocks: [], pageDateline: null };
  }
}

function arabicLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) n++;
  }
  return n;
}

/** articleBody is plain text, sometimes with HTML or entities left in: one line per paragraph. */
function articleBodyLines(body: string): string[] {
  return /<[a-z][^>]*>/i.test(body)
    ? flatTextLines(body)
    : body
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
}

const BLOCK_BOUNDARY = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|pre|dd|dt|hr)\b[^>]*>/gi;

/** Page text without a DOM: invisible elements dropped, block tags as line breaks, entities decoded. */
export function flatTextLines(html: string): string[] {
  const flat = html
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_BOUNDARY, '\n')
    .replace(/<[^>]*>/g, '');
  // What is left has no nesting: the parser only decodes its entities.
  return textOf(parseDocument(flat, { decodeEntities: true }))
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function flatMetadata(html: string): PageMetadata {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  return { title: title ? (flatTextLines(title)[0] ?? null) : null, publishedAt: null, author: null, outlet: null, canonicalUrl: null, declaredLang: null, articleBody: null };
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/**
 * The first dateline within a few lines after the headline. Lines above the headline are
 * not searched when the headline is found: top bars print today's date, not the story's.
 */
function findPageDateline(doc: Document, title: string | null): ParsedDate | null {
  const lines = blockLines(doc, (el) => NOT_TEXT.has(el.name));
  const titleKey = title ? lineKey(title) : null;
  const at = titleKey ? lines.findIndex((l) => lineKey(l) === titleKey) : -1;
  const from = at >= 0 ? at + 1 : 0;
  const to = Math.min(lines.length, at >= 0 ? from + 12 : 40);
  for (let i = from; i < to; i++) {
    if (lines[i].length > 80) continue;
    const date = findDateline(lines[i]);
    if (date) return date;
  }
  return null;
}
