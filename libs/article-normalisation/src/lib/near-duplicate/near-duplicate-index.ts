import { fingerprintBandKeys, fingerprintSimilarity, parseFingerprint } from './minhash-fingerprint';

export interface DuplicateMatch {
  id: string;
  similarity: number;
}

/**
 * Members of one LSH band that stand for it: the first registered. Real articles share a band
 * with a handful of others; a band shared by thousands (a template, a story re-posted all day)
 * would make every lookup compare against all of them, and a stream of such articles quadratic.
 */
export const BAND_SAMPLE = 32;
/** Candidates compared exactly per lookup: those sharing the most bands with it. */
export const MAX_COMPARED = 32;

export interface NearDuplicateIndexOptions {
  /** Estimated Jaccard similarity of 3-shingles at or above which two texts are copies. */
  threshold?: number;
  /** See BAND_SAMPLE. A store sampling its bands must use the same number. */
  bandSample?: number;
  /** See MAX_COMPARED. */
  maxCompared?: number;
}

interface Entry {
  seq: number;
  /** Null while only the article's band memberships are known (a store's sample, see addMember). */
  mins: Uint32Array | null;
}

/**
 * In-process near-duplicate lookup over minhash fingerprints, banded (LSH) so a lookup
 * compares only against articles sharing a band, not against every article; bounded so a lookup
 * costs the same however crowded the bands: each band keeps its first `bandSample` members, and
 * of the articles found there only the `maxCompared` sharing the most bands with the query
 * (earliest on ties) are compared. A copy (similarity ≥ 0.5) shares about 8 of 32 bands, an
 * unrelated article sharing a template far fewer, so the true copy ranks among the first.
 */
export class NearDuplicateIndex {
  private readonly threshold: number;
  private readonly bandSample: number;
  private readonly maxCompared: number;
  private readonly bands = new Map<string, string[]>();
  private readonly entries = new Map<string, Entry>();
  private nextSeq = 0;
  private compared = 0;

  constructor(options: NearDuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.5;
    this.bandSample = options.bandSample ?? BAND_SAMPLE;
    this.maxCompared = options.maxCompared ?? MAX_COMPARED;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Fingerprint comparisons made so far: at most `maxCompared` per lookup. */
  get comparisons(): number {
    return this.compared;
  }

  add(id: string, fingerprint: string): void {
    if (this.entries.has(id)) return;
    this.entries.set(id, { seq: this.nextSeq++, mins: parseFingerprint(fingerprint) });
    for (const key of fingerprintBandKeys(fingerprint)) this.addToBand(key, id);
  }

  /**
   * A registered article known only by one of its band memberships (a store's sample of the
   * bands a batch touches), with its registration order; call in registration order per band.
   * Its fingerprint comes later (provide), only if it turns out to be a candidate.
   */
  addMember(band: string, id: string, seq: number): void {
    if (!this.entries.has(id)) {
      this.entries.set(id, { seq, mins: null });
      this.nextSeq = Math.max(this.nextSeq, seq + 1);
    }
    this.addToBand(band, id);
  }

  /** The fingerprint of an article added by addMember. */
  provide(id: string, fingerprint: string): void {
    const entry = this.entries.get(id);
    if (entry && !entry.mins) entry.mins = parseFingerprint(fingerprint);
  }

  /** Whether the article's fingerprint is known (not only its bands). */
  hasFingerprint(id: string): boolean {
    return !!this.entries.get(id)?.mins;
  }

  /**
   * The indexed articles worth comparing with a fingerprint (other than `except`): those among
   * the first members of its bands, at most `maxCompared`, most bands shared first, earlier
   * added on ties.
   */
  candidates(fingerprint: string, except?: string): string[] {
    const hits = new Map<string, number>();
    for (const key of fingerprintBandKeys(fingerprint)) {
      for (const id of this.bands.get(key) ?? []) if (id !== except) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const ids = [...hits.keys()];
    if (ids.length <= this.maxCompared) return ids;
    return ids.sort((a, b) => (hits.get(b) as number) - (hits.get(a) as number) || this.seq(a) - this.seq(b)).slice(0, this.maxCompared);
  }

  /** Those of `ids` at or above the threshold, most similar first (earlier added on ties). */
  compare(fingerprint: string | Uint32Array, ids: readonly string[]): DuplicateMatch[] {
    const query = typeof fingerprint === 'string' ? parseFingerprint(fingerprint) : fingerprint;
    const matches: DuplicateMatch[] = [];
    for (const id of ids) {
      const mins = this.entries.get(id)?.mins;
      if (!mins) throw new Error(`near-duplicate index: no fingerprint for candidate ${id}`);
      this.compared++;
      const similarity = fingerprintSimilarity(query, mins);
      if (similarity >= this.threshold) matches.push({ id, similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity || this.seq(a.id) - this.seq(b.id));
  }

  /** Indexed articles at or above the threshold among the candidates, most similar first (earlier added on ties). */
  findMatches(fingerprint: string): DuplicateMatch[] {
    return this.compare(fingerprint, this.candidates(fingerprint));
  }

  /** The article this fingerprint is a near-duplicate of, or null. */
  findDuplicate(fingerprint: string): string | null {
    return this.findMatches(fingerprint)[0]?.id ?? null;
  }

  private addToBand(key: string, id: string): void {
    const ids = this.bands.get(key);
    if (!ids) this.bands.set(key, [id]);
    else if (ids.length < this.bandSample && !ids.includes(id)) ids.push(id);
  }

  private seq(id: string): number {
    return this.entries.get(id)?.seq ?? 0;
  }
}
