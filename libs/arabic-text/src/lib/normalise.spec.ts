import { cleanDisplayText, normaliseArabic, toWesternDigits } from '@raseed/arabic-text';

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
