import { NearDuplicateIndex, minhashFingerprintOfKeys } from '@raseed/article-normalisation';
import { normaliseArabicWords } from '@raseed/arabic-text';
import { ArticleMention } from './article-mention';
import { groupMentions, matchScore } from './cluster-mentions';
import { P, am, d, ev } from '../../test/test-mentions';

// Mechanism: copies are linked by what is present, not by which article the normaliser saw first.
// The normaliser declares as original the most similar article registered *before* a copy, so with
// A ~ B ~ C but A ≁ C the declared links depend on arrival order. Written for this spec: article
// bodies that overlap in runs of words, so their similarity is known by construction.
const WORDS = (
  'أعلنت فصائل مسلحة في بيان مقتضب صباح اليوم استهداف موقع عسكري تتمركز فيه قوات أجنبية ' +
  'بواسطة طائرات مسيرة انتحارية وقالت إن العملية جاءت ردا على الاعتداءات المتكررة ضد المدنيين ' +
  'وأكدت مصادر أمنية سماع دوي انفجارات قوية قرب المدرج الرئيسي بينما حلقت مروحيات فوق المنطقة ' +
  'ولم تصدر قيادة التحالف تعليقا فوريا حول حجم الأضرار أو الخسائر البشرية المحتملة هناك ' +
  'ويأتي الهجوم ضمن سلسلة عمليات مشابهة شهدتها المنطقة الحدودية خلال الأسابيع الماضية تحديدا'
).split(' ');

/** Words `from`..`to` of the pool: two bodies overlap as much as their ranges do. */
const body = (from: number, to: number) => WORDS.slice(from, to).join(' ');
const fingerprintOf = (text: string) => minhashFingerprintOfKeys([normaliseArabicWords(text)]);

interface Report {
  mention: ArticleMention;
  text: string;
}

/** The reports as the normaliser and extractor would hand them over when they arrive in `order`. */
function arrive(order: readonly Report[], withFingerprints = true): ArticleMention[] {
  const index = new NearDuplicateIndex();
  return order.map(({ mention, text }) => {
    const fingerprint = fingerprintOf(text);
    const duplicateOf = index.findDuplicate(fingerprint);
    index.add(mention.articleId, fingerprint);
    return { ...mention, duplicateOf, ...(withFingerprints ? { fingerprint } : {}) };
  });
}

const incidents = (ms: readonly ArticleMention[]) =>
  groupMentions(ms)
    .map((g) =>
      g
        .map((m) => m.articleId)
        .sort()
        .join(' '),
    )
    .sort();

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

// Report bodies: the undated, unplaced one can only join through a copy link.
const tanf = (id: string, date: string, text: string): Report => ({
  mention: am(id, `${date}T09:00:00Z`, { date: d(date), place: P.tanf, weapon: 'drone', evidence: ev(`هجوم بطائرة مسيرة على قاعدة التنف (${id})`) }),
  text,
});
const bare = (id: string, text: string): Report => ({ mention: am(id, null, { weapon: 'drone', evidence: ev(`هجوم بطائرة مسيرة على قاعدة (${id})`) }), text });

describe('copy links decided by what is present, whatever the arrival order', () => {
  it('gives the same incidents for every order of a chain of near-duplicates', () => {
    // a ~ b (≈ 0.6) and b ~ c (≈ 0.67) but a ≁ c; a and c are attacks 19 days apart.
    const reports = [tanf('a', '2024-02-01', body(0, 40)), bare('b', body(7, 47)), tanf('c', '2024-02-20', body(14, 54))];
    // The copy joins the report it is most similar to, never both: two attacks are not chained through it.
    for (const order of permutations(reports)) expect(incidents(arrive(order))).toEqual(['a', 'b c']);
  });

  it('links an undated copy to the report it is most similar to, whichever came first', () => {
    // b shares 35 words with a and 31 with c.
    const reports = [tanf('a', '2024-02-01', body(0, 40)), bare('b', body(5, 45)), tanf('c', '2024-02-20', body(14, 54))];
    for (const order of permutations(reports)) expect(incidents(arrive(order))).toEqual(['a b', 'c']);
  });

  it('keeps agency copies of one report together in every order', () => {
    const reports = [tanf('o', '2024-03-05', body(0, 60)), bare('k1', body(0, 58)), bare('k2', body(2, 60)), bare('k3', body(1, 59))];
    for (const order of permutations(reports)) expect(incidents(arrive(order))).toEqual(['k1 k2 k3 o']);
  });

  it('does not chain two attacks on different days through copies of each', () => {
    // Formulaic claims: the same wording for two days' attacks, each with its own undated copy.
    const reports = [tanf('d1', '2024-04-01', body(0, 50)), tanf('d9', '2024-04-09', body(5, 55)), bare('k1', body(0, 49)), bare('k9', body(6, 55))];
    for (const order of permutations(reports)) expect(incidents(arrive(order))).toEqual(['d1 k1', 'd9 k9']);
  });

  it('falls back to the declared original for events without fingerprints (older events)', () => {
    const [o, k] = [tanf('o', '2024-03-05', body(0, 60)), bare('k', body(0, 58))];
    const mentions = [o.mention, { ...k.mention, duplicateOf: 'o' }];
    expect(incidents(mentions)).toEqual(['k o']);
    expect(incidents([o.mention, k.mention])).toEqual(['k', 'o']);
  });

  it('explains a copy found by its fingerprint as a copy, in every order', () => {
    const reports = [tanf('a', '2024-02-01', body(0, 40)), bare('b', body(5, 45)), tanf('c', '2024-02-20', body(14, 54))];
    for (const order of permutations(reports)) {
      const [a, b, c] = ['a', 'b', 'c'].map((id) => arrive(order).find((m) => m.articleId === id)!);
      expect(matchScore(b, [a]).reasons).toEqual(['copy of a']);
      expect(matchScore(a, [b]).reasons).toEqual(['copy of b']);
      expect(matchScore(c, [a]).reasons).not.toContain('copy of a');
    }
  });

  it('takes a malformed fingerprint for none (an event from elsewhere), without failing', () => {
    const [o, k] = [tanf('o', '2024-03-05', body(0, 60)), bare('k', body(0, 58))];
    for (const bad of ['fp', 'mh1:zz', `mh1:${'g'.repeat(512)}`]) {
      expect(
        incidents([
          { ...o.mention, fingerprint: bad },
          { ...k.mention, fingerprint: bad, duplicateOf: 'o' },
        ]),
      ).toEqual(['k o']);
      expect(
        incidents([
          { ...o.mention, fingerprint: bad },
          { ...k.mention, fingerprint: bad },
        ]),
      ).toEqual(['k', 'o']);
    }
  });
});
