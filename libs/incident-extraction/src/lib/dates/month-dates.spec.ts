import { datesOf } from '../../../test/sentence';

describe('month names', () => {
  it.each([
    ['Levantine month with day and year', 'في 3 آذار 2023', ['2023-03-03', 'day', 4]],
    ['Egyptian month with ordinal day', 'في الثامن من يناير', ['2024-01-08', 'day', 4]],
    ['two spellings of one month', 'في 9 أيلول/سبتمبر', ['2023-09-09', 'day', 4]],
    ['compound ordinal day', 'الحادي والعشرين من شباط', ['2024-02-21', 'day', 4]],
    ['a month alone, year inferred', 'في تشرين الأول', ['2023-10', 'month', 1]],
    ['Maghrebi month', 'يوم 12 جانفي', ['2024-01-12', 'day', 4]],
  ])('%s', (_label, text, expected) => {
    expect(datesOf(text)).toEqual([expected]);
  });

  it('does not read آب (father) as August without a day or a year', () => {
    expect(datesOf('قال أب الضحية')).toEqual([]);
    expect(datesOf('في 4 آب')).toEqual([['2023-08-04', 'day', 4]]);
  });

  it('skips a date that only bounds a period', () => {
    expect(datesOf('منذ 17 تشرين الأول')).toEqual([]);
  });

  it('reads a day of the month just named', () => {
    expect(datesOf('وفي 20 كانون الثاني قصفت المسيرات القاعدة، وفي 28 منه قتل ثلاثة جنود').map((d) => d[0])).toEqual(['2024-01-20', '2024-01-28']);
  });
});
