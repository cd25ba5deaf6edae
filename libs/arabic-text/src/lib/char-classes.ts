// Per BMP code unit character classes, built once on first use, so hot loops cost one
// lookup per character instead of Unicode-property regex tests.

export const LETTER = 1;
export const ARABIC_LETTER = 2;
export const NUMBER = 4;

let TABLE: Uint8Array | null = null;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Bit set of LETTER, ARABIC_LETTER and NUMBER for every BMP code unit (surrogates: 0). */
export function charClasses(): Uint8Array {
  if (TABLE) return TABLE;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (/\p{L}/u.test(ch)) table[c] = LETTER | (ARABIC_SCRIPT.test(ch) ? ARABIC_LETTER : 0);
    else if (/\p{N}/u.test(ch)) table[c] = NUMBER;
  }
  TABLE = table;
  return table;
}

/** Classes of the astral code point starting at `i` (a high surrogate), never Arabic. */
export function astralClasses(text: string, i: number): number {
  const ch = String.fromCodePoint(text.codePointAt(i) as number);
  return /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : 0;
}
