import { buildIncident, canonicalIncidentId, mergeIntoIncident } from './canonical-incident';
import { P, am, d } from '../../test/test-mentions';

describe('buildIncident / mergeIntoIncident', () => {
  const a = am('a', '2024-01-29T08:00:00Z', { date: d('2024-01-28'), place: P.tower22, weapon: 'drone', actor: 'iran_backed_militia', killed: 3, injured: 25 });
  const b = am('b', '2024-01-30T08:00:00Z', { date: d('2024-01-28'), place: P.tower22, weapon: 'unknown', actor: 'kataib_hezbollah', killed: 3, injured: 34 });
  const c = am('c', '2024-02-03T08:00:00Z', { date: d('2024-01-27'), place: { ...P.tower22, id: 'jo-rukban', name_en: 'Rukban', ancestors: [] }, weapon: 'drone', killed: 3, injured: 40 });

  it('lists every source and attributes every conflicting value', () => {
    const inc = buildIncident([a, b, c]);
    expect(inc.sources.map((s) => [s.articleId, s.outlet, s.url, s.publishedAt])).toEqual([
      ['a', 'outlet-a', 'https://news.example/a', '2024-01-29T08:00:00Z'],
      ['b', 'outlet-b', 'https://news.example/b', '2024-01-30T08:00:00Z'],
      ['c', 'outlet-c', 'https://news.example/c', '2024-02-03T08:00:00Z'],
    ]);
    expect(inc.fields.injured.values.map((v) => [v.value, v.sources.map((s) => s.articleId)])).toEqual([
      [25, ['a']],
      [34, ['b']],
      [40, ['c']],
    ]);
    expect(inc.fields.injured.conflicting).toBe(true);
    expect(inc.fields.killed.conflicting).toBe(false);
    expect(inc.fields.date.values.map((v) => [v.value.value, v.sources.length])).toEqual([
      ['2024-01-27', 1],
      ['2024-01-28', 2],
    ]);
  });

  it('chooses each field by a named rule', () => {
    const inc = buildIncident([a, b, c]);
    expect([inc.date?.value, inc.fields.date.rule]).toEqual(['2024-01-28', 'most_sources_then_earliest_day']);
    expect([inc.injured, inc.fields.injured.rule]).toEqual([40, 'latest_report_then_highest']);
    expect(inc.injuredMax).toBe(40);
    expect([inc.weapon, inc.fields.weapon.rule]).toEqual(['drone', 'most_sources_known']);
    expect([inc.actor, inc.fields.actor.rule]).toEqual(['kataib_hezbollah', 'most_specific_known_then_most_sources']);
    // Tower 22 lies inside Rukban: the more specific place wins although Rukban is also reported.
    expect([inc.place?.id, inc.fields.place.rule]).toEqual(['jo-tower22', 'most_specific_then_most_sources']);
    expect([inc.fields.target.chosen, inc.fields.target.rule]).toEqual([null, 'not_reported']);
    expect([inc.dateFrom, inc.dateTo]).toEqual(['2024-01-27', '2024-01-28']);
  });

  it('is independent of member order and keeps the id of the earliest report', () => {
    const x = buildIncident([a, b, c]);
    const y = buildIncident([c, a, b]);
    expect(y).toEqual(x);
    expect(x.id).toBe(canonicalIncidentId([a]));
    expect(canonicalIncidentId([b, c])).not.toBe(x.id);
  });

  it('merging is idempotent: re-merging the same mention replaces it', () => {
    const first = mergeIntoIncident([a, b], c);
    const again = mergeIntoIncident(first.members, c);
    expect(again.members).toHaveLength(3);
    expect(again.incident).toEqual(first.incident);
    const revised = mergeIntoIncident(first.members, { ...c, mention: { ...c.mention, injured: 47 } });
    expect(revised.members).toHaveLength(3);
    expect(revised.incident.injured).toBe(47);
  });

  it('prefers a day over a month, and the earlier day on a tie', () => {
    const inc = buildIncident([am('m', '2024-02-01', { date: d('2024-01') }), am('x', '2024-01-27', { date: d('2024-01-26') }), am('y', '2024-01-27', { date: d('2024-01-25') })]);
    expect(inc.date).toEqual({ value: '2024-01-25', precision: 'day' });
    expect(() => buildIncident([])).toThrow();
  });
});
