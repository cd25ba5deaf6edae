import { findDates } from './dates';
import { keyTokens } from '../text/tokens';

// Sentences written for these specs.
const days = (text: string, pub: string | null = '2024-01-10', hint: string | null = null) => findDates(text, keyTokens(text), pub, 0, undefined, hint).map((d) => d.value);

describe('feasts on a fixed day date an act', () => {
  it.each([
    ['Christmas Day', 'قتلت ثلاثة صواريخ القيادي يوم عيد الميلاد في منزله', '2024-01-10', ['2023-12-25']],
    ['Christmas, with "المجيد"', 'سقطت قذائف على القاعدة في عيد الميلاد المجيد', '2024-01-10', ['2023-12-25']],
    ['Christmas Eve', 'استهدفت مسيرة القاعدة عشية عيد الميلاد', '2024-01-10', ['2023-12-24']],
    ["New Year's Eve", 'سقطت صواريخ على قاعدة عين الأسد ليلة رأس السنة', '2024-01-10', ['2023-12-31']],
    ["New Year's Day", 'وفي رأس السنة قصفت الطائرات مواقع في البوكمال', '2024-01-10', ['2024-01-01']],
    ['the year of the publication when the feast is before it', 'هاجمت مسيرات قاعدة حرير يوم عيد الميلاد', '2023-12-27', ['2023-12-25']],
  ])('%s', (_label, text, pub, out) => {
    expect(days(text, pub)).toEqual(out);
  });

  it('takes the year of the first full date in an undated article', () => {
    expect(days('هاجمت مسيرات قاعدة حرير يوم عيد الميلاد', null, '2021-12-30')).toEqual(['2021-12-25']);
  });

  it.each([
    ['a birthday', 'احتفل القيادي بعيد ميلاده قبل الغارة'],
    ['the feast with no day to reckon from', 'هاجمت مسيرات قاعدة حرير يوم عيد الميلاد'],
  ])('none for %s', (_label, text) => {
    expect(days(text, text.includes('ميلاده') ? '2024-01-10' : null)).toEqual([]);
  });
});
