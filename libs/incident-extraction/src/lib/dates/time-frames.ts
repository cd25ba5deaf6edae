import { DateScan } from './date-scan';

// Dates that frame something other than an act: a ceremony ("وأحيا أنصار الحشد الذكرى أمس عند
// موقع الاغتيال"، "شيع الآلاف أمس جثامين القتلى"), a period ("منذ أن بدأت الحرب في غزة منتصف
// أكتوبر"، "حتى نهاية شهر شباط") or the window of a count ("لتكون الثالثة التي تسقط فوق القاعدة
// الشهر الماضي"، "ثاني هجوم خلال الشهر الجاري"). The act told next to them has a date of its own
// or none; the framing date must not become it.

// "بين 3 و5 آذار": a range right before the date.
const RANGE = /^(بين|وبين)$/;
const RANGE_REACH = 2;
// "منذ"/"حتى" open a clause that may run a few words before its date ("منذ اندلاع الحرب في …").
const PERIOD = /^(منذ|حتي|لغايه|وحتي|ولغايه)$/;
const CLAUSE_REACH = 8;
// Words that open another clause: a period or a count before them does not reach past.
const CLAUSE_OPENER = /^(قبل|بعد|حين|عندما|ثم|لكن|ولكن|فيما|بينما|حيث|وفي|ويوم|وقد|فقد|كما)$/;
// "الثالثة التي تسقط"، "ثاني هجوم"، "للمرة الثانية"، "لأول مرة".
const ORDINAL = new Set([
  'الاول', 'الاولي', 'اول', 'الثاني', 'الثانيه', 'ثاني', 'الثالث', 'الثالثه', 'ثالث', 'الرابع', 'الرابعه', 'رابع', 'الخامس', 'الخامسه', 'خامس',
  'السادس', 'السادسه', 'سادس', 'السابع', 'السابعه', 'سابع', 'الثامن', 'الثامنه', 'ثامن', 'التاسع', 'التاسعه', 'تاسع', 'العاشر', 'العاشره', 'عاشر',
  'المره', 'مره',
]);
// "كانون الثاني"، "تشرين الأول": an ordinal inside a month's name counts nothing.
const MONTH_HEAD = /^(كانون|تشرين)$/;

const CLAUSE_BREAK = /[،,.;؛:!؟?\n]/;

/** Tokens before token i within its clause, nearest first, up to `reach`. */
function* clauseBefore(scan: DateScan, i: number, reach: number): Generator<number> {
  for (let k = i - 1; k >= Math.max(scan.from, i - reach); k--) {
    if (CLAUSE_BREAK.test(scan.text.slice(scan.tokens[k].end, scan.tokens[k + 1].start))) return;
    yield k;
    if (CLAUSE_OPENER.test(scan.tokens[k].norm)) return;
  }
}

/** The date starting at token i bounds a period; `clause` lets "منذ/حتى" reach across the clause, not only the two words before. */
export function framesPeriod(scan: DateScan, i: number, clause = true): boolean {
  for (const k of clauseBefore(scan, i, clause ? CLAUSE_REACH : RANGE_REACH)) {
    const norm = scan.tokens[k].norm;
    if (PERIOD.test(norm) || (i - k <= RANGE_REACH && RANGE.test(norm))) return true;
  }
  return false;
}

/** A month-level date starting at token i is the window of a count ("الثالثة … الشهر الماضي"). */
export function framesCount(scan: DateScan, i: number): boolean {
  // "الأسبوع الأول من الشهر الماضي": a part of the month, not a count within it.
  if (scan.tokens[i - 1]?.norm === 'من') return false;
  for (const k of clauseBefore(scan, i, CLAUSE_REACH)) {
    if (k > scan.from && MONTH_HEAD.test(scan.tokens[k - 1].norm)) continue;
    if (scan.tokens[k].keys.some((x) => ORDINAL.has(x))) return true;
  }
  return false;
}

// "أحيا … الذكرى أمس"، "شيع الآلاف أمس"، "أمس جنازة الجنود": the day of a commemoration, a funeral
// or a protest, which comes after the act it mourns.
const CEREMONY = new Set([
  'ذكري', 'احياء', 'احيا', 'احيت', 'يحيي', 'تحيي', 'مراسم', 'تشييع', 'شيع', 'شيعت', 'تابين', 'جنازه', 'جنازات', 'عزاء',
  'مهرجان', 'احتفال', 'احتفاليه', 'وقفه', 'تظاهره', 'تظاهرات', 'اعتصام',
]);
const CEREMONY_AFTER = 2;
const isCeremony = (scan: DateScan, k: number) => scan.tokens[k].keys.some((x) => CEREMONY.has(x));

/** The date on tokens [i, j] is the day of a ceremony told in its clause. */
export function framesCeremony(scan: DateScan, i: number, j: number): boolean {
  for (const k of clauseBefore(scan, i, CLAUSE_REACH)) if (isCeremony(scan, k)) return true;
  for (let k = j + 1; k <= Math.min(scan.to - 1, j + CEREMONY_AFTER); k++) {
    if (CLAUSE_BREAK.test(scan.text.slice(scan.tokens[k - 1].end, scan.tokens[k].start))) break;
    if (isCeremony(scan, k)) return true;
  }
  return false;
}
