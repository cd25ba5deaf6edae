import type { Actor } from '@raseed/contracts';
import type { ActorTag } from '../lexicons/actors';
import type { Candidate } from '../segmentation/candidate';
import type { SentenceFacts, Tagged } from '../segmentation/sentence-facts';
import type { Draft } from '../merging/merge-candidates';

// Who did it: the perpetrator of an attack (a named group, the IRGC, militias tied to
// Iran) or the striker (Israel, the US, the coalition, unknown aircraft), by role.


export const SPECIFIC: ActorTag[] = ['islamic_resistance_iraq', 'kataib_hezbollah', 'nujaba', 'kataib_sayyid_al_shuhada'];

export function attackActor(d: Draft, facts: SentenceFacts[]): [Actor, Tagged<ActorTag> | null, SentenceFacts | null] {
  // Across all the incident's segments, most specific first: a named group, the IRGC or
  // Iran itself as the attacker, a militia tied to Iran, Iran as a mere adjective.
  // A claim told apart ("وتبنت المقاومة الإسلامية الهجوم") names the perpetrator too.
  const own = d.cands.filter((c) => !c.continuation || c.claim);
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
  // Armed factions attacking US forces here are the Iran-aligned ones, unless told unknown ("مسلحون مجهولون").
  const faction = pick((c, t) => t.value === 'militia' && !c.actors.some((u) => u.value === 'unknown' || u.value === 'isis' || u.value === 'sdf'));
  if (faction) return ['iran_backed_militia', faction[0], faction[1]];
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

export function strikeActor(d: Draft, facts: SentenceFacts[]): [Actor, Tagged<ActorTag> | null, SentenceFacts | null] {
  // Score each actor over the incident's own segments: a nationality on the strike itself
  // ("غارة إسرائيلية", "القصف الأمريكي") weighs more than a name elsewhere in the segment.
  const score = new Map<Actor, [number, Tagged<ActorTag>, SentenceFacts]>();
  const add = (a: Actor, w: number, t: Tagged<ActorTag>, s: SentenceFacts) => {
    const cur = score.get(a);
    score.set(a, [(cur?.[0] ?? 0) + w, cur?.[1] ?? t, cur?.[2] ?? s]);
  };
  const PRIOR: Partial<Record<ActorTag, Actor>> = { israel: 'israel', us: 'us', coalition: 'coalition', unknown: 'unknown' };
  // Recollections merged into the incident ("وفي وقت سابق قصفت طائرات أمريكية …") do not name its striker.
  const fresh = d.cands.some((c) => !c.continuation && !c.recall);
  for (const c of d.cands) {
    if ((c.continuation && !c.claim) || (fresh && c.recall)) continue;
    for (const x of c.actors) {
      const a = PRIOR[x.value];
      if (!a || deniedBy(c.sentence, x)) continue;
      const onStrike = c.sentence.cues.some((q) => (q.value === 'strike_agent' || q.value === 'air_agent') && q.from <= x.from && q.to >= x.to);
      add(a, onStrike ? 3 : 1, x, c.sentence);
    }
  }
  const order: Actor[] = ['israel', 'us', 'coalition', 'unknown'];
  const ranked = [...score.entries()].sort((x, y) => y[1][0] - x[1][0] || order.indexOf(x[0]) - order.indexOf(y[0]));
  if (ranked.length) return [ranked[0][0], ranked[0][1][1], ranked[0][1][2]];
  for (const c of d.cands) {
    for (const a of order) {
      const hit = c.sentence.actors.find((x) => x.value === a && !deniedBy(c.sentence, x));
      if (hit) return [a, hit, c.sentence];
    }
  }
  const counts = new Map<Actor, [number, Tagged<ActorTag>, SentenceFacts]>();
  for (const s of facts) for (const x of s.actors) {
    if ((x.value !== 'israel' && x.value !== 'us') || deniedBy(s, x)) continue;
    const cur = counts.get(x.value);
    counts.set(x.value, [(cur?.[0] ?? 0) + 1, cur?.[1] ?? x, cur?.[2] ?? s]);
  }
  const top = [...counts.entries()].sort((x, y) => y[1][0] - x[1][0])[0];
  return top ? [top[0], top[1][1], top[1][2]] : ['unknown', null, null];
}

// "نفت الولايات المتحدة مسؤوليتها": the actor named after a denial is not the striker.
function deniedBy(s: SentenceFacts, t: Tagged<ActorTag>): boolean {
  const before = s.span.text.slice(Math.max(0, t.start - s.span.start - 14), t.start - s.span.start);
  return /(نفت|نفى|تنفي|ينفي|نفي)\s+\S*\s*$/.test(before);
}

