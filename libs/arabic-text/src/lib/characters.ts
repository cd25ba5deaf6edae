// Character classes shared by the normalisers. Code points, not literals, so the
// invisible ones stay reviewable.

/** Harakat, tanween, shadda, sukun, superscript alef, Quranic annotation marks. */
export const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
export const TATWEEL = /\u0640/g;
/** Zero-width and bidi controls that break tokens without being visible. */
export const INVISIBLES = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

const EASTERN_DIGIT_ZERO = 0x0660; // Arabic-Indic ٠
const PERSIAN_DIGIT_ZERO = 0x06f0; // Extended Arabic-Indic (Persian/Urdu) ۰

export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= PERSIAN_DIGIT_ZERO ? PERSIAN_DIGIT_ZERO : EASTERN_DIGIT_ZERO;
    return String(code - zero);
  });
}

/** Any Arabic-script letter, including the supplement, extended-A and presentation forms. */
export const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** Presentation forms (ligatures, positional glyphs) that old encoders and PDFs leave in text. */
export const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
