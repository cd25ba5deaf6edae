import { datesOf } from '../../../test/sentence';

describe('numeric dates', () => {
  it.each([
    ['day first with dashes', 'بتاريخ 26-1-2024', '2024-01-26'],
    ['day first with slashes', 'يوم 22/02/2024', '2024-02-22'],
    ['ISO', 'في 2024-01-26', '2024-01-26'],
    ['Arabic-Indic digits', 'بتاريخ ٢٦-١-٢٠٢٤', '2024-01-26'],
  ])('%s', (_label, text, day) => {
    expect(datesOf(text)).toEqual([[day, 'day', 4]]);
  });

  it('ignores impossible days and far years', () => {
    expect(datesOf('رقم 31-02-2024 و 12-05-1850')).toEqual([]);
  });
});
