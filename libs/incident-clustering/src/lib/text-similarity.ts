import { normaliseArabic } from '@raseed/arabic-text';
import { IncidentMention } from '@raseed/contracts';

// Function words carry no identity; dropping them keeps the overlap about the event.
const STOP = new Set(
  ['في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'او', 'ثم', 'قد', 'لا', 'ما', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'كان', 'كانت', 'بعد', 'قبل', 'حيث', 'وقد', 'وفي', 'كما', 'بين', 'عند', 'لم', 'لن', 'هو', 'هي', 'انه', 'الا', 'ضد']
);

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
