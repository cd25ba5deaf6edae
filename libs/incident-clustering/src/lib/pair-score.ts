import { IncidentMention } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
import { DateWindow, dateWindow } from './date-window';
import { distanceKm } from './geo';
import { evidenceTerms, jaccard } from './text-similarity';
import { actorAgreement, countAgreement, weaponAgreement } from './vocabulary-compat';

/** Precomputed view of a mention for repeated comparisons. */
export interface MentionFeatures {
  source: ArticleMention;
  window: DateWindow;
  terms: ReadonlySet<string>;
}

export function mentionFeatures(m: ArticleMention): MentionFeatures {
  return { source: m, window: dateWindow(m.mention.date, m.publishedAt), terms: evidenceTerms(m.mention) };
}

/** Result of comparing two mentions: a hard block (never the same incident) or an additive score. */
export interface PairScore {
  blocked: string | null;
  score: number;
  reasons: string[];
}

/** Minimum linkage score for two mentions (or a mention and an incident) to be one incident. */
export const MATCH_THRESHOLD = 4;
/** Day dates further apart than this are never one incident. */
export const MAX_SOFT_DATE_GAP = 7;
/** Beyond this distance two places are different incidents unless one encloses the other. */
export const MAX_PLACE_KM = 60;

function placeRelation(a: IncidentMention['place'], b: IncidentMention['place']): { kind: 'same' | 'encloses' | 'near' | 'far' | 'unknown'; km: number } {
  if (!a || !b) return { kind: 'unknown', km: NaN };
  const km = distanceKm(a, b);
  if ((a.id && a.id === b.id) || (a.name_en && a.name_en.toLowerCase() === b.name_en.toLowerCase()) || km <= 3) return { kind: 'same', km };
  if ((a.id && b.ancestors.includes(a.id)) || (b.id && a.ancestors.includes(b.id))) return { kind: 'encloses', km };
  return { kind: km <= 30 ? 'near' : 'far', km };
}

// Why a pair scored what it did: collected only when asked for (clustering needs just the number).
interface Explanation {
  blocked: string | null;
  reasons: string[];
}

const BLOCKED = Number.NEGATIVE_INFINITY;
const PLACE_POINTS = { same: 3, encloses: 2, near: 2, far: 0, unknown: -0.5 } as const;
const ACTOR_POINTS = { same: 0.5, compatible: 0.25, unknown: 0, conflict: 0 } as const;
const WEAPON_POINTS = { same: 1, compatible: 0.3, unknown: 0, conflict: -2 } as const;
const KILLED_POINTS = { same: 0, compatible: 0.2, unknown: 0, conflict: -1.5 } as const;
const INJURED_POINTS = { same: 0, compatible: 0.2, unknown: 0, conflict: -0.8 } as const;

function block(why: Explanation | undefined, reason: () => string): number {
  if (why) why.blocked = reason();
  return BLOCKED;
}

function note(why: Explanation | undefined, reason: () => string): void {
  if (why) why.reasons.push(reason());
}

function scored(why: Explanation | undefined, points: number, reason: () => string): number {
  note(why, reason);
  return points;
}

function dateScore(a: DateWindow, b: DateWindow, why?: Explanation): number {
  if (a.kind === 'day' && b.kind === 'day') {
    const diff = Math.abs(a.from - b.from);
    // "Thursday night" vs "Friday": one day apart is the same night told twice.
    if (diff === 0) return scored(why, 3, () => 'same day');
    if (diff === 1) return scored(why, 2, () => 'adjacent day');
    // A few days apart is usually another incident, but one misdated report (the date of a
    // follow-up event) must not split an incident that everything else ties together.
    if (diff <= MAX_SOFT_DATE_GAP) return scored(why, -2.5, () => `dates ${diff} days apart`);
    return block(why, () => `dates ${diff} days apart`);
  }
  // An undated mention in an undated article could be about any time: weak evidence against.
  if (a.kind === 'open' || b.kind === 'open') return scored(why, -1, () => 'undated');
  // One day of slack: a late-night event can be dated the next day by another outlet.
  if (a.from > b.to + 1 || b.from > a.to + 1) return block(why, () => 'date windows disjoint');
  // Month-only and undated mentions are usually background references to some earlier event.
  if (a.kind === 'month' || b.kind === 'month') return scored(why, -0.5, () => 'same month');
  return scored(why, -0.5, () => 'undated, shortly before publication');
}

/** Pairwise compatibility of two mentions (symmetric), with the reasons for it. */
export function pairScore(x: MentionFeatures, y: MentionFeatures): PairScore {
  const why: Explanation = { blocked: null, reasons: [] };
  const score = linkScore(x, y, why);
  return why.blocked ? { blocked: why.blocked, score, reasons: [why.blocked] } : { blocked: null, score, reasons: why.reasons };
}

/** The pair score alone (what clustering runs on, for many pairs): NEGATIVE_INFINITY when blocked. */
export function linkScore(x: MentionFeatures, y: MentionFeatures, why?: Explanation): number {
  const a = x.source;
  const b = y.source;
  if (a.mention.category !== b.mention.category) return block(why, () => 'category differs');
  // One article lists distinct incidents; two of its mentions are never the same event.
  if (a.articleId === b.articleId) return block(why, () => 'same article');

  let score = dateScore(x.window, y.window, why);
  if (score === BLOCKED) return score;

  const p = placeRelation(a.mention.place, b.mention.place);
  if (p.kind === 'far' && p.km > MAX_PLACE_KM) return block(why, () => `places ${Math.round(p.km)} km apart`);
  score += PLACE_POINTS[p.kind];
  note(why, () => `place ${p.kind}`);

  const actor = actorAgreement(a.mention.actor ?? a.mention.claimed_by, b.mention.actor ?? b.mention.claimed_by);
  if (actor === 'conflict') return block(why, () => 'actors conflict');
  score += ACTOR_POINTS[actor];

  const weapon = weaponAgreement(a.mention.weapon, b.mention.weapon);
  score += WEAPON_POINTS[weapon];
  note(why, () => `weapon ${weapon}`);

  const killed = countAgreement(a.mention.killed, b.mention.killed);
  // Matching non-zero death tolls are distinctive; matching zeros much less so.
  score += (killed === 'same' ? (a.mention.killed ? 2.5 : 0.3) : 0) + KILLED_POINTS[killed];
  const injured = countAgreement(a.mention.injured, b.mention.injured);
  score += (injured === 'same' ? (a.mention.injured ? 0.8 : 0.2) : 0) + INJURED_POINTS[injured];
  note(why, () => `killed ${killed}`);
  note(why, () => `injured ${injured}`);

  const sim = jaccard(x.terms, y.terms);
  if (sim > 0) {
    score += 2 * sim;
    note(why, () => `text ${sim.toFixed(2)}`);
  }
  return score;
}
