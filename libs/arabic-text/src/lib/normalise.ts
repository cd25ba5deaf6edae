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
  return decomposePresentationForms(text.normalize('NFC'))
    .replace(INVISIBLES, '')
    .replace(/\u00A0|\u2007|\u202F/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\r?\n */g, '\n')
    .trim();
}

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
  const foldTaaMarbuta = options.foldTaaMarbuta ?? true;
  // NFC only matters for Latin combining accents: Arabic combining hamza/madda are
  // dropped as diacritics, which gives the same key as folding the composed letter.
  let source = LATIN_COMBINING.test(text) ? text.normalize('NFC') : text;
  source = decomposePresentationForms(source);
  // Unchanged runs are copied as slices; only folded, dropped or spacing units cost more.
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  let needsLowerCase = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let mapped = SEARCH_KEY_TABLE[code];
    if (mapped === 0) {
      if (code === 0x0629 && foldTaaMarbuta) mapped = 0x0647; // ة → ه
      else {
        if (code >= 0xc0 && (code < 0x0600 || code > 0x06ff)) needsLowerCase = true;
        if (pendingSpace) {
          out += out === '' && runStart === i ? '' : ' ';
          pendingSpace = false;
          runStart = i;
        }
        continue;
      }
    }
    out += source.slice(runStart, i);
    runStart = i + 1;
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
  return needsLowerCase ? out.toLowerCase() : out;
}

const LATIN_COMBINING = /[\u0300-\u036F]/;

/**
 * Search key reduced to words: normaliseArabic, then every character that is not a letter
 * or digit becomes a space, runs of spaces squeezed. For word-level keys (shingles, phrase
 * lookups) where punctuation must not matter.
 */
export function normaliseArabicWords(text: string, options: SearchKeyOptions = {}): string {
  const key = normaliseArabic(text, options);
  const table = charClasses();
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < key.length) {
      word = (astralClasses(key, i) & WORD_CHAR) !== 0;
      width = 2;
    } else {
      word = (table[code] & WORD_CHAR) !== 0;
    }
    if (word) {
      if (pendingSpace) {
        if (out !== '') out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      i += width - 1;
      continue;
    }
    out += key.slice(runStart, i);
    runStart = i + width;
    i += width - 1;
    pendingSpace = true;
  }
  if (!pendingSpace) out += key.slice(runStart);
  return out;
}
