import { IncidentMention, Weapon } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
import { IncidentSummary, mayJoin, mayLink, summariseIncident } from './cluster-mentions';
import { DateWindow, dateWindow, isoDay } from './date-window';
import { DATE_REACH_DAYS, JoinCandidates, withinDateReach } from './join-candidates';
import { MAX_SOFT_DATE_GAP, dateScore } from './pair-score';
import { P, am, copyOf, d, ev, shuffled } from '../../test/test-mentions';

const DAY0 = 19_800; // 2024-03-18
const day = (offset: number) => isoDay(DAY0 + offset);
const published = (offset: number) => `${day(offset)}T10:00:00Z`;
const said = 'هجوم بطائرة مسيرة على قاعدة التنف';

/** A report of a drone attack on al-Tanf `offset` days after DAY0, told in `sentence`. */
const report = (articleId: string, offset: number, over: Partial<IncidentMention> = {}, sentence = said): ArticleMention =>
  am(articleId, published(offset), { date: d(day(offset)), place: P.tanf, weapon: 'drone', evidence: ev(sentence), ...over });

const candidates = (entries: [string, IncidentSummary][]) => new JoinCandidates(entries);
/** forIncidents run to the end. */
function linked(index: JoinCandidates, reach: IncidentSummary[]): Map<string, IncidentSummary[]> {
  const steps = index.forIncidents(reach);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('join candidates (which stored incidents a report or incident can reach)', () => {
  it('the date reach is the pair score’s: windows further apart are blocked on dates, whatever their kinds', () => {
    expect(DATE_REACH_DAYS).toBe(MAX_SOFT_DATE_GAP);
    // Every kind of window a mention can have, against every other, at every distance around the reach.
    const windows = (start: number): DateWindow[] => [dateWindow(d(day(start)), null), dateWindow({ value: day(start).slice(0, 7), precision: 'month' }, null), dateWindow(null, published(start))];
    let checked = 0;
    for (let gap = -3 * DATE_REACH_DAYS; gap <= 3 * DATE_REACH_DAYS + 40; gap++)
      for (const a of windows(0))
        for (const b of windows(gap)) {
          if (withinDateReach(a, b)) continue;
          expect([a, b, dateScore(a, b)]).toEqual([a, b, Number.NEGATIVE_INFINITY]);
          checked++;
        }
    expect(checked).toBeGreaterThan(100);
    // And the reach is not wider than needed for day dates: at the reach they still score.
    expect(dateScore(dateWindow(d(day(0)), null), dateWindow(d(day(DATE_REACH_DAYS)), null))).toBeGreaterThan(Number.NEGATIVE_INFINITY);
  });

  it('a report just inside the reach of an incident’s consensus is a candidate, one just outside is not', () => {
    const stored = summariseIncident([report('s1', 0), report('s2', 0)]);
    const index = candidates([['inc', stored]]);
    const inside = report('inside', DATE_REACH_DAYS);
    const before = report('before', -DATE_REACH_DAYS);
    const outside = report('outside', DATE_REACH_DAYS + 1);
    expect(index.forMention(inside)).toEqual(['inc']);
    expect(index.forMention(before)).toEqual(['inc']);
    expect(index.forMention(outside)).toEqual([]);
    // The bound is the one that matters: with the same wording, a report a week off may still join.
    expect(mayJoin(inside, stored)).toBe(true);
    expect(mayJoin(outside, stored)).toBe(false);
  });

  it('a changed incident reaches a stored one within the reach of any of its sampled reports, not beyond', () => {
    const stored = summariseIncident([report('s1', 0), report('s2', 0), report('s3', 0)]);
    const index = candidates([['inc', stored]]);
    // Consensus a month later, one report dated within the reach of the stored incident.
    const changed = (offset: number) => summariseIncident([report('c1', 30, {}, 'هجوم على التنف'), report('c2', 30, {}, 'استهداف التنف'), report('c3', offset, {}, 'قصف على التنف')]);
    expect(changed(DATE_REACH_DAYS).profile.window.from).toBe(DAY0 + 30);
    expect([...linked(index, [changed(DATE_REACH_DAYS)]).keys()]).toEqual(['inc']);
    expect([...linked(index, [changed(-DATE_REACH_DAYS)]).keys()]).toEqual(['inc']);
    expect([...linked(index, [changed(DATE_REACH_DAYS + 1)]).keys()]).toEqual([]);
  });

  it('related incidents are candidates whatever their dates: same article, original, declared copy, copy of a report', () => {
    const far = 400;
    const base = report('orig', 0);
    const entries: [string, IncidentSummary][] = [
      ['holds-article', summariseIncident([report('again', far)])],
      ['holds-original', summariseIncident([report('orig', far)])],
      ['declared-it', summariseIncident([{ ...report('later', far), duplicateOf: 'mine' }])],
      ['holds-copy', summariseIncident([copyOf(base, 'agency')])],
      ['unrelated', summariseIncident([report('other', far)])],
    ];
    const index = candidates(entries);
    expect(index.forMention(report('again', 2 * far, { index: 1 }, 'خبر آخر'))).toEqual(['holds-article']);
    expect(index.forMention({ ...report('copy', 2 * far), duplicateOf: 'orig' })).toEqual(['holds-original']);
    expect(index.forMention(report('mine', 2 * far))).toEqual(['declared-it']);
    // The agency copy has the original's content; a copy published much later is still one report.
    expect(index.forMention(copyOf(base, 'late-copy', published(2 * far)))).toEqual(['holds-copy']);
    // Two incidents: one holds the original a report of the other declared, either way round.
    expect([...linked(index, [summariseIncident([{ ...report('x', 2 * far), duplicateOf: 'later' }])]).keys()]).toEqual(['declared-it']);
    expect([...linked(index, [summariseIncident([{ ...report('x', 2 * far), duplicateOf: 'orig' }])]).keys()]).toEqual(['holds-original']);
    expect([...linked(index, [summariseIncident([report('mine', 2 * far)])]).keys()]).toEqual(['declared-it']);
  });

  it('undated articles reach every incident of their category, and every report reaches them', () => {
    const undated = summariseIncident([am('u1', null, { date: null, place: P.tanf, weapon: 'drone' })]);
    const dated = summariseIncident([report('s1', 0)]);
    const index = candidates([
      ['undated', undated],
      ['dated', dated],
      ['strike', summariseIncident([report('st', 0, { category: 'strike_on_militias' })])],
    ]);
    expect(index.forMention(report('far', 900))).toEqual(['undated']);
    expect(index.forMention(am('u2', null, { date: null, place: P.tanf }))).toEqual(['undated', 'dated']);
    expect([...linked(index, [summariseIncident([am('u3', null, { date: null })])]).keys()]).toEqual(['undated', 'dated']);
  });

  // Random neighbourhoods: every incident mayJoin / mayLink accepts is a candidate, in the given order.
  it('leaves out only incidents a report or incident can never join (random neighbourhoods)', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const places = [P.tanf, P.tower22, P.shaddadi, P.shaddadiBase, P.hasakah, null];
    const weapons: Weapon[] = ['drone', 'rocket', 'unknown'];
    const sentences = [said, 'قصف صاروخي على قاعدة', 'استهداف رتل', 'هجوم بطائرة مسيرة'];
    let n = 0;
    let joined = 0;
    let pruned = 0;
    const randomReport = (): ArticleMention => {
      const id = `a${n++}`;
      const offset = rand(120);
      const kind = rand(10);
      const date = kind < 6 ? d(day(offset)) : kind < 8 ? d(day(offset).slice(0, 7)) : null;
      const m = am(id, kind === 9 ? null : published(offset + rand(3)), {
        category: rand(4) ? 'attack_on_us_forces' : 'strike_on_militias',
        date,
        place: places[rand(places.length)],
        weapon: weapons[rand(weapons.length)],
        killed: rand(3) ? null : rand(3),
        evidence: ev(sentences[rand(sentences.length)]),
      });
      return rand(8) ? m : { ...m, duplicateOf: `a${rand(Math.max(1, n - 1))}` };
    };
    for (let round = 0; round < 6; round++) {
      const pool = Array.from({ length: 150 }, randomReport);
      const entries: [string, IncidentSummary][] = [];
      for (let k = 0; k < 40; k++) entries.push([`i${round}-${k}`, summariseIncident(shuffled(pool, k + round).slice(0, 1 + rand(4)))]);
      const index = candidates(entries);
      const fresh = [...Array.from({ length: 60 }, randomReport), ...pool.slice(0, 20)];
      for (const m of fresh) {
        const found = index.forMention(m);
        const joins = entries.filter(([, s]) => mayJoin(m, s)).map(([id]) => id);
        expect(joins.filter((id) => !found.includes(id))).toEqual([]);
        expect(found).toEqual(entries.map(([id]) => id).filter((id) => found.includes(id)));
        joined += joins.length;
        pruned += entries.length - found.length;
      }
      for (let k = 0; k < 30; k++) {
        const reach = [summariseIncident(shuffled(fresh, k).slice(0, 1 + rand(4))), summariseIncident(shuffled(pool, k).slice(0, 1 + rand(3)))];
        const reachers = linked(index, reach);
        const found = [...reachers.keys()];
        const links = entries.filter(([, s]) => reach.some((r) => mayLink(r, s))).map(([id]) => id);
        // Each incident comes with every changed one that can link to it.
        for (const [id, s] of entries) expect(reach.filter((r) => mayLink(r, s) && !(reachers.get(id) ?? []).includes(r))).toEqual([]);
        expect(links.filter((id) => !found.includes(id))).toEqual([]);
        expect(found).toEqual(entries.map(([id]) => id).filter((id) => found.includes(id)));
        joined += links.length;
        pruned += entries.length - found.length;
      }
    }
    // Not vacuous: many incidents joined, and many left out.
    expect(joined).toBeGreaterThan(500);
    expect(pruned).toBeGreaterThan(5000);
  });
});
