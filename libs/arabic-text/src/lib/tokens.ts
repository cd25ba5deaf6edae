import * as classes from './char-classes';
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

// Module-local copies: imported bindings compile to property reads, too slow per character.
const { astralClasses, charClasses } = classes;
const LETTER = classes.LETTER;
const ARABIC_LETTER = classes.ARABIC_LETTER;

/** Share of letters that are Arabic-script, among all letters (0 when there are none). */
export function arabicLetterRatio(text: string): number {
  const table = charClasses();
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      if (astralClasses(text, i) & LETTER) letters++; // astral letters are never Arabic
      i++;
      continue;
    }
    const cls = table[code];
    if (cls & LETTER) {
      letters++;
      if (cls & ARABIC_LETTER) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}
