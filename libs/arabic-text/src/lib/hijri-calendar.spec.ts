import { HIJRI_MONTH_BY_KEY, hijriToIsoDay } from './hijri-calendar';
import { normaliseArabic } from './normalise';

describe('hijriToIsoDay (Umm al-Qura, a weekday told settles the day)', () => {
  it.each([
    ['1 Muharram 1445', 1445, 1, 1, null, '2023-07-19'],
    ['19 Jumada I 1445', 1445, 5, 19, null, '2023-12-03'],
    ['1 Ramadan 1445', 1445, 9, 1, null, '2024-03-11'],
    ['10 Dhu al-Hijja 1444', 1444, 12, 10, null, '2023-06-28'],
    ['5 Ramadan 1445 told as a Saturday', 1445, 9, 5, 6, '2024-03-16'],
    ['5 Ramadan 1445 told as a Friday', 1445, 9, 5, 5, '2024-03-15'],
  ])('%s', (_label, y, m, d, weekday, iso) => {
    expect(hijriToIsoDay(y, m, d, weekday)).toBe(iso);
  });

  it('knows each month by the key normaliseArabic gives its spellings', () => {
    expect(['جمادى الأولى', 'جمادى الآخرة', 'ربيع الثاني', 'ذو القعدة', 'ذي الحجة'].map((n) => HIJRI_MONTH_BY_KEY.get(normaliseArabic(n)))).toEqual([5, 6, 4, 11, 12]);
  });
});
