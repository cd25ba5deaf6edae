import { parseArabicDate, parseMetadataDate } from './arabic-date-parser';

describe('parseArabicDate', () => {
  it.each([
    ['day name, Egyptian month, 12-hour time after noon', 'الخميس 14 مارس 2024 03:20 م', '2024-03-14T15:20:00.000Z'],
    ['morning time', 'السبت 2 ديسمبر 2023 09:05 ص', '2023-12-02T09:05:00.000Z'],
    ['Levantine month with "من"', '7 من حزيران 2022', '2022-06-07'],
    ['two-word Levantine month', '3 تشرين الثاني 2021', '2021-11-03'],
    ['paired month names', 'الإثنين، 16 كانون الأول/ديسمبر 2019', '2019-12-16'],
    ['Maghreb month', '11 جويلية 2023', '2023-07-11'],
    ['Arabic-Indic digits', '٥ أيار ٢٠٢٠', '2020-05-05'],
    ['month first with commas', 'الأربعاء, يناير 10, 2024', '2024-01-10'],
    ['day-first numeric', '09/08/2021', '2021-08-09'],
    ['ISO-like numeric with time', '2022-02-01 18:30', '2022-02-01T18:30:00.000Z'],
    ['a statement signed with a Hijri date', 'الأحد 19 جمادى الأولى 1445 هـ', '2023-12-03'],
    ['Hijri with "للهجرة"', '12 ربيع الأول 1446 للهجرة', '2024-09-15'],
    ['Hijri, a two-word month with ذي', '10 ذي الحجة 1444 هـ', '2023-06-28'],
    ['Hijri in Arabic-Indic digits', '٢٧ رجب ١٤٤٥ هـ', '2024-02-08'],
    ['Hijri, the weekday told picks the day (Friday)', 'الجمعة 5 رمضان 1445هـ', '2024-03-15'],
    ['Hijri, the weekday told picks the day (Saturday)', 'السبت 5 رمضان 1445هـ', '2024-03-16'],
  ])('%s', (_label, input, iso) => {
    expect(parseArabicDate(input)?.iso).toBe(iso);
  });

  it.each([
    ['a sentence', 'قال المتحدث إن الهجوم فشل'],
    ['an impossible day', '31 شباط 2023'],
    ['a number that is not a year', '12 مارس 75'],
    ['a Hijri day and month without a year', '19 جمادى الأولى'],
    ['a Hijri date inside a word run', '19 جمادى الأولى 1445هـوكان'],
  ])('rejects %s', (_label, input) => {
    expect(parseArabicDate(input)).toBeNull();
  });
});

describe('parseMetadataDate', () => {
  it('converts an ISO time with offset to UTC', () => {
    expect(parseMetadataDate('2023-06-01T10:15:00+03:00')?.iso).toBe('2023-06-01T07:15:00.000Z');
  });
  it('keeps a bare day as a date', () => {
    expect(parseMetadataDate('2023-06-01')).toEqual({ iso: '2023-06-01', precision: 'date', matchedLength: 10 });
  });
  it('reads RFC 2822 feed dates', () => {
    expect(parseMetadataDate('Thu, 01 Jun 2023 07:15:00 GMT')?.iso).toBe('2023-06-01T07:15:00.000Z');
  });
  it('returns null for nothing or garbage', () => {
    expect(parseMetadataDate(null)).toBeNull();
    expect(parseMetadataDate('قريباً')).toBeNull();
  });
});
