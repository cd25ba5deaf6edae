import type { IncidentCategory, Weapon } from '@raseed/contracts';
import type { ActorTag } from '../lexicons/actors';
import type { CueTag } from '../lexicons/cues';
import type { KeyToken } from '../text/tokens';
import { STRIKERS } from './agents';
import type { Candidate } from './candidate';
import type { Segment } from './segment';
import type { SentenceFacts, Tagged } from './sentence-facts';

// A claim told apart from the act ("… استهدف موقع البرج 22. وتبنت المقاومة الإسلامية
// الهجوم."): the claim names no place and points back with a definite noun or a pronoun,
// so it is a follow-up that lends its claimant to the incident it refers to.

const ATTACKERS = new Set<ActorTag>(['islamic_resistance_iraq', 'kataib_hezbollah', 'nujaba', 'kataib_sayyid_al_shuhada', 'irgc', 'pmf', 'militia', 'iran_backed', 'hezbollah']);
// Claimants that are not ours: their claim says nothing about our incidents.
const FOREIGN = new Set<ActorTag>(['isis', 'turkey', 'sdf', 'elsewhere', 'russia_regime', 'other']);
// Back-references to acts already told ("الهجوم", "العملية", "الهجومين", "تبنته").
const BACK_REF = /^(و|ف)?(ب|ل)?(ال|لل)(هجوم|هجومين|هجمات|عمليه|عمليتين|عمليات|استهداف|استهدافات|ضربه|ضربتين|ضربات|قصف|غاره|غارات|اعتداء|اعتداءات)$/;
const PLURAL_REF = /(هجومين|هجمات|عمليتين|عمليات|استهدافات|ضربتين|ضربات|غارات|اعتداءات)$/;
const PRONOUN_CLAIM = /^و?(تبنته|تبنتها|تبناه|تبناها|تبنتهما|تبناهما|عنه|عنها|عنهما)$/;
// A construct masdar ("تبنت استهداف القاعدة") points back as well.
const MASDAR = /^(و|ب|ل)?(استهداف|قصف|مهاجمه)$/;
// Counts, series and periods: a claim over many attacks is background.
const SERIES = /^(و?منذ|عده|عشرات|ميات|حصيله|مجموع|اجمالي)$/;
const COUNTED_ACT = /^(هجوم|هجمات|عمليه|عمليات|مره|مرات|ضربه|ضربات|استهداف)/;

const RESPONSIBILITY = /^(مسوليتها|مسووليتها|مسوليته|مسووليته|المسووليه)$/;
const ANNOUNCE = /^و?(اعلن|اعلنت|قال|قالت|اكد|اكدت|ذكر|ذكرت|بيان|بيانها|ببيان)$/;
const BACK_OBJECT = /^(و|ف)?(ب|ل)?(ال|لل)(قاعده|موقع|مطار|حقل|رتل|قافله|معسكر|منشاه|هدف)$/;
// Groups whose own statement about an act is a claim of it.
const CLAIMANTS = new Set<ActorTag>(['islamic_resistance_iraq', 'kataib_hezbollah', 'nujaba', 'kataib_sayyid_al_shuhada']);

/** Where the claim is made: a claim word, "أعلنت … مسؤوليتها", or a named group announcing the act; -1 when none. */
function claimAt(tokens: KeyToken[], cues: Tagged<CueTag>[], actors: Tagged<ActorTag>[], a: number, b: number): number {
  const cue = cues.find((c) => c.value === 'claim');
  if (cue) return cue.from;
  for (let k = a; k < b; k++) {
    if (!RESPONSIBILITY.test(tokens[k].norm)) continue;
    for (let j = Math.max(a, k - 7); j < k; j++) if (ANNOUNCE.test(tokens[j].norm)) return k;
  }
  // "وقالت المقاومة الإسلامية في بيان إنها استهدفت القاعدة": the group's own account of the act.
  const group = actors.find((x) => CLAIMANTS.has(x.value));
  if (!group) return -1;
  const announced = tokens.slice(a, group.from).some((t) => ANNOUNCE.test(t.norm));
  const act = cues.find((c) => c.value === 'trigger' && c.from > group.from);
  return announced && act ? act.from : -1;
}

export interface ClaimFollowUp {
  /** The category the claimant's act belongs to; null when the claimant is unnamed. */
  category: IncidentCategory | null;
  /** "الهجمات"، "الهجومين": every incident told just before, not only the last. */
  plural: boolean;
}

