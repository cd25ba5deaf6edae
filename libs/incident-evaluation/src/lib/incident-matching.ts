// When a predicted incident counts as a gold incident, and which fields it got right
// (../shared/eval/GUIDE.md "Scores"; the same rules as ../shared/eval/score.mjs, quirks included,
// so figures stay comparable with every earlier note).
import type { GoldIncident, PlaceRef, PredictedIncident } from './evaluation-input';

/** A predicted place within this distance of the gold place is the same place. */
export const PLACE_RADIUS_KM = 30;
/** For matching, a predicted day this close to an accepted day is near enough (the date field stays exact). */
const DATE_NEAR_MS = 86_400_000;
/** Added to a required gold incident's pair score: required incidents are paired before optional ones. */
const REQUIRED_FIRST = 10;
const EARTH_RADIUS_KM = 6371;

export const SCORED_FIELDS = ['date', 'weapon', 'actor', 'killed', 'injured'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Great-circle distance; NaN when either side lacks coordinates. */
export function distanceKm(a: PlaceRef, b: PlaceRef): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const [aLat, aLon, bLat, bLon] = [a.lat, a.lon, b.lat, b.lon] as number[];
  // Differences before conversion, as the shared scorer does: a pair at exactly 30 km scores the same.
  const dLat = rad(bLat - aLat);
  const dLon = rad(bLon - aLon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(aLat)) * Math.cos(rad(bLat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

const norm = (s: unknown) => (s == null ? null : String(s).trim().toLowerCase());

/** Gold without a place accepts any; otherwise the same English name or within PLACE_RADIUS_KM. */
export function placeMatches(gold: PlaceRef | null | undefined, pred: PlaceRef | null | undefined): boolean {
  if (!gold) return true;
  if (!pred) return false;
  if (gold.name_en && pred.name_en && norm(gold.name_en) === norm(pred.name_en)) return true;
  if (typeof pred.lat !== 'number' || typeof pred.lon !== 'number') return false;
  return distanceKm(gold, pred) <= PLACE_RADIUS_KM;
}

/** The date field's accuracy: the predicted day is listed, or lies in a listed month. */
export function dateExact(accepted: string[] | null | undefined, date: unknown): boolean {
  if (!accepted || accepted.length === 0) return true;
  if (!date) return false;
  return accepted.some((a) => (a.length === 7 ? String(date).startsWith(a) : String(date).slice(0, 10) === a));
}

/** Matching's date test: within a day of a listed day, or in a listed month. */
export function dateNear(accepted: string[] | null | undefined, date: unknown): boolean {
  if (!accepted || accepted.length === 0) return true;
  if (!date) return false;
  const t = Date.parse(String(date).slice(0, 10));
  return accepted.some((a) => (a.length === 7 ? String(date).startsWith(a) : Math.abs(Date.parse(a) - t) <= DATE_NEAR_MS));
}

/**
 * A value is right when the gold lists it (trimmed, case-insensitive; a number equals its numeric
 * form). No list = anything goes. As in the shared scorer, `Number(null) === 0`, so a gold 0 also
 * accepts a prediction that says nothing.
 */
export function valueMatches(accepted: unknown, value: unknown): boolean {
  if (!Array.isArray(accepted)) return true;
  const v = value === undefined ? null : value;
  return accepted.some((a) => (a === null ? v === null : norm(a) === norm(v) || (typeof a === 'number' && Number(v) === a)));
}

export function fieldMatches(gold: GoldIncident, pred: PredictedIncident, field: ScoredField): boolean {
  return field === 'date' ? dateExact(gold.date, pred.date) : valueMatches(gold[field], pred[field]);
}

/** A field is scored only where the gold states it: a non-empty date list, a count list without null. */
export function fieldInformative(gold: GoldIncident, field: ScoredField): boolean {
  if (field === 'date') return Array.isArray(gold.date) && gold.date.length > 0;
  if (field === 'killed' || field === 'injured') {
    const counts = gold[field];
    return Array.isArray(counts) && !counts.includes(null);
  }
  return true;
}

/** Why a prediction cannot be paired with a gold incident; each false entry is a failed test. */
export interface PairEligibility {
  category: boolean;
  place: boolean;
  date: boolean;
}

export function pairEligibility(gold: GoldIncident, pred: PredictedIncident): PairEligibility {
  return { category: gold.category === pred.category, place: placeMatches(gold.place, pred.place), date: dateNear(gold.date, pred.date) };
}

const eligible = (e: PairEligibility) => e.category && e.place && e.date;

export interface MatchedPair {
  gold: number;
  pred: number;
}

/**
 * One document's pairs: every eligible (gold, prediction) pair, best first (required before
 * optional, then most agreeing fields; ties keep gold-then-prediction order), taken greedily so each
 * gold incident and each prediction is used once.
 */
export function matchDocument(golds: GoldIncident[], preds: PredictedIncident[]): MatchedPair[] {
  const candidates: Array<MatchedPair & { score: number }> = [];
  golds.forEach((g, gold) =>
    preds.forEach((p, pred) => {
      if (!eligible(pairEligibility(g, p))) return;
      const agreeing = SCORED_FIELDS.filter((f) => fieldMatches(g, p, f)).length;
      candidates.push({ gold, pred, score: agreeing + (g.required ? REQUIRED_FIRST : 0) });
    }),
  );
  candidates.sort((x, y) => y.score - x.score); // stable: ties keep insertion order
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const { gold, pred } of candidates) {
    if (goldUsed.has(gold) || predUsed.has(pred)) continue;
    goldUsed.add(gold);
    predUsed.add(pred);
    pairs.push({ gold, pred });
  }
  return pairs;
}
