import { normaliseArabic } from '@raseed/arabic-text';

// Weekday numbers as Date#getUTCDay counts them (0 = Sunday).
export const WEEKDAY_NUMBER: Record<string, number> = { احد: 0, اثنين: 1, ثلاثاء: 2, ثلاثا: 2, اربعاء: 3, اربعا: 3, خميس: 4, جمعه: 5, سبت: 6 };
// «اليوم الجمعة», «يوم أمس الخميس», «أمس الأول الأربعاء», «أول من أمس», each with the days back from the writing day.
const DEICTIC = /(?:^|[^\p{L}])[وف]?(اليوم|يوم\s+امس|امس\s+الاول|اول\s+(?:من\s+)?امس|امس)[\s،,]+(?:يوم\s+)?(?:ال)?(احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت)(?![\p{L}])/gu;

function daysBack(word: string): number {
  if (word === 'اليوم') return 0;
  return /اول/.test(word) ? 2 : 1;
}

/**
 * The weekdays the article's own words say it was written on: «فجر اليوم الجمعة» is written on
 * a Friday, and so is «مساء أمس الخميس». Empty when the text names none.
 */
export function writingWeekdays(text: string): Set<number> {
  const days = new Set<number>();
  for (const m of normaliseArabic(text).matchAll(DEICTIC)) days.add((WEEKDAY_NUMBER[m[2]] + daysBack(m[1].replace(/\s+/g, ' '))) % 7);
  return days;
}

/**
 * Whether a date read from the page (a dateline) cannot be the day the article was written: its
 * weekday is none of those the text names for "today". A site header shows the day the page was
 * fetched, not published («الثلاثاء 16 يوليو 2024» above a story of «فجر اليوم الجمعة»).
 */
export function contradictsWritingDay(iso: string, weekdays: ReadonlySet<number>): boolean {
  if (!weekdays.size) return false;
  const day = new Date(iso.slice(0, 10) + 'T00:00:00Z').getUTCDay();
  return Number.isNaN(day) ? false : !weekdays.has(day);
}
