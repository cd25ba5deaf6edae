import { NearDuplicateIndex, NearDuplicateIndexOptions } from './near-duplicate-index';

/**
 * The original each article of a batch copies, or null, given the already registered articles
 * that share an LSH band with the batch (oldest first): the most similar at or above the
 * threshold, the earliest registered on ties; a batch's later article may copy an earlier one of
 * the same batch, never itself. The same answers as one in-memory index fed in that order, so the
 * shared store decides as a single normaliser did.
 */
export function decideDuplicates(
  known: ReadonlyArray<{ articleId: string; fingerprint: string }>,
  batch: ReadonlyArray<{ articleId: string; fingerprint: string }>,
  options: NearDuplicateIndexOptions = {},
): Array<string | null> {
  const index = new NearDuplicateIndex(options);
  const inBatch = new Set(batch.map((b) => b.articleId));
  // A batch article's previous fingerprint (it is being re-registered) is not a candidate.
  for (const k of known) if (!inBatch.has(k.articleId)) index.add(k.articleId, k.fingerprint);
  return batch.map(({ articleId, fingerprint }) => {
    const match = index.findMatches(fingerprint).find((m) => m.id !== articleId);
    index.add(articleId, fingerprint);
    return match?.id ?? null;
  });
}
