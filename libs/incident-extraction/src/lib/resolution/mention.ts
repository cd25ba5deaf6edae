import type { Actor, EvidenceField, IncidentMention } from '@raseed/contracts';
import { CasualtyMention, resolveCount } from '../casualties/casualties';
import type { PlaceMention } from '../gazetteer/gazetteer';
import type { SentenceFacts } from '../segmentation/sentence-facts';
import type { Draft } from '../merging/merge-candidates';
import type { Candidate } from '../segmentation/candidate';
import { attackActor, strikeActor } from './actors';
import type { IncidentDate } from './incident-date';
import { chooseWeapon, meansToldNext } from './weapon';
import { weekdayIn } from '../dates/date-words';

// One incident → one IncidentMention, each field with the sentence that supports it.

export function evidenceOf(s: SentenceFacts) {
  return { sentence: s.span.text, start: s.span.start, end: s.span.end };
}

/**
 * `others`: the article's other incidents. A sentence that tells one of them at another place
 * ("ويأتي الهجوم بعد أيام من قصف إيران بصواريخ باليستية قاعدة عين الأسد") names that act's
 * attacker, not this one's, when the attacker is looked for across the article.
 */
export function toMention(d: Draft, index: number, text: string, facts: SentenceFacts[], dated: IncidentDate, others: readonly Draft[] = []): IncidentMention {
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

  const told = (s: SentenceFacts) =>
    !d.cands.some((c) => c.sentence === s) && others.some((o) => o !== d && o.place && o.place.place.id !== d.place?.place.id && o.cands.some((c) => !c.continuation && c.sentence === s));
  const [actor, actorTag, actorS] =
    d.category === 'attack_on_us_forces'
      ? attackActor(
          d,
          facts.filter((s) => !told(s)),
          date?.value ?? null,
        )
      : strikeActor(d, facts);
  if (actorS && actorTag) evidence.actor = evidenceOf(actorS);
  let [weapon, , weaponS] = chooseWeapon(d, actor);
  if (weapon === 'unknown' && d.category === 'attack_on_us_forces')
    [weapon, weaponS] = meansToldNext(
      d,
      facts.filter((s) => !told(s)),
    ) ?? [weapon, weaponS];
  if (weaponS) evidence.weapon = evidenceOf(weaponS);

  const casualties = d.cands.flatMap((c) => c.casualties.filter((m) => ownToll(d, c, m) && !placedElsewhere(d, c, m, others)).map((m) => [m, c.sentence] as const));
  const killed = resolveCount(
    casualties.map(([m]) => m),
    'killed',
  );
  const injured = resolveCount(
    casualties.map(([m]) => m),
    'injured',
  );
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
    ...(date ? {} : namedWeekday(d)),
  };
}

/**
 * On a page without a date, the weekday its own reports name ("مساء السبت"، "الخميس الماضي"): reports
 * of one act elsewhere can be matched by it. None when they name two.
 */
function namedWeekday(d: Draft): { weekday?: number } {
  const days = new Set<number>();
  for (const c of d.cands) {
    if (c.continuation) continue;
    for (let k = c.from; k < c.to; k++) {
      const wd = weekdayIn(c.sentence.tokens[k]);
      if (wd !== undefined) days.add(wd);
    }
  }
  return days.size === 1 ? { weekday: [...days][0] } : {};
}

// A revenge word this close to the start of a report makes the report the avenged act itself.
const AVENGED_LEAD_TOKENS = 3;
// A toll this large is a war's ("18 ألف شهيد" in Gaza), not one attack's or strike's.
const WAR_TOLL = 1000;

/** Whether a count tells this incident's victims (the attacked side: US and partners, or the militias struck). */
function ownToll(d: Draft, c: Candidate, m: CasualtyMention): boolean {
  const attack = d.category === 'attack_on_us_forces';
  // A zero about the other side ("لم يصب أي من الجنود العراقيين" in an attack on US forces) is not the victims' zero.
  if (m.value === 0) return m.side !== (attack ? 'local' : 'us');
  if (m.value !== null && m.value >= WAR_TOLL) return false;
  // Attackers killed in an attack, US troops in a strike: the other side's dead.
  if (m.side === (attack ? 'militia' : 'us')) return false;
  // "… ثأراً لمقتل أربعة من مقاتليها": the avenged act's toll, unless this report is that act, told
  // from the revenge word on with no act of its own after the toll ("انتقاماً لمقتل 3 جنود في التاجي").
  if (m.avengedAt !== undefined) return !c.continuation && m.avengedAt - c.from < AVENGED_LEAD_TOKENS && !actAfter(c, m);
  return true;
}

/**
 * An act told in the report after the toll ("انتقاماً لمقتل قائدها، قصفت الفصائل …"): the report is
 * the revenge. An act told as the manner of the death ("… لمقتل اثنين من عناصرها في هجوم على التنف")
 * is the avenged act itself.
 */
function actAfter(c: Candidate, m: CasualtyMention): boolean {
  const tokens = c.sentence.tokens;
  return c.sentence.cues.some(
    (q) => (q.value === 'trigger' || q.value === 'strike_agent') && q.start >= m.end && q.from < c.to && !tokens[q.from].norm.startsWith('ب') && !MANNER.test(tokens[q.from - 1]?.norm ?? ''),
  );
}
// "قُتل 10 عناصر في مدينة دير الزور، و13 في مدينة الميادين": a figure told with "في" and a place that is
// another incident's of this article counts that incident's dead, not this one's.
const PLACED_REACH = 6;
function placedElsewhere(d: Draft, c: Candidate, m: CasualtyMention, others: readonly Draft[]): boolean {
  if (!d.place || m.value === null) return false;
  const { tokens, places } = c.sentence;
  let end = c.sentence.from;
  while (end < c.sentence.to && tokens[end].end <= m.end) end++;
  const counts = c.casualties.filter((x) => x !== m && x.start >= m.end);
  const at = places.find((p) => p.from >= end && p.from - end <= PLACED_REACH && !counts.some((x) => x.start < p.start));
  if (!at || at.place.id === d.place.place.id || !tokens.slice(end, at.from).some((t) => t.norm === 'في')) return false;
  return others.some((o) => o !== d && o.category === d.category && o.place?.place.id === at.place.id);
}

// "في هجوم", "جراء غارة" (and "بقصف"): the act by which the victims died.
const MANNER = /^(في|خلال|جراء|اثر|عقب|بسبب|نتيجه)$/;

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
