import { IncidentMention } from '@raseed/contracts';
import { withCompanions } from './article-mention';
import { clusterMentions } from './cluster-mentions';
import { mentionFeatures, pairScore } from './pair-score';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: an undated page that tells an attack together with the strike that answered it joins
// the dated report told with the same strike: the pairing of the two sites names the round, where a
// base attacked on many dates alone does not. Only against a dated report, and only when neither
// article names another site of the same kind.
const attack = (place: IncidentMention['place'], extra: Partial<IncidentMention> = {}): Partial<IncidentMention> => ({
  category: 'attack_on_us_forces',
  place,
  weapon: 'unknown',
  actor: 'unknown',
  ...extra,
});
const strike = (place: IncidentMention['place'], extra: Partial<IncidentMention> = {}): Partial<IncidentMention> => ({
  category: 'strike_on_militias',
  place,
  weapon: 'airstrike',
  actor: 'us',
  ...extra,
});
const article = (id: string, pub: string | null, ...incidents: Partial<IncidentMention>[]) => incidents.map((m, i) => am(id, pub, m, i));

function clustersOf(...articles: ReturnType<typeof article>[]) {
  const flat = withCompanions(articles.flat());
  const ids = clusterMentions(flat);
  return new Map(flat.map((m, i) => [`${m.articleId}:${m.mention.category}:${m.mention.place?.name_en}`, ids[i]]));
}
const key = (id: string, place: IncidentMention['place']) => `${id}:attack_on_us_forces:${place!.name_en}`;

describe('an undated attack told with the strike that answered it joins the dated one told with that strike', () => {
  it.each([
    ['Erbil airport answered at Jurf al-Sakhar', P.erbilAirport, P.jurf, '2023-12-25'],
    ['Ain al-Asad answered at al-Qaim', P.ainAlAsad, P.qaim, '2024-01-20'],
    ['al-Tanf answered in Damascus', P.tanf, P.damascus, '2023-10-18'],
  ])('%s', (_label, site, answer, day) => {
    const c = clustersOf(
      article('undated', null, attack(site), strike(answer)),
      article('dated', day, attack(site, { date: d(day), weapon: 'drone' }), strike(answer, { date: d(day) })),
      article('other-day', '2021-04-15', attack(site, { date: d('2021-04-14'), weapon: 'drone' })),
    );
    expect(c.get(key('undated', site))).toBe(c.get(key('dated', site)));
    expect(c.get(key('undated', site))).not.toBe(c.get(key('other-day', site)));
  });

  it.each([
    ['another strike site', [P.jurf], [P.qaim]],
    ['one article names a second strike site', [P.jurf], [P.jurf, P.qaim]],
  ])('but not with %s', (_label, first, second) => {
    const c = clustersOf(
      article('undated', null, attack(P.erbilAirport), ...first.map((p) => strike(p))),
      article('dated', '2023-12-25', attack(P.erbilAirport, { date: d('2023-12-25') }), ...second.map((p) => strike(p, { date: d('2023-12-25') }))),
    );
    expect(c.get(key('undated', P.erbilAirport))).not.toBe(c.get(key('dated', P.erbilAirport)));
  });

  it('nor between two undated pages: a base attacked often and a town struck often may be two rounds', () => {
    const c = clustersOf(article('a', null, attack(P.ainAlAsad), strike(P.jurf), strike(P.qaim)), article('b', null, attack(P.ainAlAsad), strike(P.jurf), strike(P.baghdad)));
    expect(c.get(key('a', P.ainAlAsad))).not.toBe(c.get(key('b', P.ainAlAsad)));
  });

  it('partners are the sites of the other category, and the explanation names the pairing', () => {
    const a = withCompanions(article('a', null, attack(P.erbilAirport), strike(P.jurf)));
    expect(a.map((m) => m.partners)).toEqual([['strike_on_militias:iq-jurf-al-sakhar'], ['attack_on_us_forces:iq-erbil-airport']]);
    const b = withCompanions(article('b', '2023-12-25', attack(P.erbilAirport, { date: d('2023-12-25') }), strike(P.jurf, { date: d('2023-12-25') })));
    expect(pairScore(mentionFeatures(a[0]), mentionFeatures(b[0])).reasons).toContain('told with the same acts of the other side by both');
  });
});
