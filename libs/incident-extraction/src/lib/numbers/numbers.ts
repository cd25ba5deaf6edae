import { KeyToken, foldWord } from '../text/tokens';

// Counts as news Arabic writes them: digits (any script, already ASCII in keys), number
// words in both genders and cases, duals on the counted noun, approximations ("أكثر من
// 40", "نحو 25" → the stated figure) and vague quantities ("عشرات"، "عدد من" → unknown).

const WORDS: Array<[string[], number]> = [
  [['واحد', 'واحدة'], 1],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنين', 'إثنان'], 2],
  [['ثلاثة', 'ثلاث'], 3],
  [['أربعة', 'أربع'], 4],
  [['خمسة', 'خمس'], 5],
  [['ستة', 'ست'], 6],
  [['سبعة', 'سبع'], 7],
  [['ثمانية', 'ثماني', 'ثمان'], 8],
  [['تسعة', 'تسع'], 9],
  [['عشرة', 'عشر'], 10],
  [['عشرين', 'عشرون'], 20],
  [['ثلاثين', 'ثلاثون'], 30],
  [['أربعين', 'أربعون'], 40],
  [['خمسين', 'خمسون'], 50],
  [['ستين', 'ستون'], 60],
  [['سبعين', 'سبعون'], 70],
  [['ثمانين', 'ثمانون'], 80],
  [['تسعين', 'تسعون'], 90],
  [['مئة', 'مائة'], 100],
  [['مئتين', 'مئتي', 'مائتين', 'مائتي', 'مئتان', 'مائتان'], 200],
  [['ألف'], 1000],
];
const TEENS: Record<string, number> = { احد: 11, إحدى: 11, اثنا: 12, اثني: 12, اثنتا: 12, اثنتي: 12 };

const WORD_VALUE = new Map<string, number>();
for (const [forms, v] of WORDS) for (const f of forms) WORD_VALUE.set(foldWord(f), v);
const TEEN_VALUE = new Map<string, number>(Object.entries(TEENS).map(([k, v]) => [foldWord(k), v]));
const AND = 'و';
const THOUSANDS = new Set(['الف', 'الاف']);

/** Value of a single number word or digit string (clitics peeled), or null. */
export function wordValue(t: KeyToken): number | null {
  for (const k of t.keys) {
    // "5 قتلى و9 جرحى": the conjunction is often written onto the figure.
    const digits = /^و?(\d+)$/.exec(k);
    if (digits) return Number(digits[1]);
    const v = WORD_VALUE.get(k);
    if (v !== undefined) return v;
  }
  return null;
}

export interface NumberSpan {
  value: number;
  from: number;
  to: number;
}

/**
 * Reads a number starting at token `i`: digits, a word, a teen ("ثلاثة عشر"), or a
 * compound tens ("خمسة وعشرين"). Returns null when token i does not start a number.
 */
/** "11:55"، "5/3": figures joined by one sign are a clock time or a date, not a count. */
export const gluedFigures = (a?: KeyToken, b?: KeyToken): boolean => !!a && !!b && /^\d+$/.test(a.norm) && /^\d+$/.test(b.norm) && b.start === a.end + 1;

/** "إف-16"، "سي-130"، "تي-72": figures joined by one sign to the word before them name a model, they count nothing. */
const designation = (a?: KeyToken, b?: KeyToken): boolean => !!a && !!b && !!b.hyphenated && /^\d+$/.test(b.norm) && !/\d/.test(a.norm);

export function readNumber(tokens: KeyToken[], i: number): NumberSpan | null {
  const t = tokens[i];
  if (!t) return null;
  const teen = t.keys.map((k) => TEEN_VALUE.get(k)).find((v) => v !== undefined);
  if (teen !== undefined && tokens[i + 1] && /^عشر/.test(tokens[i + 1].norm)) return { value: teen, from: i, to: i + 2 };
  const v = wordValue(t);
  if (v === null) return null;
  const next = tokens[i + 1];
  if (gluedFigures(t, next) || gluedFigures(tokens[i - 1], t) || designation(tokens[i - 1], t)) return null;
  // "اللواء 45"، "اللواءين 14 و15"، "البرج 22": a unit's or a site's number names it.
  const prev = tokens[i - 1];
  if (prev && /^\S*\d/.test(t.norm) && (UNIT_NOUN.test(prev.norm) || (/^و/.test(t.norm) && /^\d+$/.test(prev.norm) && !!tokens[i - 2] && UNIT_NOUN.test(tokens[i - 2].norm)))) return null;
  // "18 ألف", "ثلاثة آلاف": thousands.
  if (v < 1000 && next && THOUSANDS.has(next.norm)) return { value: v * 1000, from: i, to: i + 2 };
  if (v < 10 && next && /^عشر(ه)?$/.test(next.norm)) return { value: v + 10, from: i, to: i + 2 };
  if (v < 10 && next && next.norm.startsWith(AND)) {
    const tens = WORD_VALUE.get(next.norm.slice(1));
    if (tens !== undefined && tens >= 20 && tens < 100) return { value: tens + v, from: i, to: i + 2 };
  }
  return { value: v, from: i, to: i + 1 };
}

const UNIT_NOUN = /^(و|ب|ل|لل)?(ال)?(لواء|لواءين|لواءان|لوايين|فوج|فرقه|كتيبه|برج|رقم|قطاع)$/;

// Hedges before a figure: the figure itself is what gold and analysts record.
const HEDGES = [
  'اكثر من',
  'ما لا يقل عن',
  'لا يقل عن',
  'نحو',
  'حوالي',
  'قرابه',
  'زهاء',
  'ما يقارب',
  'ما يزيد عن',
  'ما يزيد على',
  'يزيد عن',
  'اكثر',
  'على الاقل',
  'اقل من',
  'اقرابه',
  'ما يقرب من',
  'يقرب من',
  'ما يصل الي',
  'يصل الي',
  'ما يناهز',
  'يناهز',
  'ما يربو علي',
  'يربو علي',
];
export const HEDGE_PATTERNS = HEDGES;

/** Quantities that are stated but not counted. */
const VAGUE = ['عشرات', 'مئات', 'آلاف', 'عدد', 'عدة', 'بعض', 'العديد', 'الكثير', 'عديد', 'بضعة', 'بضع'].map(foldWord);

export function isVague(t: KeyToken | undefined): boolean {
  return !!t && t.keys.some((k) => VAGUE.includes(k));
}

// "القتيل الثاني": the ordinal on a victim says how many there were at least.
const ORDINALS: Array<[string[], number]> = [
  [['الثاني', 'الثانية'], 2],
  [['الثالث', 'الثالثة'], 3],
  [['الرابع', 'الرابعة'], 4],
  [['الخامس', 'الخامسة'], 5],
  [['السادس', 'السادسة'], 6],
  [['السابع', 'السابعة'], 7],
  [['الثامن', 'الثامنة'], 8],
  [['التاسع', 'التاسعة'], 9],
  [['العاشر', 'العاشرة'], 10],
];
const ORDINAL_VALUE = new Map<string, number>();
for (const [forms, v] of ORDINALS) for (const f of forms) ORDINAL_VALUE.set(foldWord(f), v);

/** Value of a definite ordinal adjective ("الثاني" → 2), or null. */
export function ordinalValue(t: KeyToken | undefined): number | null {
  return (t && ORDINAL_VALUE.get(t.norm)) ?? null;
}
