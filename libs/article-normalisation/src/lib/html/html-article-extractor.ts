import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { ParsedDate } from '../dates/arabic-date-parser';
import { findDateline } from '../text/boilerplate-line-classifier';
import { lineKey } from '../text/line-key';
import { blockLines } from './dom-text';
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

/** Parses a page (htmlparser2) into metadata and main-text lines. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const metadata = extractPageMetadata(doc);
  const pageDateline = findPageDateline(doc, metadata.title);
  const main = extractMainContent(doc);
  const clean = (lines: string[]) => lines.map((l) => cleanDisplayText(l)).filter((l) => l !== '');
  return { metadata, blocks: clean(main.blocks), droppedBlocks: clean(main.droppedBlocks), pageDateline };
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
