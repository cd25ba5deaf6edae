import { normaliseArabicWords } from '@raseed/arabic-text';
import { fingerprintBandKeys, fingerprintSimilarity, minhashFingerprintOfKeys, parseFingerprint } from './minhash-fingerprint';
import { BAND_SAMPLE, MAX_COMPARED, NearDuplicateIndex, PARSED_FINGERPRINT_GENERATION, parsedFingerprintsCached } from './near-duplicate-index';
import { decideDuplicates } from './decide-duplicates';
import { shingleHashesOfKeys } from './shingles';

// A whole text's fingerprint and shingles, as the boilerplate remover's keys give them.
const minhashFingerprint = (text: string) => minhashFingerprintOfKeys([normaliseArabicWords(text)]);
const shingleHashes = (text: string) => shingleHashesOfKeys([normaliseArabicWords(text)]);

const ORIGINAL = [
  'أعلنت وزارة الصحة أن حصيلة ضحايا السيول التي ضربت المحافظة الجنوبية ارتفعت إلى أحد عشر شخصاً.',
  'وقالت الوزارة في بيان إن فرق الإنقاذ ما زالت تبحث عن مفقودين في القرى المحاذية للوادي.',
  'وأضافت أن المستشفيات استقبلت عشرات المصابين، بينهم أطفال، وأن معظم الإصابات متوسطة.',
  'ودعت السلطات السكان إلى الابتعاد عن مجاري الأودية حتى انتهاء المنخفض الجوي.',
].join('\n');
// A syndicated copy: agency intro, spelling variants (أ/ا, ة/ه, digits), one sentence cut.
const SYNDICATED = [
  'عمان - وكالات',
  'اعلنت وزارة الصحة ان حصيلة ضحايا السيول التي ضربت المحافظة الجنوبية ارتفعت الى احد عشر شخصا.',
  'وقالت الوزارة في بيان ان فرق الانقاذ ما زالت تبحث عن مفقودين في القرى المحاذيه للوادي.',
  'وأضافت أن المستشفيات استقبلت عشرات المصابين، بينهم أطفال، وأن معظم الإصابات متوسطة.',
].join('\n');
const UNRELATED = 'افتتح وزير التربية مدرسة جديدة في الحي الشمالي تتسع لألف طالب، وقال إن الوزارة ستبني عشر مدارس أخرى قبل نهاية العام الدراسي المقبل.';

describe('minhash fingerprints', () => {
  it('is a storable string that round-trips', () => {
    const fp = minhashFingerprint(ORIGINAL);
    expect(fp).toMatch(/^mh1:[0-9a-f]{512}$/);
    expect(parseFingerprint(fp).length).toBe(64);
    expect(minhashFingerprint(ORIGINAL)).toBe(fp);
  });

  it('rates a syndicated copy close and an unrelated story far', () => {
    const a = minhashFingerprint(ORIGINAL);
    expect(fingerprintSimilarity(a, minhashFingerprint(SYNDICATED))).toBeGreaterThan(0.5);
    expect(fingerprintSimilarity(a, minhashFingerprint(UNRELATED))).toBeLessThan(0.2);
  });

  it('gives 32 band keys, none for empty text', () => {
    expect(fingerprintBandKeys(minhashFingerprint(ORIGINAL))).toHaveLength(32);
    expect(fingerprintBandKeys(minhashFingerprint(''))).toEqual([]);
  });

  it('gives the same fingerprint from per-paragraph word keys as from the joined text', () => {
    const paragraphs = ORIGINAL.split('\n');
    expect(minhashFingerprintOfKeys(paragraphs.map((p) => normaliseArabicWords(p)))).toBe(minhashFingerprint(ORIGINAL));
  });

  it('rejects strings that are not fingerprints', () => {
    expect(() => parseFingerprint('abc')).toThrow(/not a minhash fingerprint/);
  });
});

