import { KeyToken } from '../text/tokens';
import { parseIsoDay, shiftDays } from './calendar';
import { DateMention, strongestDate } from './date-mention';
import { DATE_WORDS } from './date-words';
import { DateScan } from './date-scan';
import { dayOfNamedMonth, monthDate } from './month-dates';
import { hijriDates } from './hijri-dates';
import { solarHijriDates } from './solar-hijri-dates';
import { holidayDates } from './holiday-dates';
import { numericDates } from './numeric-dates';
import { RELATIVE_PASSES } from './relative-dates';
import { framesCeremony, tellsCeremony } from './time-frames';

// Date expressions in news Arabic, resolved against the article's publish date: numeric
// dates, month names with or without a day and year, a day of the month just named, and
// expressions relative to publication (أمس، اليوم، الشهر الماضي، weekdays). Each kind is a
// pass of its own; findDates walks the tokens once and lets the first pass that knows a
// date word read it.

export { DATE_STRENGTH, pinsDay, strongestDate, type DateAnchor, type DateMention, type DateValue } from './date-mention';
export { daysBetween, parseIsoDay, shiftDays, shiftMonths } from './calendar';
export { readSpan, spanDays, type TimeSpan } from './spans';

/**
 * Every date expression in tokens[from, to), resolved against `publishedAt` (ISO day or
 * null). Expressions that only bound a period ("منذ 17 أكتوبر") are skipped.
 */
export function findDates(text: string, tokens: KeyToken[], publishedAt: string | null, from = 0, to = tokens.length, yearHint: string | null = null): DateMention[] {
  const scan: DateScan = { text, tokens, from, to, pub: parseIsoDay(publishedAt), yearHint: parseIsoDay(yearHint), found: [], covered: new Set() };
  numericDates(scan);
  holidayDates(scan);
  if (to > from) scan.found.push(...hijriDates(text, tokens[from].start, tokens[to - 1].end).filter((h) => !scan.found.some((d) => d.start < h.end && h.start < d.end)));
  if (to > from) scan.found.push(...solarHijriDates(text, tokens[from].start, tokens[to - 1].end).filter((h) => !scan.found.some((d) => d.start < h.end && h.start < d.end)));
  for (let i = from; i < to; i++) {
    if (scan.covered.has(i) || !tokens[i].keys.some((k) => DATE_WORDS.has(k))) continue;
    if (monthDate(scan, i) || dayOfNamedMonth(scan, i) || !scan.pub) continue;
    const told = scan.found.length;
    for (const pass of RELATIVE_PASSES) if (pass(scan, i)) break;
    for (let k = told; k < scan.found.length; k++) scan.found[k].anchor ??= 'publication';
  }
  const found = scan.found.length && tellsCeremony(scan) ? scan.found.filter((d) => !aboutCeremony(scan, d)) : scan.found;
  return found.map((d) => inLocalTime(text, d)).sort((x, y) => x.start - y.start);
}

// "مساء الخميس بتوقيت واشنطن": an evening in Washington is the next day in Iraq and Syria, where the
// act happened; local reports date it so.
const US_TIME = /^[\s،,(]*(?:ب|حسب\s+|وفق\s+)?(?:ال)?توقيت\s+(?:واشنطن|نيويورك|الولايات\s+المتحدة|الساحل\s+الشرقي|شرق\s+الولايات\s+المتحدة|(?:ال)?[أا]م[يى]?ر[يى]?كي)/;
const EVENING = /(مساء|ليل|ليلة|ليلا|الليلة|الليل)/;
const EVENING_REACH_CHARS = 12;
function inLocalTime(text: string, d: DateMention): DateMention {
  if (d.precision !== 'day' || !US_TIME.test(text.slice(d.end, d.end + 40))) return d;
  if (!EVENING.test(text.slice(Math.max(0, d.start - EVENING_REACH_CHARS), d.end))) return d;
  return { ...d, value: shiftDays(d.value, 1) };
}

function aboutCeremony(scan: DateScan, d: DateMention): boolean {
  let i = -1;
  let j = -1;
  for (let k = scan.from; k < scan.to && scan.tokens[k].start < d.end; k++) {
    if (i < 0 && scan.tokens[k].end > d.start) i = k;
    j = k;
  }
  return i >= 0 && framesCeremony(scan, i, j);
}

/** The expression that best dates an event: the strongest, then the earliest. */
export const bestDate = (mentions: DateMention[]): DateMention | null => strongestDate(mentions);
