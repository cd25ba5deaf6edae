import { DATE_STRENGTH, DateMention } from './date-mention';
import { pad2 } from './calendar';
import { WEEKDAYS, ordinalDayOfWords } from './date-words';
import { foldWord } from '../text/tokens';

// Dates of the Hijri calendar with a year ("الجمعة 18 رجب 1441 هـ"، "١١ ذي الحجة ١٤٤٠"), as statements of
// factions and religious outlets sign them. Converted with the Umm al-Qura calendar (the official one, as
// Intl knows it; the tabular calendar where Intl lacks it), at most a day from a sighted month; a weekday
// told with it settles that day.

// Matched on the folded month name (ة→ه، ى→ي، أ/إ/آ→ا).
const MONTHS: Array<[RegExp, number]> = [
  [/^محرم$/, 1],
  [/^صفر$/, 2],
  [/^ربيع الاول$/, 3],
  [/^ربيع (الاخر|الثاني)$/, 4],
  [/^جمادي (الاولي|الاول)$/, 5],
  [/^جمادي (الاخره|الاخر|الثانيه)$/, 6],
  [/^رجب$/, 7],
  [/^شعبان$/, 8],
  [/^رمضان$/, 9],
  [/^شوال$/, 10],
  [/^ذ(و|ي) القعده$/, 11],
  [/^ذ(و|ي) الحجه$/, 12],
];
const MONTH_NAMES =
  'محرم|صفر|ربيع\\s+(?:الأول|الاول|الآخر|الاخر|الثاني)|جماد[ىي]\\s+(?:الأولى|الاولى|الأول|الاول|الآخرة|الاخرة|الآخر|الاخر|الثانية)|رجب|شعبان|رمضان|شوال|ذ[وي]\\s+القعدة|ذ[وي]\\s+الحجة';
// A day in ordinal words, as obituaries and statements write it ("الثاني من جمادى الأولى"، "الحادي والعشرين").
const ORDINAL_DAY = '(?:و?ال)[\\u0621-\\u064A]+(?:\\s+عشر|\\s+وال(?:عشرين|ثلاثين))?';
// A day, the month, and a year of the 14th or 15th Hijri century (the "هـ" after it optional).
// The month's epithet, as religious texts write it: "رجب الأصب"، "رمضان المبارك"، "محرم الحرام".
const EPITHET = '(?:\\s+(?:الأصب|الاصب|الأصم|الاصم|المرجب|الفرد|المبارك|الكريم|المعظم|الحرام|الخير|المظفر))?';
const HIJRI = new RegExp(`([0-9٠-٩]{1,2}|${ORDINAL_DAY})\\s+(?:من\\s+)?(?:شهر\\s+)?(${MONTH_NAMES})${EPITHET}\\s+(?:سنة\\s+|عام\\s+)?(1[34][0-9]{2}|١[٣٤][٠-٩]{2})\\s*(?:هـ|ه\\b|للهجرة)?`, 'gu');
const HIJRI_MONTH_WORD = /محرم|صفر|ربيع|جماد|رجب|شعبان|رمضان|شوال|القعدة|الحجة/u;
const WEEKDAY_BEFORE = /(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\s*،?\s*$/u;

const digits = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));

/** Julian day number of a Hijri date, tabular calendar (civil epoch). */
function hijriToJdn(y: number, m: number, d: number): number {
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

/** Julian day number of a Hijri date in the Umm al-Qura calendar: the tabular day, moved to the day Intl names so. */
function umalquraToJdn(y: number, m: number, d: number): number {
  const tabular = hijriToJdn(y, m, d);
  for (const k of [0, 1, -1, 2, -2]) {
    const got = umalquraParts(tabular + k);
    if (!got) return tabular;
    if (got[0] === y && got[1] === m && got[2] === d) return tabular + k;
  }
  return tabular;
}

function jdnToIso(jdn: number): string {
  const ms = (jdn - 2440588) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Hijri dates with a year in text[start, end), as Gregorian days. */
export function hijriDates(text: string, start: number, end: number): DateMention[] {
  const out: DateMention[] = [];
  const slice = text.slice(start, end);
  // Most sentences name no Hijri month: a cheap look before the full pattern.
  if (!HIJRI_MONTH_WORD.test(slice)) return out;
  for (const m of slice.matchAll(HIJRI)) {
    const name = m[2].split(/\s+/).map(foldWord).join(' ');
    const month = MONTHS.find(([re]) => re.test(name))?.[1];
    const day = /^[0-9٠-٩]+$/.test(m[1]) ? digits(m[1]) : (ordinalDayOfWords(m[1].split(/\s+/).map(foldWord)) ?? 0);
    if (!month || day < 1 || day > 30) continue;
    let jdn = umalquraToJdn(digits(m[3]), month, day);
    // The weekday written with it picks the day among the calendars' one or two days of difference.
    const wd = WEEKDAY_BEFORE.exec(slice.slice(0, m.index));
    if (wd) {
      const want = WEEKDAYS.get(foldWord(wd[1]))!;
      const got = (jdn + 1) % 7;
      const shift = [0, 1, -1, 2, -2].find((k) => (got + k + 7) % 7 === want);
      if (shift !== undefined) jdn += shift;
    }
    const iso = jdnToIso(jdn);
    const [y, mo, d] = iso.split('-').map(Number);
    out.push({ value: `${y}-${pad2(mo)}-${pad2(d)}`, precision: 'day', start: start + m.index!, end: start + m.index! + m[0].length, strength: DATE_STRENGTH.explicit });
  }
  return out;
}
