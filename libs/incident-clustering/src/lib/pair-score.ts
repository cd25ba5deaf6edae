import { Actor, IncidentCategory, IncidentMention, Place, Weapon } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
import { DateWindow, beforeRecentDays, mentionWindow, weekdayOf } from './date-window';
import { distanceKm } from './geo';
import { isRareToll } from './toll-rarity';
import { evidenceTerms, jaccard } from './text-similarity';
import { Agreement, actorAgreement, countAgreement, weaponAgreement } from './vocabulary-compat';

/** Precomputed view of a mention for repeated comparisons. */
export interface MentionFeatures {
  source: ArticleMention;
  window: DateWindow;
  terms: ReadonlySet<string>;
  companions: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

// Keyed by the mention object: explanations and re-clustering look at the same mentions many times.
const featuresOf = new WeakMap<ArticleMention, MentionFeatures>();

export function mentionFeatures(m: ArticleMention): MentionFeatures {
  let f = featuresOf.get(m);
  if (!f)
    featuresOf.set(
      m,
      (f = {
        source: m,
        window: mentionWindow(m),
        terms: evidenceTerms(m.mention),
        companions: new Set(m.companions ?? []),
        partners: new Set(m.partners ?? []),
      }),
    );
  return f;
}

/**
 * What a mention, or an incident's consensus, says about the event: the values linkage compares.
 * A single mention gives one value per field; an incident gives the values most of its sources
 * agree on (several when tied) and every casualty figure reported.
 */
export interface EventProfile {
  category: IncidentCategory;
  window: DateWindow;
  place: Place | null;
  weapons: Weapon[];
  actors: Actor[];
  killed: number[];
  injured: number[];
}

const known = <T extends string>(v: T | null | undefined): T[] => (v && v !== 'unknown' ? [v] : []);
const counted = (n: number | null | undefined): number[] => (n === null || n === undefined ? [] : [n]);

const profiles = new WeakMap<MentionFeatures, EventProfile>();
const profileOf = (f: MentionFeatures): EventProfile => profiles.get(f) ?? profiles.set(f, mentionProfile(f)).get(f)!;

export function mentionProfile(f: MentionFeatures): EventProfile {
  const m = f.source.mention;
  return {
    category: m.category,
    window: f.window,
    place: m.place,
    weapons: known(m.weapon),
    actors: known(m.actor ?? m.claimed_by),
    killed: counted(m.killed),
    injured: counted(m.injured),
  };
}

/** Result of comparing two mentions: a hard block (never the same incident) or an additive score. */
export interface PairScore {
  blocked: string | null;
  score: number;
  reasons: string[];
}

/**
 * Minimum link for two mentions (or a mention and an incident's consensus) to be one incident.
 * Agreement on place (+3) and weapon (+1) with a compatible date (0 when either report is less
 * precise than a day) reaches it exactly: that is enough evidence, and anything less is not
 * (a town only enclosing the base, or an unknown weapon, needs a day, a toll or shared wording).
 */
export const MATCH_THRESHOLD = 4;
/** Day dates further apart than this are never one incident. */
export const MAX_SOFT_DATE_GAP = 7;
/** Beyond this distance two places are different incidents unless one encloses the other. */
export const MAX_PLACE_KM = 60;
/**
 * Within this distance two places count as the same area (a base and the town beside it). Not
 * across a border for strikes: a wave of strikes hits both sides (al-Qaim and Albukamal, 12 km
 * apart), one site each, while a base near a border is often placed by the town across it.
 */
const NEAR_PLACE_KM = 30;

function placeRelation(a: IncidentMention['place'], b: IncidentMention['place'], borderSplits: boolean): { kind: 'same' | 'within' | 'encloses' | 'near' | 'far' | 'unknown'; km: number } {
  if (!a || !b) return { kind: 'unknown', km: NaN };
  const km = distanceKm(a, b);
  if ((a.id && a.id === b.id) || (a.name_en && a.name_en.toLowerCase() === b.name_en.toLowerCase()) || km <= 3) return { kind: 'same', km };
  // A city and its quarter or airport, a town at the heart of its countryside region: the same place
  // told less precisely. A governorate, or a region whose centre is far from the site, holds many sites.
  if ((a.id && b.ancestors.includes(a.id)) || (b.id && a.ancestors.includes(b.id))) return { kind: km <= NEAR_PLACE_KM ? 'within' : 'encloses', km };
  const acrossBorder = borderSplits && !!a.country && !!b.country && a.country !== b.country;
  return { kind: km <= NEAR_PLACE_KM && !acrossBorder ? 'near' : 'far', km };
}

// Why a pair scored what it did: collected only when asked for (clustering needs just the number).
export interface Explanation {
  blocked: string | null;
  reasons: string[];
}

const BLOCKED = Number.NEGATIVE_INFINITY;
// Places 30-60 km apart are usually two sites of one wave of strikes (same day, same striker, same
// weapon): that agreement alone must not merge them.
const PLACE_POINTS = { same: 3, within: 3, encloses: 2, near: 2, far: -1.5, unknown: -0.5 } as const;
const ACTOR_POINTS = { same: 0.5, compatible: 0.25, unknown: 0, conflict: 0 } as const;
const WEAPON_POINTS = { same: 1, compatible: 0.3, unknown: 0, conflict: -2 } as const;
// Tolls evolve as reports mature (an early count, a later total, another outlet's figure): the
// incident keeps every figure per source, so a differing figure is no evidence against.
const KILLED_POINTS = { same: 0, compatible: 0.2, unknown: 0, conflict: 0 } as const;
const INJURED_POINTS = { same: 0, compatible: 0.2, unknown: 0, conflict: 0 } as const;
/** Matching death tolls are distinctive in proportion to how rare they are (isRareToll). */
const SAME_KILLED_POINTS = { large: 2.5, small: 1.25, zero: 0.3 } as const;
const sameKilledPoints = (n: number, category: IncidentCategory): number => (n === 0 ? SAME_KILLED_POINTS.zero : isRareToll(n, category) ? SAME_KILLED_POINTS.large : SAME_KILLED_POINTS.small);
const SAME_INJURED_POINTS = { nonZero: 0.8, zero: 0.2 } as const;

/** Day dates of one incident: "Thursday night" vs "Friday" (one day apart) is the same night told twice. */
const DAY_POINTS = { same: 3, adjacent: 2 } as const;
/**
 * A few days apart is usually another incident, but one misdated report (the date of a follow-up
 * event) must not split an incident that everything else (place, toll) ties together.
 */
const SOFT_DATE_GAP_POINTS = -1.5;
/**
 * A month, or an undated mention's publication window, compatible with the other report's date:
 * neutral. The report is as precise as it can be; its precision is no evidence against.
 */
const COMPATIBLE_WINDOW_POINTS = 0;
/**
 * A report from an article without a publication date could be about any year. On dev2, pairs of
 * such reports agreeing on place, weapon and actor are as often two attacks on one base years
 * apart as one attack told twice, so agreement alone must not merge them: a matching toll or
 * shared wording has to add to it.
 */
const OPEN_WINDOW_POINTS = -1;
/**
 * An undated report that names its weekday ("مساء السبت") against another report's weekday: the
 * same weekday is evidence for (one chance in seven by accident), "Friday night" against "Saturday"
 * nothing, another weekday evidence against.
 */
const WEEKDAY_POINTS = { same: 1, adjacent: 0, other: -2 } as const;
const WEEKDAY_RELATION = { same: 'same weekday', adjacent: 'adjacent weekday', other: 'another weekday' } as const;
/** Shared wording (Jaccard of evidence terms, 0..1) times this: supporting evidence, never enough alone. */
export const TEXT_POINTS = 2;
/** One day of slack around windows: a late-night event can be dated the next day by another outlet. */
export const WINDOW_SLACK_DAYS = 1;

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

export function dateScore(a: DateWindow, b: DateWindow, why?: Explanation): number {
  if (a.kind === 'day' && b.kind === 'day') {
    const diff = Math.abs(a.from - b.from);
    if (diff === 0) return scored(why, DAY_POINTS.same, () => 'same day');
    if (diff === 1) return scored(why, DAY_POINTS.adjacent, () => 'adjacent day');
    if (diff <= MAX_SOFT_DATE_GAP) return scored(why, SOFT_DATE_GAP_POINTS, () => `dates ${diff} days apart`);
    return block(why, () => `dates ${diff} days apart`);
  }
  if (a.kind === 'open' || b.kind === 'open') {
    const wa = weekdayOf(a);
    const wb = weekdayOf(b);
    if (wa === undefined || wb === undefined) return scored(why, OPEN_WINDOW_POINTS, () => 'undated article');
    const apart = Math.min((wa - wb + 7) % 7, (wb - wa + 7) % 7);
    const relation = apart === 0 ? 'same' : apart === 1 ? 'adjacent' : 'other';
    return scored(why, OPEN_WINDOW_POINTS + WEEKDAY_POINTS[relation], () => `undated article, ${WEEKDAY_RELATION[relation]}`);
  }
  if (a.from > b.to + WINDOW_SLACK_DAYS || b.from > a.to + WINDOW_SLACK_DAYS) return block(why, () => 'date windows disjoint');
  if (beforeRecentDays(a, b, WINDOW_SLACK_DAYS) || beforeRecentDays(b, a, WINDOW_SLACK_DAYS)) return scored(why, OPEN_WINDOW_POINTS, () => 'undated mention, before its article’s last days');
  const loose = a.kind === 'day' ? b : a;
  return scored(why, COMPATIBLE_WINDOW_POINTS, () => (loose.kind === 'month' ? 'date within the month' : 'date within the publication window'));
}

const AGREEMENT_RANK: Record<Agreement, number> = { same: 3, compatible: 2, unknown: 1, conflict: 0 };

/** The best agreement between any value on one side and any on the other (unknown when a side has none). */
function bestAgreement<T>(xs: readonly T[], ys: readonly T[], agree: (a: T, b: T) => Agreement): { agreement: Agreement; value: T | null } {
  let best: Agreement = 'unknown';
  let value: T | null = null;
  let first = true;
  for (const x of xs)
    for (const y of ys) {
      const a = agree(x, y);
      if (first || AGREEMENT_RANK[a] > AGREEMENT_RANK[best]) {
        best = a;
        value = x;
        first = false;
      }
    }
  return { agreement: best, value };
}

/**
 * Link between two event profiles (symmetric): NEGATIVE_INFINITY when they can never be one
 * incident, else the sum of per-field points plus shared wording (`textSimilarity`, 0..1).
 */
const STRIKERS: ReadonlySet<Actor> = new Set<Actor>(['us', 'coalition', 'israel']);
const disputedStriker = (a: readonly Actor[], b: readonly Actor[]) => a.length > 0 && b.length > 0 && [...a, ...b].every((x) => STRIKERS.has(x));

export function profileScore(x: EventProfile, y: EventProfile, textSimilarity: number, why?: Explanation): number {
  if (x.category !== y.category) return block(why, () => 'category differs');
  let score = dateScore(x.window, y.window, why);
  if (score === BLOCKED) return score;

  const p = placeRelation(x.place, y.place, x.category === 'strike_on_militias');
  if (p.kind === 'far' && p.km > MAX_PLACE_KM) return block(why, () => `places ${Math.round(p.km)} km apart`);
  score += PLACE_POINTS[p.kind];
  note(why, () => `place ${p.kind}`);

  const told = bestAgreement(x.actors, y.actors, actorAgreement).agreement;
  // An unclaimed strike is put down to the US by one outlet (the side hit blames it) and to Israel by another:
  // strikers differing is a dispute over who did it, as tolls differ, not two strikes.
  const actor = told === 'conflict' && x.category === 'strike_on_militias' && disputedStriker(x.actors, y.actors) ? 'unknown' : told;
  if (actor === 'conflict') return block(why, () => 'actors conflict');
  score += ACTOR_POINTS[actor];
  if (actor !== told) note(why, () => 'strikers disputed');

  const weapon = bestAgreement(x.weapons, y.weapons, weaponAgreement).agreement;
  score += WEAPON_POINTS[weapon];
  note(why, () => `weapon ${weapon}`);

  const killed = bestAgreement(x.killed, y.killed, countAgreement);
  score += (killed.agreement === 'same' ? sameKilledPoints(killed.value ?? 0, x.category) : 0) + KILLED_POINTS[killed.agreement];
  const injured = bestAgreement(x.injured, y.injured, countAgreement);
  score += (injured.agreement === 'same' ? (injured.value ? SAME_INJURED_POINTS.nonZero : SAME_INJURED_POINTS.zero) : 0) + INJURED_POINTS[injured.agreement];
  note(why, () => `killed ${killed.agreement}`);
  note(why, () => `injured ${injured.agreement}`);

  if (textSimilarity > 0) {
    score += TEXT_POINTS * textSimilarity;
    note(why, () => `text ${textSimilarity.toFixed(2)}`);
  }
  return score;
}

/**
 * Two articles that each also report the same other site (strikes at al-Qaim and at Jurf al-Sakhar,
 * at Albukamal and at Mayadin) tell one wave: worth this much shared wording. Supporting evidence:
 * with place and weapon it merges two undated reports, alone it merges nothing.
 */
export const COMPANION_WORDING = 0.6;
/**
 * The same pairing of an attack's site and a strike's site, against a dated report: near-identical
 * wording. With the place alone it merges an undated report into the dated one (a base attacked on
 * many dates is then told apart by the strike that answered it).
 */
export const PAIRING_WORDING = 1;
const sameSites = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  if (!a.size || a.size !== b.size) return false;
  for (const c of a) if (!b.has(c)) return false;
  return true;
};
/** Both articles tell the same wave of its category, and neither dates the report. */
const sameWave = (x: MentionFeatures, y: MentionFeatures) => x.window.kind === 'open' && y.window.kind === 'open' && sameSites(x.companions, y.companions);
/**
 * Both articles tell it with the same acts of the other side (an attack and the strikes that answered
 * it) and no other site of its own kind that differs, and one of them is undated: the other's day is
 * the one the pair of acts had. (Two undated pairings of a base attacked often and a town struck often
 * may be two rounds.)
 */
