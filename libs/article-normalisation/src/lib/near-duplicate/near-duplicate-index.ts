import { fingerprintBandKeys, fingerprintSimilarity, parseFingerprint } from './minhash-fingerprint';

export interface DuplicateMatch {
  id: string;
  similarity: number;
}

/** Estimated Jaccard similarity of 3-shingles at or above which two texts are copies. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * Members of one LSH band that stand for it: the first registered. Real articles share a band
 * with a handful of others; a band shared by thousands (a template, a story re-posted all day)
 * would make every lookup compare against all of them, and a stream of such articles quadratic.
 */
export const BAND_SAMPLE = 32;
const NO_MEMBERS: number[] = [];

/** Most bands two fingerprints can share (a lookup counts them in a Uint8Array). */
const MAX_HITS = 255;

/** Candidates compared exactly per lookup: those sharing the most bands with it. */
export const MAX_COMPARED = 32;

/** A fingerprint as an index uses it: its minhash values and its band keys (read-only: shared by every index). */
interface ParsedFingerprint {
  mins: Uint32Array;
  keys: readonly string[];
}

/** Fingerprints parsed per generation of the cache below (two generations: at most twice this many kept). */
export const PARSED_FINGERPRINT_GENERATION = 2048;
let parsedYoung = new Map<string, ParsedFingerprint>();
let parsedOld = new Map<string, ParsedFingerprint>();

/**
 * A fingerprint's minhash values and band keys, parsed once for every index of the process. The
 * indexer builds an index over its neighbourhood's articles on every batch (copy linking), mostly
 * the same articles batch after batch: parsing each fingerprint again and making its 32 band keys
 * (new strings, flattened and hashed anew by every band lookup) was ~8% of its CPU at a steady
 * 50 articles/s. Bounded by two generations: when the young one is full it becomes the old one
 * and the former old one is dropped; a fingerprint found in the old one moves to the young.
 */
function parsed(fingerprint: string): ParsedFingerprint {
  let p = parsedYoung.get(fingerprint);
  if (p) return p;
  p = parsedOld.get(fingerprint) ?? { mins: parseFingerprint(fingerprint), keys: fingerprintBandKeys(fingerprint) };
  if (parsedYoung.size >= PARSED_FINGERPRINT_GENERATION) {
    parsedOld = parsedYoung;
    parsedYoung = new Map();
  }
  parsedYoung.set(fingerprint, p);
  return p;
}

/** Fingerprints the parse cache holds (tests: it stays bounded). */
export function parsedFingerprintsCached(): number {
  return parsedYoung.size + parsedOld.size;
}

export interface NearDuplicateIndexOptions {
  /** Estimated Jaccard similarity of 3-shingles at or above which two texts are copies. */
  threshold?: number;
  /** See BAND_SAMPLE. A store sampling its bands must use the same number. */
  bandSample?: number;
  /** See MAX_COMPARED. */
  maxCompared?: number;
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
  // Articles by internal number, given in registration order (so number order is seq order).
  private readonly ids: string[] = [];
  private readonly seqs: number[] = [];
  /** Null while only the article's band memberships are known (a store's sample, see addMember). */
  private readonly mins: Array<Uint32Array | null> = [];
  private readonly numberOf = new Map<string, number>();
  private readonly bands = new Map<string, number[]>();
  /** The member lists of an added article's bands (null for a store's sample): its own lookups skip the keys. */
  private readonly bandsOf: Array<number[][] | null> = [];
  /** Bands shared with the current lookup, per article number (reset after each lookup). */
  private hits = new Uint8Array(1024);
  private nextSeq = 0;
  private compared = 0;

