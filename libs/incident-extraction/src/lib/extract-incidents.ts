import type { Actor, EvidenceField, IncidentCategory, IncidentMention, Weapon } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { resolveCount } from './casualties/casualties';
import { parseIsoDay } from './dates/dates';
import { Gazetteer, PlaceMention, defaultGazetteer, distanceKm } from './gazetteer/gazetteer';
import { ActorTag } from './lexicons/actors';
import { Candidate, SentenceFacts, Tagged, analyseSegment, segmentsOf, sentenceFacts } from './segmentation/analyse';
import { sentencesOf } from './segmentation/sentences';
import { KeyToken, keyTokens } from './text/tokens';

// Article → incident mentions: sentence facts, segment candidates, then merging of
// candidates that tell the same incident (same category, same place or nearby, same day)
// and resolution of each field with its evidence sentence.

export interface ExtractInput {
  /** Article display text; evidence offsets point into it. */
  text: string;
  /** ISO date (or datetime) of publication; relative dates resolve against it. */
  publishedAt?: string | null;
}

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

interface Draft {
  category: IncidentCategory;
  place: PlaceMention | null;
  cands: Candidate[];
}

export function extractIncidents(input: ExtractInput, options: ExtractOptions = {}): IncidentMention[] {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const text = input.text ?? '';
  const pub = parseIsoDay(input.publishedAt ?? null) ? String(input.publishedAt).slice(0, 10) : null;
  const tokens = keyTokens(text);
  const facts = sentencesWithTokens(text, tokens).map(([span, a, b]) => sentenceFacts(text, tokens, span, a, b, pub, gaz));

  const cands: Candidate[] = [];
  let order = 0;
  for (const s of facts) for (const [a, b] of segmentsOf(s)) cands.push(...analyseSegment(tokens, s, a, b, order++, gaz));

  const drafts = merge(cands, gaz, tokens);
  const dated = drafts.map((d) => ownDate(d));
  const mentions = drafts.map((d, i) => {
    let date: Dated | null = dated[i];
    // Undated: a dated unplaced report of the same category ("US strikes Thursday night in
    // Syria"), else the incident told just before (the one this one followed), else publication.
    if (!date) {
      const loose = cands
        .filter((c) => !c.place && !c.continuation && c.category === d.category && c.date)
        .sort((x, y) => Math.abs(x.order - firstOrder(d)) - Math.abs(y.order - firstOrder(d)))[0];
      if (loose) date = { value: loose.date!.value, precision: loose.date!.precision, sentence: loose.sentence };
    }
    if (!date) {
      for (let k = i - 1; k >= 0 && !date; k--) if (dated[k] && dated[k]!.precision === 'day') date = { ...dated[k]!, sentence: null };
    }
    return toMention(d, i, text, pub, facts, date);
  });
  shareWithinSegment(drafts, mentions);
  return mentions;
}

const ACTOR_RANK: Partial<Record<string, number>> = { islamic_resistance_iraq: 4, kataib_hezbollah: 4, nujaba: 4, kataib_sayyid_al_shuhada: 4, irgc: 3, iran_backed_militia: 2 };

/** Bases named together in one sentence ("hit Ain al-Asad and a base in Erbil") share who and what. */
function shareWithinSegment(drafts: Draft[], mentions: IncidentMention[]): void {
  for (let i = 0; i < drafts.length; i++) {
    for (let j = 0; j < drafts.length; j++) {
      if (i === j || drafts[i].category !== 'attack_on_us_forces' || drafts[j].category !== 'attack_on_us_forces') continue;
      const shared = drafts[i].cands.some((a) => !a.continuation && drafts[j].cands.some((b) => b.sentence === a.sentence && b.from === a.from));
      if (!shared) continue;
      const mi = mentions[i];
      const mj = mentions[j];
      if ((ACTOR_RANK[mj.actor ?? ''] ?? 0) > (ACTOR_RANK[mi.actor ?? ''] ?? 0)) {
        mi.actor = mj.actor;
        if (mj.evidence.actor) mi.evidence.actor = mj.evidence.actor;
      }
      if (mi.weapon === 'rocket' && mj.weapon === 'missile') mi.weapon = 'missile';
      if (mi.weapon === 'unknown' && mj.weapon) mi.weapon = mj.weapon;
    }
  }
  // The rank pass can upgrade the actor to a state attacker: its rockets are missiles.
  for (const m of mentions) if (m.actor === 'irgc' && m.weapon === 'rocket') m.weapon = 'missile';
}

