import { shingleHashes } from './shingles';

export const MINHASH_SIZE = 64;
// v1 fingerprints: 64 × 32-bit minima over word 3-shingles of normaliseArabicWords keys.
const ROWS_PER_BAND = 2;
export const MINHASH_BANDS = MINHASH_SIZE / ROWS_PER_BAND;
const PREFIX = 'mh1:';

// One (odd multiplier, offset) pair per hash function: h_k(x) = A_k·x + B_k mod 2³² over
// an already well-mixed x. Fixed so fingerprints stay comparable across releases.
const MULTIPLIERS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x85ebca6b) | 1);
const OFFSETS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x7f4a7c15 + i * 0xc2b2ae35));

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
 * MinHash of the text's word 3-shingles, as a storable string: "mh1:" and 64 hex words.
 * The share of equal positions between two fingerprints estimates the Jaccard similarity
 * of their shingle sets. An empty text gives all-ones (similar to nothing).
 */
export function minhashFingerprint(text: string): string {
  const shingles = shingleHashes(text);
  const mins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    const x = mix32(s);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = (Math.imul(MULTIPLIERS[k], x) + OFFSETS[k]) >>> 0;
      if (h < mins[k]) mins[k] = h;
    }
  }
  let out = PREFIX;
  for (const m of mins) out += m.toString(16).padStart(8, '0');
  return out;
}

export function parseFingerprint(fingerprint: string): Uint32Array {
  if (!fingerprint.startsWith(PREFIX) || fingerprint.length !== PREFIX.length + MINHASH_SIZE * 8) {
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
  for (let k = 0; k < MINHASH_SIZE; k++) if (x[k] === y[k] && x[k] !== 0xffffffff) same++;
  return same / MINHASH_SIZE;
}

/**
 * LSH band keys ("07:1a2b3c4d5e6f7081"): two fingerprints sharing any key are candidates.
 * 32 bands of 2 rows find pairs at Jaccard 0.5 with probability ≈ 1 − (1 − 0.5²)³² > 0.999,
 * so a store can index these keys (one row per band) and verify candidates exactly.
 */
export function fingerprintBandKeys(fingerprint: string): string[] {
  const hex = fingerprint.slice(PREFIX.length);
  const keys: string[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    const band = hex.slice(b * ROWS_PER_BAND * 8, (b + 1) * ROWS_PER_BAND * 8);
    if (band === 'f'.repeat(band.length)) continue; // empty text: nothing to match
    keys.push(`${String(b).padStart(2, '0')}:${band}`);
  }
  return keys;
}
