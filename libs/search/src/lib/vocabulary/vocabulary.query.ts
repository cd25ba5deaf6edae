import { VOCABULARY_GROUPS, searchWords } from './search-vocabulary';

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

/**
 * A normalised query as a conjunction of alternatives: every word must match, and a word or
 * phrase of the vocabulary matches any of its group's forms — what OpenSearch's synonym_graph does
 * with the same groups at search time. Repeated words are kept once.
 */
export function expandQuery(normalised: string): QueryAlternatives[] {
  const words = searchWords(normalised);
  const out: QueryAlternatives[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; ) {
    const hit = lookup(words, i);
    const alternatives = hit ? VOCABULARY_GROUPS[hit.group] : [[words[i]]];
    i += hit ? hit.words.length : 1;
    const key = alternatives.map((a) => a.join(' ')).join('|');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(alternatives);
    }
  }
  return out;
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
 * The expansion as to_tsquery text: `('w1' <-> 'w2' | 'w3' | 'الw3' …) & …`. Words hold letters
 * and digits only, so quoting them is enough (user text never becomes tsquery syntax); each still
 * goes through the text search configuration (stemmer, stop words) inside to_tsquery. A one-word
 * form is asked in its prefix variants; phrases as written.
 */
export function tsqueryText(expanded: readonly QueryAlternatives[]): string {
  const phrase = (words: readonly string[]) => (words.length === 1 ? prefixVariants(words[0]) : [words]).map((w) => (typeof w === 'string' ? `'${w}'` : w.map((x) => `'${x}'`).join(' <-> ')));
  return expanded
    .map((alts) => {
      const terms = [...new Set(alts.flatMap(phrase))];
      return terms.length === 1 ? terms[0] : `(${terms.join(' | ')})`;
    })
    .join(' & ');
}