describe('NearDuplicateIndex', () => {
  it('marks the later copy as a duplicate of the first and keeps both', () => {
    const index = new NearDuplicateIndex();
    expect(index.findDuplicate(minhashFingerprint(ORIGINAL))).toBeNull();
    index.add('first', minhashFingerprint(ORIGINAL));
    index.add('other', minhashFingerprint(UNRELATED));
    expect(index.findDuplicate(minhashFingerprint(SYNDICATED))).toBe('first');
    index.add('copy', minhashFingerprint(SYNDICATED));
    expect(index.size).toBe(3);
    expect(index.findMatches(minhashFingerprint(ORIGINAL)).map((m) => m.id)).toEqual(['first', 'copy']);
  });

  it('finds nothing for an unrelated story or empty text', () => {
    const index = new NearDuplicateIndex();
    index.add('first', minhashFingerprint(ORIGINAL));
    expect(index.findDuplicate(minhashFingerprint(UNRELATED))).toBeNull();
    index.add('empty', minhashFingerprint(''));
    expect(index.findDuplicate(minhashFingerprint(''))).toBeNull();
  });

  it('respects a stricter threshold', () => {
    const index = new NearDuplicateIndex({ threshold: 0.99 });
    index.add('first', minhashFingerprint(ORIGINAL));
    expect(index.findDuplicate(minhashFingerprint(SYNDICATED))).toBeNull();
    expect(index.findDuplicate(minhashFingerprint(ORIGINAL))).toBe('first');
  });
});

describe('shingleHashes', () => {
  it('gives the same shingles for spelling variants and one per word for short texts', () => {
    expect(Array.from(shingleHashes('أعلنت الوزارةُ ٣ قرارات'))).toEqual(Array.from(shingleHashes('اعلنت الوزاره 3 قرارات')));
    expect(shingleHashes('كلمتان فقط')).toHaveLength(2);
    expect(shingleHashes('واحد اثنان ثلاثة أربعة')).toHaveLength(2);
  });
});

/** A deterministic fingerprint: 64 words from a seed, the first `shared` of them common to every article made with the same `template`. */
function syntheticFingerprint(seed: number, shared = 0, template = 7): string {
  const words = (x: number) => {
    let s = x * 2654435761 + 1;
    return Array.from({ length: 64 }, () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) & 0x03ffffff);
  };
  const own = words(seed);
  const common = words(template + 1_000_000);
  return `mh1:${own.map((w, k) => (k < shared ? common[k] : w).toString(16).padStart(8, '0')).join('')}`;
}
/** `fingerprint` with `changed` of its last words replaced (similarity 1 − changed/64). */
function copyOf(fingerprint: string, changed: number): string {
  const words = fingerprint.slice(4).match(/.{8}/g) as string[];
  return `mh1:${words.map((w, k) => (k >= 64 - changed ? (k + 1).toString(16).padStart(8, '0') : w)).join('')}`;
}

describe('NearDuplicateIndex on crowded bands (a template every article shares)', () => {
  // 3,000 articles sharing 24 of 64 words: 12 bands in common, similarity 0.375, none a copy.
  const crowd = Array.from({ length: 3000 }, (_, i) => syntheticFingerprint(i + 1, 24));

  it('compares a bounded number of candidates per lookup, however many share its bands', () => {
    const index = new NearDuplicateIndex();
    for (const [i, fp] of crowd.entries()) {
      expect(index.findDuplicate(fp)).toBeNull();
      index.add(`a${i}`, fp);
    }
    expect(index.comparisons).toBeLessThanOrEqual(crowd.length * MAX_COMPARED);
    // Without the bound every lookup would compare with every earlier article (~4.5 million).
    expect(index.comparisons).toBeLessThan(crowd.length * 40);
  });

  it('still finds the true copy of a late article, and an earlier copy of a crowded story', () => {
    const index = new NearDuplicateIndex();
    crowd.forEach((fp, i) => index.add(`a${i}`, fp));
    const story = syntheticFingerprint(99_999, 24);
    expect(index.findDuplicate(story)).toBeNull();
    index.add('story', story);
    expect(index.findDuplicate(copyOf(story, 10))).toBe('story');
    // An early article's copy: found by its own bands and by the crowded ones' first members.
    expect(index.findDuplicate(copyOf(crowd[5], 12))).toBe('a5');
    // A story copied thousands of times: each new copy still finds the first (earliest on ties).
    const wire = syntheticFingerprint(123_456, 24);
    const copies = new NearDuplicateIndex();
    copies.add('wire', wire);
    for (let i = 0; i < 2000; i++) copies.add(`re-${i}`, wire);
    expect(copies.findMatches(wire)[0]).toEqual({ id: 'wire', similarity: 1 });
  });

  it('answers as without the bound when no band is crowded', () => {
    const bounded = new NearDuplicateIndex();
    const unbounded = new NearDuplicateIndex({ bandSample: Infinity, maxCompared: Infinity });
    const few = Array.from({ length: 60 }, (_, i) => (i % 3 ? syntheticFingerprint(i + 1) : copyOf(syntheticFingerprint(i + 2), 8 + (i % 7))));
    let found = 0;
    for (const [i, fp] of few.entries()) {
      const matches = bounded.findMatches(fp);
      expect(matches).toEqual(unbounded.findMatches(fp));
      found += matches.length;
      bounded.add(`f${i}`, fp);
      unbounded.add(`f${i}`, fp);
    }
    expect(found).toBe(20);
  });
});

