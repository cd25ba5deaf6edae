import { DIACRITICS, INVISIBLES, TATWEEL } from './characters';

// One lookup per UTF-16 code unit for normaliseArabic: search keys are built for every token
// and line of every article, so the chain of regex passes it replaces was the hot spot.

/** Table value: drop the code unit. */
export const DROP = 0xffff;
/** Table value: a whitespace run (squeezed to one space, trimmed at the ends). */
export const SPACE = 0xfffe;

/** 0 keeps the code unit; DROP, SPACE or a replacement code unit otherwise. */
export const SEARCH_KEY_TABLE = new Uint16Array(0x10000);

function set(codes: ReadonlyArray<number | readonly [number, number]>, value: number | ((code: number) => number)): void {
  for (const entry of codes) {
    const [from, to] = typeof entry === 'number' ? [entry, entry] : entry;
    for (let c = from; c <= to; c++) SEARCH_KEY_TABLE[c] = typeof value === 'number' ? value : value(c);
  }
}

// Whitespace as JavaScript's \s defines it.
set([[0x09, 0x0d], 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000], SPACE);
// Diacritics, tatweel, zero-width and bidi controls are dropped: read from the character
// classes in characters.ts so there is one definition of each set.
for (const cls of [DIACRITICS, TATWEEL, INVISIBLES]) {
  const single = new RegExp(cls.source); // the shared ones are global: .test() would keep state
  for (let c = 0; c < 0x10000; c++) if (single.test(String.fromCharCode(c))) SEARCH_KEY_TABLE[c] = DROP;
}
set([0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673], 0x0627); // آ أ إ ٱ → ا
set([0x0649, 0x06cc, 0x06d0, 0x06d2, 0x0626], 0x064a); // ى, Persian/Urdu yeh, ئ → ي
set([0x06a9, 0x06aa, 0x06af], 0x0643); // ک, swash kaf, گ → ك
set([0x06a4], 0x0641); // ڤ → ف
set([0x0624], 0x0648); // ؤ → و
set([0x06c0], 0x0647); // ۀ → ه
set([[0x0660, 0x0669]], (c) => 0x30 + c - 0x0660); // Arabic-Indic digits
set([[0x06f0, 0x06f9]], (c) => 0x30 + c - 0x06f0); // Persian digits
set([0x066b], 0x2e); // ٫ decimal separator → .
set([0x066c], 0x2c); // ٬ thousands separator → ,
set([0x066a], 0x25); // ٪ → %
set([0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x275d, 0x275e, 0x301d, 0x301e, 0xff02], 0x22); // → "
set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0xff07], 0x27); // → '
set([[0x41, 0x5a]], (c) => c + 0x20); // ASCII A-Z → a-z
