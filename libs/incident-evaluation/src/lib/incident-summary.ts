// Compact views of gold and predicted incidents for error listings, with the evidence sentences.
import type { GoldIncident, PredictedIncident } from './evaluation-input';
import { distanceKm, pairEligibility, type PairEligibility } from './incident-matching';

export interface PredictionSummary {
  category: unknown;
  date: unknown;
  place: unknown;
  weapon: unknown;
  actor: unknown;
  killed: unknown;
  injured: unknown;
  cluster: string | null;
}

export interface GoldSummary {
  category: string;
  date: string[] | null;
  place: unknown;
  weapon: unknown;
  actor: unknown;
  killed: unknown;
  injured: unknown;
  note?: unknown;
}

const orNull = (v: unknown) => (v === undefined ? null : v);

export const clusterOf = (p: PredictedIncident): string | null => (p.cluster == null ? null : String(p.cluster));

export function summarisePrediction(p: PredictedIncident): PredictionSummary {
  return {
    category: orNull(p.category),
    date: orNull(p.date),
    place: orNull(p.place?.name_en),
    weapon: orNull(p.weapon),
    actor: orNull(p.actor),
    killed: orNull(p.killed),
    injured: orNull(p.injured),
    cluster: clusterOf(p),
  };
}

export function summariseGold(g: GoldIncident): GoldSummary {
  const s: GoldSummary = {
    category: g.category,
    date: g.date ?? null,
    place: orNull(g.place?.name_en),
    weapon: orNull(g.weapon),
    actor: orNull(g.actor),
    killed: orNull(g.killed),
    injured: orNull(g.injured),
  };
  if (g.note !== undefined) s.note = g.note;
  return s;
}

/** The extractor's evidence keys in reading order; other keys follow in their own order. */
const EVIDENCE_ORDER = ['category', 'date', 'place', 'target', 'weapon', 'actor', 'claimed_by', 'killed', 'injured'];

/** The distinct sentences a prediction was read from, category's first. */
export function evidenceSentences(p: PredictedIncident): string[] {
  const ev = p.evidence ?? {};
  const keys = [...EVIDENCE_ORDER.filter((k) => k in ev), ...Object.keys(ev).filter((k) => !EVIDENCE_ORDER.includes(k))];
  const out: string[] = [];
  for (const k of keys) {
    const s = ev[k]?.sentence;
    if (typeof s === 'string' && s !== '' && !out.includes(s)) out.push(s);
  }
  return out;
}

/** The sentence a field was read from; the incident's own (category) sentence when the field has none. */
export function fieldEvidence(p: PredictedIncident, field: string): { field: string; sentence: string } | null {
  const ev = p.evidence ?? {};
  for (const k of field === 'actor' ? [field, 'claimed_by', 'category'] : [field, 'category']) {
    const s = ev[k]?.sentence;
    if (typeof s === 'string' && s !== '') return { field: k, sentence: s };
  }
  return null;
}

export type MatchTest = keyof PairEligibility;

/** How far a gold incident and a prediction are from being paired. */
export interface PairGap {
  /** The matching tests the pair fails (category, place, date). */
  fails: MatchTest[];
  /** Distance between the two places, km, one decimal; null when either lacks coordinates. */
  distance_km: number | null;
}

export function pairGap(g: GoldIncident, p: PredictedIncident): PairGap {
  const e = pairEligibility(g, p);
  const d = g.place && p.place ? distanceKm(g.place, p.place) : NaN;
  return {
    fails: (Object.keys(e) as MatchTest[]).filter((k) => !e[k]),
    distance_km: Number.isFinite(d) ? Math.round(d * 10) / 10 : null,
  };
}

/** Fewest failed tests first, then the nearest place, then document order. */
export function nearestFirst<T extends PairGap & { index: number }>(xs: T[]): T[] {
  const km = (x: T) => x.distance_km ?? Number.POSITIVE_INFINITY;
  return [...xs].sort((a, b) => a.fails.length - b.fails.length || km(a) - km(b) || a.index - b.index);
}
