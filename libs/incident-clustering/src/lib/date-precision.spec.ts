import { clusterMentions } from './cluster-mentions';
import { MATCH_THRESHOLD, mentionFeatures, pairScore } from './pair-score';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: a report is as precise as it can be. A month, or an undated mention's publication
// window, that holds the other report's day is compatible, not evidence against: agreement on
// place, category and weapon is then enough to merge.
describe('date windows compatible with each report’s precision', () => {
  const rocketAsad = { place: P.ainAlAsad, weapon: 'rocket' as const };
  const droneErbil = { place: P.erbilAirport, weapon: 'drone' as const };
  const strike = { category: 'strike_on_militias' as const, place: P.jurf, weapon: 'airstrike' as const };

  it.each([
    ['a month report and a day inside it', am('a', '2024-01-21', { ...rocketAsad, date: d('2024-01-20') }), am('b', '2024-03-02', { ...rocketAsad, date: d('2024-01') })],
    ['a month report and its first day', am('a', '2024-02-01', { ...droneErbil, date: d('2024-02-01') }), am('b', '2024-04-10', { ...droneErbil, date: d('2024-02') })],
    ['a month report and its last day', am('a', '2024-01-31', { ...droneErbil, date: d('2024-01-31') }), am('b', '2024-05-01', { ...droneErbil, date: d('2024-01') })],
    ['a month report and the night after its last day', am('a', '2023-12-01', { ...rocketAsad, date: d('2023-12-01') }), am('b', '2024-02-11', { ...rocketAsad, date: d('2023-11') })],
    ['an undated report published the same day', am('a', '2024-01-20', { ...rocketAsad, date: d('2024-01-20') }), am('b', '2024-01-20T18:00:00Z', { ...rocketAsad })],
    ['an undated report published ten days later', am('a', '2024-01-10', { ...rocketAsad, date: d('2024-01-10') }), am('b', '2024-01-20', { ...rocketAsad })],
    ['an undated report and a month report', am('a', '2024-03-30', { ...droneErbil, date: d('2024-03') }), am('b', '2024-03-12', { ...droneErbil })],
    ['two month reports of one month', am('a', '2024-06-30', { ...strike, date: d('2024-06'), actor: 'us' }), am('b', '2024-07-15', { ...strike, date: d('2024-06') })],
    ['two undated reports published three days apart', am('a', '2024-02-04', { ...strike }), am('b', '2024-02-07', { ...strike, actor: 'us' })],
    [
      'a month report and an undated report of the next day',
      am('a', '2023-11-20', { place: P.harir, weapon: 'drone', date: d('2023-11') }),
      am('b', '2023-12-01', { place: P.harir, weapon: 'drone' }),
    ],
  ])('merges %s when place and weapon agree', (_, x, y) => {
    expect(pairScore(mentionFeatures(x), mentionFeatures(y)).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const ids = clusterMentions([x, y]);
    expect(ids[0]).toBe(ids[1]);
  });

  it('merges a day report, a month report and an undated report of one attack into one incident', () => {
    const ids = clusterMentions([
      am('a', '2024-01-21', { ...rocketAsad, date: d('2024-01-20') }),
      am('b', '2024-02-15', { ...rocketAsad, date: d('2024-01') }),
      am('c', '2024-01-22', { ...rocketAsad }),
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it.each([
    ['a month report and a day of another month', am('a', '2024-01-21', { ...rocketAsad, date: d('2024-01-20') }), am('b', '2024-04-02', { ...rocketAsad, date: d('2024-03') })],
    ['an undated report published before the day', am('a', '2024-01-21', { ...rocketAsad, date: d('2024-01-20') }), am('b', '2024-01-12', { ...rocketAsad })],
    ['an undated report published long after the day', am('a', '2024-01-21', { ...rocketAsad, date: d('2024-01-01') }), am('b', '2024-01-30', { ...rocketAsad })],
  ])('never merges %s', (_, x, y) => {
    const p = pairScore(mentionFeatures(x), mentionFeatures(y));
    expect(p.blocked).toMatch(/date windows disjoint/);
  });

  it('still needs more than a compatible window when only the town encloses the base, or the weapon is not told', () => {
    const month = am('b', '2024-02-15', { place: P.ainAlAsad, weapon: 'rocket', date: d('2024-01') });
    const town = am('c', '2024-02-15', { place: { ...P.ainAlAsad, id: 'iq-anbar', name_en: 'Anbar', lat: 33.4, lon: 43.3, ancestors: [] }, weapon: 'rocket', date: d('2024-01') });
    const noWeapon = am('e', '2024-02-15', { place: P.ainAlAsad, date: d('2024-01') });
    const day = mentionFeatures(am('a', '2024-01-21', { ...rocketAsad, date: d('2024-01-20') }));
    expect(pairScore(day, mentionFeatures(month)).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(pairScore(day, mentionFeatures(town)).score).toBeLessThan(MATCH_THRESHOLD);
    expect(pairScore(day, mentionFeatures(noWeapon)).score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('keeps reports from articles without a publication date apart on place and weapon alone (they could be any year)', () => {
    const x = am('a', null, { ...rocketAsad });
    const y = am('b', null, { ...rocketAsad });
    expect(pairScore(mentionFeatures(x), mentionFeatures(y)).score).toBeLessThan(MATCH_THRESHOLD);
    // ...but a shared death toll is distinctive enough.
    expect(pairScore(mentionFeatures(am('a', null, { ...rocketAsad, killed: 2 })), mentionFeatures(am('b', null, { ...rocketAsad, killed: 2 }))).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});
