import { shingleHashesOfKeys } from './shingles';

export const MINHASH_SIZE = 64;
const ROWS_PER_BAND = 2;
export const MINHASH_BANDS = MINHASH_SIZE / ROWS_PER_BAND;
const PREFIX = 'mh1:';
const EMPTY = 0xffffffff;

/** murmur3's finaliser: spreads every input bit over the output. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MinHash of the word 3-shingles of texts already reduced to search keys (normaliseArabicWords;
 * the boilerplate remover holds them), read as one text, as a storable string: "mh1:" and 64
 * hex words. The share of equal positions between two fingerprints estimates the Jaccard
 * similarity of their shingle sets. An empty text gives all-ones (similar to nothing).
 */
export function minhashFingerprintOfKeys(keys: readonly string[]): string {
  return fingerprintOfShingles(shingleHashesOfKeys(keys));
}

/**
 * One-permutation MinHash with optimal densification (Shrivastava 2017): one hash per
 * shingle, whose top 6 bits pick one of 64 bins and whose other 26 bits compete for that
 * bin's minimum. An empty bin (short texts) copies the bin found by a probe sequence that
 * depends only on the bin number, so two texts densify alike. Estimates Jaccard like 64
 * independent hash functions at 1/64 of the cost.
 */
function fingerprintOfShingles(shingles: Uint32Array): string {
  const mins = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const x = mix32(shingles[i]);
    const bin = x >>> 26;
    const value = x & 0x03ffffff;
    if (value < mins[bin]) mins[bin] = value;
  }
  if (shingles.length > 0) {
    const filled = mins.slice();
    for (let bin = 0; bin < MINHASH_SIZE; bin++) {
      if (filled[bin] !== EMPTY) continue;
      for (let attempt = 1; ; attempt++) {
        const probe = mix32(Math.imul(bin + 1, 0x9e3779b9) ^ Math.imul(attempt, 0x85ebca6b)) >>> 26;
        if (filled[probe] !== EMPTY) {
          mins[bin] = filled[probe];
          break;
        }
      }
    }
  }
  let out = PREFIX;
  for (const m of mins) out += m.toString(16).padStart(8, '0');
  return out;
}

/** The prefix and length of a fingerprint string (what parseFingerprint requires). */
const hasFingerprintShape = (value: string) => value.startsWith(PREFIX) && value.length === PREFIX.length + MINHASH_SIZE * 8;

/** Whether a string is a fingerprint of this kind (an event from elsewhere may carry anything). */
export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && hasFingerprintShape(value) && /^[0-9a-f]+$/.test(value.slice(PREFIX.length));
}

export function parseFingerprint(fingerprint: string): Uint32Array {
  if (!hasFingerprintShape(fingerprint)) {
    throw new Error(`not a minhash fingerprint: ${fingerprint.slice(0, 20)}…`);
  }
  const out = new Uint32Array(MINHASH_SIZE);
  for (let k = 0; k < MINHASH_SIZE; k++) out[k] = parseInt(fingerprint.slice(PREFIX.length + k * 8, PREFIX.length + k * 8 + 8), 16);
  return out;
}

/** Estimated Jaccard similarity of two fingerprints' shingle sets, 0..1. */
export function fingerprintSimilarity(a: string | Uint32Array, b: string | Uint32Array): number {
  const x = typeof a === 'string' ? parseFingerprint(a) : a;
  const y = typeof b === 'string' ? parseFingerprint(b) : b;
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (x[k] === y[k] && x[k] !== EMPTY) same++;
  return same / MINHASH_SIZE;
}

/**
 * LSH band keys ("07:1a2b3c4d5e6f7081"): two fingerprints sharing any key are candidates.
 * 32 bands of 2 rows find pairs at Jaccard 0.5 with probability ≈ 1 − (1 − 0.5²)³² > 0.999,
 * so a store can index these keys (one row per band) and verify candidates exactly.
 */
export function fingerprintBandKeys(fingerprint: string): string[] {
  const keys: string[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    const from = PREFIX.length + b * BAND_CHARS;
    const band = fingerprint.slice(from, from + BAND_CHARS);
    if (band === EMPTY_BAND) continue; // empty text: nothing to match
    keys.push(BAND_PREFIXES[b] + band);
  }
  return keys;
}

// Made once: the keys are asked for several times per article whenever clustering links copies.
const BAND_CHARS = ROWS_PER_BAND * 8;
const EMPTY_BAND = 'f'.repeat(BAND_CHARS);
const BAND_PREFIXES = Array.from({ length: MINHASH_BANDS }, (_, b) => `${String(b).padStart(2, '0')}:`);