const samePairing = (x: MentionFeatures, y: MentionFeatures) =>
  (x.window.kind === 'open') !== (y.window.kind === 'open') && sameSites(x.partners, y.partners) && (sameSites(x.companions, y.companions) || (!x.companions.size && !y.companions.size));
/** Shared wording (Jaccard of evidence terms), or the wave or the pairing of acts both articles report. */
export function wording(x: MentionFeatures, y: MentionFeatures): number {
  const text = jaccard(x.terms, y.terms);
  return samePairing(x, y) ? Math.max(text, PAIRING_WORDING) : sameWave(x, y) ? Math.max(text, COMPANION_WORDING) : text;
}
/** Whether the mention's article reports other sites at all (the wave or the pairing may then count). */
export const toldWithOthers = (f: MentionFeatures) => f.companions.size > 0 || f.partners.size > 0;

/** Pairwise compatibility of two mentions (symmetric), with the reasons for it. */
export function pairScore(x: MentionFeatures, y: MentionFeatures): PairScore {
  const why: Explanation = { blocked: null, reasons: [] };
  const score = linkScore(x, y, why);
  return why.blocked ? { blocked: why.blocked, score, reasons: [why.blocked] } : { blocked: null, score, reasons: why.reasons };
}

// An agency copy may resolve "yesterday" against its own publication day: a day apart is still one event.
const COPY_DAY_SLACK_MS = 86_400_000;

