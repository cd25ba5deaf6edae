import { Ymd, isoDay, pad2, shiftDays, shiftMonths, validDay, weekdayOf } from './calendar';
import { DATE_STRENGTH } from './date-mention';
import { WEEKDAYS, dayNumber, isPastWord, ordinalBefore, weekdayIn } from './date-words';
import { DatePass, DateScan, emit, tokenAt } from './date-scan';
import { readSpan, spanDays } from './spans';
import { framesCount, framesPeriod } from './time-frames';

// Expressions resolved against the publication day: "قبل يومين", "أمس", "الليلة الماضية",
// "اليوم", "الشهر الماضي", "الأسبوع الماضي", weekdays. Each pass runs only with a publication day.

const pubIso = (scan: DateScan) => isoDay(scan.pub as Ymd);
/** "قبل يومين"، "قبل ثلاثة أيام"، "قبل ساعات"، "منذ ساعتين"، "قبل أسبوع": back from publication. */
export const spanAgo: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  if (t.norm !== 'قبل' && t.norm !== 'منذ') return false;
  const span = readSpan(scan.tokens, i + 1, scan.to);
  if (!span) return false;
  // "منذ يومين" is as often "for two days" as "two days ago": only hours are read after it.
  if (t.norm === 'منذ' && span.unit !== 'hour') return false;
  // "قبل يومين من زيارة …": a span before another moment, not before publication.
  // ("على" after the span is as often the act's own preposition: "سقطت قبل ساعتين على القاعدة").
  if (tokenAt(scan, span.end + 1)?.norm === 'من' && tokenAt(scan, span.end + 2)?.norm !== 'الان') return true;
  const start = t.start;
  const end = scan.tokens[span.end].end;
  const days = spanDays(span);
  if (days !== null && span.unit !== 'week') {
    emit(scan, i, { value: shiftDays(pubIso(scan), -days), precision: 'day', start, end, strength: DATE_STRENGTH.relative });
  } else if (days !== null) {
    // "قبل أسبوع": that day, as firm as a weekday (a week is a round figure).
    emit(scan, -1, { value: shiftDays(pubIso(scan), -days), precision: 'day', start, end, strength: DATE_STRENGTH.weekday });
  } else if (span.count !== null && span.unit === 'month') {
    // "قبل شهرين": only the month is certain enough to tell.
    emit(scan, -1, { value: shiftMonths(pubIso(scan).slice(0, 7), -span.count), precision: 'month', start, end, strength: DATE_STRENGTH.month });
  } else return false;
  for (let k = i + 1; k <= span.end; k++) scan.covered.add(k);
  return true;
};

/** "أمس", "البارحة"; "أمس الأول", "أول أمس" and "أول من أمس" are the day before. */
export const yesterday: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  if (!t.keys.includes('امس') && t.norm !== 'البارحه') return false;
  const next = tokenAt(scan, i + 1);
  if (next && next.norm === 'الاول') {
    emit(scan, i, { value: shiftDays(pubIso(scan), -2), precision: 'day', start: t.start, end: next.end, strength: DATE_STRENGTH.relative });
    scan.covered.add(i + 1);
    return true;
  }
  const firstAt = i - 1 >= scan.from && scan.tokens[i - 1].norm === 'اول' ? i - 1 : i - 2 >= scan.from && scan.tokens[i - 1].norm === 'من' && scan.tokens[i - 2].norm === 'اول' ? i - 2 : -1;
  const before = firstAt >= 0;
  emit(scan, i, { value: shiftDays(pubIso(scan), before ? -2 : -1), precision: 'day', start: scan.tokens[before ? firstAt : i].start, end: t.end, strength: DATE_STRENGTH.relative });
  scan.covered.add(i);
  // "أمس الثلاثاء": the weekday names the same day.
  if (next && next.keys.some((k) => WEEKDAYS.has(k))) scan.covered.add(i + 1);
  return true;
};

/** "الليلة الماضية": the night before publication. */
export const lastNight: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  if (!t.keys.includes('ليله') || !isPastWord(next)) return false;
  emit(scan, i, { value: shiftDays(pubIso(scan), -1), precision: 'day', start: t.start, end: next!.end, strength: DATE_STRENGTH.relative });
  scan.covered.add(i + 1);
  return true;
};

/** "بعد منتصف الليلة الماضية"، "عقب منتصف ليل أمس": the small hours of the day of publication. */
export const afterMidnight: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const prev = tokenAt(scan, i - 1);
  const night = tokenAt(scan, i + 1);
  const past = tokenAt(scan, i + 2);
  if (t.norm !== 'منتصف' || !prev || !/^و?(بعد|عقب|بعيد)$/.test(prev.norm) || !night || !past) return false;
  if (!/^(الليله|ليله|الليل|ليل)$/.test(night.norm) || !(isPastWord(past) || /^(امس|البارحه)$/.test(past.norm))) return false;
  emit(scan, i, { value: pubIso(scan), precision: 'day', start: prev.start, end: past.end, strength: DATE_STRENGTH.relative });
  scan.covered.add(i + 1);
  scan.covered.add(i + 2);
  return true;
};

