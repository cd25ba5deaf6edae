import { DIACRITICS, INVISIBLES, TATWEEL, toAsciiNumberPunctuation, toWesternDigits, unifyQuotes } from './characters';

/**
 * Display text: what a reader sees, cleaned of invisible controls and odd spacing, but
 * keeping every letter as written (diacritics, taa marbuta, hamza seats stay).
 */
export function cleanDisplayText(text: string): string {
  return text
    .normalize('NFC')
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
 * spelling variants of the same word meet. Never shown to users.
 */
export function normaliseArabic(text: string, options: SearchKeyOptions = {}): string {
  const foldTaaMarbuta = options.foldTaaMarbuta ?? true;
  let out = text.normalize('NFC').replace(INVISIBLES, '').replace(DIACRITICS, '').replace(TATWEEL, '');
  out = out
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0649/g, '\u064A') // ى → ي
    .replace(/[\u06CC\u06D0\u06D2]/g, '\u064A') // Persian/Urdu yeh → ي
    .replace(/\u06A9/g, '\u0643') // Persian kaf ک → ك
    .replace(/\u0624/g, '\u0648') // ؤ → و
    .replace(/\u0626/g, '\u064A') // ئ → ي
    .replace(/\u06C0/g, '\u0647'); // heh with yeh above → ه
  if (foldTaaMarbuta) out = out.replace(/\u0629/g, '\u0647'); // ة → ه
  out = unifyQuotes(toAsciiNumberPunctuation(toWesternDigits(out)));
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}
