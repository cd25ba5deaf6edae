import { jaccard, maxOverlaps } from './text-similarity';

describe('maxOverlaps (each term set against all the others)', () => {
  // A fixed-seed mix of shared words, words of one set only, duplicate sets and an empty set.
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = Array.from({ length: 90 }, (_, i) => `w${i}`);
  const sets: Set<string>[] = Array.from({ length: 60 }, (_, i) => new Set([...words.filter(() => rand() < 0.15), `own${i}`]));
  sets.push(new Set(sets[3]), new Set());

  it('equals the best pairwise jaccard, exactly', () => {
    const expected = sets.map((a, i) => sets.reduce((best, b, j) => (j === i ? best : Math.max(best, jaccard(a, b))), 0));
    expect(maxOverlaps(sets)).toEqual(expected);
    expect(maxOverlaps(sets)[3]).toBe(1);
  });

  it('computes only the sets asked for; a set object listed twice overlaps its twin fully', () => {
    const twice = [...sets, sets[5]];
    const all = maxOverlaps(twice);
    const some = maxOverlaps(twice, (i) => i % 2 === 1);
    expect(some).toEqual(all.map((x, i) => (i % 2 === 1 ? x : 0)));
    expect(all[5]).toBe(1);
    expect(all[twice.length - 1]).toBe(1);
  });

  it('is 0 for a set alone or empty', () => {
    expect(maxOverlaps([new Set(['a'])])).toEqual([0]);
    expect(maxOverlaps([new Set(), new Set(['a'])])).toEqual([0, 0]);
  });
});
