import { clusterMentions } from './cluster-mentions';
import { P, am, d, ev } from '../../test/test-mentions';

// Mechanism: a report told only by its month (a recollection, "في نيسان الماضي"), or by its article's publication
// window, that names no weapon falls short of the match threshold by what it cannot tell. When one incident that
// pins a day at its place and time is all it can be, it joins that one; with two such incidents, or only other vague
// reports, it stays alone.
describe('a vague report joins the one incident it can be', () => {
  const drone = (id: string, pub: string, day: string) => am(id, pub, { place: P.erbilAirport, weapon: 'drone', date: d(day) });
  const rocket = (id: string, pub: string, day: string) => am(id, pub, { place: P.erbilAirport, weapon: 'rocket', date: d(day) });

  it.each([
    ['a month recollection naming no weapon', [drone('a', '2021-04-15', '2021-04-14'), drone('b', '2021-04-15', '2021-04-14'), am('c', '2021-06-01', { place: P.erbilAirport, date: d('2021-04') })]],
    ['a month recollection and a lone report of the day', [rocket('a', '2021-02-16', '2021-02-15'), am('b', '2021-05-02', { place: P.erbilAirport, date: d('2021-02') })]],
    ['a report from a dated article with no day of its own', [am('a', '2024-07-17', { place: P.ainAlAsad, weapon: 'drone', date: d('2024-07-16') }), am('b', '2024-07-18', { place: P.ainAlAsad })]],
    [
      'a month report of a strike',
      [
        am('a', '2024-02-08', { category: 'strike_on_militias', place: P.qaim, weapon: 'airstrike', date: d('2024-02-07') }),
        am('b', '2024-03-20', { category: 'strike_on_militias', place: P.qaim, date: d('2024-02') }),
      ],
    ],
  ])('%s', (_label, mentions) => {
    expect(new Set(clusterMentions(mentions)).size).toBe(1);
  });

  it.each([
    [
      'two incidents of the month at the place',
      [drone('a', '2021-04-15', '2021-04-14'), rocket('b', '2021-04-28', '2021-04-27'), am('c', '2021-06-01', { place: P.erbilAirport, date: d('2021-04') })],
      3,
    ],
    ['only another vague report', [am('a', '2021-05-02', { place: P.erbilAirport, date: d('2021-04') }), am('b', '2021-06-01', { place: P.erbilAirport, date: d('2021-04') })], 2],
    ['an undated page, whose report could be of any year', [drone('a', '2021-04-15', '2021-04-14'), am('b', null, { place: P.erbilAirport })], 2],
    ['a month report of another place', [drone('a', '2021-04-15', '2021-04-14'), am('b', '2021-06-01', { place: P.harir, date: d('2021-04') })], 2],
  ])('stays alone with %s', (_label, mentions, incidents) => {
    expect(new Set(clusterMentions(mentions)).size).toBe(incidents);
  });

  // Two vague reports that tell it alike (one outlet's month recollection and an undated page of the same wording)
  // are no more precise together: as one they join the one incident they can be, or stay alone.
  const told = 'الهجوم الذي استهدف مطار أربيل بطائرة مسيرة مفخخة';
  const month = (id: string) => am(id, '2021-06-01', { place: P.erbilAirport, date: d('2021-04'), evidence: ev(told) });
  const undated = (id: string) => am(id, null, { place: P.erbilAirport, evidence: ev(told) });
  const published = (id: string, pub: string) => am(id, pub, { place: P.erbilAirport, evidence: ev(told) });

  it.each([
    ['a month report and an undated page told alike', [drone('a', '2021-04-15', '2021-04-14'), month('b'), undated('c')]],
    ['two month reports told alike', [drone('a', '2021-04-15', '2021-04-14'), month('b'), month('c')]],
    ['a report of a dated article and an undated page told alike', [drone('a', '2021-04-15', '2021-04-14'), published('b', '2021-04-16'), undated('c')]],
  ])('joins as a group: %s', (_label, mentions) => {
    expect(new Set(clusterMentions(mentions)).size).toBe(1);
  });

  it.each([
    ['two incidents of the month at the place', [drone('a', '2021-04-15', '2021-04-14'), rocket('d', '2021-04-28', '2021-04-27'), month('b'), undated('c')], 3],
    ['only another place’s incident', [am('a', '2021-04-15', { place: P.harir, weapon: 'drone', date: d('2021-04-14') }), month('b'), undated('c')], 2],
  ])('stays a group of its own with %s', (_label, mentions, incidents) => {
    expect(new Set(clusterMentions(mentions)).size).toBe(incidents);
  });
});
