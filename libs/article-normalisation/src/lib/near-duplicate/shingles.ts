import { normaliseArabicWords } from '@raseed/arabic-text';

/** 32-bit FNV-1a of a string: cheap, stable across processes and versions. */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Hashes of word n-grams over search keys (normaliseArabic), so copies that differ only in
 * spelling variants, diacritics or digits share shingles. Texts shorter than n words give
 * one shingle per word.
 */
export function shingleHashes(text: string, n = 3): Uint32Array {
  // The word key of the whole text gives the same words as tokenize().norm at a fraction
  // of the cost (one normalisation instead of one per word).
  const key = normaliseArabicWords(text);
  const words = key === '' ? [] : key.split(' ').map((w) => fnv1a32(w));
  if (words.length < n) return Uint32Array.from(words);
  const out = new Uint32Array(words.length - n + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ words[i + j], 0x01000193) >>> 0;
    out[i] = h;
  }
  return out;
}
