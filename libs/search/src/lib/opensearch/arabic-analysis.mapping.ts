import { normaliseArabic } from '@raseed/arabic-text';
import { ATTACHED_FORMS, PROTECTED_NAMES, VOCABULARY_GROUPS } from '../vocabulary/search-vocabulary';

/**
 * The search vocabulary's groups (search-vocabulary.ts, shared with the PostgreSQL adapter) as
 * synonym_graph rules in normalised form, with their forms carrying an attached preposition
 * (لكتايب حزب الله): the search analyzer applies them after normalisation, before stemming.
 */
export const SEARCH_SYNONYMS: readonly string[] = VOCABULARY_GROUPS.map((forms, g) => [...forms, ...ATTACHED_FORMS[g]].map((words) => words.join(' ')).join(', '));

export { PROTECTED_NAMES };

/** Function words removed AFTER normalisation too: queries arrive pre-normalised (إلى → الي). */
const NORMALISED_STOPWORDS = ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'أو', 'ثم', 'قد', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'كان', 'كانت', 'بعد', 'قبل', 'حيث', 'كما', 'بين'].map((w) =>
  normaliseArabic(w),
);

/**
 * The built-in `arabic` analyzer rebuilt as custom analyzers (research §1.1, §1.6), with the fixes:
 * stop runs BEFORE normalisation (the _arabic_ list is not normalised, as in Lucene), an extra char
 * filter folds what arabic_normalization misses (ٱ, ی, ک, ؤ, ئ, dagger alef, controls) so the index
 * matches normaliseArabic(), protected names skip the stemmer, an unstemmed analyzer backs the .norm
 * subfields, and broken-plural synonyms apply at search time.
 */
export const ARABIC_ANALYSIS = {
  char_filter: {
    ar_drop: {
      type: 'pattern_replace',
      pattern: '[\\u0610-\\u061A\\u061C\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]',
      replacement: '',
    },
    ar_map: {
      type: 'mapping',
      mappings: [
        '\\u0671=>\\u0627',
        '\\u0672=>\\u0627',
        '\\u0673=>\\u0627',
        '\\u06CC=>\\u064A',
        '\\u06D0=>\\u064A',
        '\\u06D2=>\\u064A',
        '\\u06A9=>\\u0643',
        '\\u0624=>\\u0648',
        '\\u0626=>\\u064A',
        '\\u06C0=>\\u0647',
      ],
    },
  },
  filter: {
    ar_stop: { type: 'stop', stopwords: '_arabic_' },
    ar_stop_norm: { type: 'stop', stopwords: NORMALISED_STOPWORDS },
    ar_protect: { type: 'keyword_marker', keywords: PROTECTED_NAMES },
    ar_stem: { type: 'stemmer', language: 'arabic' },
    ar_syn: { type: 'synonym_graph', synonyms: SEARCH_SYNONYMS, lenient: true },
  },
  analyzer: {
    ar_index: {
      type: 'custom',
      tokenizer: 'standard',
      char_filter: ['ar_drop', 'ar_map'],
      filter: ['lowercase', 'decimal_digit', 'ar_stop', 'arabic_normalization', 'ar_stop_norm', 'ar_protect', 'ar_stem'],
    },
    ar_search: {
      type: 'custom',
      tokenizer: 'standard',
      char_filter: ['ar_drop', 'ar_map'],
      filter: ['lowercase', 'decimal_digit', 'ar_stop', 'arabic_normalization', 'ar_stop_norm', 'ar_syn', 'ar_protect', 'ar_stem'],
    },
    ar_norm: {
      type: 'custom',
      tokenizer: 'standard',
      char_filter: ['ar_drop', 'ar_map'],
      filter: ['lowercase', 'decimal_digit', 'arabic_normalization'],
    },
  },
  normalizer: {
    ar_kw: { type: 'custom', char_filter: ['ar_drop', 'ar_map'], filter: ['lowercase', 'decimal_digit', 'arabic_normalization'] },
  },
} as const;
