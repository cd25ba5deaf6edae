import { scoreDedup, type GoldMention } from './dedup-pairs';

const m = (gid: string, cluster: string | null, doc = `${gid}-${cluster}`): GoldMention => ({ gid, cluster, doc, prediction: null });

describe('scoreDedup', () => {
  it('counts pairs: same gid, same cluster, both', () => {
    // g1 ×3 in c1,c1,c2; g2 ×2 in c2 and missed
    const r = scoreDedup([m('g1', 'c1', 'a'), m('g1', 'c1', 'b'), m('g1', 'c2', 'c'), m('g2', 'c2', 'd'), m('g2', null, 'e')]);
    // gold pairs 3 + 1; cluster pairs c1: 1, c2: 1; recovered: (a,b)
    expect(r.figures).toEqual({ precision: 0.5, recall: 0.25, f1: 0.333, gold_pairs: 4, predicted_pairs: 2, recovered_pairs: 1 });
    expect(r.split.map((s) => [s.gid, s.split_pairs, s.mentions.map((x) => x.cluster)])).toEqual([
      ['g1', 2, ['c1', 'c1', 'c2']],
      ['g2', 1, ['c2', null]],
    ]);
    expect(r.merged.map((x) => [x.cluster, x.wrong_pairs, x.mentions.map((y) => y.gid)])).toEqual([['c2', 1, ['g1', 'g2']]]);
  });

  it('two missed mentions of one incident are a split pair, not a merge', () => {
    const r = scoreDedup([m('g', null, 'a'), m('g', null, 'b')]);
    expect(r.figures).toMatchObject({ precision: 0, recall: 0, gold_pairs: 1, predicted_pairs: 0 });
    expect(r.split).toHaveLength(1);
    expect(r.merged).toEqual([]);
  });

  it('is perfect when there is nothing to merge and nothing merged', () => {
    expect(scoreDedup([m('g1', 'c1'), m('g2', 'c2')]).figures).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreDedup([]).figures).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('merging different incidents costs precision only', () => {
    expect(scoreDedup([m('g1', 'c'), m('g2', 'c')]).figures).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});
