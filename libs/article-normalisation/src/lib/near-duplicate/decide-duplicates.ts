import { NearDuplicateIndex, NearDuplicateIndexOptions } from './near-duplicate-index';

/** A registered article in one band's sample: the band's first members (see BAND_SAMPLE). */
export interface BandMember {
  band: string;
  articleId: string;
  /** Registration order. */
  seq: number;
}

/**
 * The original each article of a batch copies, or null, given the registered members of the
 * batch's bands (each band's first `bandSample`, in registration order); `fingerprintsOf` loads
 * the fingerprints of the few members that turn out to be candidates. The most similar at or
 * above the threshold, the earliest registered on ties; a batch's later article may copy an
 * earlier one of the same batch, never itself. The same answers as one in-memory index fed in
 * that order, so the shared store decides as a single normaliser did.
 */
export async function decideDuplicates(
  members: readonly BandMember[],
  batch: ReadonlyArray<{ articleId: string; fingerprint: string }>,
  fingerprintsOf: (ids: string[]) => Promise<ReadonlyMap<string, string>>,
  options: NearDuplicateIndexOptions = {},
): Promise<Array<string | null>> {
  const index = new NearDuplicateIndex(options);
  const inBatch = new Set(batch.map((b) => b.articleId));
  // A batch article's previous registration (it is being re-registered) is not a candidate.
  for (const m of [...members].sort((a, b) => a.seq - b.seq)) if (!inBatch.has(m.articleId)) index.addMember(m.band, m.articleId, m.seq);
  const candidates = batch.map(({ articleId, fingerprint }) => {
    const ids = index.candidates(fingerprint, articleId);
    index.add(articleId, fingerprint);
    return ids;
  });
  const missing = [...new Set(candidates.flat())].filter((id) => !index.hasFingerprint(id));
  if (missing.length) for (const [id, fingerprint] of await fingerprintsOf(missing)) index.provide(id, fingerprint);
  return batch.map(({ fingerprint }, i) => index.compare(fingerprint, candidates[i])[0]?.id ?? null);
}
