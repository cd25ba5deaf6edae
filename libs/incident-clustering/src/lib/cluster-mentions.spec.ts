import { clusterMentions, groupMentions, matchScore } from './cluster-mentions';
import { MATCH_THRESHOLD, pairScore, mentionFeatures } from './pair-score';
import { P, am, d, ev } from '../../test/test-mentions';

const sameCluster = (ids: string[], i: number, j: number) => ids[i] === ids[j];

describe('clusterMentions', () => {
  it('merges "Thursday night" and "Friday" reports of one attack (dates one day apart)', () => {
    const ids = clusterMentions([
      am('a', '2024-01-26', { date: d('2024-01-25'), place: P.tanf, weapon: 'drone', evidence: ev('هجوم بطائرة مسيرة على قاعدة التنف ليل الخميس') }),
      am('b', '2024-01-26', { date: d('2024-01-26'), place: P.tanf, weapon: 'drone', evidence: ev('استهداف قاعدة التنف بمسيرة فجر الجمعة') }),
    ]);
    expect(sameCluster(ids, 0, 1)).toBe(true);
  });

  it('merges the base and its nearest town through the gazetteer hierarchy', () => {
    const ids = clusterMentions([
      am('a', '2024-01-02', { date: d('2024-01-02'), place: P.shaddadiBase, weapon: 'rocket' }),
      am('b', '2024-01-03', { date: d('2024-01-02'), place: P.shaddadi, weapon: 'rocket' }),
      am('c', '2024-01-03', { date: d('2024-01-02'), place: P.hasakah, weapon: 'rocket' }),
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('merges conflicting casualty figures (6 vs 20+ injured, none vs a toll): figures are kept per source', () => {
    const ids = clusterMentions([
      am('a', '2023-03-24', { date: d('2023-03-23'), place: P.hasakah, weapon: 'drone', killed: 1, injured: 6 }),
      am('b', '2023-03-25', { date: d('2023-03-23'), place: P.hasakah, weapon: 'drone', killed: 1, injured: 20 }),
    ]);
    expect(sameCluster(ids, 0, 1)).toBe(true);
    const early = mentionFeatures(am('a', null, { date: d('2023-03-23'), place: P.hasakah, weapon: 'drone', killed: 0, injured: 0 }));
    const later = mentionFeatures(am('b', null, { date: d('2023-03-23'), place: P.hasakah, weapon: 'drone', killed: 4, injured: 30 }));
    expect(pairScore(early, later).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    // What keeps two reports apart is the event itself: a roadside bomb is not a drone.
    const bomb = mentionFeatures(am('b', null, { date: d('2023-03-24'), place: P.hasakah, weapon: 'ied', killed: 4, injured: 30 }));
    expect(pairScore(early, bomb).score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('does NOT merge different incidents at the same place on different days', () => {
    const ids = clusterMentions([
      am('a', '2024-01-25', { date: d('2024-01-24'), place: P.ainAlAsad, weapon: 'drone' }),
      am('b', '2024-01-27', { date: d('2024-01-26'), place: P.ainAlAsad, weapon: 'drone' }),
      am('c', '2024-01-21', { date: d('2024-01-20'), place: P.ainAlAsad, weapon: 'missile' }),
    ]);
    expect(new Set(ids).size).toBe(3);
  });

  it('does NOT merge same-day incidents far apart, or of another category, or two incidents of one article', () => {
    const ids = clusterMentions([
      am('a', '2024-01-05', { date: d('2024-01-05'), place: P.ainAlAsad, weapon: 'drone' }),
      am('b', '2024-01-05', { date: d('2024-01-05'), place: P.tower22, weapon: 'drone' }),
      am('c', '2024-01-05', { date: d('2024-01-05'), place: P.ainAlAsad, weapon: 'airstrike', category: 'strike_on_militias', actor: 'us' }),
      am('d', '2024-01-05', { date: d('2024-01-05'), place: P.shaddadi, weapon: 'drone' }, 0),
      am('d', '2024-01-05', { date: d('2024-01-05'), place: P.shaddadiBase, weapon: 'drone' }, 1),
    ]);
    expect(new Set(ids).size).toBe(5);
  });

  it('keeps same-night strikes on either side of a border apart, but not an attack on a base placed by the town across it', () => {
    const strike = { category: 'strike_on_militias' as const, actor: 'us' as const, weapon: 'airstrike' as const, date: d('2024-02-02') };
    const albukamal = { id: 'sy-albukamal', name_ar: 'البوكمال', name_en: 'Albukamal', lat: 34.45, lon: 40.92, country: 'SY', admin1: 'Deir ez-Zor', ancestors: [] };
    const strikes = clusterMentions([am('a', '2024-02-03', { ...strike, place: P.qaim }), am('b', '2024-02-03', { ...strike, place: albukamal })]);
    expect(sameCluster(strikes, 0, 1)).toBe(false);
    // Tower 22 (Jordan) is often placed at al-Tanf (Syria), 20 km away.
    const attack = clusterMentions([
      am('a', '2024-01-29', { place: P.tower22, weapon: 'drone', date: d('2024-01-28') }),
      am('b', '2024-01-29', { place: P.tanf, weapon: 'drone', date: d('2024-01-28') }),
    ]);
    expect(sameCluster(attack, 0, 1)).toBe(true);
  });

  // One outlet puts an unclaimed strike down to Israel, another to the US (the side hit blames it): a dispute over
  // who struck, as tolls differ, not two strikes. (Before: blocked as conflicting actors.)
  it('merges one strike put down to Israel by one report and to the US by another', () => {
    const ids = clusterMentions([
      am('a', '2023-12-25', { category: 'strike_on_militias', date: d('2023-12-25'), place: P.damascus, weapon: 'airstrike', actor: 'israel' }),
      am('b', '2023-12-25', { category: 'strike_on_militias', date: d('2023-12-25'), place: P.damascus, weapon: 'airstrike', actor: 'us' }),
    ]);
    expect(sameCluster(ids, 0, 1)).toBe(true);
  });

  it('still keeps disputed strikers of other days apart (the coalition and the US agree)', () => {
    const ids = clusterMentions([
      am('a', '2023-12-25', { category: 'strike_on_militias', date: d('2023-12-25'), place: P.damascus, weapon: 'airstrike', actor: 'israel' }),
      am('b', '2023-12-25', { category: 'strike_on_militias', date: d('2023-12-02'), place: P.damascus, weapon: 'airstrike', actor: 'us' }),
      am('c', '2023-12-25', { category: 'strike_on_militias', date: d('2023-12-25'), place: P.damascus, weapon: 'airstrike', actor: 'coalition' }),
    ]);
    expect(sameCluster(ids, 0, 1)).toBe(false);
    expect(sameCluster(ids, 0, 2)).toBe(true);
  });

  it('merges undated reports of a distinctive attack (same place, same death toll) but not undated look-alikes', () => {
    const ids = clusterMentions([
      am('a', null, { place: P.tower22, weapon: 'drone', killed: 3, injured: 25 }),
      am('b', null, { place: P.tower22, weapon: 'drone', actor: 'kataib_hezbollah', killed: 3, injured: 34 }),
      am('c', '2024-01-28', { date: d('2024-01-28'), place: P.tower22, weapon: 'drone', killed: 3, injured: 34 }),
      am('x', null, { place: P.ainAlAsad, weapon: 'rocket' }),
      am('y', null, { place: P.ainAlAsad, weapon: 'rocket' }),
    ]);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(sameCluster(ids, 3, 4)).toBe(false);
  });

  it('keeps a misdated report (dated like a follow-up event) with the incident everything else ties it to', () => {
    const tower = { place: P.tower22, killed: 3 };
    const ms = [
      am('a', '2024-01-28', { ...tower, date: d('2024-01-28'), weapon: 'drone', injured: 25 }),
      am('b', '2024-01-29', { ...tower, date: d('2024-01-28'), weapon: 'drone', injured: 34 }),
      am('c', null, { ...tower, weapon: 'drone', injured: 34 }),
      am('e', null, { ...tower, injured: 40 }),
      // Reports of the US strikes on 2 February that recap Tower 22 with the strikes' date.
      am('f', '2024-02-03', { ...tower, date: d('2024-02-02'), injured: 40 }),
      am('g', '2024-02-03', { ...tower, date: d('2024-02-02'), actor: 'iran_backed_militia', injured: 40 }),
    ];
    expect(new Set(clusterMentions(ms)).size).toBe(1);
    // Without the tie-in, a different incident at the same base five days later stays apart.
    const ids = clusterMentions([ms[0], am('h', '2024-02-03', { place: P.tower22, date: d('2024-02-02'), weapon: 'rocket' })]);
    expect(sameCluster(ids, 0, 1)).toBe(false);
  });

  it('gives an undated report that fits two incidents about equally to the one more sources tell', () => {
    const baghdad = { id: 'iq-baghdad', name_ar: 'بغداد', name_en: 'Baghdad', lat: 33.31, lon: 44.37, country: 'IQ', admin1: 'Baghdad', ancestors: [] };
    const mashtal = { ...baghdad, id: 'iq-mashtal', name_en: 'al-Mashtal', lat: 33.33, lon: 44.46 };
    const strike = { category: 'strike_on_militias' as const, actor: 'us' as const };
    const ms = [
      am('j1', '2024-01-05', { ...strike, date: d('2024-01-04'), place: baghdad, weapon: 'drone', killed: 2 }),
      am('j2', '2024-01-05', { ...strike, date: d('2024-01-04'), place: baghdad, weapon: 'drone', killed: 4 }),
      am('j3', '2024-01-04', { ...strike, date: d('2024-01-04'), place: baghdad, weapon: 'drone', killed: 2, injured: 6 }),
      am('j4', '2024-01-04', { ...strike, date: d('2024-01-04'), place: { ...baghdad, id: 'iq-palestine-st', name_en: 'Palestine Street', lat: 33.33, lon: 44.41 }, weapon: 'airstrike', killed: 2 }),
      am('f1', '2024-02-07', { ...strike, date: d('2024-02-07'), place: mashtal, weapon: 'drone', killed: 2, injured: 4 }),
      am('u', null, { ...strike, place: baghdad, weapon: 'drone', killed: 2, injured: 5 }),
    ];
    const ids = clusterMentions(ms);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[5]).toBe(ids[0]);
    expect(ids[4]).not.toBe(ids[0]);
  });

  it('uses text similarity as supporting evidence', () => {
    const base = { date: d('2024-01-05'), weapon: 'drone' as const };
    const plain = pairScore(mentionFeatures(am('a', null, base)), mentionFeatures(am('b', null, base)));
    const text = pairScore(
      mentionFeatures(am('a', null, { ...base, evidence: ev('استهداف قاعدة حرير الأمريكية بطائرة مسيرة مفخخة') })),
      mentionFeatures(am('b', null, { ...base, evidence: ev('طائرة مسيرة مفخخة تستهدف قاعدة حرير') })),
    );
    expect(text.score).toBeGreaterThan(plain.score + 0.5);
  });

  it('gives deterministic ids that do not depend on input order', () => {
    const ms = [
      am('a', '2024-01-26', { date: d('2024-01-25'), place: P.tanf, weapon: 'drone' }),
      am('b', '2024-01-27', { date: d('2024-01-26'), place: P.tanf, weapon: 'drone' }),
      am('c', '2024-01-21', { date: d('2024-01-20'), place: P.ainAlAsad, weapon: 'missile' }),
      am('e', '2024-01-22', { date: d('2024-01-20'), place: P.ainAlAsad, weapon: 'rocket' }),
    ];
    const forward = clusterMentions(ms);
    const reversed = clusterMentions([...ms].reverse()).reverse();
    expect(reversed).toEqual(forward);
    expect(new Set(forward).size).toBe(2);
    expect(forward[0]).toMatch(/^inc_[0-9a-f]{20}$/);
    expect(clusterMentions(ms)).toEqual(forward);
  });

  it('returns one id per mention in input order', () => {
    expect(clusterMentions([])).toEqual([]);
    const ids = clusterMentions([am('a', null, { place: P.tanf }), am('b', null, { place: P.ainAlAsad })]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('matchScore', () => {
  const incident = [
    am('a', '2024-01-03', { date: d('2024-01-02'), place: P.shaddadi, weapon: 'rocket', killed: 2 }),
    am('b', '2024-01-03', { date: d('2024-01-02'), place: P.shaddadiBase, weapon: 'rocket', killed: 2 }),
  ];

  it('accepts a compatible mention and agrees with batch grouping', () => {
    const m = am('c', '2024-01-04', { date: d('2024-01-03'), place: P.hasakah, weapon: 'rocket', killed: 2 });
    const r = matchScore(m, incident);
    expect(r.blocked).toBeNull();
    expect(r.matches).toBe(true);
    expect(groupMentions([...incident, m])).toHaveLength(1);
  });

  it('blocks a mention that conflicts with any member, explaining why', () => {
    const r = matchScore(am('c', '2024-01-13', { date: d('2024-01-12'), place: P.shaddadi, weapon: 'rocket' }), incident);
    expect(r.matches).toBe(false);
    expect(r.blocked).toBe('dates 10 days apart');
    const soft = matchScore(am('c', '2024-01-06', { date: d('2024-01-05'), place: P.shaddadi, weapon: 'rocket' }), incident);
    expect([soft.blocked, soft.matches]).toEqual([null, false]);
    expect(matchScore(am('a', null, { place: P.shaddadi }), [incident[0]]).blocked).toBe('empty incident');
  });
});