interface Dated { value: string; precision: 'day' | 'month'; sentence: SentenceFacts | null }

const firstOrder = (d: Draft) => Math.min(...d.cands.map((c) => c.order));

/** The incident's own date: placed reports first, then unplaced ones, then follow-ups; the firmest expression in each tier. */
function ownDate(d: Draft): Dated | null {
  const tiers = [d.cands.filter((c) => c.place && !c.continuation), d.cands.filter((c) => !c.place && !c.continuation), d.cands.filter((c) => c.continuation)];
  for (const tier of tiers) {
    let best: Candidate | null = null;
    for (const c of tier) if (c.date && (!best || c.date.strength > best.date!.strength)) best = c;
    if (best) return { value: best.date!.value, precision: best.date!.precision, sentence: best.sentence };
  }
  return null;
}

function sentencesWithTokens(text: string, tokens: KeyToken[]): Array<[TextSpan, number, number]> {
  const out: Array<[TextSpan, number, number]> = [];
  let k = 0;
  for (const s of sentencesOf(text)) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    const a = k;
    while (k < tokens.length && tokens[k].end <= s.end) k++;
    if (k > a) out.push([s, a, k]);
  }
  return out;
}

const dayOf = (c: Candidate) => (c.date && c.date.precision === 'day' ? c.date.value : null);
const monthOf = (c: Candidate) => (c.date ? c.date.value.slice(0, 7) : null);

function datesCompatible(d: Draft, c: Candidate): boolean {
  if (!c.date) return true;
  for (const o of d.cands) {
    if (!o.date) continue;
    if (monthOf(o) !== monthOf(c)) return false;
    const x = dayOf(o);
    const y = dayOf(c);
    if (x && y && x !== y) return false;
  }
  return true;
}

function samePlace(d: Draft, c: Candidate, gaz: Gazetteer, tokens: KeyToken[]): boolean {
  const a = d.place!;
  const b = c.place!;
  if (a.place.id === b.place.id || distanceKm(a.place, b.place) <= 30) return true;
  // "محافظة الحسكة" then "قاعدة الشدادي": the governorate is the vaguer name of the same
  // place, when the text says "governorate" or the vaguer mention has no date of its own.
  const vaguer = gaz.within(a.place, b.place) ? b : gaz.within(b.place, a.place) ? a : null;
  if (!vaguer || vaguer.place.kind !== 'governorate') return false;
  // … unless the text insists on the city ("مدينة دير الزور").
  const prev = tokens[vaguer.from - 1];
  return !(prev && prev.keys.includes('مدينه'));
}

