import { ARABIC_MONTH_NAMES, normaliseArabic } from '@raseed/arabic-text';

describe('ARABIC_MONTH_NAMES', () => {
  it('names every month once, in order, in all three naming traditions', () => {
    expect(ARABIC_MONTH_NAMES.map(([m]) => m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [, names] of ARABIC_MONTH_NAMES) expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it('gives no search key to two months', () => {
    const months = new Map<string, number>();
    for (const [month, names] of ARABIC_MONTH_NAMES) {
      for (const name of names) {
        const key = normaliseArabic(name);
        expect([key, months.get(key) ?? month]).toEqual([key, month]);
        months.set(key, month);
      }
    }
    // Variant spellings meet through the folding, not through extra rows.
    expect(months.get(normaliseArabic('إبريل'))).toBe(4);
    expect(months.get(normaliseArabic('اذار'))).toBe(3);
    expect(months.get(normaliseArabic('جويليه'))).toBe(7);
  });
});
