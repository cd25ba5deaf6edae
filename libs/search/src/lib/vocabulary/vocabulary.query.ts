import type { IncidentCategory } from '@raseed/contracts';
import { ATTACHED_FORMS, GROUP_CATEGORY, VOCABULARY_GROUPS, searchWords } from './search-vocabulary';

/** One query word (or phrase the vocabulary knows) with every equivalent form: a disjunction of phrases. */
export type QueryAlternatives = readonly (readonly string[])[];

interface Entry {
  words: readonly string[];
  group: number;
}

// Forms indexed by first word, longest first, for a greedy longest match over the query words.
const BY_FIRST_WORD: ReadonlyMap<string, readonly Entry[]> = (() => {
  const m = new Map<string, Entry[]>();
  VOCABULARY_GROUPS.forEach((forms, group) => {
    for (const words of forms) (m.get(words[0]) ?? m.set(words[0], []).get(words[0])!).push({ words, group });
  });
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

// Proclitics a reader types attached to a word (بطائرات, والصواريخ, للقواعد), longest first.
const PROCLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل', 'ك'];

/** The vocabulary entry a word starts, also when it carries a proclitic the vocabulary's forms lack. */
function lookup(words: readonly string[], i: number): Entry | undefined {
  const at = (first: string) => (BY_FIRST_WORD.get(first) ?? []).find((e) => e.words.every((w, k) => (k === 0 ? first : words[i + k]) === w));
  const direct = at(words[i]);
  if (direct) return direct;
  for (const p of PROCLITICS) {
    if (words[i].startsWith(p) && words[i].length - p.length >= 3) {
      const hit = at(words[i].slice(p.length));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** A query word or phrase: its vocabulary group (when it has one), every form it matches, and the words typed. */
interface QueryTerm {
  group: number | null;
  alternatives: QueryAlternatives;
  typed: string;
}

function queryTerms(normalised: string): QueryTerm[] {
  const words = searchWords(normalised);
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; ) {
    const hit = lookup(words, i);
    const n = hit ? hit.words.length : 1;
    const typed = words.slice(i, i + n).join(' ');
    const term: QueryTerm = hit ? { group: hit.group, alternatives: VOCABULARY_GROUPS[hit.group], typed } : { group: null, alternatives: [[words[i]]], typed };
    i += n;
    const key = hit ? `#${hit.group}` : typed;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(term);
    }
  }
  return out;
}

/** A word of the query that names an incident category (VocabularyGroup.category), as typed. */
export interface CategoryWord {
  typed: string;
  category: IncidentCategory;
}

/**
 * The query split at the words that name a category: the text between them (each segment keeps
 * its own phrases: a phrase never spans a category word) and those words. An incident matches when
 * every segment matches its text and each category word matches its text or its category, on
 * both back ends.
 */
export function splitAtCategoryWords(normalised: string): { segments: string[]; categoryWords: CategoryWord[] } {
  const segments: string[] = [];
  const categoryWords: CategoryWord[] = [];
  let current: string[] = [];
  for (const t of queryTerms(normalised)) {
    const category = t.group === null ? null : GROUP_CATEGORY[t.group];
    if (category === null) {
      current.push(t.typed);
      continue;
    }
    if (current.length) segments.push(current.join(' '));
    current = [];
    categoryWords.push({ typed: t.typed, category });
  }
  if (current.length) segments.push(current.join(' '));
  return { segments, categoryWords };
}

/**
 * A normalised query as a conjunction of alternatives: every word must match, and a word or
 * phrase of the vocabulary matches any of its group's forms — what OpenSearch's synonym_graph does
 * with the same groups at search time. Repeated words are kept once.
 */
export function expandQuery(normalised: string): QueryAlternatives[] {
  return queryTerms(normalised).map((t) => t.alternatives);
}

const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/**
 * Surface forms PostgreSQL needs to match one Arabic word as OpenSearch's light stemmer does. The
 * snowball arabic stemmer is not consistent across prefixes: it strips the article OR a suffix
 * (مسيره → مسير, المسيره → مسيره) and leaves و+article words whole (والمسيرات, والتنف), while
 * Lucene strips prefix and suffix together. Querying the bare, article and و+article forms, each
 * stemmed by PostgreSQL itself, finds the same words in the index without re-indexing anything.
 */
export function prefixVariants(word: string): string[] {
  // Short words starting with ال are mostly function words (الي, الا): asked as written.
  if (!ARABIC_WORD.test(word) || word.length < 3 || (word.startsWith('ال') && word.length < 5)) return [word];
  const bare = word.startsWith('وال') && word.length >= 6 ? word.slice(3) : word.startsWith('ال') && word.length >= 5 ? word.slice(2) : word;
  return [...new Set([word, bare, `ال${bare}`, `وال${bare}`])];
}

/**
 * The surface terms (a word, or a phrase of space-separated words) PostgreSQL asks for one set of
 * alternatives: a one-word form in its prefix variants; a phrase as written and, when it starts
 * with the article, with و before it (snowball leaves والمقاومه whole, Lucene strips it).
 */
function surfaceTerms(alternatives: QueryAlternatives): string[] {
  const terms = alternatives.flatMap((words) => {
    if (words.length === 1) return prefixVariants(words[0]);
    const [first, ...rest] = words;
    return ARABIC_WORD.test(first) && first.startsWith('ال') && first.length >= 5 ? [words.join(' '), [`و${first}`, ...rest].join(' ')] : [words.join(' ')];
  });
  return [...new Set(terms)];
}

// Every vocabulary group's surface terms, computed once (a query only looks them up): its forms'
// and, as written, those with an attached preposition.
const GROUP_TERMS: readonly (readonly string[])[] = VOCABULARY_GROUPS.map((forms, g) => [...new Set([...surfaceTerms(forms), ...ATTACHED_FORMS[g].map((w) => w.join(' '))])]);

/**
 * The query as a conjunction of disjunctions of surface terms (`[['التنف', 'تنف', 'tanf', 'al tanf'], …]`),
 * ready to be lexed by PostgreSQL (postgres/tsquery.query.ts) and written by tsqueryText.
 */
export function querySurfaceTerms(normalised: string): string[][] {
  return queryTerms(normalised).map((t) => [...(t.group === null ? surfaceTerms(t.alternatives) : GROUP_TERMS[t.group])]);
}

/**
 * The conjunction as tsquery text, from each surface term's own tsquery (`lexed`: what
 * PostgreSQL's phraseto_tsquery gives for it, '' when it holds only stop words). Terms that lex the
 * same are asked once: the planner sums an OR's selectivities, so duplicates made it overestimate
 * the matches and walk the date index instead of the GIN bitmap. A phrase containing a one-word
 * alternative of its own disjunction adds nothing and is dropped ('al' <-> 'tanf' beside 'tanf'):
 * phrase operators cost position checks on every row. A disjunction left empty is dropped, as
 * to_tsquery drops stop words; '' when nothing is left (it matches nothing).
 */
export function tsqueryText(conjunction: readonly (readonly string[])[], lexed: (term: string) => string): string {
  return conjunction
    .map((terms) => {
      const qs = [...new Set(terms.map(lexed).filter(Boolean))];
      const single = new Set(qs.filter((q) => !q.includes('<')));
      const kept = qs.filter((q) => !q.includes('<') || !q.split(/ <\d*-?> /).some((w) => single.has(w)));
      return kept.length === 1 ? kept[0] : kept.length ? `( ${kept.join(' | ')} )` : '';
    })
    .filter(Boolean)
    .join(' & ');
}