/** "هذا المساء"، "قبل قليل"، "منذ قليل": the day of publication. */
export const earlierToday: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  if (!next) return false;
  const thisPart = t.norm === 'هذا' && /^(المساء|الصباح)$/.test(next.norm);
  const justNow = /^(قبل|منذ)$/.test(t.norm) && next.norm === 'قليل';
  if (!thisPart && !justNow) return false;
  emit(scan, i, { value: pubIso(scan), precision: 'day', start: t.start, end: next.end, strength: DATE_STRENGTH.relative });
  scan.covered.add(i + 1);
  return true;
};

// «لـ"بغداد اليوم"»، «موقع "العراق اليوم"»: two words in quotes are a name (an outlet), not today.
const QUOTE = /["«»“”']/;
function quotedName(scan: DateScan, i: number): boolean {
  const prev = i > 0 ? scan.tokens[i - 1] : null;
  const t = scan.tokens[i];
  if (!prev || scan.text.slice(prev.end, t.start).trim() !== '') return false;
  return QUOTE.test(scan.text.charAt(prev.start - 1)) && QUOTE.test(scan.text.charAt(t.end));
}

/** "اليوم", "الليلة"; not "اليوم التالي" and not "اليوم الأربعاء" quoted on another weekday. */
export const today: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  if (!(t.norm === 'اليوم' || t.norm === 'واليوم' || t.norm === 'الليله')) return false;
  // ("الليلة ذاتها"، "الليلة التالية"، "اليوم السابق": the night of the act told before, the next, or the one before it.)
  if (next && /^(الاول|التالي|الثاني|السابق|نفسه|ذاته|التاليه|الثانيه|السابقه|نفسها|ذاتها|عينه|عينها)$/.test(next.norm)) return false;
  // ("مساء ذلك اليوم"، "تلك الليلة": the day of the act told before.)
  const prev = i > 0 ? tokenAt(scan, i - 1) : null;
  if (prev && /^(ذلك|تلك)$/.test(prev.norm)) return false;
  if (quotedName(scan, i)) return false;
  // "اليوم الأربعاء" in a statement quoted on Friday: the weekday dates it, not publication.
  const wdNext = weekdayIn(next);
  if (wdNext !== undefined && wdNext !== weekdayOf(scan.pub!)) return true;
  emit(scan, i, { value: pubIso(scan), precision: 'day', start: t.start, end: t.end, strength: DATE_STRENGTH.relative });
  scan.covered.add(i);
  if (wdNext !== undefined) scan.covered.add(i + 1);
  return true;
};

/** "الشهر الماضي", "الشهر الجاري", and a day of it ("في 11 من الشهر الماضي"). */
export const monthOfPublication: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  if (!t.keys.includes('شهر') || !next) return false;
  const lastMonth = isPastWord(next);
  const thisMonth = /^(الجاري|الحالي)$/.test(next.norm);
  if (!lastMonth && !thisMonth) return false;
  scan.covered.add(i + 1);
  if (framesPeriod(scan, i)) return true;
  const pub = scan.pub!;
  const mm = lastMonth ? (pub.m === 1 ? 12 : pub.m - 1) : pub.m;
  const yy = lastMonth && pub.m === 1 ? pub.y - 1 : pub.y;
  if (tokenAt(scan, i - 1)?.norm === 'من') {
    const dTok = tokenAt(scan, i - 2);
    const day = dayNumber(dTok) ?? ordinalBefore(scan.tokens, i - 1, scan.from)?.[0];
    if (day && validDay(yy, mm, day)) {
      emit(scan, -1, { value: `${yy}-${pad2(mm)}-${pad2(day)}`, precision: 'day', start: (dTok ?? t).start, end: next.end, strength: DATE_STRENGTH.explicit });
      return true;
    }
  }
  if (!framesCount(scan, i)) emit(scan, -1, { value: `${yy}-${pad2(mm)}`, precision: 'month', start: t.start, end: next.end, strength: DATE_STRENGTH.month });
  return true;
};

