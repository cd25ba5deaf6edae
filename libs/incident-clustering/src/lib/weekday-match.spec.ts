import { IncidentMention } from '@raseed/contracts';
import { clusterMentions } from './cluster-mentions';
import { mentionFeatures, pairScore } from './pair-score';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: a report from a page without any date that names its weekday ("مساء السبت") can be
// matched by it: the same weekday as another report (undated, or the weekday of its day) is
// evidence for, "Friday night" against "Saturday" nothing, another weekday evidence against.
describe('undated reports are matched by the weekday they name', () => {
  const attack = (place: IncidentMention['place'], weapon: IncidentMention['weapon'], extra: Partial<IncidentMention> = {}): Partial<IncidentMention> => ({
    category: 'attack_on_us_forces',
    place,
    weapon,
    actor: 'iran_backed_militia',
    ...extra,
  });
  const together = (a: Partial<IncidentMention>, b: Partial<IncidentMention>, pubA: string | null = null, pubB: string | null = null) => {
    const ids = clusterMentions([am('a', pubA, a), am('b', pubB, b)]);
    return ids[0] === ids[1];
  };

  it.each([
    ['two undated pages, both Saturday, Erbil airport', attack(P.erbilAirport, 'drone', { weekday: 6 }), attack(P.erbilAirport, 'drone', { weekday: 6 })],
    ['two undated pages, both Sunday, Ain al-Asad', attack(P.ainAlAsad, 'rocket', { weekday: 0 }), attack(P.ainAlAsad, 'rocket', { weekday: 0 })],
    ['an undated Saturday and a dated Saturday at Harir', attack(P.harir, 'drone', { weekday: 6 }), attack(P.harir, 'drone', { date: d('2023-11-11') }), null, '2023-11-12'],
    ['an undated Monday and a dated Monday at al-Tanf', attack(P.tanf, 'drone', { weekday: 1 }), attack(P.tanf, 'drone', { date: d('2023-10-23') }), null, '2023-10-23'],
  ] as [string, Partial<IncidentMention>, Partial<IncidentMention>, string | null, string | null][])('the same weekday joins them: %s', (_label, a, b, pubA = null, pubB = null) => {
    expect(together(a, b, pubA, pubB)).toBe(true);
  });

  it.each([
    ['an undated Saturday and a dated Thursday at Harir', attack(P.harir, 'drone', { weekday: 6 }), attack(P.harir, 'drone', { date: d('2023-11-09') }), null, '2023-11-09'],
    ['two undated pages, Sunday and Wednesday, Ain al-Asad', attack(P.ainAlAsad, 'rocket', { weekday: 0 }), attack(P.ainAlAsad, 'rocket', { weekday: 3 }), null, null],
    ['an undated Tuesday and a dated Saturday at Erbil airport', attack(P.erbilAirport, 'drone', { weekday: 2 }), attack(P.erbilAirport, 'drone', { date: d('2021-09-11') }), null, '2021-09-12'],
  ] as [string, Partial<IncidentMention>, Partial<IncidentMention>, string | null, string | null][])('another weekday keeps them apart: %s', (_label, a, b, pubA, pubB) => {
    expect(together(a, b, pubA, pubB)).toBe(false);
  });

  it('the explanation names the weekday', () => {
    const a = mentionFeatures(am('a', null, attack(P.harir, 'drone', { weekday: 5 })));
    const b = mentionFeatures(am('b', null, attack(P.harir, 'drone', { weekday: 6 })));
    const c = mentionFeatures(am('c', null, attack(P.harir, 'drone')));
    expect(pairScore(a, b).reasons).toContain('undated article, adjacent weekday');
    expect(pairScore(a, c).reasons).toContain('undated article');
    expect(pairScore(a, b).score).toBeCloseTo(pairScore(a, c).score);
  });
});
