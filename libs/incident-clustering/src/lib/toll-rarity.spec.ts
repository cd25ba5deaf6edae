import { IncidentMention } from '@raseed/contracts';
import { clusterMentions } from './cluster-mentions';
import { mentionFeatures, pairScore } from './pair-score';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: a matching death toll is evidence in proportion to its rarity. One to three dead is
// what most strikes on a militia site report, so undated reports of strikes at one place agreeing
// on it are often strikes years apart; four or more dead, or any American dead, rarely repeat.
describe('a matching death toll weighs by how rare it is', () => {
  const strike = (place: IncidentMention['place'], weapon: IncidentMention['weapon'], killed: number, extra: Partial<IncidentMention> = {}): Partial<IncidentMention> => ({
    category: 'strike_on_militias',
    actor: null,
    place,
    weapon,
    killed,
    ...extra,
  });
  const same = (a: Partial<IncidentMention>, b: Partial<IncidentMention>, pubA: string | null = null, pubB: string | null = null) => {
    const ids = clusterMentions([am('a', pubA, a), am('b', pubB, b)]);
    return ids[0] === ids[1];
  };

  it.each([
    ['a drone and an airstrike at al-Qaim, two dead each', strike(P.qaim, 'drone', 2), strike(P.qaim, 'airstrike', 2)],
    ['a drone and an airstrike in Baghdad, two dead each', strike(P.baghdad, 'drone', 2), strike(P.baghdad, 'airstrike', 2)],
    ['an airstrike and a drone at Jurf al-Sakhar, one dead each', strike(P.jurf, 'airstrike', 1), strike(P.jurf, 'drone', 1)],
    ['a missile and an airstrike at al-Qaim, three dead each', strike(P.qaim, 'missile', 3), strike(P.qaim, 'airstrike', 3)],
    ['strikes told without a weapon in Baghdad, two dead each', strike(P.baghdad, null, 2), strike(P.baghdad, 'drone', 2)],
  ])('undated reports of strikes agreeing on a common toll stay apart: %s', (_label, a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it.each([
    ['a drone and an airstrike at al-Qaim, seventeen dead each', strike(P.qaim, 'drone', 17), strike(P.qaim, 'airstrike', 17)],
    ['a drone and an airstrike in Baghdad, six dead each', strike(P.baghdad, 'drone', 6), strike(P.baghdad, 'airstrike', 6)],
    ['the same weapon and a common toll', strike(P.qaim, 'airstrike', 2), strike(P.qaim, 'airstrike', 2)],
  ])('a rare toll, or the same weapon too, still joins them: %s', (_label, a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('three American dead tie a recap misdated a week early to the attack', () => {
    const attack = { category: 'attack_on_us_forces' as const, place: P.tower22, weapon: 'drone' as const, killed: 3 };
    expect(same({ ...attack, date: d('2024-01-28') }, { ...attack, date: d('2024-01-21') }, '2024-01-29', '2024-02-01')).toBe(true);
  });

  it('the explanation shows the weaker evidence of a common toll', () => {
    const small = pairScore(mentionFeatures(am('a', null, strike(P.qaim, 'drone', 2))), mentionFeatures(am('b', null, strike(P.qaim, 'airstrike', 2))));
    const large = pairScore(mentionFeatures(am('a', null, strike(P.qaim, 'drone', 17))), mentionFeatures(am('b', null, strike(P.qaim, 'airstrike', 17))));
    expect(large.score - small.score).toBeCloseTo(1.25);
    expect(small.reasons).toContain('killed same');
  });
});
