import { pinsDay, strongestDate } from '../dates/dates';
import { Gazetteer } from '../gazetteer/gazetteer';
import { KeyToken } from '../text/tokens';
import { readAct } from './acts';
import { IRAN_LINKED } from './agents';
import { Candidate } from './candidate';
import { ArticleContext, readCategory } from './category';
import { claimCandidate, claimFollowUp, claimsOwnAct } from './claims';
import { isRecall } from './framing';
import { bestOfGroup, countryDefault, groupPlaces, selectPlaces } from './places';
import { Segment, segmentOf } from './segment';
import { SentenceFacts } from './sentence-facts';
import { framedAsNonEvent, inAnotherTheatre, isAggregate, isOtherConflict } from './vetoes';

// One segment → its candidates, in passes: is there an act (acts.ts), is it framed as no
// event or another war (vetoes.ts), a claim or a follow-up (claims.ts), where (places.ts),
// which side was hit (category.ts), then one candidate per distinct place.

export type { Candidate } from './candidate';
export { articleContext, type ArticleContext } from './category';
export { segmentsOf } from './segments';
export { sentenceFacts, type SentenceFacts, type Tagged } from './sentence-facts';

type Base = Omit<Candidate, 'category' | 'place' | 'placeIsDefault' | 'date' | 'claim' | 'target' | 'detail' | 'casualties'>;

export function analyseSegment(tokens: KeyToken[], s: SentenceFacts, a: number, b: number, order: number, gaz: Gazetteer, ctx: ArticleContext = { ourWar: true, otherWar: false }): Candidate[] {
  const seg = segmentOf(tokens, s, a, b);
  const base: Base = { sentence: s, from: a, to: b, order, weapons: seg.weapons, actors: seg.actors };
  const act = readAct(seg);
  if (framedAsNonEvent(seg)) return [];
  const follow = claimFollowUp(tokens, s, seg.cues, seg.actors, a, b);
  if (follow) return [claimCandidate(tokens, s, a, b, order, follow, seg.actors, seg.weapons)];
  if (act.trigger === 0) return countsFollowUp(seg, base);
  if (isAggregate(seg) || isOtherConflict(seg)) return [];

  const { usable, specific } = selectPlaces(seg, gaz);
  const { category, agents, usTargetCues, strikerWeight } = readCategory(seg, specific.some((p) => p.place.us), ctx);
  const cas = seg.casualties();
  if (category && inAnotherTheatre(seg)) return [];
  if (!category) return uncategorised(seg, base, specific.length > 0);
  // Strikes on the SDF (Turkish drones, ISIS cells) are another conflict.
  if (category === 'strike_on_militias' && seg.has('sdf') && !s.actors.some((x) => IRAN_LINKED.has(x.value))) return [];
  if (category === 'strike_on_militias' && specific.some((p) => p.place.us) && !seg.has('israel')) return [];

  const date = strongestDate(seg.dates());
  const claim = claimsOwnAct(seg, category, agents);
  const targetCue = (category === 'attack_on_us_forces' ? usTargetCues : seg.cues.filter((c) => c.value === 'militia_target'))[0];
  const target = targetCue ? s.span.text.slice(targetCue.start - s.span.start, targetCue.end - s.span.start) : null;

  const groups = groupPlaces(specific);
  let placeIsDefault = false;
  if (groups.length === 0 && category === 'attack_on_us_forces') {
    const def = countryDefault(usable, gaz);
    if (def) { groups.push([def]); placeIsDefault = true; }
  }
  const detail = (cas.length ? 1 : 0) + (pinsDay(date) ? 1 : 0) + (groups.length ? 1 : 0) + (strikerWeight > 0 || seg.actors.length ? 1 : 0);
  const weakOnly = act.trigger === act.blast && !seg.weapons.some((w) => w.value === 'ied');
  const cand: Candidate = { ...base, category, place: null, placeIsDefault, date, casualties: cas, claim, target, detail, recall: isRecall(tokens, a, b), weakOnly };
  if (groups.length === 0) return [{ ...cand, samePlace: seg.count('same_place') > 0 }];
  return groups.map((g) => ({ ...cand, place: bestOfGroup(g, category) }));
}

/** "وقال المرصد إن 6 عناصر قتلوا": counts without an act word follow the incident before. */
function countsFollowUp(seg: Segment, base: Base): Candidate[] {
  const counts = seg.casualties().filter((c) => c.value !== null);
  const placed = seg.places().some((p) => p.place.kind !== 'country');
  if (!counts.length || placed || seg.count('aggregate')) return [];
  return [{ ...base, category: 'attack_on_us_forces', place: null, placeIsDefault: false, date: null, casualties: counts, claim: false, target: null, detail: 0, continuation: true }];
}

/** An act with no side of its own: "the same base" again, or a follow-up about the incident just told. */
function uncategorised(seg: Segment, base: Base, placed: boolean): Candidate[] {
  const date = strongestDate(seg.dates());
  const casualties = seg.casualties();
  const common = { ...base, category: 'attack_on_us_forces' as const, place: null, placeIsDefault: false, date, casualties, claim: false, target: null };
  if (seg.count('same_place') > 0 && !placed) return [{ ...common, detail: 1, samePlace: true }];
  // A follow-up, if it names no other place.
  if (!placed && (casualties.length > 0 || seg.weapons.length > 0)) return [{ ...common, detail: 0, continuation: true }];
  return [];
}
