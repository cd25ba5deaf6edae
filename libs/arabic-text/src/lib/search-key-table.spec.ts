import { cleanDisplayText, normaliseArabic, normaliseArabicWords } from '@raseed/arabic-text';
import { toWesternDigits } from './characters';

// Arabic decimal/thousands separators and percent sign as ASCII; curly, angle, low-9, prime and
// fullwidth quotes as ASCII " and ' (part of the reference below).
const toAsciiNumberPunctuation = (text: string) =>
  text
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',')
    .replace(/\u066A/g, '%');
const unifyQuotes = (text: string) =>
  text.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u275D\u275E\u301D\u301E\uFF02]/g, '"').replace(/[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\uFF07]/g, "'");

// The regex chain normaliseArabic replaced, kept as the reference its table must match.
function referenceKey(text: string, foldTaaMarbuta = true): string {
  let out = text
    .normalize('NFC')
    .replace(/[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/[\u06CC\u06D0\u06D2]/g, '\u064A')
    .replace(/[\u06A9\u06AA\u06AF]/g, '\u0643')
    .replace(/\u06A4/g, '\u0641')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .replace(/\u06C0/g, '\u0647');
  if (foldTaaMarbuta) out = out.replace(/\u0629/g, '\u0647');
  out = unifyQuotes(toAsciiNumberPunctuation(toWesternDigits(out)));
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

// Letters, marks, digits, invisibles, quotes, spaces and Latin (with accents) mixed at random.
const ALPHABET = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىٱپچژکگیۀڤ',
  ...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u0654\u0653',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬٪',
  ...'\u200B\u200C\u200D\u200E\u200F\u061C\u2066\u2069\uFEFF\u00AD',
  ...'«»“”„‘’‹›"\'.,،؛؟!',
  ...' \t\n\u00A0\u2009\u202F',
  ...'ABCxyzÉéÀàÜüİΣΩ',
  'e\u0301',
];

function randomString(seed: number, length: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += ALPHABET[state % ALPHABET.length];
  }
  return out;
}

describe('normaliseArabic lookup table', () => {
  it('matches the regex reference on 2,000 random mixed strings', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomString(seed, 1 + (seed % 60));
      expect([text, normaliseArabic(text)]).toEqual([text, referenceKey(text)]);
    }
  });

  it('matches the reference with taa marbuta kept', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomString(seed * 7, 40);
      expect(normaliseArabic(text, { foldTaaMarbuta: false })).toBe(referenceKey(text, false));
    }
  });

  it('handles texts longer than one conversion chunk', () => {
    const long = 'قاعدةٌ '.repeat(3000);
    expect(normaliseArabic(long)).toBe(referenceKey(long));
  });
});

describe('normaliseArabicWords', () => {
  it('matches the key with every non-word character as a space', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const text = randomString(seed * 13, 1 + (seed % 50)) + (seed % 5 === 0 ? ' 𝐀𝟙 ' : '');
      const expected = normaliseArabic(text)
        .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      expect([text, normaliseArabicWords(text)]).toEqual([text, expected]);
    }
  });

  it('drops punctuation between words', () => {
    expect(normaliseArabicWords('«المقاومة»، قالت: (٣) صواريخ!')).toBe('المقاومه قالت 3 صواريخ');
  });
});

describe('cleanDisplayText single pass', () => {
  // The regex chain it replaced.
  const reference = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
      .replace(/\u00A0|\u2007|\u202F/g, ' ')
      .replace(/[ \t\f\v]+/g, ' ')
      .replace(/ *\r?\n */g, '\n')
      .trim();
  const SPACING = [...' \t\n\r\v\f\u00A0\u2007\u202F\u2003\u200B\u200F\uFEFF', 'ق', 'ة', 'a', '\u064F', 'e\u0301'];

  it('matches the regex reference on 3,000 random strings heavy in spacing', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      let state = seed;
      let text = '';
      for (let i = 0; i < 1 + (seed % 40); i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        text += SPACING[state % SPACING.length];
      }
      expect([text, cleanDisplayText(text)]).toEqual([text, reference(text)]);
    }
  });
});
