import type { GoldIncident, PredictedIncident } from './evaluation-input';
import { dateExact, dateNear, distanceKm, fieldInformative, matchDocument, pairEligibility, placeMatches, valueMatches } from './incident-matching';

const HASAKAH = { name_en: 'Hasakah', lat: 36.5, lon: 40.75 };
// One degree of latitude is 111.19 km on the scorer's 6371 km sphere: 0.2697° ≈ 29.99 km, 0.2699° ≈ 30.01 km.
const north = (deg: number, name = 'elsewhere') => ({ name_en: name, lat: 36.5 + deg, lon: 40.75 });

function gold(over: Partial<GoldIncident> = {}): GoldIncident {
  return { gid: 'g', required: true, category: 'attack_on_us_forces', date: ['2024-01-10'], place: HASAKAH, weapon: ['drone'], actor: ['unknown'], killed: [0], injured: [null], ...over };
}
function pred(over: Partial<PredictedIncident> = {}): PredictedIncident {
  return { category: 'attack_on_us_forces', date: '2024-01-10', place: HASAKAH, weapon: 'drone', actor: 'unknown', killed: 0, injured: null, ...over };
}

describe('place', () => {
  it('accepts up to 30 km, not beyond', () => {
    expect(distanceKm(HASAKAH, north(0.2697))).toBeCloseTo(29.99, 2);
    expect(placeMatches(HASAKAH, north(0.2697))).toBe(true);
    expect(placeMatches(HASAKAH, north(0.2699))).toBe(false);
  });

  it('accepts the same English name, trimmed and in any case, wherever its coordinates put it', () => {
    expect(placeMatches(HASAKAH, { name_en: ' HASAKAH ', lat: 0, lon: 0 })).toBe(true);
    expect(placeMatches(HASAKAH, { name_en: 'Hasaka', lat: 0, lon: 0 })).toBe(false);
  });

  it('accepts anything when the gold names no place, and nothing when the prediction has none', () => {
    expect(placeMatches(null, null)).toBe(true);
    expect(placeMatches(HASAKAH, null)).toBe(false);
    expect(placeMatches(HASAKAH, { name_en: 'somewhere' })).toBe(false);
  });
});

describe('date', () => {
  it('matches within one day of a listed day, but the field is right only on the day', () => {
    expect(dateNear(['2024-01-10'], '2024-01-11')).toBe(true);
    expect(dateNear(['2024-01-10'], '2024-01-09')).toBe(true);
    expect(dateNear(['2024-01-10'], '2024-01-12')).toBe(false);
    expect(dateExact(['2024-01-10'], '2024-01-11')).toBe(false);
    expect(dateExact(['2024-01-09', '2024-01-10'], '2024-01-10')).toBe(true);
  });

  it('a month in the gold takes any day of it (and only of it)', () => {
    expect(dateNear(['2024-01'], '2024-01-31')).toBe(true);
    expect(dateExact(['2024-01'], '2024-01-31')).toBe(true);
    expect(dateNear(['2024-01'], '2024-02-01')).toBe(false);
  });

  it('an empty list takes any date, even none; a list needs one', () => {
    expect(dateNear([], null)).toBe(true);
    expect(dateExact(undefined, '2020-01-01')).toBe(true);
    expect(dateNear(['2024-01-10'], null)).toBe(false);
  });

  it('reads the day of a date-time', () => {
    expect(dateExact(['2024-01-10'], '2024-01-10T23:30:00Z')).toBe(true);
  });
});

describe('values', () => {
  it('compares trimmed and case-insensitively, numbers with their numeric strings', () => {
    expect(valueMatches(['drone'], ' DRONE')).toBe(true);
    expect(valueMatches([3], '3')).toBe(true);
    expect(valueMatches(['3'], 3)).toBe(true);
    expect(valueMatches([3], 4)).toBe(false);
  });

  it('a null in the list takes a prediction that says nothing; no list takes anything', () => {
    expect(valueMatches([2, null], null)).toBe(true);
    expect(valueMatches([2, null], undefined)).toBe(true);
    expect(valueMatches([2], null)).toBe(false);
    expect(valueMatches(undefined, 'anything')).toBe(true);
  });

  it('like the shared scorer, a gold 0 also takes a prediction that says nothing (Number(null) is 0)', () => {
    expect(valueMatches([0], null)).toBe(true);
    expect(valueMatches([0], 1)).toBe(false);
  });

  it('scores a field only where the gold states it', () => {
    expect(fieldInformative(gold({ date: [] }), 'date')).toBe(false);
    expect(fieldInformative(gold(), 'date')).toBe(true);
    expect(fieldInformative(gold(), 'killed')).toBe(true);
    expect(fieldInformative(gold(), 'injured')).toBe(false);
    expect(fieldInformative(gold({ killed: undefined }), 'killed')).toBe(false);
    expect(fieldInformative(gold({ weapon: undefined }), 'weapon')).toBe(true);
  });
});

describe('matchDocument', () => {
  it('says which tests a pair fails', () => {
    expect(pairEligibility(gold(), pred({ category: 'strike_on_militias', date: '2024-01-13' }))).toEqual({ category: false, place: true, date: false });
  });

  it('pairs a required incident before an optional one the prediction agrees with better', () => {
    const optional = gold({ gid: 'opt', required: false, weapon: ['rocket'] });
    const required = gold({ gid: 'req', weapon: ['missile'] });
    expect(matchDocument([optional, required], [pred({ weapon: 'rocket' })])).toEqual([{ gold: 1, pred: 0 }]);
  });

  it('gives each gold incident the prediction that agrees on most fields, each used once', () => {
    const golds = [gold({ gid: 'a', weapon: ['rocket'] }), gold({ gid: 'b', weapon: ['drone'] })];
    const preds = [pred({ weapon: 'drone' }), pred({ weapon: 'rocket' }), pred({ weapon: 'rocket' })];
    expect(matchDocument(golds, preds)).toEqual([
      { gold: 0, pred: 1 },
      { gold: 1, pred: 0 },
    ]);
  });

  it('breaks ties by gold order, then prediction order', () => {
    const golds = [gold({ gid: 'a' }), gold({ gid: 'b' })];
    expect(matchDocument(golds, [pred(), pred()])).toEqual([
      { gold: 0, pred: 0 },
      { gold: 1, pred: 1 },
    ]);
  });

  it('pairs nothing across categories, beyond 30 km or more than a day apart', () => {
    const preds = [pred({ category: 'strike_on_militias' }), pred({ place: north(0.5) }), pred({ date: '2024-01-12' })];
    expect(matchDocument([gold()], preds)).toEqual([]);
  });
});
