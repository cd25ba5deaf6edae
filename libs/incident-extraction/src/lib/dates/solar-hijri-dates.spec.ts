import { solarHijriDates, solarHijriToIsoDay } from './solar-hijri-dates';

describe('solarHijriToIsoDay', () => {
  it.each([
    [1398, 10, 13, '2020-01-03'],
    [1398, 10, 18, '2020-01-08'],
    [1402, 11, 13, '2024-02-02'],
    [1403, 1, 1, '2024-03-20'],
    [1403, 1, 13, '2024-04-01'],
    [1400, 1, 1, '2021-03-21'],
  ])('%i-%i-%i is %s', (y, m, d, iso) => {
    expect(solarHijriToIsoDay(y, m, d)).toBe(iso);
  });

  it('a weekday written with the date settles a day either way', () => {
    expect(solarHijriToIsoDay(1402, 11, 13, 5)).toBe('2024-02-02');
    expect(solarHijriToIsoDay(1402, 11, 13, 4)).toBe('2024-02-01');
  });
});

describe('solarHijriDates', () => {
  const found = (text: string) => solarHijriDates(text, 0, text.length).map((d) => d.value);

  it.each([
    ['استشهد فجر يوم الجمعة 13 بهمن 1402 هـ.ش جنوب دمشق', '2024-02-02'],
    ['في 18 دي 1398 ردّ الحرس الثوري على اغتيال قائده', '2020-01-08'],
    ['بتاريخ ١٣ فروردين ١٤٠٣ هجري شمسي', '2024-04-01'],
  ])('%s', (text, iso) => {
    expect(found(text)).toEqual([iso]);
  });

  it('still: the words without a day and a year are no date', () => {
    expect(found('بلغ مهر العروس 1500 دولار في شهر دي')).toEqual([]);
  });
});
