import { normaliseArabicWords, splitSentences } from '@raseed/arabic-text';

/**
 * Highlights readers see, cut from the display text. Both back ends match and highlight the
 * normalised search key (folded hamza and taa marbuta, no diacritics, place and English names
 * prepended), which shows readers misspellings (القاعده الامريكيه). What their highlight says is
 * which key words matched; here each display word whose own key is one of them is marked, and the
 * fragments are taken from the display sentences around those words.
 */

const MARKED = /<mark>([\s\S]*?)<\/mark>/g;
// A display word: letters and digits with their combining marks and tatweel (normalisation drops these).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640]*/gu;
const MAX_FRAGMENT_CHARS = 200;
const CONTEXT_WORDS = 10;

/** The search-key words a back-end highlight marked. */
export function markedKeys(highlight: string | null | undefined): Set<string> {
  const keys = new Set<string>();
  if (!highlight) return keys;
  for (const m of highlight.matchAll(MARKED)) for (const w of normaliseArabicWords(m[1]).split(' ')) if (w) keys.add(w);
  return keys;
}

interface Fragment {
  text: string;
  hits: number;
  order: number;
}

function fragment(sentence: string, keys: Set<string>, order: number): Fragment {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, hit: keys.has(normaliseArabicWords(m[0]).trim()) }));
  const hits = words.filter((w) => w.hit).length;
  // A long sentence is cut to the words around its first match.
  let from = 0;
  let to = sentence.length;
  if (sentence.length > MAX_FRAGMENT_CHARS && words.length) {
    const first = Math.max(
      0,
      words.findIndex((w) => w.hit),
    );
    const a = Math.max(0, first - CONTEXT_WORDS);
    const b = Math.min(words.length - 1, first + CONTEXT_WORDS * 2);
    from = words[a].start;
    to = words[b].end;
  }
  let out = from > 0 ? '… ' : '';
  let at = from;
  for (const w of words) {
    if (!w.hit || w.start < from || w.end > to) continue;
    out += `${sentence.slice(at, w.start)}<mark>${sentence.slice(w.start, w.end)}</mark>`;
    at = w.end;
  }
  out += sentence.slice(at, to) + (to < sentence.length ? ' …' : '');
  return { text: out.trim(), hits, order };
}

/**
 * At most two fragments of the display sentences, those with the most matched words first (in
 * text order among equals), joined by " … "; the first sentence unmarked when the match was
 * elsewhere (a place's English name); null without sentences.
 */
export function displayHighlight(backendHighlight: string | null | undefined, sentences: readonly string[]): string | null {
  const unique = [...new Set(sentences.map((s) => s.trim()).filter(Boolean))];
  if (!unique.length) return null;
  const keys = markedKeys(backendHighlight);
  const best = unique
    .map((s, i) => fragment(s, keys, i))
    .filter((f) => f.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, 2)
    .sort((a, b) => a.order - b.order);
  if (!best.length) return fragment(unique[0], new Set(), 0).text;
  return best.map((f) => f.text).join(' … ');
}

/** The evidence sentences of an incident's mentions (its display text). */
export function evidenceSentences(mentions: readonly { evidence: Partial<Record<string, { sentence: string } | undefined>> }[]): string[] {
  return mentions.flatMap((m) => Object.values(m.evidence).flatMap((e) => (e ? [e.sentence] : [])));
}

/** An article's display sentences. */
export const articleSentences = (text: string): string[] => splitSentences(text).map((s) => s.text);
