import { INVISIBLES, PRESENTATION_FORMS } from './characters';
import * as classes from './char-classes';
import * as keyTable from './search-key-table';

// Module-local copies: imported bindings compile to property reads, too slow per character.
const { astralClasses, charClasses } = classes;
const WORD_CHAR = classes.LETTER | classes.NUMBER;
const { DROP, SEARCH_KEY_TABLE, SPACE } = keyTable;

const PRESENTATION_FORMS_ALL = new RegExp(PRESENTATION_FORMS.source, 'g');

/**
 * Presentation forms are glyph encodings (ﻻ, ﺍﻟﻘﺎﻋﺪﺓ) left by PDF and legacy converters, not
 * letters a writer chose: decompose them only, so other compatibility characters stay.
 */
export function decomposePresentationForms(text: string): string {
  if (!PRESENTATION_FORMS.test(text)) return text;
  return text.replace(PRESENTATION_FORMS_ALL, (ch) => ch.normalize('NFKC'));
}

/**
 * Display text: what a reader sees, cleaned of invisible controls and odd spacing, but
 * keeping every letter as written (diacritics, taa marbuta, hamza seats stay).
 */
export function cleanDisplayText(text: string): string {
  const source = decomposePresentationForms(text.normalize('NFC'));
  // One pass: drop invisibles, no-break spaces and tabs become spaces, runs of spaces
  // squeeze to one, spaces around line breaks go, CRLF becomes LF; then trim.
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // A carriage return is a line break only before \n (invisibles aside); alone it is an
    // ordinary character.
    const kind = code === 0x0d && nextVisible(source, i) !== 0x0a ? KEEP : DISPLAY_TABLE[code];
    if (kind === KEEP) {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    out += source.slice(runStart, i);
    runStart = i + 1;
    if (kind === DISPLAY_SPACE) {
      pendingSpace = true;
    } else if (kind === DISPLAY_NEWLINE) {
      // " \r\n " → "\n": spaces before and after a line break vanish.
      if (code === 0x0d) continue; // the \n that follows is the break
      pendingSpace = false;
      out += '\n';
      while (i + 1 < source.length && (DISPLAY_TABLE[source.charCodeAt(i + 1)] === DISPLAY_SPACE || DISPLAY_TABLE[source.charCodeAt(i + 1)] === DISPLAY_DROP)) i++;
      runStart = i + 1;
    }
  }
  if (!pendingSpace) out += source.slice(runStart);
  return out.trim();
}

/** The code unit after `i`, skipping invisibles (NaN at the end). */
function nextVisible(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && DISPLAY_TABLE[text.charCodeAt(j)] === DISPLAY_DROP) j++;
  return text.charCodeAt(j);
}

const KEEP = 0;
const DISPLAY_DROP = 1;
const DISPLAY_SPACE = 2;
const DISPLAY_NEWLINE = 3;
// Per code unit: invisibles dropped; space, tab, form feed, vertical tab and the no-break
// spaces (U+00A0, U+2007, U+202F) are spaces; \n (and \r before \n) break lines.
const DISPLAY_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  const invisible = new RegExp(INVISIBLES.source);
  for (let c = 0; c < 0x10000; c++) if (invisible.test(String.fromCharCode(c))) table[c] = DISPLAY_DROP;
  for (const c of [0x20, 0x09, 0x0c, 0x0b, 0xa0, 0x2007, 0x202f]) table[c] = DISPLAY_SPACE;
  table[0x0a] = DISPLAY_NEWLINE;
  table[0x0d] = DISPLAY_NEWLINE;
  return table;
})();

export interface SearchKeyOptions {
  /** Fold taa marbuta into haa (default true): keys only, never display text. */
  foldTaaMarbuta?: boolean;
}

/**
 * Search key: the one normalisation applied both when indexing and when querying, so
 * spelling variants of the same word meet. Never shown to users. Folds diacritics,
 * tatweel, alef variants, alef maksura, hamza seats, Persian yeh/kaf, taa marbuta (unless
 * told not to), Arabic-Indic and Persian digits, invisibles and quote styles; lower-cases
 * and squeezes whitespace.
 */
export function normaliseArabic(text: string, options: SearchKeyOptions = {}): string {
  return searchKey(text, options.foldTaaMarbuta ?? true, false);
}

/**
 * Search key reduced to words: normaliseArabic, then every character that is not a letter
 * or digit becomes a space, runs of spaces squeezed. For word-level keys (shingles, phrase
 * lookups) where punctuation must not matter.
 */
export function normaliseArabicWords(text: string, options: SearchKeyOptions = {}): string {
  return searchKey(text, options.foldTaaMarbuta ?? true, true);
}

const LATIN_COMBINING = /[\u0300-\u036F]/;

/**
 * One pass over the text with a lookup per UTF-16 unit. Unchanged runs are copied as
 * slices; only folded, dropped or spacing units cost more. In words mode, characters
 * that are neither letters nor digits count as spaces.
 */
function searchKey(text: string, foldTaaMarbuta: boolean, words: boolean, lowered = false): string {
  // NFC only matters for Latin combining accents: Arabic combining hamza/madda are
  // dropped as diacritics, which gives the same key as folding the composed letter.
  let source = LATIN_COMBINING.test(text) ? text.normalize('NFC') : text;
  source = decomposePresentationForms(source);
  const table = words ? wordTable() : SEARCH_KEY_TABLE;
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  let needsLowerCase = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let mapped = table[code];
    let width = 1;
    if (mapped === 0) {
      if (code === 0x0629 && foldTaaMarbuta)
        mapped = 0x0647; // ة → ه
      else if (words && code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) {
        width = 2;
        if ((astralClasses(source, i) & WORD_CHAR) === 0) mapped = SPACE;
      }
      if (mapped === 0) {
        if (code >= 0xc0 && (code < 0x0600 || code > 0x06ff)) needsLowerCase = true;
        if (pendingSpace) {
          if (out !== '') out += ' ';
          pendingSpace = false;
          runStart = i;
        }
        i += width - 1;
        continue;
      }
    }
    out += source.slice(runStart, i);
    runStart = i + width;
    i += width - 1;
    if (mapped === DROP) continue;
    if (mapped === SPACE) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      if (out !== '') out += ' ';
      pendingSpace = false;
    }
    out += String.fromCharCode(mapped);
  }
  if (!pendingSpace) out += source.slice(runStart);
  if (!needsLowerCase || lowered) return out;
  // Rare (non-ASCII capitals): lower-casing depends on context (final sigma) and can create
  // marks ("İ" → "i̇"), so words mode re-reads the lower-cased full key.
  if (!words) return out.toLowerCase();
  return searchKey(searchKey(text, foldTaaMarbuta, false), foldTaaMarbuta, true, true);
}

let WORD_TABLE: Uint16Array | null = null;

/** SEARCH_KEY_TABLE with every code unit that does not end up a letter or digit as SPACE. */
function wordTable(): Uint16Array {
  if (WORD_TABLE) return WORD_TABLE;
  const classesOf = charClasses();
  const table = SEARCH_KEY_TABLE.slice();
  for (let c = 0; c < 0x10000; c++) {
    const v = table[c];
    if (v === DROP || v === SPACE || (c >= 0xd800 && c <= 0xdfff)) continue;
    const result = v === 0 ? c : v;
    if ((classesOf[result] & WORD_CHAR) === 0) table[c] = SPACE;
  }
  WORD_TABLE = table;
  return table;
}
