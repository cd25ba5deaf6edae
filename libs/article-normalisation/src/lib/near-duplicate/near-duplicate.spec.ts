import { normaliseArabicWords } from '@raseed/arabic-text';
import { fingerprintBandKeys, fingerprintSimilarity, minhashFingerprintOfKeys, parseFingerprint } from './minhash-fingerprint';
import { NearDuplicateIndex } from './near-duplicate-index';
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

describe("decideDuplicates (the shared store's decision)", () => {
  const original = minhashFingerprint(ORIGINAL);
  const copy = minhashFingerprint(SYNDICATED);
  const other = minhashFingerprint(UNRELATED);

  it('finds a registered original, or an earlier article of the same batch, never the article itself', () => {
    expect(
      decideDuplicates(
        [{ articleId: 'o', fingerprint: original }],
        [
          { articleId: 'c', fingerprint: copy },
          { articleId: 'u', fingerprint: other },
        ],
      ),
    ).toEqual(['o', null]);
    expect(
      decideDuplicates(
        [],
        [
          { articleId: 'o', fingerprint: original },
          { articleId: 'c', fingerprint: copy },
        ],
      ),
    ).toEqual([null, 'o']);
    // Re-registered (its stored row is among the known): not a copy of its old self.
    expect(decideDuplicates([{ articleId: 'o', fingerprint: original }], [{ articleId: 'o', fingerprint: copy }])).toEqual([null]);
  });

  it('prefers the earliest registered of equally similar originals', () => {
    expect(
      decideDuplicates(
        [
          { articleId: 'first', fingerprint: original },
          { articleId: 'second', fingerprint: original },
        ],
        [{ articleId: 'c', fingerprint: original }],
      ),
    ).toEqual(['first']);
  });
});
