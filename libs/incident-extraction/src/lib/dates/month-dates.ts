import { KeyToken } from '../text/tokens';
import { Ymd, inferYear, pad2, validDay, weekdayOf } from './calendar';
import { DATE_STRENGTH } from './date-mention';
import { MONTH1, MONTH2, dayNumber, isPastWord, ordinalBefore, weekdayIn } from './date-words';
import { DateScan, emit, tokenAt } from './date-scan';
import { framesPeriod } from './time-frames';

/** Month named by token i (one or two words): [month, index after the name] or null. */
function monthAt(scan: DateScan, i: number): [number, number] | null {
  const t = scan.tokens[i];
  const next = tokenAt(scan, i + 1);
  for (const k of t.keys) {
    const two = MONTH2.get(k);
    if (two && next) {
      const m2 = two.get(next.norm) ?? two.get(next.keys[next.keys.length - 1]);
      if (m2) return [m2, i + 2];
    }
    if (MONTH1.has(k)) return [MONTH1.get(k)!, i + 1];
  }
  return null;
}

// آب (August) is also أب (father), ماي also a word: only with a day before ("15 آب"، "15 من آب"، "الخامس عشر
// من آب"), the word "شهر" before, or a year, "الماضي" or "الحالي" after.
const MONTH_NOUN = /^(شهر|الشهر)$/;
const THIS_ONE = /^(الجاري|الحالي)$/;
function ambiguousMonthWord(scan: DateScan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t.keys.includes('اب') && t.norm !== 'ماي') return false;
  const next = tokenAt(scan, i + 1);
  const dayBefore = i > scan.from && (/^\d{1,2}$/.test(scan.tokens[i - 1].norm) || dayBeforeMonth(scan, i)[0] !== null || MONTH_NOUN.test(scan.tokens[i - 1].norm));
  const after = yearAfter(scan, i + 1)[0] !== null || isPastWord(next) || THIS_ONE.test(next?.norm ?? '');
  return !dayBefore && !after;
}

// The year after a month: "2020", "عام 2020", "من العام 2020", "سنة 2019م", "من العام الماضي".
const YEAR_WORD = /^(عام|العام|سنه|السنه)$/;
const YEAR_DIGITS = /^(\d{4})م?$/;
/** [year or null, index after it, told relative to publication ("العام الماضي")]. */
function yearAfter(scan: DateScan, j: number): [number | null, number, boolean] {
  let k = j;
  if (tokenAt(scan, k)?.norm === 'من') k++;
  if (tokenAt(scan, k)?.norm === 'هذا' && YEAR_WORD.test(tokenAt(scan, k + 1)?.norm ?? '')) return scan.pub ? [scan.pub.y, k + 2, true] : [null, j, false];
  const named = YEAR_WORD.test(tokenAt(scan, k)?.norm ?? '');
  if (named) k++;
  const t = tokenAt(scan, k);
  const digits = t ? YEAR_DIGITS.exec(t.norm) : null;
  if (digits) return [+digits[1], k + 1, false];
  if (!named || !t || !scan.pub) return [null, j, false];
  if (t.norm === 'قبل' && isPastWord(tokenAt(scan, k + 1))) return [scan.pub.y - 2, k + 2, true];
  if (isPastWord(t)) return [scan.pub.y - 1, k + 1, true];
  if (/^(الجاري|الحالي)$/.test(t.norm)) return [scan.pub.y, k + 1, true];
  return [null, j, false];
}

