import { normaliseArabicWords } from '@raseed/arabic-text';

/** A line reduced to letters, digits and single spaces, as a search key: for phrase lookups. */
export function lineKey(line: string): string {
  return normaliseArabicWords(line);
}

/** Whitespace-separated words. */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// Sentence-final punctuation, optionally followed by closing quotes or brackets.
const SENTENCE_FINAL = /[.!?\u061F\u06D4\u2026]["'\u00BB\u201D\u2019)\]]*\s*$/;

// Headlines trail off with "..", "..." or "…" ("أمّ الوزارات .."); a short line ending so is
// not a finished sentence.
const TRAILING_ELLIPSIS = /(?:\.{2,}|\u2026)\s*$/;

function endsSentence(line: string): boolean {
  return SENTENCE_FINAL.test(line) && !(TRAILING_ELLIPSIS.test(line) && wordCount(line) <= 12);
}

/** Ends like a sentence, or is long enough that it must be running text. */
export function isSentenceLike(line: string): boolean {
  return endsSentence(line) || wordCount(line) > 25;
}

/** Short and unpunctuated: a title, subheading or related-article link. */
export function isHeadlineLike(line: string, maxWords = 25): boolean {
  return !endsSentence(line) && wordCount(line) <= maxWords;
}
