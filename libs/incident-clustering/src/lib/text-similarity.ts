import { normaliseArabic } from '@raseed/arabic-text';
import { IncidentMention } from '@raseed/contracts';

// Function words carry no identity; dropping them keeps the overlap about the event.
const STOP = new Set([
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'ان',
  'او',
  'ثم',
  'قد',
  'لا',
  'ما',
  'هذا',
  'هذه',
  'ذلك',
  'التي',
  'الذي',
  'الذين',
  'كان',
  'كانت',
  'بعد',
  'قبل',
  'حيث',
  'وقد',
  'وفي',
  'كما',
  'بين',
  'عند',
  'لم',
  'لن',
  'هو',
  'هي',
  'انه',
  'الا',
  'ضد',
]);

/** Content words of a mention's evidence sentences, normalised and lightly de-prefixed. */
export function evidenceTerms(mention: IncidentMention): ReadonlySet<string> {
  const sentences = [...new Set(Object.values(mention.evidence ?? {}).map((e) => e.sentence))];
  if (sentences.length === 1) return sentenceTerms(sentences[0]);
  const seen = new Set<string>();
  for (const s of sentences) for (const w of sentenceTerms(s)) seen.add(w);
  return seen;
}

// An indexer re-clusters the same stored mentions batch after batch; their sentences' terms are
// remembered (bounded: dropped wholesale when full).
const TERMS_CACHE_SIZE = 50_000;
const termsCache = new Map<string, ReadonlySet<string>>();

function sentenceTerms(sentence: string): ReadonlySet<string> {
  let terms = termsCache.get(sentence);
  if (terms) return terms;
  const seen = new Set<string>();
  for (const raw of normaliseArabic(sentence).split(/[^\p{L}\p{N}]+/u)) {
    const w = raw.replace(/^(وال|بال|فال|كال|لل|ال)(?=\p{L}{3})/u, '').replace(/^و(?=\p{L}{4})/u, '');
    if (w.length >= 3 && !STOP.has(w) && !STOP.has(raw)) seen.add(w);
  }
  if (termsCache.size >= TERMS_CACHE_SIZE) termsCache.clear();
  termsCache.set(sentence, (terms = seen));
  return terms;
}

/** Jaccard overlap of two term sets; 0 when either is empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

// 32-bit population count (bit-parallel): the shared-term count of two bitset words.
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * For each term set asked for (all by default), its highest Jaccard overlap with any other set of
 * the list (0 when alone), exactly as `jaccard` would give pair by pair. Compared as bitsets over
 * the terms at least two sets share (a term only one set has counts in its size, never in an
 * intersection); a set object listed twice (the same sentence, whose terms are cached) overlaps
 * its twin fully. An incident of hundreds of reports is explained in milliseconds.
 */
export function maxOverlaps(sets: ReadonlyArray<ReadonlySet<string>>, wanted: (i: number) => boolean = () => true): number[] {
  const n = sets.length;
  const best = new Array<number>(n).fill(0);
  // Distinct set objects, and how often each is listed.
  const distinct = new Map<ReadonlySet<string>, number>();
  for (const s of sets) distinct.set(s, (distinct.get(s) ?? 0) + 1);
  const asked = [...new Set(sets.filter((_, i) => wanted(i)))];
  if (n < 2 || !asked.length) return best;
  const others = [...distinct.keys()];
  const seen = new Map<string, number>();
  for (const s of others) for (const t of s) seen.set(t, (seen.get(t) ?? 0) + distinct.get(s)!);
  const ids = new Map<string, number>();
  for (const [t, df] of seen) if (df > 1) ids.set(t, ids.size);
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const row = new Map<ReadonlySet<string>, number>();
  const bits = new Uint32Array(others.length * words);
  others.forEach((s, i) => {
    row.set(s, i);
    for (const t of s) {
      const id = ids.get(t);
      if (id !== undefined) bits[i * words + (id >>> 5)] |= 1 << (id & 31);
    }
  });
  const bestOf = new Map<ReadonlySet<string>, number>();
  for (const a of asked) {
    let top = 0;
    if (a.size > 0 && distinct.get(a)! > 1) top = 1;
    else if (a.size > 0) {
      const x = row.get(a)! * words;
      for (const b of others) {
        if (b === a || b.size === 0) continue;
        let inter = 0;
        for (let k = 0, y = row.get(b)! * words; k < words; k++) inter += popcount(bits[x + k] & bits[y + k]);
        const sim = inter / (a.size + b.size - inter);
        if (sim > top) top = sim;
      }
    }
    bestOf.set(a, top);
  }
  sets.forEach((s, i) => {
    if (wanted(i)) best[i] = bestOf.get(s)!;
  });
  return best;
}
