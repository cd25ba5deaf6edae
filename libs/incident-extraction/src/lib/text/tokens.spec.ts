import { normaliseArabic } from '@raseed/arabic-text';
import { cliticKeys, foldWord, keyTokens } from './tokens';
import { PhraseMatcher } from './phrase-matcher';

describe('keyTokens', () => {
  it('folds like normaliseArabic and keeps offsets', () => {
    const text = 'قصفت مسيّرةٌ قاعدةَ «التنف» فجر ١٥ آذار';
    const tokens = keyTokens(text);
    for (const t of tokens) {
      expect(t.norm).toBe(normaliseArabic(text.slice(t.start, t.end)));
    }
    expect(tokens.map((t) => t.norm)).toEqual(['قصفت', 'مسيره', 'قاعده', 'التنف', 'فجر', '15', 'اذار']);
  });

  it('peels proclitic chains but keeps the bare word first', () => {
    expect(cliticKeys(foldWord('وبالصواريخ'))).toEqual(expect.arrayContaining(['وبالصواريخ', 'صواريخ']));
    expect(cliticKeys(foldWord('للقوات'))).toContain('قوات');
    expect(cliticKeys(foldWord('بغداد'))[0]).toBe('بغداد');
    expect(cliticKeys(foldWord('والحسكة'))).toContain('حسكه');
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>().add('حقل العمر', 'omar').add('مسير*', 'drone').add('قاعدة أمريكية', 'us');

  it('matches multi-word names with clitics and article on every word', () => {
    const hits = m.findLongest(keyTokens('سقطت قذائف في بحقل العمر وعلى القاعدة الأمريكية'));
    expect(hits.map((h) => h.value)).toEqual(['omar', 'us']);
  });

  it('stems cover plural and dual endings', () => {
    expect(m.findLongest(keyTokens('بمسيّرتين والمسيرات')).map((h) => h.value)).toEqual(['drone', 'drone']);
  });

  it('does not match across a different word', () => {
    expect(m.findLongest(keyTokens('حقل النفط العمر'))).toEqual([]);
  });
});
