import { splitParagraphs, splitSentences, tokenize, arabicLetterRatio } from '@raseed/arabic-text';

describe('splitSentences', () => {
  it('splits on Arabic and Latin terminators and line breaks, with offsets', () => {
    const text = 'استهدف هجوم قاعدة التنف. هل أصيب أحد؟ لا؛ لم يصب أحد\nالمصدر: رويترز';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['استهدف هجوم قاعدة التنف.', 'هل أصيب أحد؟', 'لا؛', 'لم يصب أحد', 'المصدر: رويترز']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split decimals or U.S.', () => {
    expect(splitSentences('سقط 12.5 ملم. انتهى').length).toBe(2);
    expect(splitSentences('قالت U.S. Army إن').length).toBe(1);
  });
});

describe('tokenize', () => {
  it('keeps words with diacritics whole and normalises keys', () => {
    const tokens = tokenize('طائرةٌ مسيّرة، ١٠٧ ملم');
    expect(tokens.map((t) => t.norm)).toEqual(['طايره', 'مسيره', '107', 'ملم']);
    expect(tokens[1].text).toBe('مسيّرة');
  });

  it('arabicLetterRatio tells Arabic from English', () => {
    expect(arabicLetterRatio('هجوم على قاعدة')).toBe(1);
    expect(arabicLetterRatio('drone attack')).toBe(0);
  });
});

describe('splitSentences hardening', () => {
  it('splits when a page dropped the space after a full stop', () => {
    expect(splitSentences('لم يقع داخل الأردن.وأكد أن الهجوم وقع في سوريا.').map((s) => s.text)).toEqual(['لم يقع داخل الأردن.', 'وأكد أن الهجوم وقع في سوريا.']);
  });

  it('keeps Arabic single-letter abbreviations inside the sentence', () => {
    expect(splitSentences('نقلت أ.ف.ب عن د. سامي قوله إن الوضع هادئ.').length).toBe(1);
  });

  it.each([
    ['the Hijri solar year', 'فجر يوم الاثنين 20 فروردين 1397 هـ.ش الموافق 9 نيسان 2018.'],
    ['the Hijri year, drawn out', 'في 3 شوال 1439 هـ. الموافق 17 حزيران 2018 سقطت صواريخ.'],
    ['the lunar Hijri year', 'يوم 26 رجب 1445 هـ.ق وهو يوم الأربعاء.'],
  ])('keeps a single letter drawn out with a tatweel (%s) inside the sentence', (_label, text) => {
    expect(splitSentences(text).length).toBe(1);
  });

  it('splits on the Arabic question mark with no space after it', () => {
    expect(splitSentences('من أطلق الصاروخ؟لا أحد يعرف').map((s) => s.text)).toEqual(['من أطلق الصاروخ؟', 'لا أحد يعرف']);
  });

  it('keeps the Arabic comma inside a sentence', () => {
    expect(splitSentences('سقط صاروخان، ولم يصب أحد.').length).toBe(1);
  });
});

describe('splitParagraphs', () => {
  it('splits on line breaks, drops blank lines and keeps offsets', () => {
    const text = ' الفقرة الأولى\r\n\r\n  الفقرة الثانية \nالثالثة';
    const spans = splitParagraphs(text);
    expect(spans.map((s) => s.text)).toEqual(['الفقرة الأولى', 'الفقرة الثانية', 'الثالثة']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('arabicLetterRatio', () => {
  it('counts letters only, across scripts and astral code points', () => {
    expect(arabicLetterRatio('قال 25 Reuters!')).toBeCloseTo(3 / 10);
    expect(arabicLetterRatio('١٢٣ ، ؟')).toBe(0);
    expect(arabicLetterRatio('ﻻ 𝐀')).toBeCloseTo(1 / 2);
    expect(arabicLetterRatio('ژ ک ی')).toBe(1);
  });
});
