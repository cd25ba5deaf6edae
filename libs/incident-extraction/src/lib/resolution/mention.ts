import type { Actor, EvidenceField, IncidentMention } from '@raseed/contracts';
import { resolveCount } from '../casualties/casualties';
import type { PlaceMention } from '../gazetteer/gazetteer';
import type { SentenceFacts } from '../segmentation/sentence-facts';
import type { Draft } from '../merging/merge-candidates';
import { attackActor, strikeActor } from './actors';
import type { IncidentDate } from './incident-date';
import { chooseWeapon } from './weapon';

// One incident → one IncidentMention, each field with the sentence that supports it.

export function evidenceOf(s: SentenceFacts) {
  return { sentence: s.span.text, start: s.span.start, end: s.span.end };
}

export function toMention(d: Draft, index: number, text: string, facts: SentenceFacts[], dated: IncidentDate): IncidentMention {
  const evidence: Partial<Record<EvidenceField, { sentence: string; start: number; end: number }>> = {};
  const first = d.cands[0];
  evidence.category = evidenceOf(first.sentence);

  const date = dated.date;
  if (dated.sentence) evidence.date = evidenceOf(dated.sentence);
  const dateC = dated.sentence;

  let place: IncidentMention['place'] = null;
  if (d.place) {
    place = { ...placeOf(d.place, text) };
    const c = d.cands.find((x) => x.place === d.place) ?? first;
    evidence.place = evidenceOf(c.sentence);
  }

  const [actor, actorTag, actorS] = d.category === 'attack_on_us_forces' ? attackActor(d, facts) : strikeActor(d, facts);
  if (actorS && actorTag) evidence.actor = evidenceOf(actorS);
  const [weapon, , weaponS] = chooseWeapon(d, actor);
  if (weaponS) evidence.weapon = evidenceOf(weaponS);

  // A zero about the other side ("لم يصب أي من الجنود العراقيين" in an attack on US forces) is not the victims' zero.
  const otherSide = d.category === 'attack_on_us_forces' ? 'local' : 'us';
  const casualties = d.cands.flatMap((c) => c.casualties.filter((m) => !(m.value === 0 && m.side === otherSide)).map((m) => [m, c.sentence] as const));
  const killed = resolveCount(casualties.map(([m]) => m), 'killed');
  const injured = resolveCount(casualties.map(([m]) => m), 'injured');
  const sentenceOfCount = (m: typeof killed) => casualties.find(([x]) => x === m)?.[1];
  if (killed) evidence.killed = evidenceOf(sentenceOfCount(killed)!);
  if (injured) evidence.injured = evidenceOf(sentenceOfCount(injured)!);

  const claimC = d.cands.find((c) => c.claim);
  const claimed_by: Actor | null = claimC && actor !== 'unknown' ? actor : null;
  if (claimC && claimed_by) evidence.claimed_by = evidenceOf(claimC.sentence);
  const targetC = d.cands.find((c) => c.target);
  if (targetC) evidence.target = evidenceOf(targetC.sentence);

  const detail = Math.max(...d.cands.map((c) => c.detail));
  const confidence = Math.min(0.95, 0.35 + 0.1 * detail + (place ? 0.1 : 0) + (dateC ? 0.1 : 0) + (d.cands.length > 1 ? 0.05 : 0));
  return {
    index,
    category: d.category,
    date,
    place,
    target: targetC?.target ?? null,
    weapon,
    actor,
    claimed_by,
    killed: killed ? killed.value : null,
    injured: injured ? injured.value : null,
    evidence,
    confidence: Math.round(confidence * 100) / 100,
  };
}

function placeOf(m: PlaceMention, text: string) {
  const p = m.place;
  return {
    id: p.id,
    // The canonical spelling, not the form met in the text ("بالتنف", "بالأردن").
    name_ar: p.ar[0] ?? text.slice(m.start, m.end),
    name_en: p.en,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    ancestors: p.ancestors,
  };
}

