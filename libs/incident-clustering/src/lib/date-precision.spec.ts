import { IncidentMention } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
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

// Mechanism: an undated mention in a dated article most likely tells an act of the article's last
// days; an act told in passing with a rare toll ("the attack that killed three soldiers") may be
// weeks old, and that toll is what ties it to its incident. It reaches back UNDATED_REACH_DAYS,
// scored beyond the last days as an undated article's report is: place and toll, not place alone.
describe('an act told in passing with a rare toll, weeks after its day', () => {
  const tower = (id: string, pub: string, over: Partial<IncidentMention> = {}) => am(id, pub, { place: P.tower22, weapon: 'drone', ...over });
  const jurf = (id: string, pub: string, over: Partial<IncidentMention> = {}) => am(id, pub, { category: 'strike_on_militias', place: P.jurf, weapon: 'airstrike', actor: 'us', ...over });
  const together = (...ms: ArticleMention[]) => new Set(clusterMentions(ms)).size === 1;

  it.each([
    ['American dead, 25 days later, no weapon told', tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 }), tower('b', '2024-02-22', { weapon: 'unknown', killed: 3 })],
    ['American dead, two months later', tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 }), tower('b', '2024-03-30', { killed: 3, actor: 'kataib_hezbollah' })],
    ['six dead of a strike, a month later', jurf('a', '2024-01-05', { date: d('2024-01-04'), killed: 6 }), jurf('b', '2024-02-04', { killed: 6 })],
    ['a soldier killed, 20 days later, reported by another outlet first', tower('b', '2024-02-17', { killed: 1 }), tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 1 })],
  ])('joins its incident: %s', (_, x, y) => {
    expect(together(x, y)).toBe(true);
  });

  it.each([
    ['no toll told', tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 }), tower('b', '2024-02-22', {})],
    ['a common toll of a strike (two dead)', jurf('a', '2024-01-05', { date: d('2024-01-04'), killed: 2 }), jurf('b', '2024-02-04', { killed: 2 })],
    ['more than three months later', tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 }), tower('b', '2024-05-10', { killed: 3 })],
    ['a day told after the article', tower('a', '2024-03-01', { date: d('2024-03-01'), killed: 3 }), tower('b', '2024-02-22', { killed: 3 })],
  ])('is blocked on dates with %s', (_, x, y) => {
    expect(pairScore(mentionFeatures(x), mentionFeatures(y)).blocked).toMatch(/date windows disjoint/);
  });

  it('is scored as an undated report beyond its article’s last days, and as compatible within them', () => {
    const old = pairScore(mentionFeatures(tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 })), mentionFeatures(tower('b', '2024-02-22', { killed: 3 })));
    const recent = pairScore(mentionFeatures(tower('a', '2024-02-19', { date: d('2024-02-18'), killed: 3 })), mentionFeatures(tower('b', '2024-02-22', { killed: 3 })));
    expect(old.reasons).toContain('undated mention, before its article’s last days');
    expect(recent.reasons).toContain('date within the publication window');
    expect(recent.score - old.score).toBe(1);
  });

  it.each([
    ['another toll at the base', tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 }), tower('b', '2024-02-22', { killed: 5 })],
    ['the same toll at a base 250 km away', tower('a', '2024-01-29', { date: d('2024-01-28'), killed: 3 }), am('b', '2024-02-22', { place: P.ainAlAsad, weapon: 'drone', killed: 3 })],
  ])('stays apart with %s (a weeks-old incident is not one a vague report joins on place alone)', (_, x, y) => {
    expect(together(x, y)).toBe(false);
  });
});
