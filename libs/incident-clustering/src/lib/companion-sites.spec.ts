import { IncidentMention } from '@raseed/contracts';
import { withCompanions } from './article-mention';
import { clusterMentions } from './cluster-mentions';
import { mentionFeatures, pairScore } from './pair-score';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: two undated pages that each report strikes at the same set of sites (al-Qaim and
// Jurf al-Sakhar) tell one wave: the shared other sites count as shared wording. Only between
// undated reports, and only for the same set: the same pair of sites is struck again years later
// (al-Qaim and Albukamal in 2019, 2021 and 2024), which a date tells apart.
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
  return new Map(flat.map((m, i) => [`${m.articleId}:${m.mention.place?.name_en}`, ids[i]]));
}

describe('undated reports of the same wave of strikes join by the other sites both report', () => {
  it.each([
    ['al-Qaim and Jurf al-Sakhar in both', [P.qaim, P.jurf], [P.jurf, P.qaim]],
    ['Baghdad and al-Qaim in both', [P.baghdad, P.qaim], [P.qaim, P.baghdad]],
    ['three sites in both', [P.qaim, P.jurf, P.baghdad], [P.baghdad, P.qaim, P.jurf]],
  ])('%s', (_label, first, second) => {
    const c = clustersOf(article('a', null, ...first.map((p) => strike(p))), article('b', null, ...second.map((p) => strike(p))));
    for (const p of first) expect(c.get(`a:${p!.name_en}`)).toBe(c.get(`b:${p!.name_en}`));
  });

  it.each([
    ['no other site in either', [P.qaim], [P.qaim]],
    ['another set of sites', [P.qaim, P.jurf], [P.qaim, P.baghdad]],
    ['one article has a third site', [P.qaim, P.jurf], [P.qaim, P.jurf, P.baghdad]],
  ])('but not with %s', (_label, first, second) => {
    const c = clustersOf(article('a', null, ...first.map((p) => strike(p))), article('b', null, ...second.map((p) => strike(p))));
    expect(c.get('a:al-Qaim')).not.toBe(c.get('b:al-Qaim'));
  });

  it('nor between a dated and an undated report: a date tells a later wave at the same sites apart', () => {
    const c = clustersOf(article('a', null, strike(P.qaim), strike(P.jurf)), article('b', '2024-01-24', strike(P.qaim, { date: d('2024-01-24') }), strike(P.jurf, { date: d('2024-01-24') })));
    expect(c.get('a:al-Qaim')).not.toBe(c.get('b:al-Qaim'));
  });

  it('companions are the other sites of the same category, and the explanation names the wave', () => {
    const a = withCompanions([...article('a', null, strike(P.qaim), strike(P.jurf)), am('a', null, { category: 'attack_on_us_forces', place: P.harir, weapon: 'drone' }, 2)]);
    expect(a.map((m) => m.companions)).toEqual([['strike_on_militias:iq-jurf-al-sakhar'], ['strike_on_militias:iq-qaim'], undefined]);
    const b = withCompanions(article('b', null, strike(P.qaim), strike(P.jurf)));
    expect(pairScore(mentionFeatures(a[0]), mentionFeatures(b[0])).reasons).toContain('another site of the wave reported by both');
  });
});
