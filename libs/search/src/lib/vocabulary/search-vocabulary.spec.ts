import { normaliseArabic } from '@raseed/arabic-text';
import { SEARCH_SYNONYMS } from '../opensearch/arabic-analysis.mapping';
import { VOCABULARY_GROUPS } from './search-vocabulary';
import { expandQuery, prefixVariants, tsqueryText } from './vocabulary.query';

const q = (text: string) => expandQuery(normaliseArabic(text));

describe('prefixVariants', () => {
  it('asks PostgreSQL for the bare, article and wa+article forms of an Arabic word (its stemmer strips one or the other)', () => {
    expect(prefixVariants('التنف')).toEqual(['التنف', 'تنف', 'والتنف']);
    expect(prefixVariants('والمسيرات')).toEqual(['والمسيرات', 'مسيرات', 'المسيرات']);
    expect(prefixVariants('قاعده')).toEqual(['قاعده', 'القاعده', 'والقاعده']);
    expect(prefixVariants('drone')).toEqual(['drone']);
    expect(prefixVariants('الي')).toEqual(['الي']);
  });
});

describe('search vocabulary', () => {
  it('expands broken plurals, dialect and English forms to their whole group', () => {
    expect(q('صواريخ')[0]).toContainEqual(['صاروخ']);
    expect(q('قواعد')).toEqual([[['قاعده'], ['قواعد']]]);
    expect(q('درون')[0]).toEqual(expect.arrayContaining([['مسيره'], ['مسيرات'], ['drone']]));
    expect(q('هجمات')[0]).toEqual([['هجوم'], ['هجمات'], ['هجمه']]);
    expect(q('إيران')[0]).toEqual(expect.arrayContaining([['ايران'], ['ايرانيه'], ['iran']]));
  });

  it('matches the longest phrase first, in Arabic or English, and requires every other word', () => {
    expect(q('kataib hezbollah')).toEqual([VOCABULARY_GROUPS.find((g) => g.some((f) => f.join(' ') === 'kataib hezbollah'))]);
    expect(q('Ain al-Asad')[0]).toContainEqual(['عين', 'الاسد']);
    expect(q('قصف عين الأسد')).toHaveLength(2);
    expect(q('قصف قصف غريب')).toEqual([[['قصف']], [['غريب']]]);
    // A proclitic the reader attached does not hide the word from the vocabulary.
    expect(q('بطائرات مسيرة')).toEqual([q('طائرة')[0], q('مسيرة')[0]]);
    expect(q('والصواريخ')).toEqual(q('صاروخ'));
  });

  it('writes to_tsquery text from words only: punctuation never becomes an operator', () => {
    expect(tsqueryText(q('مسيرة الحرس'))).toMatch(/^\('مسيره' \| 'المسيره' \| 'والمسيره' \| 'مسيرات' \| .*\) & \('الحرس' \| 'حرس' \| 'والحرس'\)$/);
    expect(tsqueryText(q('\'":*&|!()<> 22'))).toBe("'22'");
    expect(tsqueryText(q('البرج 22'))).toBe("('البرج' <-> '22' | 'tower' <-> '22')");
  });

  it('is what the OpenSearch synonym rules hold, group for group', () => {
    expect(SEARCH_SYNONYMS).toHaveLength(VOCABULARY_GROUPS.length);
    expect(SEARCH_SYNONYMS).toContain('قاعده, قواعد');
    expect(SEARCH_SYNONYMS.find((r) => r.startsWith('عين الاسد'))).toContain('ain al asad');
    // Every form is normalised: what the analyzer sees after arabic_normalization.
    for (const rule of SEARCH_SYNONYMS) expect(normaliseArabic(rule)).toBe(rule);
  });
});