/**
 * Whether two near-identical texts still tell different events: templated bulletins ("هجوم على
 * قاعدة X يوم N") are near-duplicates by wording but name another place or another day. Only
 * then is a declared copy not merged with its original.
 */
export function copyConflicts(x: MentionFeatures, y: MentionFeatures): boolean {
  const a = x.source.mention;
  const b = y.source.mention;
  if (a.category !== b.category) return true;
  const p = placeRelation(a.place, b.place, a.category === 'strike_on_militias');
  if (p.kind === 'far' && p.km > MAX_PLACE_KM) return true;
  return !!a.date && !!b.date && a.date.precision === 'day' && b.date.precision === 'day' && Math.abs(Date.parse(a.date.value) - Date.parse(b.date.value)) > COPY_DAY_SLACK_MS;
}

/** Whether two mentions can never be one incident (a hard block), without scoring their wording. */
export function pairBlocked(x: MentionFeatures, y: MentionFeatures): boolean {
  if (x.source.mention.category !== y.source.mention.category || x.source.articleId === y.source.articleId) return true;
  return profileScore(profileOf(x), profileOf(y), 0) === BLOCKED;
}

/** The pair score alone (what clustering runs on, for many pairs): NEGATIVE_INFINITY when blocked. */
export function linkScore(x: MentionFeatures, y: MentionFeatures, why?: Explanation): number {
  // One article lists distinct incidents; two of its mentions are never the same event.
  if (x.source.mention.category !== y.source.mention.category) return block(why, () => 'category differs');
  if (x.source.articleId === y.source.articleId) return block(why, () => 'same article');
  // Wording last, and only for pairs not blocked: most pairs looked at are blocked on date or place.
  const score = profileScore(profileOf(x), profileOf(y), 0, why);
  if (score === BLOCKED) return score;
  const text = wording(x, y);
  if (text > 0)
    note(why, () =>
      text > jaccard(x.terms, y.terms) ? (sameWave(x, y) ? 'another site of the wave reported by both' : 'told with the same acts of the other side by both') : `text ${text.toFixed(2)}`,
    );
  return score + TEXT_POINTS * text;
}
