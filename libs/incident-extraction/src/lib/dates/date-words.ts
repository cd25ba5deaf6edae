import { KeyToken, foldWord } from '../text/tokens';

// The words date expressions are made of: month names (Levantine, Egyptian/Gulf, Maghrebi),
// weekdays, "past" adjectives, ordinal days, and the words that turn a date into a bound.

const MONTHS: Array<[string, number]> = [
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8],
  ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
];
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
  ([['الأحد', 0], ['الاحد', 0], ['الإثنين', 1], ['الاثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6]] as Array<[string, number]>)
    .map(([w, d]) => [foldWord(w), d]),
);
export const weekdayIn = (t: KeyToken | undefined): number | undefined => (t ? t.keys.map((k) => WEEKDAYS.get(k)).find((v) => v !== undefined) : undefined);

export const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفايت', 'السابق'].map(foldWord));
export const isPastWord = (t: KeyToken | undefined): boolean => !!t && t.keys.some((k) => PAST.has(k));

/** Words after which a date bounds a period instead of dating an event ("منذ 17 أكتوبر"). */
const PERIOD = new Set(['منذ', 'حتي', 'لغايه', 'بين', 'مطلع العام'].map(foldWord));
const PERIOD_REACH = 2;
export function boundsPeriod(tokens: KeyToken[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - PERIOD_REACH); k--) if (tokens[k].keys.some((x) => PERIOD.has(x))) return true;
  return false;
}

// A relative date right after a reporting word ("في بيان اليوم"، "أعلن أمس") dates the
// statement, not the event: it only counts when nothing else dates the event.
const REPORTING = /^(و?(بيان|بيانها|بيانه|اعلن|اعلنت|قال|قالت|افاد|افادت|اكد|اكدت|ذكر|ذكرت|صرح|اوضح|اوضحت|نشر|نشرت|كشف|كشفت|اعترف|اعترفت)|ببيان)$/;
const REPORTING_REACH = 5;
export function afterReportingWord(tokens: KeyToken[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - REPORTING_REACH); k--) if (REPORTING.test(tokens[k].norm)) return true;
  return false;
}

/** Words that can start a date expression; every other token is skipped at once. */
export const DATE_WORDS = new Set<string>([
  ...MONTH1.keys(), ...MONTH2.keys(), ...WEEKDAYS.keys(),
  'امس', 'البارحه', 'ليله', 'اليوم', 'واليوم', 'الليله', 'شهر', 'اسبوع', 'قبل', 'هذا', 'منذ', 'منه',
]);

// Ordinal days: "في الثامن من يناير", "الحادي والعشرين من آذار".
const ORD_UNIT = new Map<string, number>(
  ([['الاول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10]] as Array<[string, number]>),
);
const ORD_TENS = new Map<string, number>([['العشرين', 20], ['الثلاثين', 30], ['والعشرين', 20], ['والثلاثين', 30]]);

/** Ordinal day ending at token `end - 1`; returns [day, first token] or null. */
export function ordinalBefore(tokens: KeyToken[], end: number, from: number): [number, number] | null {
  const last = tokens[end - 1];
  const prev = end - 2 >= from ? tokens[end - 2] : undefined;
  if (!last || end - 1 < from) return null;
  if (last.norm.startsWith('و') && ORD_TENS.has(last.norm) && prev) {
    const u = ORD_UNIT.get(prev.norm);
    if (u && u < 10) return [ORD_TENS.get(last.norm)! + u, end - 2];
  }
  const n = last.norm.replace(/^(في|ف|و)(?=ال)/, '');
  if (n === 'عشر' && prev) { const u = ORD_UNIT.get(prev.norm.replace(/^و(?=ال)/, '')); if (u && u < 10) return [u + 10, end - 2]; }
  const tens = ORD_TENS.get(n);
  if (tens !== undefined) return [tens, end - 1];
  const u = ORD_UNIT.get(n);
  return u ? [u, end - 1] : null;
}

/** A day number (1-2 digits) carried by token t, e.g. "28" or "و28". */
export const dayNumber = (t: KeyToken | undefined): number | null => (t && /^\d{1,2}$/.test(t.keys[t.keys.length - 1]) ? +t.keys[t.keys.length - 1] : null);

/** A span of time ("10"، "يومين"، "أسبوعين"، "أشهر"): after "قبل" or "بعد" it measures from an event or from publication. */
export const SPAN_WORD = /^(\d+|ساعات|ساعه|ساعتين|دقائق|يوم|يوما|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|عام|عامين|ثلاثه|اربعه|خمسه|سته|سبعه|عشره|بضعه|عده)$/;
