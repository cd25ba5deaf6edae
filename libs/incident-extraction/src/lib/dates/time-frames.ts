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
  'الاول',
  'الاولي',
  'اول',
  'الثاني',
  'الثانيه',
  'ثاني',
  'الثالث',
  'الثالثه',
  'ثالث',
  'الرابع',
  'الرابعه',
  'رابع',
  'الخامس',
  'الخامسه',
  'خامس',
  'السادس',
  'السادسه',
  'سادس',
  'السابع',
  'السابعه',
  'سابع',
  'الثامن',
  'الثامنه',
  'ثامن',
  'التاسع',
  'التاسعه',
  'تاسع',
  'العاشر',
  'العاشره',
  'عاشر',
  'المره',
  'مره',
]);
// "كانون الثاني"، "تشرين الأول": an ordinal inside a month's name counts nothing.
const MONTH_HEAD = /^(كانون|تشرين)$/;

const CLAUSE_BREAK = /[،,.;؛:!؟?\n]/;

/** The first token before token i within its clause (nearest first, up to `reach`) that `hit` accepts. */
function clauseBefore(scan: DateScan, i: number, reach: number, hit: (k: number) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(scan.from, i - reach); k--) {
    if (CLAUSE_BREAK.test(scan.text.slice(scan.tokens[k].end, scan.tokens[k + 1].start))) return false;
    if (hit(k)) return true;
    if (CLAUSE_OPENER.test(scan.tokens[k].norm)) return false;
  }
  return false;
}

/** The date starting at token i bounds a period; `clause` lets "منذ/حتى" reach across the clause, not only the two words before. */
export function framesPeriod(scan: DateScan, i: number, clause = true): boolean {
  return clauseBefore(scan, i, clause ? CLAUSE_REACH : RANGE_REACH, (k) => PERIOD.test(scan.tokens[k].norm) || (i - k <= RANGE_REACH && RANGE.test(scan.tokens[k].norm)));
}

/** A month-level date starting at token i is the window of a count ("الثالثة … الشهر الماضي"). */
export function framesCount(scan: DateScan, i: number): boolean {
  // "الأسبوع الأول من الشهر الماضي": a part of the month, not a count within it.
  if (scan.tokens[i - 1]?.norm === 'من') return false;
  return clauseBefore(scan, i, CLAUSE_REACH, (k) => !(k > scan.from && MONTH_HEAD.test(scan.tokens[k - 1].norm)) && scan.tokens[k].keys.some((x) => ORDINAL.has(x)));
}

// "أحيا … الذكرى أمس"، "شيع الآلاف أمس"، "أمس جنازة الجنود": the day of a commemoration, a funeral
// or a protest, which comes after the act it mourns.
const CEREMONY = new Set([
  'ذكري',
  'احياء',
  'احيا',
  'احيت',
  'يحيي',
  'تحيي',
  'مراسم',
  'تشييع',
  'شيع',
  'شيعت',
  'تابين',
  'جنازه',
  'جنازات',
  'عزاء',
  'مهرجان',
  'احتفال',
  'احتفاليه',
  'وقفه',
  'تظاهره',
  'تظاهرات',
  'اعتصام',
]);
const CEREMONY_AFTER = 2;
const isCeremony = (scan: DateScan, k: number) => scan.tokens[k].keys.some((x) => CEREMONY.has(x));

const COMMA = /[،,]/;
// (The comma after may follow a word the date leaves out: "، اليوم الخميس،".)
const SET_OFF_TAIL = 1;
const PART_OF_DAY = /^(صباح|مساء|فجر|ليل|ليله|ظهر|عصر|يوم)$/;
/** [first token after the opening comma, last before the closing one] of a date on tokens [i, j] set off by commas. */
function setOff(scan: DateScan, i: number, j: number): [number, number] | null {
  // ("، صباح الاثنين،": the part of the day stands outside the date.)
  if (i > scan.from && PART_OF_DAY.test(scan.tokens[i - 1].norm)) i--;
  if (i <= scan.from || !COMMA.test(scan.text.slice(scan.tokens[i - 1].end, scan.tokens[i].start))) return null;
  for (let k = j; k < Math.min(scan.to - 1, j + 1 + SET_OFF_TAIL); k++) if (COMMA.test(scan.text.slice(scan.tokens[k].end, scan.tokens[k + 1].start))) return [i, k];
  return null;
}

/** Any ceremony word in tokens [from, to): without one, no date there needs the clause check. */
export function tellsCeremony(scan: DateScan): boolean {
  for (let k = scan.from; k < scan.to; k++) if (isCeremony(scan, k)) return true;
  return false;
}

/** The date on tokens [i, j] is the day of a ceremony told in its clause. */
export function framesCeremony(scan: DateScan, i: number, j: number): boolean {
  if (clauseBefore(scan, i, CLAUSE_REACH, (k) => isCeremony(scan, k))) return true;
  // "شيّع أهالي القائم وعدد من منتسبي الحشد، اليوم الخميس، جثمان …": a date set off by commas belongs to the clause
  // it interrupts.
  // ("وجرت في النجف، صباح الاثنين، مراسم تشييع …": or the ceremony named right after it.)
  const commas = setOff(scan, i, j);
  if (commas && clauseBefore(scan, commas[0] - 1, CLAUSE_REACH, (k) => isCeremony(scan, k))) return true;
  const from = commas ? commas[1] : j;
  for (let k = from + 1; k <= Math.min(scan.to - 1, from + CEREMONY_AFTER); k++) {
    // (The closing comma is crossed; any other break ends the clause.)
    if (!(commas && k === from + 1) && CLAUSE_BREAK.test(scan.text.slice(scan.tokens[k - 1].end, scan.tokens[k].start))) break;
    if (isCeremony(scan, k)) return true;
  }
  return false;
}