function merge(cands: Candidate[], gaz: Gazetteer, tokens: KeyToken[]): Draft[] {
  const drafts: Draft[] = [];
  for (const c of cands) {
    if (!c.place || c.continuation) continue;
    const d = drafts.find((x) => x.category === c.category && x.place && samePlace(x, c, gaz, tokens) && datesCompatible(x, c));
    if (d) {
      d.cands.push(c);
      if (c.place.place.depth > d.place!.place.depth && !c.placeIsDefault) d.place = c.place;
      else if (d.cands.every((o) => o === c || o.placeIsDefault) && !c.placeIsDefault) d.place = c.place;
    } else drafts.push({ category: c.category, place: c.place, cands: [c] });
  }
  // Unplaced candidates ("the attack killed three") join the nearest incident of their
  // category; an article with none gets one unplaced incident per category.
  for (const c of cands) {
    if (c.place || c.continuation) continue;
    const same = drafts.filter((x) => x.category === c.category && x.place && actorsAgree(x, c));
    if (same.length) {
      const near = same
        .filter((x) => datesCompatible(x, c))
        .sort((x, y) => distance(x, c) - distance(y, c))[0];
      if (near) near.cands.push(c);
      continue;
    }
    const open = drafts.find((x) => x.category === c.category && !x.place && datesCompatible(x, c));
    if (open) open.cands.push(c);
    else drafts.push({ category: c.category, place: null, cands: [c] });
  }
  // An unplaced incident needs substance to stand alone: a day or night of its own and more.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const ownDay = d.cands.some((c) => c.date && c.date.strength >= 2);
    if (!d.place && (!ownDay || Math.max(...d.cands.map((c) => c.detail)) < 2)) drafts.splice(i, 1);
  }
  // Follow-ups join the incident told last before them, within two segments' reach.
  for (const c of cands) {
    // "وفي 29 أيلول الماضي، …": a follow-up with a calendar date of its own starts another story.
    if (!c.continuation || (c.date && (c.date.strength >= 4 || c.date.precision === 'month'))) continue;
    let best: Draft | null = null;
    let bestOrder = -1;
    for (const d of drafts) for (const o of d.cands) if (o.order < c.order && o.order > bestOrder && !o.continuation) { best = d; bestOrder = o.order; }
    if (best && c.order - bestOrder <= 3) best.cands.push({ ...c, category: best.category });
  }
  for (const d of drafts) d.cands.sort((x, y) => (x.place ? 0 : 1) - (y.place ? 0 : 1) || x.order - y.order);
  return drafts.sort((x, y) => Math.min(...x.cands.map((c) => c.order)) - Math.min(...y.cands.map((c) => c.order)));
}

// A strike told as American does not join one told as Israeli.
const STRIKER: Partial<Record<ActorTag, string>> = { us: 'us', coalition: 'us', israel: 'israel' };
function strikerOf(c: Candidate): string | null {
  if (c.category !== 'strike_on_militias') return null;
  for (const t of c.actors) {
    if (!STRIKER[t.value]) continue;
    // Only a nationality on the strike itself ("القصف الأمريكي") says who struck.
    if (c.sentence.cues.some((q) => (q.value === 'strike_agent' || q.value === 'air_agent') && q.from <= t.from && q.to >= t.to)) return STRIKER[t.value]!;
  }
  return null;
}
function actorsAgree(d: Draft, c: Candidate): boolean {
  const mine = strikerOf(c);
  if (!mine) return true;
  const theirs = d.cands.map(strikerOf).filter((x): x is string => !!x);
  return theirs.length === 0 || theirs.includes(mine);
}

function distance(d: Draft, c: Candidate): number {
  // Prefer the incident told just before (coreference looks back), then after.
  let best = Infinity;
  for (const o of d.cands) {
    const delta = c.order - o.order;
    best = Math.min(best, delta >= 0 ? delta : -delta * 1.5);
  }
  return best;
}

// ── Field resolution ──

const SPECIFIC: ActorTag[] = ['islamic_resistance_iraq', 'kataib_hezbollah', 'nujaba', 'kataib_sayyid_al_shuhada'];

