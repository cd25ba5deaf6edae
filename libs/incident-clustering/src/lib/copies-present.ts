import { DuplicateMatch, NEAR_DUPLICATE_THRESHOLD, NearDuplicateIndex, fingerprintSimilarity, isFingerprint } from '@raseed/article-normalisation';
import { ArticleMention } from './article-mention';

/**
 * For an article with a fingerprint, the articles present that it is a near-duplicate of (at or
 * above the normaliser's threshold, most similar first), among those reporting the same category.
 * The normaliser's `duplicateOf` is only the most similar article *registered before* the copy,
 * so it depends on arrival order: with A ~ B ~ C but A ≁ C, B copies A or C depending on which
 * came first. Found among the articles present, the copy links, and with them the incidents,
 * are the same whatever order the articles came in. Bounded like the normaliser's lookup
 * (NearDuplicateIndex: sampled bands, a few candidates compared).
 */
export function copiesPresent(sorted: readonly ArticleMention[]): {
  /** The article's near-duplicates among those reporting `category`, most similar first. */
  of(category: string, articleId: string): DuplicateMatch[];
  /** Whether the article has a fingerprint (one not of this kind counts as none). */
  fingerprinted(articleId: string): boolean;
} {
  const indexes = new Map<string, NearDuplicateIndex>();
  const fingerprints = new Map<string, string>();
  for (const m of sorted) {
    if (!isFingerprint(m.fingerprint)) continue;
    fingerprints.set(m.articleId, m.fingerprint);
    let index = indexes.get(m.mention.category);
    if (!index) indexes.set(m.mention.category, (index = new NearDuplicateIndex()));
    index.add(m.articleId, m.fingerprint);
  }
  return {
    of: (category, articleId) => {
      const index = indexes.get(category);
      // Its lookups in the index of another category: by its fingerprint; in its own: as the member it is.
      const fingerprint = fingerprints.get(articleId);
      if (!index || !fingerprint) return [];
      return index.has(articleId) ? index.matchesOf(articleId) : index.compare(fingerprint, index.candidates(fingerprint, articleId));
    },
    fingerprinted: (articleId) => fingerprints.has(articleId),
  };
}

/** Whether one article copies the other: by their fingerprints when both have one, else as the normaliser declared. */
export function isCopyOf(a: ArticleMention, b: ArticleMention): boolean {
  if (a.articleId === b.articleId) return false;
  if (isFingerprint(a.fingerprint) && isFingerprint(b.fingerprint)) return fingerprintSimilarity(a.fingerprint, b.fingerprint) >= NEAR_DUPLICATE_THRESHOLD;
  return a.duplicateOf === b.articleId || b.duplicateOf === a.articleId;
}