// "مطلع هذا العام"، "أواخر العام الماضي"، "منتصف العام الجاري": a part of a year, told by its month.
const YEAR_PART = new Map<string, number>([
  ['مطلع', 1],
  ['اوايل', 1],
  ['بدايه', 1],
  ['مستهل', 1],
  ['منتصف', 6],
  ['اواسط', 6],
  ['اواخر', 12],
  ['نهايه', 12],
]);
/** "مطلع هذا العام"، "أواخر العام الماضي": the month that part of the year of publication (or the one before) opens or closes. */
export const partOfYear: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  if (!t.keys.some((k) => k === 'عام' || k === 'سنه') || !/^(ال)?(عام|سنه)$/.test(t.norm)) return false;
  const thisBefore = tokenAt(scan, i - 1)?.norm === 'هذا';
  const partTok = tokenAt(scan, thisBefore ? i - 2 : i - 1);
  const part = partTok ? partTok.keys.map((k) => YEAR_PART.get(k)).find((m) => m !== undefined) : undefined;
  if (part === undefined) return false;
  const next = tokenAt(scan, i + 1);
  // ("مطلع العام 2020": a year told; the month passes read it.)
  if (next && /^[0-9]/.test(next.norm)) return false;
  const last = isPastWord(next);
  const current = thisBefore || (!!next && /^(الجاري|الحالي)$/.test(next.norm));
  if (!last && !current) return false;
  if (last || !thisBefore) scan.covered.add(i + 1);
  // ("12 هجوماً منذ مطلع العام الجاري": the start of a period a count runs over dates no act.)
  const partAt = thisBefore ? i - 2 : i - 1;
  if (framesPeriod(scan, partAt) || framesCount(scan, partAt)) return true;
  const y = scan.pub!.y - (last ? 1 : 0);
  emit(scan, -1, { value: `${y}-${pad2(part)}`, precision: 'month', start: partTok!.start, end: (last || !thisBefore ? next! : t).end, strength: DATE_STRENGTH.month });
  return true;
};

/** "خلال الساعات الماضية"، "في الساعات الأخيرة": the day of publication. */
export const lastHours: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  const prev = tokenAt(scan, i - 1);
  if (!t.keys.includes('ساعات') || !prev || !/^(خلال|في|طيله)$/.test(prev.norm) || !next) return false;
  if (!isPastWord(next) && !/^(الاخيره|المنصرمه|القليله)$/.test(next.norm)) return false;
  emit(scan, i, { value: pubIso(scan), precision: 'day', start: prev.start, end: next.end, strength: DATE_STRENGTH.relative });
  scan.covered.add(i + 1);
  return true;
};

/** "الأسبوع الماضي": some day of the week before; only its month is certain enough to tell. */
export const lastWeek: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  if (!t.keys.includes('اسبوع') || !isPastWord(next)) return false;
  scan.covered.add(i + 1);
  if (framesPeriod(scan, i) || framesCount(scan, i)) return true;
  emit(scan, -1, { value: shiftDays(pubIso(scan), -7).slice(0, 7), precision: 'month', start: t.start, end: next!.end, strength: DATE_STRENGTH.month });
  return true;
};

/** Weekdays: the latest such day on or before publication; "الماضي" forces a past week. */
export const weekday: DatePass = (scan, i) => {
  const t = scan.tokens[i];
  const wd = weekdayIn(t);
  if (wd === undefined) return false;
  // A weekday reads "منذ" only right before it: farther back it may open another clause.
  if (framesPeriod(scan, i, false)) return true;
  const next = tokenAt(scan, i + 1);
  const past = isPastWord(next);
  let diff = (weekdayOf(scan.pub!) - wd + 7) % 7;
  if (past && diff === 0) diff = 7;
  // "ليل الأحد من الأسبوع الماضي": that weekday of the week before this one (weeks open on Saturday here).
  const ofLastWeek = !past && next?.norm === 'من' && tokenAt(scan, i + 2)?.keys.includes('اسبوع') && isPastWord(tokenAt(scan, i + 3));
  if (ofLastWeek) diff = daysIntoWeek(weekdayOf(scan.pub!)) + 7 - daysIntoWeek(wd);
  const end = ofLastWeek ? tokenAt(scan, i + 3)! : past ? next! : t;
  // "ليل الخميس - الجمعة": the night is dated by its first day, as reports that tell the night by one weekday date
  // it; skip the second. After its midnight, the second day.
  const nextIsDay = !!next && next.keys.some((k) => WEEKDAYS.has(k));
  const night = i > scan.from && scan.tokens[i - 1].keys.includes('ليل');
  // ("بعد منتصف ليل الثلاثاء – الأربعاء": after midnight it is the second day.)
  const pair = nextIsDay && (night || /[-–]/.test(scan.text.slice(t.end, next!.start)));
  const afterMidnight = night && i - 3 >= scan.from && scan.tokens[i - 2].norm === 'منتصف' && /^(بعد|عقب|بعيد)$/.test(scan.tokens[i - 3].norm);
  const day = shiftDays(pubIso(scan), -diff + (pair && afterMidnight ? 1 : 0));
  emit(scan, i, { value: day, precision: 'day', start: t.start, end: end.end, strength: DATE_STRENGTH.weekday, anchor: 'weekday' });
  if (ofLastWeek) for (let k = i + 1; k <= i + 3; k++) scan.covered.add(k);
  if (pair) scan.covered.add(i + 1);
  if (past) scan.covered.add(i + 1);
  return true;
};

/** Days since the week opened on Saturday (JavaScript weekday numbers: Sunday 0 … Saturday 6). */
const daysIntoWeek = (wd: number) => (wd + 1) % 7;

/** In order: each is tried on a date word until one consumes it. */
export const RELATIVE_PASSES: DatePass[] = [spanAgo, lastHours, afterMidnight, yesterday, lastNight, earlierToday, today, monthOfPublication, partOfYear, lastWeek, weekday];
