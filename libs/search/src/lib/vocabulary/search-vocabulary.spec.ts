import { normaliseArabic } from '@raseed/arabic-text';
import { SEARCH_SYNONYMS } from '../opensearch/arabic-analysis.mapping';
import { VOCABULARY_GROUPS } from './search-vocabulary';
import { expandQuery, prefixVariants, querySurfaceTerms, splitAtCategoryWords, tsqueryText } from './vocabulary.query';

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

  it('asks PostgreSQL for every surface form of each query word, phrases whole', () => {
    expect(querySurfaceTerms(normaliseArabic('مسيرة الحرس'))).toEqual([expect.arrayContaining(['مسيره', 'المسيره', 'والمسيره', 'مسيرات', 'درون', 'drone']), ['الحرس', 'حرس', 'والحرس']]);
    expect(querySurfaceTerms(normaliseArabic('البرج 22'))).toEqual([expect.arrayContaining(['البرج 22', 'tower 22'])]);
    // Words only: punctuation never reaches the query.
    expect(querySurfaceTerms(normaliseArabic('\'":*&|!()<> 22'))).toEqual([['22']]);
  });

  it('asks for the forms a preposition is written onto (neither stemmer strips ل; Lucene keeps ب), and و before an article phrase', () => {
    const kh = querySurfaceTerms(normaliseArabic('كتائب حزب الله'))[0];
    expect(kh).toEqual(expect.arrayContaining(['كتايب حزب الله', 'لكتايب حزب الله', 'بكتايب حزب الله', 'حزب الله العراقي']));
    expect(querySurfaceTerms(normaliseArabic('إيران'))[0]).toEqual(expect.arrayContaining(['ايران', 'لايران', 'بايران']));
    // Not before the article (لل and بال are stripped by both) nor English.
    expect(querySurfaceTerms(normaliseArabic('التنف'))[0]).not.toContain('لالتنف');
    expect(querySurfaceTerms(normaliseArabic('drone'))[0]).not.toContain('لdrone');
    expect(querySurfaceTerms(normaliseArabic('المقاومة الإسلامية في العراق'))[0]).toContain('والمقاومه الاسلاميه في العراق');
    expect(SEARCH_SYNONYMS.find((r) => r.startsWith('كتايب حزب الله'))).toContain('لكتايب حزب الله');
  });

  it('splits the query at words naming a category, keeping each phrase of the rest whole', () => {
    expect(splitAtCategoryWords(normaliseArabic('هجمات عين الأسد'))).toEqual({ segments: ['عين الاسد'], categoryWords: [{ typed: 'هجمات', category: 'attack_on_us_forces' }] });
    expect(splitAtCategoryWords(normaliseArabic('مسيرة بالهجوم على التنف'))).toEqual({
      segments: ['مسيره', 'علي التنف'],
      categoryWords: [{ typed: 'بالهجوم', category: 'attack_on_us_forces' }],
    });
    expect(splitAtCategoryWords(normaliseArabic('غارة التنف'))).toEqual({ segments: ['غاره التنف'], categoryWords: [] });
  });

  it('writes tsquery text from the lexed terms: duplicates once, phrases a word of theirs already matches dropped, stop words gone', () => {
    const lexed: Record<string, string> = { التنف: "'تنف'", تنف: "'تنف'", والتنف: "'والتنف'", 'al tanf': "'al' <-> 'tanf'", tanf: "'tanf'", في: '', 'عين الاسد': "'عين' <-> 'اسد'" };
    const lex = (t: string) => lexed[t];
    expect(tsqueryText([['التنف', 'تنف', 'والتنف', 'al tanf', 'tanf']], lex)).toBe("( 'تنف' | 'والتنف' | 'tanf' )");
    expect(tsqueryText([['عين الاسد'], ['في'], ['تنف']], lex)).toBe("'عين' <-> 'اسد' & 'تنف'");
    expect(tsqueryText([['في']], lex)).toBe('');
  });

  it('is what the OpenSearch synonym rules hold, group for group', () => {
    expect(SEARCH_SYNONYMS).toHaveLength(VOCABULARY_GROUPS.length);
    expect(SEARCH_SYNONYMS).toContain('قاعده, قواعد, لقاعده, بقاعده, لقواعد, بقواعد');
    expect(SEARCH_SYNONYMS.find((r) => r.startsWith('عين الاسد'))).toContain('ain al asad');
    // Every form is normalised: what the analyzer sees after arabic_normalization.
    for (const rule of SEARCH_SYNONYMS) expect(normaliseArabic(rule)).toBe(rule);
  });
});
