import { datesOf } from '../../../test/sentence';
import { brief } from '../../../test/brief';

// Sentences written for these tests (not taken from any corpus).
describe('a part of a year ("مطلع هذا العام"، "أواخر العام الماضي") is told by the month it opens or closes', () => {
  it.each([
    ['"early this year"', 'في الهجوم الذي قتل ثلاثة جنود مطلع هذا العام', [['2024-01', 'month', 1]]],
    ['"early the current year"', 'مطلع العام الجاري', [['2024-01', 'month', 1]]],
    ['"since early this year": the start of a period', 'سجلت 12 هجوماً منذ مطلع العام الجاري', []],
    ['"at the beginning of the present year"', 'في بداية العام الحالي', [['2024-01', 'month', 1]]],
    ['"late last year"', 'أواخر العام الماضي', [['2023-12', 'month', 1]]],
    ['"at the end of last year", سنة', 'في نهاية السنة الماضية', [['2023-12', 'month', 1]]],
    ['"mid last year"', 'منتصف العام الماضي', [['2023-06', 'month', 1]]],
    ['a year told: not this pass', 'مطلع العام 2020', []],
    ['"last year" alone names no month', 'العام الماضي', []],
    ['"early in the year", no year pointed to', 'أوائل العام', []],
  ])('%s', (_label, text, expected) => {
    expect(datesOf(text, '2024-12-17')).toEqual(expected);
  });

  it('an attack told in passing as "early this year" is not dated to the day of publication', () => {
    const text = 'وقال المدعون إن نظام الملاحة عُثر عليه بين حطام المسيّرة التي استُخدمت في الهجوم الذي قتل ثلاثة جنود أمريكيين في البرج 22 مطلع هذا العام.';
    expect(brief(text, '2024-12-17').map((m) => [m.place, m.date])).toEqual([['Tower 22', '2024-01']]);
  });
});
