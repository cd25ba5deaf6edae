import { fingerprintBandKeys, fingerprintSimilarity, parseFingerprint } from './minhash-fingerprint';

export interface DuplicateMatch {
  id: string;
  similarity: number;
}

export interface NearDuplicateIndexOptions {
  /** Estimated Jaccard similarity of 3-shingles at or above which two texts are copies. */
  threshold?: number;
}

/**
 * In-process near-duplicate lookup over minhash fingerprints, banded (LSH) so a lookup
 * compares only against articles sharing a band, not against every article.
 */
export class NearDuplicateIndex {
  private readonly threshold: number;
  private readonly bands = new Map<string, string[]>();
  private readonly fingerprints = new Map<string, { seq: number; mins: Uint32Array }>();

  constructor(options: NearDuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.5;
  }

  get size(): number {
    return this.fingerprints.size;
  }

  add(id: string, fingerprint: string): void {
    if (this.fingerprints.has(id)) return;
    this.fingerprints.set(id, { seq: this.fingerprints.size, mins: parseFingerprint(fingerprint) });
    for (const key of fingerprintBandKeys(fingerprint)) {
      const ids = this.bands.get(key);
      if (ids) ids.push(id);
      else this.bands.set(key, [id]);
    }
  }

  /** Indexed articles at or above the threshold, most similar first (earlier added on ties). */
  findMatches(fingerprint: string): DuplicateMatch[] {
    const query = parseFingerprint(fingerprint);
    const seen = new Set<string>();
    const matches: DuplicateMatch[] = [];
    for (const key of fingerprintBandKeys(fingerprint)) {
      for (const id of this.bands.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const similarity = fingerprintSimilarity(query, (this.fingerprints.get(id) as { mins: Uint32Array }).mins);
        if (similarity >= this.threshold) matches.push({ id, similarity });
      }
    }
    const seq = (id: string) => this.fingerprints.get(id)?.seq ?? 0;
    return matches.sort((a, b) => b.similarity - a.similarity || seq(a.id) - seq(b.id));
  }

  /** The article this fingerprint is a near-duplicate of, or null. */
  findDuplicate(fingerprint: string): string | null {
    return this.findMatches(fingerprint)[0]?.id ?? null;
  }
}
