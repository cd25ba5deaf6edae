import { normaliseArabic } from './normalise';
import { TextSpan } from './sentences';

export interface Token extends TextSpan {
  /** Search key of the token (see normaliseArabic). */
  norm: string;
}

// A token is a run of letters, marks or digits (Arabic or Latin), allowing internal
// tatweel and diacritics so "مسيّرة" stays one token.
const WORD = /[\p{L}\p{M}\p{Nd}\u0640]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, norm: normaliseArabic(m[0]) });
  }
  return out;
}

/** Share of letters that are Arabic-script, among all letters (0 when there are none). */
export function arabicLetterRatio(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}
