import { IncidentMention } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
import { clusterMentions } from './cluster-mentions';
import { MATCH_THRESHOLD, mentionFeatures, pairScore } from './pair-score';
import { P, am, d, ev } from '../../test/test-mentions';

const together = (ms: ArticleMention[]) => new Set(clusterMentions(ms)).size === 1;

// Mechanism: what the product keeps per source (conflicting tolls, the drone or the rocket it
// fired) never splits an incident; an agency copy (the normaliser's near-duplicate) always shares
// its original's incidents.
describe('conflicting figures do not split an incident', () => {
  // The next day's report names no weapon: agreement is day, place and whatever the toll adds.
  it.each([
    ['an early toll and the final one', 1, 12],
    ['no deaths first, then five', 0, 5],
    ['two, then thirty', 2, 30],
    ['a toll of one against a cumulative twenty', 1, 20],
    ['none against a count of seven', 0, 7],
  ])('merges %s', (_, first, later) => {
    const a = am('a', '2024-02-05', { place: P.omarField, weapon: 'drone', date: d('2024-02-04'), killed: first });
    const b = am('b', '2024-02-07', { place: P.omarField, date: d('2024-02-05'), killed: later });
    expect(together([a, b])).toBe(true);
  });

  it.each([
    ['injured: none against 30', { injured: 0 }, { injured: 30 }],
    ['injured: 2 against 40', { injured: 2 }, { injured: 40 }],
    ['killed and injured both revised', { killed: 0, injured: 0 }, { killed: 6, injured: 18 }],
  ] as [string, Partial<IncidentMention>, Partial<IncidentMention>][])('merges %s', (_, x, y) => {
    const a = am('a', '2024-02-05', { place: P.tanf, weapon: 'rocket', date: d('2024-02-04'), ...x });
    const b = am('b', '2024-02-07', { place: P.tanf, date: d('2024-02-05'), ...y });
    expect(together([a, b])).toBe(true);
  });
});

describe('a drone-launched rocket is the drone attack', () => {
  it.each([
    ['rocket', 'drone'],
    ['drone', 'rocket'],
    ['missile', 'drone'],
    ['drone', 'missile'],
  ] as const)('merges a %s report with a %s report of the next day', (w1, w2) => {
    const a = am('a', '2024-01-21', { place: P.ainAlAsad, weapon: w1, date: d('2024-01-20') });
    const b = am('b', '2024-01-22', { place: P.ainAlAsad, weapon: w2, date: d('2024-01-21') });
    expect(pairScore(mentionFeatures(a), mentionFeatures(b)).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(together([a, b])).toBe(true);
  });

  it('still keeps a roadside bomb and a mortar apart from a drone attack', () => {
    const drone = mentionFeatures(am('a', '2024-01-21', { place: P.ainAlAsad, weapon: 'drone', date: d('2024-01-20') }));
    for (const weapon of ['ied', 'mortar', 'small_arms'] as const) {
      expect(pairScore(drone, mentionFeatures(am('b', '2024-01-22', { place: P.ainAlAsad, weapon, date: d('2024-01-21') }))).score).toBeLessThan(MATCH_THRESHOLD);
    }
  });
});

describe('agency copies share their incidents', () => {
  const original = am('a', '2024-01-25', { place: P.tanf, weapon: 'drone', date: d('2024-01-25'), killed: 2, evidence: ev('هجوم بطائرة مسيرة على قاعدة التنف يقتل اثنين') });
  const copy = (over: Partial<IncidentMention>, publishedAt: string | null = '2024-01-26'): ArticleMention => ({
    // The copy's extraction read another sentence of the same text (an agency's lead rewritten).
    ...am('c', publishedAt, { ...original.mention, evidence: ev('وكالة: مقتل شخصين في الهجوم'), ...over }),
    duplicateOf: 'a',
  });

  it.each([
    ['undated, on a page without a date', { date: null }, null],
    ['unplaced', { place: null, date: null }, '2024-02-02'],
    ['without a weapon, a week later', { weapon: null, date: null }, '2024-02-01'],
    ['read as a month', { date: d('2024-02'), place: null }, '2024-02-10'],
    ['placed at the governorate and undated', { place: { ...P.tanf, id: 'sy-homs', name_en: 'Homs', lat: 34.73, lon: 36.72, ancestors: [] }, date: null }, null],
    ['with another weapon and no date', { weapon: 'rocket', date: null, place: null }, null],
  ] as [string, Partial<IncidentMention>, string | null][])('puts a copy %s in its original’s incident', (_, over, publishedAt) => {
    const c = copy(over, publishedAt);
    expect(together([original, c])).toBe(true);
    // In either order, and whichever of the two is declared the copy.
    expect(together([c, original])).toBe(true);
    expect(
      together([
        { ...original, duplicateOf: 'c' },
        { ...c, duplicateOf: null },
      ]),
    ).toBe(true);
  });

  it('pairs each of a copy’s mentions with the original’s mention of the same category', () => {
    const strike = am('a', '2024-01-25', { category: 'strike_on_militias', actor: 'us', place: P.qaim, weapon: 'airstrike', date: d('2024-01-24'), evidence: ev('غارات أمريكية على القائم') }, 1);
    const c0: ArticleMention = { ...am('c', null, { place: null, weapon: 'drone', evidence: ev('هجوم بطائرة مسيرة على القاعدة') }, 0), duplicateOf: 'a' };
    const c1: ArticleMention = { ...am('c', null, { category: 'strike_on_militias', actor: 'us', place: null, weapon: 'airstrike', evidence: ev('غارات أمريكية على القائم') }, 1), duplicateOf: 'a' };
    const ids = clusterMentions([original, strike, c0, c1]);
    expect([ids[2] === ids[0], ids[3] === ids[1], ids[0] === ids[1]]).toEqual([true, true, false]);
  });

  // Templated bulletins ("هجوم على قاعدة X يوم N") are near-duplicates by wording but tell other events.
  it.each([
    ['another base far away', { place: P.ainAlAsad }],
    ['another field the same day', { place: P.conoco, date: d('2024-01-25') }],
    ['the same base a week later', { date: d('2024-02-01') }],
    ['another base another day', { place: P.harir, date: d('2024-01-27') }],
    ['the same base three days later', { date: d('2024-01-28') }],
  ] as [string, Partial<IncidentMention>][])('judges a declared copy that names %s as any other report', (_, over) => {
    const c = copy(over, '2024-02-02');
    const plain = { ...c, duplicateOf: null };
    expect(together([original, c])).toBe(together([original, plain]));
    expect(together([c, original])).toBe(together([plain, original]));
  });

  it.each([
    ['another base far away', { place: P.ainAlAsad }],
    ['another field the same day', { place: P.conoco, date: d('2024-01-25') }],
    ['another base another day', { place: P.harir, date: d('2024-01-27') }],
    ['the same base a week later with another weapon', { date: d('2024-02-01'), weapon: 'rocket', killed: 0 }],
  ] as [string, Partial<IncidentMention>][])('keeps a declared copy apart when it names %s', (_, over) => {
    const c = copy(over, '2024-02-02');
    expect(together([original, c])).toBe(false);
  });

  it('still merges a copy that resolves "yesterday" a day apart', () => {
    expect(together([original, copy({ date: d('2024-01-26') })])).toBe(true);
  });

  it('does not merge a copy with an article it does not copy', () => {
    const other = am('x', null, { place: null, weapon: 'drone' });
    const c = copy({ date: null, place: null });
    const ids = clusterMentions([original, c, other]);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });
});
