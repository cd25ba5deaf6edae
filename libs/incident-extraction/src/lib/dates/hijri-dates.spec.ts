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
    ['"شهر" before the month, in an obituary', 'مساء يوم الأربعاء السادس والعشرين من شهر رجب الأصب سنة 1445 للهجرة', '2024-02-07'],
    ['"شهر" before the month, with digits', 'فجر 3 من شهر شعبان 1445 هـ', '2024-02-13'],
    ['"شهر" before Ramadan with its epithet', 'في السابع والعشرين من شهر رمضان المبارك 1445 هـ', '2024-04-06'],
    // Umm al-Qura, where the tabular calendar is a day early.
    ['Umm al-Qura: Ashura', 'في 10 محرم 1446 هـ', '2024-07-16'],
    ['Umm al-Qura: the day of Arafa', 'يوم 9 ذي الحجة 1443', '2022-07-08'],
    ['Umm al-Qura: mid-Shaban', 'ليلة 15 شعبان 1444 هـ', '2023-03-07'],
    ['Umm al-Qura: an ordinal day without weekday', 'الرابع من جمادى الأولى 1441 هـ', '2019-12-30'],
    ['Umm al-Qura: Rajab without weekday', 'بتاريخ 26 رجب 1445', '2024-02-07'],
  ])('%s', (_label, text, value) => {
    expect(days(text)).toEqual([value]);
  });

  it.each([
    ['a month with no year', 'في 22 جمادى الآخرة'],
    ['a Gregorian year', '22 رجب 2020'],
    ['the month alone', 'في شهر رمضان'],
    ['a word that is no ordinal before the month', 'الشهر رجب 1445 هـ'],
    ['an ordinal with no year', 'في السابع من جمادى الأولى'],
    ['"شهر" and no year', 'في العاشر من شهر محرم'],
  ])('none in %s', (_label, text) => {
    expect(days(text)).toEqual([]);
  });

  it('dates an undated page', () => {
    const text = 'وجاء في البيان الموقع الخميس 22 جمادى الآخرة 1445 هـ أن القائد ارتقى.';
    expect(findDates(text, keyTokens(text), null).map((d) => d.value)).toEqual(['2024-01-04']);
  });
});