function attackActor(d: Draft, facts: SentenceFacts[]): [Actor, Tagged<ActorTag> | null, SentenceFacts | null] {
  // Across all the incident's segments, most specific first: a named group, the IRGC or
  // Iran itself as the attacker, a militia tied to Iran, Iran as a mere adjective.
  const own = d.cands.filter((c) => !c.continuation);
  const pick = (test: (c: Candidate, t: Tagged<ActorTag>) => boolean): [Tagged<ActorTag>, SentenceFacts] | null => {
    for (const c of own) for (const t of c.actors) if (test(c, t)) return [t, c.sentence];
    return null;
  };
  const spec = pick((_c, t) => SPECIFIC.includes(t.value));
  if (spec) return [spec[0].value as Actor, spec[0], spec[1]];
  const irgc = pick((c, t) => (t.value === 'irgc' && !supportedBy(c, t)) || (t.value === 'iran' && iranIsAgent(c, t)));
  if (irgc) return ['irgc', irgc[0], irgc[1]];
  const backed = pick((c, t) => t.value === 'iran_backed' || t.value === 'pmf' || (t.value === 'militia' && c.actors.some((u) => u.value === 'iran' || u.value === 'iran_backed')) || t.value === 'iran' || t.value === 'irgc');
  if (backed) return ['iran_backed_militia', backed[0], backed[1]];
  // Article-level: Iran itself attacking ("الهجمات الإيرانية"), else militias tied to Iran.
  for (const s of facts) {
    const hit = s.actors.find((t) => t.value === 'iran' && iranIsAgent({ sentence: s }, t));
    if (hit) return ['irgc', hit, s];
  }
  for (const s of facts) {
    const hit = s.actors.find((t) => t.value === 'iran_backed' || SPECIFIC.includes(t.value) || t.value === 'pmf');
    if (hit) return ['iran_backed_militia', hit, s];
  }
  return ['unknown', null, null];
}

function supportedBy(c: Candidate, t: Tagged<ActorTag>): boolean {
  const toks = c.sentence.span.text.slice(Math.max(0, t.start - c.sentence.span.start - 25), t.start - c.sentence.span.start);
  return /(مدعوم|موالي|تابع|مرتبط|متحالف|حليف|تستخدمها|يستخدمها|بقيادة|التابعة|المقربة|مقرب)/.test(toks);
}

function iranIsAgent(c: Candidate | { sentence: SentenceFacts }, t: Tagged<ActorTag>): boolean {
  const before = c.sentence.span.text.slice(Math.max(0, t.start - c.sentence.span.start - 12), t.start - c.sentence.span.start);
  return /(هجوم|هجمات|الهجوم|الهجمات|ضربة|الضربة|قصف|صواريخ|شنت|أطلقت|اطلقت)\s*$/.test(before) || /(شنت|أطلقت|ردت)\s+$/.test(before);
}

function strikeActor(d: Draft, facts: SentenceFacts[]): [Actor, Tagged<ActorTag> | null, SentenceFacts | null] {
  // Score each actor over the incident's own segments: a nationality on the strike itself
  // ("غارة إسرائيلية", "القصف الأمريكي") weighs more than a name elsewhere in the segment.
  const score = new Map<Actor, [number, Tagged<ActorTag>, SentenceFacts]>();
  const add = (a: Actor, w: number, t: Tagged<ActorTag>, s: SentenceFacts) => {
    const cur = score.get(a);
    score.set(a, [(cur?.[0] ?? 0) + w, cur?.[1] ?? t, cur?.[2] ?? s]);
  };
  const PRIOR: Partial<Record<ActorTag, Actor>> = { israel: 'israel', us: 'us', coalition: 'coalition', unknown: 'unknown' };
  for (const c of d.cands) {
    if (c.continuation) continue;
    for (const x of c.actors) {
      const a = PRIOR[x.value];
      if (!a) continue;
      const onStrike = c.sentence.cues.some((q) => (q.value === 'strike_agent' || q.value === 'air_agent') && q.from <= x.from && q.to >= x.to);
      add(a, onStrike ? 3 : 1, x, c.sentence);
    }
  }
  const order: Actor[] = ['israel', 'us', 'coalition', 'unknown'];
  const ranked = [...score.entries()].sort((x, y) => y[1][0] - x[1][0] || order.indexOf(x[0]) - order.indexOf(y[0]));
  if (ranked.length) return [ranked[0][0], ranked[0][1][1], ranked[0][1][2]];
  for (const c of d.cands) {
    for (const a of order) {
      const hit = c.sentence.actors.find((x) => x.value === a);
      if (hit) return [a, hit, c.sentence];
    }
  }
  const counts = new Map<Actor, [number, Tagged<ActorTag>, SentenceFacts]>();
  for (const s of facts) for (const x of s.actors) {
    if (x.value !== 'israel' && x.value !== 'us') continue;
    const cur = counts.get(x.value);
    counts.set(x.value, [(cur?.[0] ?? 0) + 1, cur?.[1] ?? x, cur?.[2] ?? s]);
  }
  const top = [...counts.entries()].sort((x, y) => y[1][0] - x[1][0])[0];
  return top ? [top[0], top[1][1], top[1][2]] : ['unknown', null, null];
}

