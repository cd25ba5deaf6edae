import { hijriDates } from './hijri-dates';
import { findDates } from './dates';
import { keyTokens } from '../text/tokens';

const days = (text: string) => hijriDates(text, 0, text.length).map((d) => d.value);

describe('Hijri dates with a year, as statements sign them', () => {
  it.each([
    ['Jumada II with a weekday', 'الخميس 22 جمادى الآخرة 1445 هـ', '2024-01-04'],
    ['Dhu al-Hijja in Eastern Arabic digits', 'الاثنين ١١ ذي الحجة ١٤٤٠ هـ', '2019-08-12'],
    ['Rajab with a Friday', 'وذيّلت بيانها بتاريخ "الجمعة 18 رجب 1441 هـ"', '2020-03-13'],
    ['the new year', '1 محرم 1445', '2023-07-19'],
    ['Rabi al-Awwal, written "الاول"', 'السبت 12 ربيع الاول 1445 هـ', '2023-09-27'],
    ['Ramadan with "للهجرة"', 'في 1 رمضان 1444 للهجرة', '2023-03-23'],
    ['an ordinal day with a weekday, in an obituary', 'عصر يوم الأحد الثاني من جمادى الأولى سنة 1441 للهجرة', '2019-12-29'],
    ['an ordinal day with "هـ"', 'مساء يوم الثلاثاء السابع من جمادى الأولى 1445 هـ', '2023-11-21'],
    ['a teen ordinal', 'فجر الثلاثاء الحادي عشر من رجب 1445 هـ', '2024-01-23'],
    ['a compound ordinal', 'يوم الجمعة الخامس والعشرين من شعبان 1444', '2023-03-17'],
    ['the first of the month', 'مساء الأول من محرم 1445 هـ', '2023-07-19'],
    ['the twentieth', 'العشرين من رمضان 1444 هـ', '2023-04-11'],
    ['a month with its epithet', 'ليلة الخميس السابع عشر من رجب الأصب سنة 1441 للهجرة', '2020-03-12'],
    ['Ramadan "the blessed"', 'الجمعة 7 رمضان المبارك 1445 هـ', '2024-03-15'],
    ['Muharram "the sacred"', 'في 1 محرم الحرام 1445', '2023-07-19'],
  ])('%s', (_label, text, value) => {
    expect(days(text)).toEqual([value]);
  });

  it.each([
    ['a month with no year', 'في 22 جمادى الآخرة'],
    ['a Gregorian year', '22 رجب 2020'],
    ['the month alone', 'في شهر رمضان'],
    ['a word that is no ordinal before the month', 'الشهر رجب 1445 هـ'],
    ['an ordinal with no year', 'في السابع من جمادى الأولى'],
  ])('none in %s', (_label, text) => {
    expect(days(text)).toEqual([]);
  });

  it('dates an undated page', () => {
    const text = 'وجاء في البيان الموقع الخميس 22 جمادى الآخرة 1445 هـ أن القائد ارتقى.';
    expect(findDates(text, keyTokens(text), null).map((d) => d.value)).toEqual(['2024-01-04']);
  });
});
