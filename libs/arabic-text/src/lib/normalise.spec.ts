import { cleanDisplayText, decomposePresentationForms, normaliseArabic, toWesternDigits } from '@raseed/arabic-text';

describe('normaliseArabic (search keys)', () => {
  it.each([
    ['diacritics and shadda', 'مُسَيَّرَة', 'مسيره'],
    ['tatweel', 'صــواريخ', 'صواريخ'],
    ['alef variants', 'أإآٱ', 'اااا'],
    ['alef maksura', 'مستشفى', 'مستشفي'],
    ['taa marbuta folds in keys', 'قاعدة', 'قاعده'],
    ['hamza seats', 'مؤتمر رئيس', 'موتمر رييس'],
    ['Persian yeh and kaf', 'کتیبه', 'كتيبه'],
    ['Arabic-Indic and Persian digits', '٢٠٢٣ و۱۵', '2023 و15'],
    ['zero-width and bidi marks', 'قا\u200Cعدة\u200F', 'قاعده'],
    ['quote styles', '«المقاومة» “نعم”', '"المقاومه" "نعم"'],
  ])('%s', (_label, input, expected) => {
    expect(normaliseArabic(input)).toBe(expected);
  });

  it('keeps taa marbuta when asked', () => {
    expect(normaliseArabic('قاعدة', { foldTaaMarbuta: false })).toBe('قاعدة');
  });
});

describe('cleanDisplayText', () => {
  it('removes invisibles and squeezes spaces but keeps letters as written', () => {
    expect(cleanDisplayText(' قاعدةُ\u200B  التنف \n\n الأمريكية ')).toBe('قاعدةُ التنف\n\nالأمريكية');
  });
});

it('toWesternDigits converts both digit families', () => {
  expect(toWesternDigits('١٠٧ ملم و۳')).toBe('107 ملم و3');
});

describe('normaliseArabic hardening', () => {
  it.each([
    ['presentation-form glyphs from PDFs', '\uFEDF\uFE8E\uFEB3\uFEE4\uFE8E \uFEFB', 'لاسما لا'],
    ['gaf and veh in transliterated names', 'ڤيديو گروب', 'فيديو كروب'],
    ['angle and fullwidth quotes', '‹نعم› ＂لا＂', '\'نعم\' "لا"'],
    ['Arabic decimal separator and percent', '٣٫٥٪', '3.5%'],
    ['Arabic letter mark and word joiner', 'غزة\u061C\u2060', 'غزه'],
    ['same key for spelling variants met at query time', 'مُسْتَشْفَى الشِّفاء', 'مستشفي الشفاء'],
  ])('%s', (_label, input, expected) => {
    expect(normaliseArabic(input)).toBe(expected);
  });

  it('index-time and query-time spellings of one word share a key', () => {
    expect(normaliseArabic('الأمريكيّة')).toBe(normaliseArabic('الامريكيه'));
    expect(normaliseArabic('إسرائيل')).toBe(normaliseArabic('اسرائيل'));
  });

  it('does not fold taa marbuta in display text', () => {
    expect(cleanDisplayText('قاعدةٌ')).toBe('قاعدةٌ');
  });

  it('display text decomposes presentation forms but keeps diacritics', () => {
    expect(cleanDisplayText('\uFEFB بُدّ')).toBe('لا بُدّ');
  });
});

describe('decomposePresentationForms', () => {
  it('leaves ordinary letters and other compatibility characters alone', () => {
    expect(decomposePresentationForms('قاعدة ½')).toBe('قاعدة ½');
  });
});
