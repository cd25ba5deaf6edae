import { DATE_STRENGTH, DateMention } from './date-mention';
import { pad2, parseIsoDay, shiftDays, weekdayOf } from './calendar';
import { WEEKDAYS } from './date-words';
import { foldWord } from '../text/tokens';

// Dates of the Iranian (solar Hijri) calendar with a year ("فجر يوم الجمعة 13 بهمن 1402 هـ.ش"), as Iran's outlets and
// the IRGC's statements in Arabic sign them. A month name is only a date with its day and a year of the 14th or 15th
// century after it ("مهر" and "دي" are words too).

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['فروردين', 'فروردین'],
  ['أرديبهشت', 'ارديبهشت', 'اردیبهشت', 'أردیبهشت'],
  ['خرداد'],
  ['تير', 'تیر'],
  ['مرداد'],
  ['شهريور', 'شهریور'],
  ['مهر'],
  ['آبان', 'ابان'],
  ['آذر', 'اذر'],
  ['دي', 'دی'],
  ['بهمن'],
  ['إسفند', 'اسفند'],
];
const MONTH_OF = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const SOLAR = new RegExp(`([0-9٠-٩]{1,2})\\s+(${[...MONTH_OF.keys()].join('|')})\\s+(1[34][0-9]{2}|١[٣٤][٠-٩]{2})(?:\\s*(?:هـ\\.?\\s*ش|ه\\.?\\s*ش|هجري\\s+شمسي|ش)\\b)?`, 'gu');
// A year of the 14th or 15th solar century, which every date read needs: the cheap test before the full one ("دي" and
// "مهر" stand inside many words, a year like 1402 in few sentences).
const SOLAR_YEAR = /1[34][0-9]{2}|١[٣٤][٠-٩]{2}/u;
const WEEKDAY_BEFORE = /(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\s*،?\s*$/u;

const digits = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
const gregorianLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The Gregorian day of a solar Hijri date. New Year (1 Farvardin) falls on 20 March in a Gregorian leap year and on
 * 21 March otherwise from 1379 to 1407 (2000–2028), the years these reports tell; a weekday written with the date
 * settles the one day either way outside them.
 */
export function solarHijriToIsoDay(year: number, month: number, day: number, weekday: number | null = null): string {
  const gy = year + 621;
  const newYear = `${gy}-03-${gregorianLeap(gy) ? '20' : '21'}`;
  const offset = (month <= 6 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30) + day - 1;
  const iso = shiftDays(newYear, offset);
  if (weekday === null) return iso;
  for (const d of [0, -1, 1]) if (weekdayOf(parseIsoDay(shiftDays(iso, d))!) === weekday) return shiftDays(iso, d);
  return iso;
}

/** The solar Hijri dates with a year in text[start, end), as Gregorian days. */
export function solarHijriDates(text: string, start: number, end: number): DateMention[] {
  const slice = text.slice(start, end);
  if (!SOLAR_YEAR.test(slice)) return [];
  const out: DateMention[] = [];
  for (const m of slice.matchAll(SOLAR)) {
    const month = MONTH_OF.get(m[2])!;
    const day = digits(m[1]);
    if (day < 1 || day > (month <= 6 ? 31 : 30)) continue;
    const wd = WEEKDAY_BEFORE.exec(slice.slice(0, m.index));
    const iso = solarHijriToIsoDay(digits(m[3]), month, day, wd ? WEEKDAYS.get(foldWord(wd[1]))! : null);
    const [y, mo, d] = iso.split('-').map(Number);
    out.push({ value: `${y}-${pad2(mo)}-${pad2(d)}`, precision: 'day', start: start + m.index!, end: start + m.index! + m[0].length, strength: DATE_STRENGTH.explicit });
  }
  return out;
}
