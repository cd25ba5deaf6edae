import { ARABIC_MONTH_NAMES } from '@raseed/arabic-text';
import { KeyToken, foldWord } from '../text/tokens';

// The words date expressions are made of: month names (Levantine, Egyptian/Gulf, Maghrebi),
// weekdays, "past" adjectives, ordinal days, and the words that turn a date into a bound.

const MONTHS = ARABIC_MONTH_NAMES.flatMap(([m, names]) => names.map((name): [string, number] => [name, m]));
/** Single-word month keys, and the second word of two-word months keyed by the first. */
export const MONTH1 = new Map<string, number>();
export const MONTH2 = new Map<string, Map<string, number>>();
for (const [name, m] of MONTHS) {
  const parts = name.split(' ').map(foldWord);
  if (parts.length === 1) MONTH1.set(parts[0], m);
  else {
    const inner = MONTH2.get(parts[0]) ?? new Map<string, number>();
    inner.set(parts[1], m);
    MONTH2.set(parts[0], inner);
  }
}

// 0 = Sunday, as Date.getUTCDay.
export const WEEKDAYS = new Map<string, number>(
  (
    [
      ['الأحد', 0],
      ['الاحد', 0],
      ['الإثنين', 1],
      ['الاثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ] as Array<[string, number]>
  ).map(([w, d]) => [foldWord(w), d]),
);
export const weekdayIn = (t: KeyToken | undefined): number | undefined => (t ? t.keys.map((k) => WEEKDAYS.get(k)).find((v) => v !== undefined) : undefined);

export const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته', 'الفايت', 'الفايته', 'السابق', 'السابقه'].map(foldWord));
export const isPastWord = (t: KeyToken | undefined): boolean => !!t && t.keys.some((k) => PAST.has(k));

// A relative date right after a reporting word ("في بيان اليوم"، "أعلن أمس") dates the
// statement, not the event: it only counts when nothing else dates the event.
const REPORTING = /^(و?(بيان|بيانها|بيانه|اعلن|اعلنت|قال|قالت|افاد|افادت|اكد|اكدت|ذكر|ذكرت|صرح|اوضح|اوضحت|نشر|نشرت|كشف|كشفت|اعترف|اعترفت|وثق|وثقت|سجل|سجلت|رصد|رصدت|احصي|احصت|تحدث|تحدثت)|ببيان)$/;
// The reporter may be a long name ("أعلنت هيئة الحشد الشعبي في العراق، اليوم الإثنين"): the verb is
// looked for through it, but not past a "that" clause or an act word (those date the act).
const REPORTING_REACH = 8;
/** The reporting word right before token i ("أعلن أمس"), or -1. */
export function reportingWordBefore(tokens: KeyToken[], i: number, from: number): number {
  let content = false;
  for (let k = i - 1; k >= Math.max(from, i - REPORTING_REACH); k--) {
    if (REPORTING.test(tokens[k].norm)) return i - k <= NEAR_REPORTING || !content ? k : -1;
    if (CLAIM_CONTENT.test(tokens[k].norm) || tokens[k].keys.some((x) => ACT_WORD.test(x))) content = true;
  }
  return -1;
}
// Within this many tokens the reporting word governs the date whatever stands between ("أعلن الحرس مقتل مستشار أمس").
const NEAR_REPORTING = 5;
const ACT_WORD = /^(هجوم|هجمات|استهداف|قصف|ضربه|ضربات|غاره|غارات|مقتل|اصابه|استشهاد|استهدفت|استهدف|قصفت|شنت|ضربت|سقوط|انفجار|عدوان)$/;

// "تبنت فصائل المقاومة الإسلامية في العراق، يوم الاثنين، الهجوم …": a claim is dated by when it was
// made; its claimant may be a long name, so the claim verb is looked for farther back, through the
// claimant only: a "that" clause or an act word between them dates the act instead.
const CLAIM = /^و?(تبنت|تبني|تتبني|يتبني|تبنوا)$/;
const CLAIM_REACH = 9;
const CLAIM_CONTENT = /^(و?ان|و?بان|الهجوم|هجوم|الهجمات|هجمات|استهداف|الاستهداف|قصف|القصف|الضربه|ضربه|الغاره|غاره)$/;
export function claimWordBefore(tokens: KeyToken[], i: number, from: number): number {
  for (let k = i - 1; k >= Math.max(from, i - CLAIM_REACH); k--) {
    if (CLAIM.test(tokens[k].norm)) return k;
    if (CLAIM_CONTENT.test(tokens[k].norm)) return -1;
  }
  return -1;
}

/** Words that can start a date expression; every other token is skipped at once. */
export const DATE_WORDS = new Set<string>([
  ...MONTH1.keys(),
  ...MONTH2.keys(),
  ...WEEKDAYS.keys(),
  'امس',
  'البارحه',
  'ليله',
  'اليوم',
  'واليوم',
  'الليله',
  'شهر',
  'اسبوع',
  'قبل',
  'هذا',
  'منذ',
  'منه',
  'ساعات',
  'منتصف',
  'عام',
  'سنه',
]);

// Ordinal days: "في الثامن من يناير", "الحادي والعشرين من آذار".
const ORD_UNIT = new Map<string, number>([
  ['الاول', 1],
  ['الحادي', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
  ['العاشر', 10],
] as Array<[string, number]>);
const ORD_TENS = new Map<string, number>([
  ['العشرين', 20],
  ['الثلاثين', 30],
  ['والعشرين', 20],
  ['والثلاثين', 30],
]);

// "الأسبوع الأول"، "النصف الثاني": an ordinal after one of these counts weeks or halves, not days.
const NOT_DAYS = /^(الاسبوع|الاسابيع|النصف|الثلث|الربع|العشر|العشره|الايام|اليوم|الشهر)$/;

/** Ordinal day ending at token `end - 1`; returns [day, first token] or null. */
export function ordinalBefore(tokens: KeyToken[], end: number, from: number): [number, number] | null {
  const found = readOrdinal(tokens, end, from);
  return found && !(found[1] > from && NOT_DAYS.test(tokens[found[1] - 1].norm)) ? found : null;
}

function readOrdinal(tokens: KeyToken[], end: number, from: number): [number, number] | null {
  const last = tokens[end - 1];
  const prev = end - 2 >= from ? tokens[end - 2] : undefined;
  if (!last || end - 1 < from) return null;
  if (last.norm.startsWith('و') && ORD_TENS.has(last.norm) && prev) {
    const u = ORD_UNIT.get(prev.norm);
    if (u && u < 10) return [ORD_TENS.get(last.norm)! + u, end - 2];
  }
  const n = last.norm.replace(/^(في|ف|و)(?=ال)/, '');
  if (n === 'عشر' && prev) {
    const u = ORD_UNIT.get(prev.norm.replace(/^و(?=ال)/, ''));
    if (u && u < 10) return [u + 10, end - 2];
  }
  const tens = ORD_TENS.get(n);
  if (tens !== undefined) return [tens, end - 1];
  const u = ORD_UNIT.get(n);
  return u ? [u, end - 1] : null;
}

/** The day an ordinal written out in words gives ("الثاني"، "الحادي عشر"، "السابع والعشرين"), folded words; null if none. */
export function ordinalDayOfWords(words: string[]): number | null {
  const [first, second] = words;
  const unit = ORD_UNIT.get(first);
  if (words.length === 1) return unit ?? ORD_TENS.get(first) ?? null;
  if (words.length !== 2 || !unit || unit >= 10) return null;
  if (second === 'عشر') return unit + 10;
  return second.startsWith('و') && ORD_TENS.has(second) ? unit + ORD_TENS.get(second)! : null;
}

/** A day number (1-2 digits) carried by token t, e.g. "28" or "و28". */
export const dayNumber = (t: KeyToken | undefined): number | null => (t && /^\d{1,2}$/.test(t.keys[t.keys.length - 1]) ? +t.keys[t.keys.length - 1] : null);

/** A span of time ("10"، "يومين"، "أسبوعين"، "أشهر"): after "قبل" or "بعد" it measures from an event or from publication. */
export const SPAN_WORD = /^(\d+|ساعات|ساعه|ساعتين|دقايق|يوم|يوما|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|عام|عامين|ثلاثه|اربعه|خمسه|سته|سبعه|عشره|بضعه|عده)$/;
