import { splitClauses, splitSentences, tokenize, arabicLetterRatio } from '@raseed/arabic-text';

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

  it('clauses split on the Arabic comma', () => {
    expect(splitClauses('أولاً، ثانياً').map((c) => c.text)).toEqual(['أولاً', 'ثانياً']);
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
