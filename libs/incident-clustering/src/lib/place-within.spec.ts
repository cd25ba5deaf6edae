import { Place } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
import { clusterMentions } from './cluster-mentions';
import { MATCH_THRESHOLD, mentionFeatures, pairScore } from './pair-score';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: a place and the place that holds it within 30 km (a quarter and its city, a base and its
// city, a town at the heart of its countryside region) are one place told less precisely: as strong
// as the same name. A governorate, or a region whose centre is far from the site, holds many sites
// and stays weaker.
const mashtal: Place = { id: 'iq-mashtal', name_ar: 'المشتل', name_en: 'al-Mashtal', lat: 33.33, lon: 44.46, country: 'IQ', admin1: 'Baghdad', ancestors: ['iq-baghdad'] };
const palestineSt: Place = { id: 'iq-palestine-st', name_ar: 'شارع فلسطين', name_en: 'Palestine Street', lat: 33.33, lon: 44.41, country: 'IQ', admin1: 'Baghdad', ancestors: ['iq-baghdad'] };
const albukamal: Place = {
  id: 'sy-albukamal',
  name_ar: 'البوكمال',
  name_en: 'Albukamal',
  lat: 34.45,
  lon: 40.92,
  country: 'SY',
  admin1: 'Deir ez-Zor',
  ancestors: ['sy-deir-east', 'sy-deir-ez-zor', 'sy'],
};
const jamiyat: Place = {
  id: 'sy-albukamal-jamiyat',
  name_ar: 'حي الجمعيات',
  name_en: 'al-Jamiyat (Albukamal)',
  lat: 34.46,
  lon: 40.93,
  country: 'SY',
  admin1: 'Deir ez-Zor',
  ancestors: ['sy-albukamal', 'sy-deir-east', 'sy-deir-ez-zor', 'sy'],
};
const mayadin: Place = { id: 'sy-mayadin', name_ar: 'الميادين', name_en: 'Mayadin', lat: 35.02, lon: 40.45, country: 'SY', admin1: 'Deir ez-Zor', ancestors: ['sy-deir-east', 'sy-deir-ez-zor', 'sy'] };
const deirEast: Place = {
  id: 'sy-deir-east',
  name_ar: 'ريف دير الزور الشرقي',
  name_en: 'eastern Deir ez-Zor countryside',
  lat: 35,
  lon: 40.55,
  country: 'SY',
  admin1: 'Deir ez-Zor',
  ancestors: ['sy-deir-ez-zor', 'sy'],
};
const baghdadAirport: Place = {
  id: 'iq-baghdad-airport',
  name_ar: 'مطار بغداد',
  name_en: 'Baghdad airport',
  lat: 33.26,
  lon: 44.23,
  country: 'IQ',
  admin1: 'Baghdad',
  ancestors: ['iq-baghdad', 'iq'],
};
const anbar: Place = { id: 'iq-anbar', name_ar: 'الأنبار', name_en: 'Anbar', lat: 33.4, lon: 43.3, country: 'IQ', admin1: 'Anbar', ancestors: ['iq'] };

const score = (x: ArticleMention, y: ArticleMention) => pairScore(mentionFeatures(x), mentionFeatures(y));
const together = (...ms: ArticleMention[]) => new Set(clusterMentions(ms)).size === 1;
const dayReport = (place: Place, weapon: 'airstrike' | 'drone' | 'rocket', day: string) => am('a', day, { place, weapon, date: d(day) });
const monthReport = (place: Place, weapon: 'airstrike' | 'drone' | 'rocket', month: string) => am('b', `${month}-28`, { place, weapon, date: d(month) });

describe('a place and the place that holds it close by are one place', () => {
  it.each([
    ['the town, and its countryside region in a month report', dayReport(mayadin, 'airstrike', '2024-02-02'), monthReport(deirEast, 'airstrike', '2024-02')],
    ['the region, and the town at its heart in a month report', dayReport(deirEast, 'airstrike', '2024-02-02'), monthReport(mayadin, 'airstrike', '2024-02')],
    ['a quarter, and its town in a month report', dayReport(jamiyat, 'airstrike', '2024-02-02'), monthReport(albukamal, 'airstrike', '2024-02')],
    ['the airport 14 km out, and its city in a month report', dayReport(baghdadAirport, 'drone', '2024-01-04'), monthReport(P.baghdad, 'drone', '2024-01')],
    ['the city, and its airport in a month report', dayReport(P.baghdad, 'rocket', '2024-01-04'), monthReport(baghdadAirport, 'rocket', '2024-01')],
    ['the embassy, and its city in a month report', dayReport(P.embassy, 'rocket', '2024-01-04'), monthReport(P.baghdad, 'rocket', '2024-01')],
    ['a quarter, and its city in a report without a date of its own', dayReport(mashtal, 'drone', '2024-02-07'), am('b', '2024-02-09', { place: P.baghdad, weapon: 'drone' })],
    [
      'a quarter and its city on pages without a date, with one death toll',
      am('a', null, { place: mashtal, weapon: 'drone', killed: 2 }),
      am('b', null, { place: P.baghdad, weapon: 'drone', killed: 2 }),
    ],
  ])('merges %s', (_, x, y) => {
    expect(score(x, y).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(together(x, y)).toBe(true);
  });

  it.each([
    ['the governorate, 80 km from the base, in a month report', dayReport(P.ainAlAsad, 'rocket', '2024-01-20'), monthReport(anbar, 'rocket', '2024-01')],
    ['a town 70 km from the centre of the region holding it, in a month report', dayReport(albukamal, 'airstrike', '2024-02-02'), monthReport(deirEast, 'airstrike', '2024-02')],
    ['two quarters of one city (neither holds the other), in a month report', dayReport(mashtal, 'drone', '2024-02-07'), monthReport(palestineSt, 'drone', '2024-02')],
    ['a quarter and its city on undated pages, nothing else shared', am('a', null, { place: mashtal, weapon: 'drone' }), am('b', null, { place: P.baghdad, weapon: 'drone' })],
  ])('keeps apart %s', (_, x, y) => {
    expect(score(x, y).score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('explains the relation', () => {
    expect(score(dayReport(mashtal, 'drone', '2024-02-07'), am('b', '2024-02-08', { place: P.baghdad, weapon: 'drone', date: d('2024-02-07') })).reasons).toContain('place within');
  });
});