describe('NearDuplicateIndex.candidates picks the most-shared members without sorting every one', () => {
  /** The lookup as first written: every member touched, sorted (stably) by bands shared, then registration, first MAX_COMPARED. */
  function referenceCandidates(registered: string[], query: string): number[] {
    const bands = new Map<string, number[]>();
    registered.forEach((fp, n) => {
      for (const key of fingerprintBandKeys(fp)) {
        const members = bands.get(key) ?? bands.set(key, []).get(key)!;
        if (members.length < BAND_SAMPLE && !members.includes(n)) members.push(n);
      }
    });
    const hits = new Map<number, number>();
    for (const key of fingerprintBandKeys(query)) for (const n of bands.get(key) ?? []) hits.set(n, (hits.get(n) ?? 0) + 1);
    const touched = [...hits.keys()];
    if (touched.length > MAX_COMPARED) touched.sort((a, b) => hits.get(b)! - hits.get(a)! || a - b);
    return touched.slice(0, MAX_COMPARED);
  }

  it('gives the same candidates, in the same order, as sorting them all (crowds of several templates and overlaps)', () => {
    // Four templates, each shared over 8 to 30 of 64 words: lookups touch hundreds of members at many levels.
    const registered = Array.from({ length: 600 }, (_, i) => syntheticFingerprint(i + 1, 8 + ((i * 7) % 23), i % 4));
    const index = new NearDuplicateIndex();
    registered.forEach((fp, n) => index.add(`r${n}`, fp));
    for (let q = 0; q < 40; q++) {
      const query = syntheticFingerprint(10_000 + q, 6 + ((q * 5) % 27), q % 4);
      expect(index.candidates(query)).toEqual(referenceCandidates(registered, query).map((n) => `r${n}`));
    }
  });

  it('answers an added article as a lookup by its fingerprint does (matchesOf)', () => {
    const registered = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 && i ? copyOf(syntheticFingerprint(i, 20, i % 3), 10 + (i % 9)) : syntheticFingerprint(i + 1, 8 + ((i * 7) % 23), i % 3)));
    const index = new NearDuplicateIndex();
    registered.forEach((fp, n) => index.add(`r${n}`, fp));
    let found = 0;
    registered.forEach((fp, n) => {
      const matches = index.matchesOf(`r${n}`);
      expect(matches).toEqual(index.compare(fp, index.candidates(fp, `r${n}`)));
      found += matches.length;
    });
    expect(found).toBeGreaterThan(0);
    expect(() => index.matchesOf('never-added')).toThrow(/not added/);
  });
});