function chooseWeapon(d: Draft, actor: Actor): [Weapon, Tagged<Weapon> | null, SentenceFacts | null] {
  const own: Array<[Tagged<Weapon>, SentenceFacts]> = [];
  const follow: Array<[Tagged<Weapon>, SentenceFacts]> = [];
  for (const c of d.cands) for (const w of c.weapons) if (!notTheMeans(c.sentence, w)) (c.continuation ? follow : own).push([w, c.sentence]);
  // Follow-up sentences only fill a gap: they often describe other things (depots, interceptors).
  const all = own.length ? own : follow;
  if (d.category === 'strike_on_militias') {
    const drone = all.find(([w]) => w.value === 'drone');
    if (drone) return ['drone', drone[0], drone[1]];
    const air = all.find(([w]) => w.value === 'airstrike' || w.value === 'missile');
    if (air) return ['airstrike', air[0], air[1]];
    const art = all.find(([w]) => w.value === 'artillery');
    if (art) return ['artillery', art[0], art[1]];
    return ['airstrike', null, null];
  }
  const missile = all.find(([w]) => w.value === 'missile');
  if (missile) return ['missile', missile[0], missile[1]];
  const first = all.find(([w]) => w.value !== 'airstrike');
  if (!first) return ['unknown', null, null];
  // State launches from Iran are ballistic missiles, not militia rockets.
  if (first[0].value === 'rocket' && actor === 'irgc') return ['missile', first[0], first[1]];
  return [first[0].value, first[0], first[1]];
}

// "مواقع تخزين صواريخ وطائرات مسيرة": weapons named as what was hit, not what hit.
const NOT_MEANS = /(تخزين|مخازن|مخزن|مستودع|مستودعات|تصنيع|لإطلاق|منصات|منصة|ورش)\s*(?:ال)?\S*\s*$/;
function notTheMeans(s: SentenceFacts, w: Tagged<Weapon>): boolean {
  const before = s.span.text.slice(Math.max(0, w.start - s.span.start - 30), w.start - s.span.start);
  return NOT_MEANS.test(before);
}

function evidenceOf(s: SentenceFacts) {
  return { sentence: s.span.text, start: s.span.start, end: s.span.end };
}

function toMention(d: Draft, index: number, text: string, pub: string | null, facts: SentenceFacts[], dated: Dated | null): IncidentMention {
  const evidence: Partial<Record<EvidenceField, { sentence: string; start: number; end: number }>> = {};
  const first = d.cands[0];
  evidence.category = evidenceOf(first.sentence);

  let date: IncidentMention['date'] = null;
  if (dated) {
    date = { value: dated.value, precision: dated.precision };
    if (dated.sentence) evidence.date = evidenceOf(dated.sentence);
  } else if (pub) date = { value: pub, precision: 'day' };
  const dateC = dated?.sentence ?? null;

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

  const casualties = d.cands.flatMap((c) => c.casualties.map((m) => [m, c.sentence] as const));
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
    name_ar: text.slice(m.start, m.end),
    name_en: p.en,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    ancestors: p.ancestors,
  };
}
