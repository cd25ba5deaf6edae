/**
 * Hashes of word n-grams over texts already reduced by normaliseArabicWords (read as one
 * text), so copies that differ only in spelling variants, diacritics or digits share
 * shingles. Texts shorter than n words give one shingle per word.
 */
export function shingleHashesOfKeys(keys: readonly string[], n = 3): Uint32Array {
  // 32-bit FNV-1a of each space-separated word, in one pass without splitting: cheap and
  // stable across processes and versions.
  const words: number[] = [];
  for (const key of keys) {
    let h = 0x811c9dc5;
    let inWord = false;
    for (let i = 0; i <= key.length; i++) {
      const c = i < key.length ? key.charCodeAt(i) : 0x20;
      if (c === 0x20) {
        if (inWord) words.push(h >>> 0);
        h = 0x811c9dc5;
        inWord = false;
      } else {
        h = Math.imul(h ^ c, 0x01000193);
        inWord = true;
      }
    }
  }
  if (words.length < n) return Uint32Array.from(words);
  const out = new Uint32Array(words.length - n + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ words[i + j], 0x01000193) >>> 0;
    out[i] = h;
  }
  return out;
}