/** A second spelling of the same month ("أيلول/سبتمبر", "ديسمبر كانون الأول") is one expression. */
function skipSecondSpelling(scan: DateScan, j: number, month: number): number {
  for (let guard = 0; guard < 2 && j < scan.to; guard++) {
    const tj = scan.tokens[j];
    const tn = tokenAt(scan, j + 1);
    const two = MONTH2.get(tj.norm);
    if (two && tn && two.get(tn.norm) === month) {
      j += 2;
      continue;
    }
    if (tj.keys.some((k) => MONTH1.get(k) === month)) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}

/** The day before a month name: "3 آذار", "3 من آذار", "الثالث من آذار", "3 من شهر آذار"; [day, first token]. */
function dayBeforeMonth(scan: DateScan, i: number): [number | null, number] {
  // "15 من شهر آب": the word for month may stand before the name.
  if (i - 1 > scan.from && scan.tokens[i - 1].norm === 'شهر') i -= 1;
  const prev = tokenAt(scan, i - 1);
  const prev2 = tokenAt(scan, i - 2);
  if (dayNumber(prev) !== null) return [dayNumber(prev), i - 1];
  if (prev?.norm === 'من' && dayNumber(prev2) !== null) return [dayNumber(prev2), i - 2];
  const ord = ordinalBefore(scan.tokens, prev?.norm === 'من' ? i - 1 : i, scan.from);
  return ord ? [ord[0], ord[1]] : [null, i];
}

/** "في 3 آذار 2024", "أوائل شباط الماضي", "الثامن من يناير": a day or a month. */
export const monthDate = (scan: DateScan, i: number): boolean => {
  const named = monthAt(scan, i);
  if (!named || ambiguousMonthWord(scan, i)) return false;
  const [month, nameEnd] = named;
  let j = skipSecondSpelling(scan, nameEnd, month);
  const [day, dFrom] = dayBeforeMonth(scan, i);
  const [year, afterYear, fromPublication] = yearAfter(scan, j);
  j = afterYear;
  if (j < scan.to && isPastWord(scan.tokens[j])) j++;
  for (let k = dFrom; k < j; k++) scan.covered.add(k);
  // A named month holds the act it counts ("الضربة الرابعة على البوكمال في شباط"): only a period bounds.
  if (framesPeriod(scan, dFrom)) return true;
  const y = year ?? (scan.pub ? inferYear(month, day ?? 1, scan.pub) : day !== null && scan.yearHint ? yearOfWeekday(scan, dFrom, month, day, nearestYear(month, scan.yearHint)) : null);
  if (y === null) return true;
  const start = scan.tokens[dFrom].start;
  const end = scan.tokens[j - 1].end;
  const anchor = fromPublication ? 'publication' : year === null ? 'year' : undefined;
  if (day !== null && validDay(y, month, day)) emit(scan, -1, { value: `${y}-${pad2(month)}-${pad2(day)}`, precision: 'day', start, end, strength: DATE_STRENGTH.explicit, ...(anchor && { anchor }) });
  else emit(scan, -1, { value: `${y}-${pad2(month)}`, precision: 'month', start, end, strength: DATE_STRENGTH.month, ...(anchor && { anchor }) });
  return true;
};

// "لم يكن مساء الأربعاء 11 آذار 2020 عادياً … وبعد ثلاثين ساعة، فجر الجمعة 13 آذار": in an undated article, a
// day and month told after a full date are of that date's year, or of the next or last when months apart.
const HALF_YEAR_MONTHS = 6;
function nearestYear(month: number, hint: Ymd): number {
  if (month - hint.m > HALF_YEAR_MONTHS) return hint.y - 1;
  if (hint.m - month > HALF_YEAR_MONTHS) return hint.y + 1;
  return hint.y;
}

// "الاثنين 15 آب" in an undated timeline: the weekday told with the day settles a year the hint leaves a year off.
function yearOfWeekday(scan: DateScan, dFrom: number, month: number, day: number, y: number): number {
  const told = weekdayIn(tokenAt(scan, dFrom - 1)) ?? weekdayIn(tokenAt(scan, dFrom - 2));
  if (told === undefined) return y;
  return [y, y - 1, y + 1].find((c) => validDay(c, month, day) && weekdayOf({ y: c, m: month, d: day }) === told) ?? y;
}

// "فجر السادس والعشرين من الشهر نفسه": the same month, told again.
const SAME = /^(نفسه|ذاته|عينه)$/;
/** [index of the "منه" / "من" before "الشهر نفسه", last token] of a reference to the month just named, or null. */
function monthToldAgain(scan: DateScan, i: number): [number, number] | null {
  const t = scan.tokens[i];
  if (t.norm === 'منه') return [i, i];
  if (t.norm === 'الشهر' && SAME.test(tokenAt(scan, i + 1)?.norm ?? '') && tokenAt(scan, i - 1)?.norm === 'من') return [i - 1, i + 1];
  return null;
}

/** "وفي 28 منه", "في الثاني منه", "السادس والعشرين من الشهر نفسه": a day of the month the text has just named. */
export const dayOfNamedMonth = (scan: DateScan, i: number): boolean => {
  const again = monthToldAgain(scan, i);
  if (!again) return false;
  const [at, last] = again;
  const t: KeyToken = scan.tokens[at];
  // (The month named in an earlier sentence of an undated page is its first full date's.)
  const hinted = scan.yearHint && !scan.pub ? { value: `${scan.yearHint.y}-${pad2(scan.yearHint.m)}`, anchor: 'year' as const } : null;
  const told = [...scan.found].reverse().find((d) => d.end <= t.start) ?? hinted;
  const prev = tokenAt(scan, at - 1);
  const num = dayNumber(prev) !== null ? [dayNumber(prev)!, at - 1] : ordinalBefore(scan.tokens, at, scan.from);
  const [y, m] = told ? told.value.split('-').map(Number) : [];
  if (told && num && validDay(y, m, num[0])) {
    for (let k = num[1]; k <= last; k++) scan.covered.add(k);
    emit(scan, -1, {
      value: `${told.value.slice(0, 7)}-${pad2(num[0])}`,
      precision: 'day',
      start: scan.tokens[num[1]].start,
      end: scan.tokens[last].end,
      strength: DATE_STRENGTH.explicit,
      ...(told.anchor && { anchor: told.anchor }),
    });
  }
  return true;
};
