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

  // The same weekday is as telling as a shared actor: with place and weapon, an undated page's report joins the one
  // dated incident it names the day of, whoever the sides are said to be.
  it.each([
    ['actor unknown on the page', attack(P.tanf, 'drone', { weekday: 0, actor: 'unknown' }), attack(P.tanf, 'drone', { date: d('2024-04-07') }), '2024-04-08'],
    ['actor named on neither', attack(P.harir, 'drone', { weekday: 6, actor: null }), attack(P.harir, 'drone', { date: d('2023-11-11'), actor: null }), '2023-11-12'],
    ['rockets at Ain al-Asad, no actor', attack(P.ainAlAsad, 'rocket', { weekday: 1, actor: null }), attack(P.ainAlAsad, 'rocket', { date: d('2023-10-30'), actor: null }), '2023-10-31'],
  ] as [string, Partial<IncidentMention>, Partial<IncidentMention>, string][])('the weekday with place and weapon is enough: %s', (_label, a, b, pubB) => {
    expect(together(a, b, null, pubB)).toBe(true);
  });

  // Two attacks on one base, each on that weekday: the page tells neither apart, so it joins neither.
  it.each([
    ['two Sundays at al-Tanf, months apart', 0, '2024-04-07', '2024-10-27', P.tanf],
    ['two Saturdays at Harir, a week apart', 6, '2023-11-04', '2023-11-11', P.harir],
  ] as [string, number, string, string, IncidentMention['place']][])('stays alone when two incidents fit it alike: %s', (_label, weekday, day1, day2, place) => {
    const ids = clusterMentions([
      am('d1', `${day1}T12:00:00Z`, attack(place, 'drone', { date: d(day1), actor: null })),
      am('d2', `${day2}T12:00:00Z`, attack(place, 'drone', { date: d(day2), actor: null })),
      am('u', null, attack(place, 'drone', { weekday, actor: null })),
    ]);
    expect(new Set(ids).size).toBe(3);
  });

  it('still joins the one that fits it clearly better', () => {
    const ids = clusterMentions([
      am('d1', '2024-04-08T12:00:00Z', attack(P.tanf, 'drone', { date: d('2024-04-07'), actor: null, killed: 2 })),
      am('d2', '2024-10-28T12:00:00Z', attack(P.tanf, 'drone', { date: d('2024-10-27'), actor: null })),
      am('u', null, attack(P.tanf, 'drone', { weekday: 0, actor: null, killed: 2 })),
    ]);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[1]).not.toBe(ids[0]);
  });
});