/** A claim segment that only refers back to an act told before it, or null. */
export function claimFollowUp(tokens: KeyToken[], s: SentenceFacts, cues: Tagged<CueTag>[], actors: Tagged<ActorTag>[], a: number, b: number): ClaimFollowUp | null {
  const at = claimAt(tokens, cues, actors, a, b);
  if (at < 0) return null;
  // "لم تتبن أي جهة الهجوم": no claim.
  for (let k = Math.max(a, at - 4); k < at; k++) if (/^(و?لم|دون|بدون)$/.test(tokens[k].norm)) return null;
  if (s.places.some((p) => p.from >= a && p.from < b && p.place.kind !== 'country')) return null;
  if (cues.some((c) => c.value === 'habitual' || c.value === 'us_target' || c.value === 'militia_target')) return null;
  let ref = false;
  let plural = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    // "تبنت أكثر من 150 هجوما": counted acts are background, counted victims are not.
    if (SERIES.test(t.norm) || (/^\d+$/.test(t.norm) && k + 1 < b && COUNTED_ACT.test(tokens[k + 1].norm))) return null;
    const back =
      BACK_REF.test(t.norm) ||
      PRONOUN_CLAIM.test(t.norm) ||
      (MASDAR.test(t.norm) && k + 1 < b && /^(ال|لل)/.test(tokens[k + 1].norm)) ||
      // "وأعلنت كتائب حزب الله مسؤوليتها." with nothing after: the act just told.
      (RESPONSIBILITY.test(t.norm) && (k + 1 >= b || !/^عن/.test(tokens[k + 1].norm))) ||
      // "… إنها استهدفت القاعدة": the place just named.
      (BACK_OBJECT.test(t.norm) && k > at);
    if (!back) continue;
    ref = true;
    if (PLURAL_REF.test(t.norm)) plural = true;
  }
  if (!ref) return null;
  if (actors.some((x) => FOREIGN.has(x.value))) return null;
  const attacker = actors.some((x) => ATTACKERS.has(x.value));
  const striker = actors.some((x) => STRIKERS.has(x.value));
  const category: IncidentCategory | null = attacker && !striker ? 'attack_on_us_forces' : striker && !attacker ? 'strike_on_militias' : null;
  return { category, plural };
}

/** The follow-up candidate for a claim segment. */
export function claimCandidate(tokens: KeyToken[], s: SentenceFacts, a: number, b: number, order: number, follow: ClaimFollowUp, actors: Tagged<ActorTag>[], weapons: Tagged<Weapon>[]): Candidate {
  // "وتبنت المقاومة الهجوم الذي أدى إلى إصابة 3 جنود": the counts are the incident's too.
  const casualties = s.casualties.filter((c) => c.start >= tokens[a].start && c.start < tokens[b - 1].end);
  return {
    sentence: s,
    from: a,
    to: b,
    order,
    category: follow.category ?? 'attack_on_us_forces',
    place: null,
    placeIsDefault: false,
    // The day of a claim is the day of the statement, not of the act.
    date: null,
    weapons,
    actors,
    casualties,
    claim: true,
    target: null,
    detail: 0,
    continuation: true,
    claimFor: follow.category ?? 'any',
    claimAll: follow.plural,
  };
}

/**
 * The segment's own act is claimed: "تبنت"، "أعلنت مسؤوليتها", or the perpetrator announcing
 * the act itself ("أعلنت المقاومة الإسلامية استهداف …", "أعلنت القيادة المركزية تنفيذ ضربات").
 */
export function claimsOwnAct(seg: Segment, category: IncidentCategory, agents: Tagged<ActorTag>[]): boolean {
  const { tokens, cues, actors, a, b } = seg;
  const negated = cues.some((c) => c.value === 'claim' && tokens.slice(Math.max(a, c.from - 4), c.from).some((t) => /^(و?لم|دون|بدون)$/.test(t.norm)));
  if (negated) return false;
  const announces = tokens.slice(a, b).some((t) => /^و?(اعلن|اعلنت|بيان|بيانها|ببيان)$/.test(t.norm));
  const perpetrator =
    category === 'attack_on_us_forces'
      ? actors.some((x) => x.value === 'islamic_resistance_iraq' || x.value === 'kataib_hezbollah' || x.value === 'nujaba' || x.value === 'kataib_sayyid_al_shuhada' || x.value === 'irgc')
      : agents.length > 0 || actors.some((x) => x.value === 'us' && /(سنتكوم|القياده|البنتاغون|البنتاجون|الجيش)/.test(tokens[x.from].norm));
  return seg.count('claim') > 0 || (announces && perpetrator);
}
