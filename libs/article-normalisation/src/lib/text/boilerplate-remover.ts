import { arabicLetterRatio } from '@raseed/arabic-text';
import type { ParsedDate } from '../dates/arabic-date-parser';
import { type BoilerplateKind, classifyBoilerplateLine, findDateline, LONG_LINE, opensTail } from './boilerplate-line-classifier';
import { isHeadlineLike, isSentenceLike, lineKey, wordCount } from './line-key';

export type RemovedKind = BoilerplateKind | 'repeated_title' | 'related_headline' | 'keywords' | 'byline' | 'link_list' | 'foreign_language';

export interface RemovedLine {
  text: string;
  kind: RemovedKind;
}

export interface CleanedText {
  /** The title: the hint, else a headline-like first line (taken out of the paragraphs). */
  title: string | null;
  paragraphs: string[];
  /** lineKey() of each paragraph, '' where it was not computed (long lines). */
  paragraphKeys: string[];
  removed: RemovedLine[];
  /** Dates read from removed datelines, first one first. */
  datelines: ParsedDate[];
  /**
   * Bare dates above the headline ("الثلاثاء 16 يوليو 2024" over the site's menu): the day the site
   * showed when the page was fetched, not the article's. Removed, and kept out of `datelines`.
   */
  siteDates: ParsedDate[];
}

export interface BoilerplateOptions {
  /** Title known from metadata or the feed; lines repeating it are removed. */
  title?: string | null;
}

/**
 * Removes page furniture from the lines of an article, keeping every line that may be
 * story text. Line-level rules are in classifyBoilerplateLine; this adds the rules that
 * depend on position: the title and its repeats, bylines above the story, keyword lists
 * and related headlines after it.
 */
export function removeBoilerplate(lines: readonly string[], options: BoilerplateOptions = {}): CleanedText {
  // Long lines are running text: they are never titles or furniture, so skip their keys.
  const keys = lines.map((l) => (l.length > LONG_LINE ? '' : lineKey(l)));
  const kinds = lines.map((l, i) => classifyBoilerplateLine(l, keys[i]));
  const removed: RemovedLine[] = [];
  const datelines: ParsedDate[] = [];
  const paragraphs: string[] = [];
  const paragraphKeys: string[] = [];

  // The lead: lines above the first running-text line (titles, section names, bylines).
  const storyStart = kinds.findIndex((k, i) => k === null && isSentenceLike(lines[i]));
  const leadEnd = storyStart < 0 ? 0 : storyStart;
  let title = options.title?.trim() || null;
  let titleIndex = -1;
  if (title) {
    const key = lineKey(title);
    for (let i = 0; i < leadEnd && titleIndex < 0; i++) if (kinds[i] === null && sameHeadline(keys[i], key)) titleIndex = i;
  } else {
    titleIndex = pickLeadTitle(lines, keys, kinds, leadEnd);
  }
  if (!title && titleIndex >= 0) title = lines[titleIndex].trim();
  const titleKey = title ? lineKey(title) : '';

  // The headline's first appearance (a truncated repeat may stand above the title line).
  const firstHeadline = titleKey ? keys.findIndex((k, i) => i === titleIndex || (i < leadEnd && k !== '' && (sameHeadline(k, titleKey) || truncates(k, titleKey)))) : -1;
  const siteDates: ParsedDate[] = [];

  let tail: 'related' | 'keywords' | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || i === titleIndex) continue;
    const kind = kinds[i];
    if (titleKey && (sameHeadline(keys[i], titleKey) || (i < leadEnd && truncates(keys[i], titleKey)))) {
      removed.push({ text: line, kind: 'repeated_title' });
      continue;
    }
    if (kind) {
      removed.push({ text: line, kind });
      if (kind === 'dateline') {
        const date = findDateline(line);
        if (date) (i < firstHeadline && isBareDate(line, date) ? siteDates : datelines).push(date);
      }
      if (kind === 'keywords_header') tail = 'keywords';
      // Short unpunctuated lines after the end of the story are links to other articles,
      // until running text resumes (an inline "اقرأ أيضاً" only pauses the story).
      else if (i > storyStart && storyStart >= 0 && opensTail(kind, line)) tail = 'related';
      continue;
    }
    if (tail === 'keywords' && isHeadlineLike(line, 40)) {
      removed.push({ text: line, kind: 'keywords' });
      tail = 'related';
      continue;
    }
    if (tail && isHeadlineLike(line)) {
      removed.push({ text: line, kind: 'related_headline' });
      continue;
    }
    tail = null;
    if (i < leadEnd && isBylineCandidate(line)) {
      removed.push({ text: line, kind: 'byline' });
      continue;
    }
    paragraphs.push(line);
    paragraphKeys.push(keys[i]);
  }
  return { title, paragraphs, paragraphKeys, removed, datelines, siteDates };
}

// A date and nothing else: no time of publishing, no "نُشر في", no section name before it.
const BARE_START = /^[\s\d٠-٩]|^(ال)?(سبت|أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)/;
function isBareDate(line: string, date: ParsedDate): boolean {
  return !date.iso.includes('T') && BARE_START.test(line.trim());
}

/** Two headline keys (lineKey) name the same headline. */
function sameHeadline(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  // Feed titles and <title> often carry or lose a site suffix: "العنوان - الموقع".
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 20 && short.length / long.length >= 0.6 && (long.startsWith(short) || long.endsWith(short));
}

/**
 * The title among the lead lines: the first headline of five words or more (shorter ones
 * are section names), else the longest; a later, longer copy of it (the page printed a
 * truncated title first) wins.
 */
function pickLeadTitle(lines: readonly string[], keys: readonly string[], kinds: readonly (BoilerplateKind | null)[], leadEnd: number): number {
  const candidates: number[] = [];
  for (let i = 0; i < leadEnd; i++) if (kinds[i] === null && isTitleCandidate(lines[i])) candidates.push(i);
  if (candidates.length === 0) return -1;
  let chosen = candidates.find((i) => wordCount(lines[i]) >= 5) ?? candidates.reduce((a, b) => (wordCount(lines[b]) > wordCount(lines[a]) ? b : a));
  for (const i of candidates) {
    if (i > chosen && truncates(keys[chosen], keys[i])) chosen = i;
  }
  return chosen;
}

/** Key `a` is a cut-off copy of key `b` (pages print a truncated title above the full one). */
function truncates(a: string, b: string): boolean {
  return a.length >= 15 && b.length > a.length && b.startsWith(a);
}

function isTitleCandidate(line: string): boolean {
  const trimmed = line.trim();
  const words = wordCount(trimmed);
  const headline = isHeadlineLike(trimmed, 20) || (/[؟?!]["'»”]?$/.test(trimmed) && words <= 15);
  return words >= 3 && headline && arabicLetterRatio(trimmed) >= 0.5;
}

/** A name, outlet or "city – agency" line above the story: at most four unpunctuated words. */
function isBylineCandidate(line: string): boolean {
  return wordCount(line) <= 4 && !isSentenceLike(line);
}
