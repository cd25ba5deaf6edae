import { arabicLetterRatio } from '@raseed/arabic-text';

export interface LanguageGuess {
  /** BCP 47 primary tag: 'ar' when the text is mostly Arabic script, else the best guess. */
  lang: string;
  arabicRatio: number;
}

// Arabic script is shared with Persian and Urdu. Arabic writes ي ك ة ى; Persian and Urdu
// write ی ک and letters Arabic lacks (پ چ ژ گ ٹ ڈ ں ے). Arabic pages borrow a few of those
// for foreign names, so the test is which family dominates, not whether one appears.
const ARABIC_ONLY = /[\u064A\u0643\u0629\u0649]/g;
const PERSIAN_URDU = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u0679\u0688\u06BA\u06D2]/g;

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabicRatio = arabicLetterRatio(sample);
  if (arabicRatio >= 0.5) {
    const arabicOnly = (sample.match(ARABIC_ONLY) ?? []).length;
    const persian = (sample.match(PERSIAN_URDU) ?? []).length;
    if (persian > arabicOnly) return { lang: /[\u0679\u0688\u06BA\u06D2]/.test(sample) ? 'ur' : 'fa', arabicRatio };
    return { lang: 'ar', arabicRatio };
  }
  if (/[\u0400-\u04FF]/.test(sample) && !/[A-Za-z]{3}/.test(sample)) return { lang: 'ru', arabicRatio };
  if (/[\u0590-\u05FF]{3}/.test(sample)) return { lang: 'he', arabicRatio };
  return { lang: /[A-Za-z]/.test(sample) ? 'en' : 'und', arabicRatio };
}
