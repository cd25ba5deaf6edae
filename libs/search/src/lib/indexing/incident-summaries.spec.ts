import { mention, TEST_PLACES } from '@raseed/contracts/testing';
import { ArticleMention, groupMentions } from '@raseed/incident-clustering';
import { groupWithSummaries, representatives } from './incident-summaries';

const report = (articleId: string, day: string, place: (typeof TEST_PLACES)[keyof typeof TEST_PLACES] = TEST_PLACES.tanf): ArticleMention => ({
  articleId,
  publishedAt: `2024-03-${day}T10:00:00Z`,
  outlet: `outlet-${articleId}`,
  url: null,
  mention: mention({ date: { value: `2024-03-${day}`, precision: 'day' }, place: { ...place, ancestors: [...place.ancestors] } }),
});

describe('incident summaries (bounded re-clustering of big incidents)', () => {
  const big = Array.from({ length: 30 }, (_, i) => report(`a${String(i).padStart(2, '0')}`, '11'));

  it('samples an incident evenly, earliest report first, and keeps small incidents whole', () => {
    const { sample, rest } = representatives(big, 5);
    expect(sample).toHaveLength(5);
    expect(rest).toHaveLength(25);
    expect(sample[0].articleId).toBe('a00');
    expect(sample[4].articleId).toBe('a29');
    expect(representatives(big.slice(0, 4), 5)).toEqual({ sample: big.slice(0, 4), rest: [] });
  });

  it('a new report joins the big incident whole (all its sources kept), as full re-clustering would', () => {
    const stored = big.map((payload) => ({ payload, incident_id: 'inc_a' }));
    const fresh = [report('new', '11'), report('elsewhere', '11', TEST_PLACES.shaddadi)];
    const groups = groupWithSummaries(stored, fresh, 5);
    const sizes = groups.map((g) => g.length).sort((a, b) => a - b);
    expect(sizes).toEqual(
      groupMentions([...big, ...fresh])
        .map((g) => g.length)
        .sort((a, b) => a - b),
    );
    const joined = groups.find((g) => g.some((m) => m.articleId === 'new'))!;
    expect(joined).toHaveLength(31);
    expect(groups.find((g) => g.some((m) => m.articleId === 'elsewhere'))).toHaveLength(1);
  });

  it('two stored incidents a late report bridges still merge, followers included', () => {
    const left = Array.from({ length: 12 }, (_, i) => ({ payload: report(`l${i}`, '11'), incident_id: 'inc_l' }));
    const right = Array.from({ length: 12 }, (_, i) => ({ payload: report(`r${i}`, '11'), incident_id: 'inc_r' }));
    const groups = groupWithSummaries([...left, ...right], [report('bridge', '11')], 4);
    expect(groups.map((g) => g.length).sort((a, b) => a - b)).toEqual(
      groupMentions([...left, ...right].map((r) => r.payload).concat(report('bridge', '11')))
        .map((g) => g.length)
        .sort((a, b) => a - b),
    );
    expect(groups.flat()).toHaveLength(25);
  });
});

describe('incident summaries: only what the batch reaches is clustered again', () => {
  // A stored incident clustering would not form today (two bases 300 km apart): left alone unless
  // the batch reaches it, re-derived when it does.
  const odd = [report('o1', '05'), report('o2', '05', TEST_PLACES.shaddadi)].map((payload) => ({ payload, incident_id: 'inc_odd' }));

  it('returns a stored incident no fresh mention can join exactly as stored', () => {
    const groups = groupWithSummaries(odd, [report('far-later', '20')]);
    expect(
      groups
        .find((g) => g.some((m) => m.articleId === 'o1'))!
        .map((m) => m.articleId)
        .sort(),
    ).toEqual(['o1', 'o2']);
    expect(groups.find((g) => g.some((m) => m.articleId === 'far-later'))).toHaveLength(1);
  });

  it('re-derives it when the batch touches it (a fresh report joins, or its article is re-processed)', () => {
    for (const groups of [groupWithSummaries(odd, [report('joins', '05')]), groupWithSummaries(odd, [], { touched: ['inc_odd'] })]) {
      expect(groups.find((g) => g.some((m) => m.articleId === 'o2'))!.map((m) => m.articleId)).toEqual(['o2']);
    }
  });
});