  constructor(options: NearDuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD;
    this.bandSample = options.bandSample ?? BAND_SAMPLE;
    this.maxCompared = options.maxCompared ?? MAX_COMPARED;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Fingerprint comparisons made so far: at most `maxCompared` per lookup. */
  get comparisons(): number {
    return this.compared;
  }

  add(id: string, fingerprint: string): void {
    if (this.numberOf.has(id)) return;
    const p = parsed(fingerprint);
    const n = this.register(id, this.nextSeq++, p.mins);
    // A new article: no band can hold it yet.
    this.bandsOf[n] = p.keys.map((key) => this.appendToBand(key, n));
  }

  /**
   * A registered article known only by one of its band memberships (a store's sample of the
   * bands a batch touches), with its registration order; call in registration order.
   * Its fingerprint comes later (provide), only if it turns out to be a candidate.
   */
  addMember(band: string, id: string, seq: number): void {
    let n = this.numberOf.get(id);
    if (n === undefined) {
      n = this.register(id, seq, null);
      this.nextSeq = Math.max(this.nextSeq, seq + 1);
    }
    this.addToBand(band, n);
  }

  /** The fingerprint of an article added by addMember. */
  provide(id: string, fingerprint: string): void {
    const n = this.numberOf.get(id);
    if (n !== undefined && !this.mins[n]) this.mins[n] = parsed(fingerprint).mins;
  }

  /** Whether the article is indexed (added, or known from a store's sample). */
  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** Whether the article's fingerprint is known (not only its bands). */
  hasFingerprint(id: string): boolean {
    const n = this.numberOf.get(id);
    return n !== undefined && !!this.mins[n];
  }

  /**
   * The indexed articles worth comparing with a fingerprint (other than `except`): those among
   * the first members of its bands, at most `maxCompared`, most bands shared first, earlier
   * registered on ties.
   */
  candidates(fingerprint: string, except?: string): string[] {
    const skip = except === undefined ? -1 : (this.numberOf.get(except) ?? -1);
    return this.chosen(
      parsed(fingerprint).keys.map((key) => this.bands.get(key) ?? NO_MEMBERS),
      skip,
    ).map((n) => this.ids[n]);
  }

  /**
   * An added article's near-duplicates among the others: `compare(fingerprint, candidates(fingerprint, id))`
   * without making its band keys, looking them up or parsing its fingerprint again (copy linking
   * asks this of every article of every incident it rebuilds).
   */
  matchesOf(id: string): DuplicateMatch[] {
    const n = this.numberOf.get(id);
    const lists = n === undefined ? null : this.bandsOf[n];
    if (n === undefined || !lists) throw new Error(`near-duplicate index: ${id} was not added with its fingerprint`);
    return this.compareNumbers(this.mins[n]!, this.chosen(lists, n));
  }

  /** Numbers of the members of the given bands worth comparing (see candidates), `skip` left out. */
  private chosen(lists: readonly number[][], skip: number): number[] {
    const hits = this.hits;
    const touched: number[] = [];
    for (const members of lists) for (const n of members) if (n !== skip && hits[n]++ === 0) touched.push(n);
    const chosen = touched.length > this.maxCompared ? this.mostShared(touched, hits) : touched;
    for (const n of touched) hits[n] = 0;
    return chosen;
  }

  /**
   * The first `maxCompared` of `touched` sorted by bands shared (most first), then registration
   * (stable on ties), without sorting them all: a crowded lookup touches hundreds. Those sharing
   * more bands than the cut-off level are all in; at that level the earliest registered fill up.
   */
  private mostShared(touched: number[], hits: Uint8Array): number[] {
    const order = (a: number, b: number) => hits[b] - hits[a] || this.seqs[a] - this.seqs[b];
    const atLevel = new Array<number>(MAX_HITS + 1).fill(0);
    for (const n of touched) atLevel[hits[n]]++;
    let level = MAX_HITS;
    for (let above = 0; level > 0 && above + atLevel[level] < this.maxCompared; level--) above += atLevel[level];
    const chosen = touched.filter((n) => hits[n] > level);
    const cut = touched.filter((n) => hits[n] === level).sort(order);
    chosen.push(...cut.slice(0, this.maxCompared - chosen.length));
    return chosen.sort(order);
  }

  /** Those of `ids` at or above the threshold, most similar first (earlier registered on ties). */
  compare(fingerprint: string | Uint32Array, ids: readonly string[]): DuplicateMatch[] {
    const numbers = ids.map((id) => {
      const n = this.numberOf.get(id);
      if (n === undefined) throw new Error(`near-duplicate index: no fingerprint for candidate ${id}`);
      return n;
    });
    return this.compareNumbers(typeof fingerprint === 'string' ? parsed(fingerprint).mins : fingerprint, numbers);
  }

  private compareNumbers(query: Uint32Array, numbers: readonly number[]): DuplicateMatch[] {
    const matches: Array<{ n: number; similarity: number }> = [];
    for (const n of numbers) {
      const mins = this.mins[n];
      if (!mins) throw new Error(`near-duplicate index: no fingerprint for candidate ${this.ids[n]}`);
      this.compared++;
      const similarity = fingerprintSimilarity(query, mins);
      if (similarity >= this.threshold) matches.push({ n, similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity || this.seqs[a.n] - this.seqs[b.n]).map(({ n, similarity }) => ({ id: this.ids[n], similarity }));
  }

  /** Indexed articles at or above the threshold among the candidates, most similar first (earlier registered on ties). */
  findMatches(fingerprint: string): DuplicateMatch[] {
    return this.compare(fingerprint, this.candidates(fingerprint));
  }

  /** The article this fingerprint is a near-duplicate of, or null. */
  findDuplicate(fingerprint: string): string | null {
    return this.findMatches(fingerprint)[0]?.id ?? null;
  }

  private register(id: string, seq: number, mins: Uint32Array | null): number {
    const n = this.ids.length;
    this.ids.push(id);
    this.seqs.push(seq);
    this.mins.push(mins);
    this.bandsOf.push(null);
    this.numberOf.set(id, n);
    if (n >= this.hits.length) {
      const grown = new Uint8Array(this.hits.length * 2);
      grown.set(this.hits);
      this.hits = grown;
    }
    return n;
  }

  /** Adds a new article to a band (unless full) and returns the band's member list. */
  private appendToBand(key: string, n: number): number[] {
    const members = this.bands.get(key);
    if (!members) {
      const created = [n];
      this.bands.set(key, created);
      return created;
    }
    if (members.length < this.bandSample) members.push(n);
    return members;
  }

  private addToBand(key: string, n: number): void {
    const members = this.bands.get(key);
    if (!members) this.bands.set(key, [n]);
    else if (members.length < this.bandSample && !members.includes(n)) members.push(n);
  }
}
