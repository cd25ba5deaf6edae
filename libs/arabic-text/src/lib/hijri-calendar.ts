import { normaliseArabic } from './normalise';

// The Hijri calendar, as factions' statements and religious outlets date what they publish. Converted with the
// Umm al-Qura calendar (the official one, as Intl knows it; the tabular calendar where Intl lacks it), at most a
// day from a sighted month; a weekday told with the date settles that day.

/** Month names by number, each with the spellings in use. */
export const HIJRI_MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول']],
  [4, ['ربيع الآخر', 'ربيع الثاني']],
  [5, ['جمادى الأولى', 'جمادى الأول']],
  [6, ['جمادى الآخرة', 'جمادى الآخر', 'جمادى الثانية']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة']],
  [12, ['ذو الحجة', 'ذي الحجة']],
];

/** The month of a name as normaliseArabic keys it ("جمادي الاولي"), or null. */
export const HIJRI_MONTH_BY_KEY: ReadonlyMap<string, number> = new Map(HIJRI_MONTH_NAMES.flatMap(([m, names]) => names.map((n) => [normaliseArabic(n), m] as const)));

/** Julian day number of a Hijri date, tabular calendar (civil epoch). */
function tabularJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439;
}

// One formatter, made once: ICU builds its calendar tables per instance.
let umalqura: Intl.DateTimeFormat | null | undefined;
function umalquraParts(jdn: number): [number, number, number] | null {
  if (umalqura === undefined) {
    try {
      umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (umalqura.resolvedOptions().calendar !== 'islamic-umalqura') umalqura = null;
    } catch {
      umalqura = null;
    }
  }
  if (!umalqura) return null;
  const parts = umalqura.formatToParts(new Date((jdn - 2440588) * 86_400_000));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/**
 * The Gregorian day (YYYY-MM-DD) of a Hijri date. `weekday` (0 = Sunday … 6 = Saturday), when the text tells
 * it, picks the day among the calendars' one or two days of difference.
 */
export function hijriToIsoDay(year: number, month: number, day: number, weekday: number | null = null): string {
  const tabular = tabularJdn(year, month, day);
  let jdn = tabular;
  for (const k of [0, 1, -1, 2, -2]) {
    const got = umalquraParts(tabular + k);
    if (!got) break;
    if (got[0] === year && got[1] === month && got[2] === day) {
      jdn = tabular + k;
      break;
    }
  }
  if (weekday !== null) {
    const shift = [0, 1, -1, 2, -2].find((k) => (jdn + 1 + k + 7) % 7 === weekday);
    if (shift !== undefined) jdn += shift;
  }
  return new Date((jdn - 2440588) * 86_400_000).toISOString().slice(0, 10);
}
