import { DATE_STRENGTH, DateMention } from './date-mention';
import { pad2 } from './calendar';
import { WEEKDAYS, ordinalDayOfWords } from './date-words';
import { foldWord } from '../text/tokens';
import { HIJRI_MONTH_BY_KEY, hijriToIsoDay, normaliseArabic } from '@raseed/arabic-text';

// Dates of the Hijri calendar with a year ("الجمعة 18 رجب 1441 هـ"، "١١ ذي الحجة ١٤٤٠"), as statements of
// factions and religious outlets sign them; converted by @raseed/arabic-text's hijriToIsoDay.

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

/** The Hijri dates with a year in text[start, end), as Gregorian days. */
export function hijriDates(text: string, start: number, end: number): DateMention[] {
  const out: DateMention[] = [];
  const slice = text.slice(start, end);
  // Most sentences name no Hijri month: a cheap look before the full pattern.
  if (!HIJRI_MONTH_WORD.test(slice)) return out;
  for (const m of slice.matchAll(HIJRI)) {
    const month = HIJRI_MONTH_BY_KEY.get(normaliseArabic(m[2].split(/\s+/).join(' ')));
    const day = /^[0-9٠-٩]+$/.test(m[1]) ? digits(m[1]) : (ordinalDayOfWords(m[1].split(/\s+/).map(foldWord)) ?? 0);
    if (!month || day < 1 || day > 30) continue;
    // The weekday written with it picks the day among the calendars' one or two days of difference.
    const wd = WEEKDAY_BEFORE.exec(slice.slice(0, m.index));
    const iso = hijriToIsoDay(digits(m[3]), month, day, wd ? WEEKDAYS.get(foldWord(wd[1]))! : null);
    const [y, mo, d] = iso.split('-').map(Number);
    out.push({ value: `${y}-${pad2(mo)}-${pad2(d)}`, precision: 'day', start: start + m.index!, end: start + m.index! + m[0].length, strength: DATE_STRENGTH.explicit });
  }
  return out;
}