describe("decideDuplicates (the shared store's decision)", () => {
  const original = minhashFingerprint(ORIGINAL);
  const copy = minhashFingerprint(SYNDICATED);
  const other = minhashFingerprint(UNRELATED);
  /** As the store answers: every band member of the known articles (seq = position), fingerprints on request. */
  const decide = async (known: Array<{ articleId: string; fingerprint: string }>, batch: Array<{ articleId: string; fingerprint: string }>) => {
    const members = known.flatMap((k, seq) => fingerprintBandKeys(k.fingerprint).map((band) => ({ band, articleId: k.articleId, seq })));
    const asked: string[] = [];
    const answers = await decideDuplicates(members, batch, async (ids) => {
      asked.push(...ids);
      return new Map(known.filter((k) => ids.includes(k.articleId)).map((k) => [k.articleId, k.fingerprint]));
    });
    return { answers, asked };
  };

  it('finds a registered original, or an earlier article of the same batch, never the article itself', async () => {
    expect(
      (
        await decide(
          [{ articleId: 'o', fingerprint: original }],
          [
            { articleId: 'c', fingerprint: copy },
            { articleId: 'u', fingerprint: other },
          ],
        )
      ).answers,
    ).toEqual(['o', null]);
    expect(
      (
        await decide(
          [],
          [
            { articleId: 'o', fingerprint: original },
            { articleId: 'c', fingerprint: copy },
          ],
        )
      ).answers,
    ).toEqual([null, 'o']);
    // Re-registered (its stored row is among the known): not a copy of its old self.
    expect((await decide([{ articleId: 'o', fingerprint: original }], [{ articleId: 'o', fingerprint: copy }])).answers).toEqual([null]);
  });

  it('prefers the earliest registered of equally similar originals', async () => {
    expect(
      (
        await decide(
          [
            { articleId: 'first', fingerprint: original },
            { articleId: 'second', fingerprint: original },
          ],
          [{ articleId: 'c', fingerprint: original }],
        )
      ).answers,
    ).toEqual(['first']);
  });

  it('asks only for the fingerprints of candidates, and answers as one index fed in order', async () => {
    const known = Array.from({ length: 200 }, (_, i) => ({ articleId: `k${i}`, fingerprint: syntheticFingerprint(i + 1, 24) }));
    const batch = [
      { articleId: 'b0', fingerprint: copyOf(known[150].fingerprint, 10) },
      { articleId: 'b1', fingerprint: syntheticFingerprint(777, 24) },
      { articleId: 'b2', fingerprint: copyOf(syntheticFingerprint(777, 24), 6) },
    ];
    const { answers, asked } = await decide(known, batch);
    const index = new NearDuplicateIndex();
    known.forEach((k) => index.add(k.articleId, k.fingerprint));
    const expected = batch.map((b) => {
      const found = index.findDuplicate(b.fingerprint);
      index.add(b.articleId, b.fingerprint);
      return found;
    });
    expect(answers).toEqual(['k150', null, 'b1']);
    expect(answers).toEqual(expected);
    expect(asked.length).toBeLessThanOrEqual(2 * MAX_COMPARED);
  });
});

describe('NearDuplicateIndex: fingerprints parsed once per process', () => {
  const texts = Array.from({ length: 40 }, (_, i) => `${ORIGINAL}\nسطر ${i} ${'إضافة '.repeat(i % 7)}`);
  const fingerprints = texts.map(minhashFingerprint);
  const build = () => {
    const index = new NearDuplicateIndex();
    fingerprints.forEach((fp, i) => index.add(`a${i}`, fp));
    return index;
  };

  it('answers the same from a fingerprint seen before as from a fresh copy of the string (nothing shared is changed)', () => {
    const first = build();
    const answers = fingerprints.map((_, i) => first.matchesOf(`a${i}`));
    // The same fingerprints again, as new strings (as PostgreSQL rows give them batch after batch).
    const again = new NearDuplicateIndex();
    fingerprints.forEach((fp, i) => again.add(`a${i}`, (' ' + fp).slice(1)));
    expect(fingerprints.map((_, i) => again.matchesOf(`a${i}`))).toEqual(answers);
    expect(fingerprints.map((fp) => again.findMatches(fp))).toEqual(fingerprints.map((fp) => first.findMatches(fp)));
    expect(answers.some((a) => a.length > 0)).toBe(true);
  });

  it('keeps at most two generations of parsed fingerprints', () => {
    const index = new NearDuplicateIndex();
    for (let i = 0; i < PARSED_FINGERPRINT_GENERATION * 3; i++) index.add(`x${i}`, minhashFingerprintOfKeys([`مقال رقم ${i} عن حادثة في مكان ما`]));
    expect(parsedFingerprintsCached()).toBeLessThanOrEqual(PARSED_FINGERPRINT_GENERATION * 2);
    expect(index.size).toBe(PARSED_FINGERPRINT_GENERATION * 3);
  });

  it('still rejects what is not a fingerprint', () => {
    expect(() => new NearDuplicateIndex().add('bad', 'mh1:zz')).toThrow(/not a minhash fingerprint/);
  });
});
