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
  terms: Set<string>;
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

function dateScore(a: DateWindow, b: DateWindow): { blocked: boolean; score: number; why: string } {
  if (a.kind === 'day' && b.kind === 'day') {
    const diff = Math.abs(a.from - b.from);
    // "Thursday night" vs "Friday": one day apart is the same night told twice.
    if (diff === 0) return { blocked: false, score: 3, why: 'same day' };
    if (diff === 1) return { blocked: false, score: 2, why: 'adjacent day' };
    // A few days apart is usually another incident, but one misdated report (the date of a
    // follow-up event) must not split an incident that everything else ties together.
    if (diff <= MAX_SOFT_DATE_GAP) return { blocked: false, score: -2.5, why: `dates ${diff} days apart` };
    return { blocked: true, score: 0, why: `dates ${diff} days apart` };
  }
  if (a.kind === 'open' || b.kind === 'open') {
    // An undated mention in an undated article could be about any time: weak evidence against.
    return { blocked: false, score: -1, why: 'undated' };
  }
  // One day of slack: a late-night event can be dated the next day by another outlet.
  if (a.from > b.to + 1 || b.from > a.to + 1) return { blocked: true, score: 0, why: 'date windows disjoint' };
  // Month-only and undated mentions are usually background references to some earlier event.
  if (a.kind === 'month' || b.kind === 'month') return { blocked: false, score: -0.5, why: 'same month' };
  return { blocked: false, score: -0.5, why: 'undated, shortly before publication' };
}

/** Pairwise compatibility of two mentions (symmetric). */
export function pairScore(x: MentionFeatures, y: MentionFeatures): PairScore {
  const a = x.source;
  const b = y.source;
  const reasons: string[] = [];
  const block = (why: string): PairScore => ({ blocked: why, score: Number.NEGATIVE_INFINITY, reasons: [why] });
  if (a.mention.category !== b.mention.category) return block('category differs');
  // One article lists distinct incidents; two of its mentions are never the same event.
  if (a.articleId === b.articleId) return block('same article');

  const d = dateScore(x.window, y.window);
  if (d.blocked) return block(d.why);
  let score = d.score;
  reasons.push(d.why);

  const p = placeRelation(a.mention.place, b.mention.place);
  if (p.kind === 'far' && p.km > MAX_PLACE_KM) return block(`places ${Math.round(p.km)} km apart`);
  const placePts = { same: 3, encloses: 2, near: 2, far: 0, unknown: -0.5 }[p.kind];
  score += placePts;
  reasons.push(`place ${p.kind}`);

  const actor = actorAgreement(a.mention.actor ?? a.mention.claimed_by, b.mention.actor ?? b.mention.claimed_by);
  if (actor === 'conflict') return block('actors conflict');
  score += { same: 0.5, compatible: 0.25, unknown: 0, conflict: 0 }[actor];

  const weapon = weaponAgreement(a.mention.weapon, b.mention.weapon);
  score += { same: 1, compatible: 0.3, unknown: 0, conflict: -2 }[weapon];
  reasons.push(`weapon ${weapon}`);

  const killed = countAgreement(a.mention.killed, b.mention.killed);
  // Matching non-zero death tolls are distinctive; matching zeros much less so.
  const killedSame = killed === 'same' ? (a.mention.killed ? 2.5 : 0.3) : 0;
  score += killedSame + { same: 0, compatible: 0.2, unknown: 0, conflict: -1.5 }[killed];
  const injured = countAgreement(a.mention.injured, b.mention.injured);
  score += (injured === 'same' ? (a.mention.injured ? 0.8 : 0.2) : 0) + { same: 0, compatible: 0.2, unknown: 0, conflict: -0.8 }[injured];
  reasons.push(`killed ${killed}`, `injured ${injured}`);

  const sim = jaccard(x.terms, y.terms);
  if (sim > 0) {
    score += 2 * sim;
    reasons.push(`text ${sim.toFixed(2)}`);
  }
  return { blocked: null, score, reasons };
}
