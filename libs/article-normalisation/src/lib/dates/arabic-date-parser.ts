import { ARABIC_MONTH_NAMES, HIJRI_MONTH_BY_KEY, hijriToIsoDay, normaliseArabic, toWesternDigits } from '@raseed/arabic-text';
import { WEEKDAY_NUMBER } from './deictic-weekdays';

export interface ParsedDate {
  /** 'YYYY-MM-DD' when only the day is known, else a UTC ISO date-time. */
  iso: string;
  precision: 'date' | 'datetime';
  /** Length of the match in the search key of the input (see normaliseArabic). */
  matchedLength: number;
}

// Month names as search keys (normaliseArabic folds alef, hamza seats, taa marbuta), so
// أبريل/ابريل and آذار/اذار meet.
const MONTH_BY_KEY = new Map<string, number>();
for (const [month, names] of ARABIC_MONTH_NAMES) for (const name of names) MONTH_BY_KEY.set(normaliseArabic(name), month);
// Longest names first so "تشرين الاول" wins over a shorter prefix.
const MONTH_ALTERNATION = [...MONTH_BY_KEY.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_NAMES = '(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه)';

// "الأحد 29 أكتوبر 2023 01:49 م", "29 تشرين الأول/أكتوبر 2023", "29 من نيسان 2024"
const TEXT_DATE = new RegExp(
  `^(?:(?:يوم )?${DAY_NAMES}[ ،,]+)?(\\d{1,2})(?: من)? (${MONTH_ALTERNATION})(?: ?/ ?(?:${MONTH_ALTERNATION}))?[ ،,]+(\\d{4})(?:م)?` +
    `(?:[ ،,-]+(?:الساعه )?(\\d{1,2}):(\\d{2})(?::\\d{2})? ?(ص|م|صباحا|مساء|am|pm)?)?`,
);
// "الأحد 19 جمادى الأولى 1445 هـ": a statement signed with a Hijri date (a year of the 14th or 15th century).
const HIJRI_ALTERNATION = [...HIJRI_MONTH_BY_KEY.keys()].sort((a, b) => b.length - a.length).join('|');
const HIJRI_DATE = new RegExp(`^(?:(?:يوم )?(${DAY_NAMES})[ ،,]+)?(\\d{1,2})(?: من)? (${HIJRI_ALTERNATION})[ ،,]+(?:سنه |عام )?(1[34]\\d{2}) ?(?:ه|للهجره)?(?![\\p{L}\\d])`, 'u');

// "الخميس, أبريل 25, 2024" (month first, as some WordPress themes print it)
const MONTH_FIRST = new RegExp(`^(?:${DAY_NAMES}[ ،,]+)?(${MONTH_ALTERNATION}) (\\d{1,2})[ ،,]+(\\d{4})`);
// 2023-10-29, 2023/10/29 (optionally with a time), 29/10/2023, 29-10-2023
const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ ،,-]+(\d{1,2}):(\d{2}) ?(ص|م|am|pm)?)?/;

/**
 * A date written at the start of `text` (a dateline), in Arabic or numeric form. The zone
 * of a written time is unknown, so it is read as UTC; callers prefer page metadata.
 */
export function parseArabicDate(text: string): ParsedDate | null {
  const key = normaliseArabic(toWesternDigits(text)).replace(/[\u060C]/g, '،');
  const named = TEXT_DATE.exec(key);
  if (named) {
    const month = MONTH_BY_KEY.get(named[2]);
    if (month) return build(+named[3], month, +named[1], named[4], named[5], named[6], named[0].length);
  }
  const monthFirst = MONTH_FIRST.exec(key);
  if (monthFirst) {
    const month = MONTH_BY_KEY.get(monthFirst[1]);
    if (month) return build(+monthFirst[3], month, +monthFirst[2], undefined, undefined, undefined, monthFirst[0].length);
  }
  const hijri = HIJRI_DATE.exec(key);
  if (hijri) {
    const weekday = hijri[1] ? (WEEKDAY_NUMBER[hijri[1].replace(/^ال/, '')] ?? null) : null;
    const day = hijriToIsoDay(+hijri[4], HIJRI_MONTH_BY_KEY.get(hijri[3])!, +hijri[2], weekday);
    return build(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10), undefined, undefined, undefined, hijri[0].length);
  }
  const iso = ISO_LIKE.exec(key);
  if (iso) return build(+iso[1], +iso[2], +iso[3], iso[4], iso[5], undefined, iso[0].length);
  const dayFirst = DAY_FIRST.exec(key);
  if (dayFirst) return build(+dayFirst[3], +dayFirst[2], +dayFirst[1], dayFirst[4], dayFirst[5], dayFirst[6], dayFirst[0].length);
  return null;
}

/** A machine date from metadata (ISO 8601, RFC 2822, or a dateline), as ISO; null if unreadable. */
export function parseMetadataDate(value: string | null | undefined): ParsedDate | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return build(+trimmed.slice(0, 4), +trimmed.slice(5, 7), +trimmed.slice(8, 10), undefined, undefined, undefined, 10);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed) || /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}/.test(trimmed)) {
    // An explicit zone is honoured; a bare local time is read as UTC like datelines are.
    const hasZone = /(Z|[+-]\d{2}:?\d{2}|GMT|UT)$/i.test(trimmed) || /^[A-Z][a-z]{2},/.test(trimmed);
    const ms = Date.parse(hasZone ? trimmed : `${trimmed}Z`);
    if (!Number.isNaN(ms)) return { iso: new Date(ms).toISOString(), precision: 'datetime', matchedLength: trimmed.length };
  }
  return parseArabicDate(trimmed);
}

function build(year: number, month: number, day: number, hour: string | undefined, minute: string | undefined, meridiem: string | undefined, matchedLength: number): ParsedDate | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null; // 31 February and friends
  if (hour === undefined || minute === undefined) return { iso: date.toISOString().slice(0, 10), precision: 'date', matchedLength };
  let h = +hour;
  const pm = meridiem === 'م' || meridiem === 'مساء' || meridiem === 'pm';
  const am = meridiem === 'ص' || meridiem === 'صباحا' || meridiem === 'am';
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 23 || +minute > 59) return { iso: date.toISOString().slice(0, 10), precision: 'date', matchedLength };
  date.setUTCHours(h, +minute);
  return { iso: date.toISOString(), precision: 'datetime', matchedLength };
}
