import type { Actor } from '@raseed/contracts';
import type { ActorTag } from '../lexicons/actors';
import type { Candidate } from '../segmentation/candidate';
import type { SentenceFacts, Tagged } from '../segmentation/sentence-facts';
import type { Draft } from '../merging/merge-candidates';
import { isRecall } from '../segmentation/framing';
import { daysBetween } from '../dates/dates';

// Who did it: the perpetrator of an attack (a named group, the IRGC, militias tied to
// Iran) or the striker (Israel, the US, the coalition, unknown aircraft), by role.

// Countries whose strikes an article may tell beside each other ("ضد إيران" names a side, not where it struck).
const THEATRE = new Set(['IQ', 'SY', 'JO', 'LB']);

export const SPECIFIC: ActorTag[] = ['islamic_resistance_iraq', 'kataib_hezbollah', 'nujaba', 'kataib_sayyid_al_shuhada'];

export function attackActor(d: Draft, facts: SentenceFacts[], date: string | null = null): [Actor, Tagged<ActorTag> | null, SentenceFacts | null] {
  // Across all the incident's segments, most specific first: a named group, the IRGC or
  // Iran itself as the attacker, a militia tied to Iran, Iran as a mere adjective.
  // A claim told apart ("وتبنت المقاومة الإسلامية الهجوم") names the perpetrator too.
  // A force named as a victim or honoree ("ذكرى مقتل قائد قوة القدس") is no attacker.
  const named = d.cands.filter((c) => !c.continuation || c.claim).flatMap((c) => c.actors.filter((t) => !victimOf(c.sentence, t)).map((t) => [c, t] as const));
  const pick = (test: (c: Candidate, t: Tagged<ActorTag>) => boolean): [Tagged<ActorTag>, SentenceFacts] | null => {
    const hit = named.find(([c, t]) => test(c, t));
    return hit ? [hit[1], hit[0].sentence] : null;
  };
  const spec = pick((_c, t) => SPECIFIC.includes(t.value));
  if (spec) return [spec[0].value as Actor, spec[0], spec[1]];
  const irgc = pick((c, t) => (t.value === 'irgc' && !supportedBy(c, t)) || (t.value === 'iran' && iranIsAgent(c, t)));
  if (irgc) return ['irgc', irgc[0], irgc[1]];
  const backed = pick(
    (c, t) =>
      t.value === 'iran_backed' || t.value === 'pmf' || (t.value === 'militia' && c.actors.some((u) => u.value === 'iran' || u.value === 'iran_backed')) || t.value === 'iran' || t.value === 'irgc',
  );
  if (backed) return ['iran_backed_militia', backed[0], backed[1]];
  // Armed factions attacking US forces here are the Iran-aligned ones, unless told unknown ("مسلحون مجهولون").
  const faction = pick((c, t) => t.value === 'militia' && !c.actors.some((u) => u.value === 'unknown' || u.value === 'isis' || u.value === 'sdf'));
  if (faction) return ['iran_backed_militia', faction[0], faction[1]];
  // Article-level: Iran itself attacking ("الهجمات الإيرانية"), else militias tied to Iran; not
  // from sentences about another time ("وكانت القاعدة قد تعرضت عام 2020 لصواريخ إيرانية").
  const now = facts.filter((s) => !aboutAnotherTime(s, date));
  for (const s of now) {
    const hit = s.actors.find((t) => t.value === 'iran' && iranIsAgent({ sentence: s }, t) && !victimOf(s, t));
    if (hit) return ['irgc', hit, s];
  }
  for (const s of now) {
    const hit = s.actors.find((t) => (t.value === 'iran_backed' || SPECIFIC.includes(t.value) || t.value === 'pmf') && !victimOf(s, t));
    if (hit) return ['iran_backed_militia', hit, s];
  }
  return ['unknown', null, null];
}

// "ذكرى مقتل قائد قوة القدس", "انتقاماً لقائد فيلق القدس", "اغتيال مستشارين في الحرس الثوري": a force
// named inside a death, a commemoration or a revenge is the victim or the honoree.
const VICTIM_OF = /(مقتل|اغتيال|استشهاد|مصرع|ذكرى|تأبين|انتقام|ثأر|دماء)\S*(\s+[^\s،,.:؛]+){0,4}\s+$/;
// How much text before a force name may hold the death or revenge that governs it.
const VICTIM_REACH_CHARS = 45;
// "مجاهدونا"، "مقاتلونا": the speaker's own fighters are the attackers only as the subject of the act ("استهدف
// مجاهدونا القاعدة"); "سقط بعضها في القسم الذي يشغله مقاتلونا" is a source of the side hit speaking.
const OUR_FIGHTERS = /^و?(مجاهدونا|مجاهدينا|مقاتلونا|مقاتلينا)$/;
const OUR_ACT_REACH = 2;
function ourFightersHit(s: SentenceFacts, t: Tagged<ActorTag>): boolean {
  if (t.to - t.from !== 1 || !OUR_FIGHTERS.test(s.tokens[t.from].norm)) return false;
  return !s.cues.some((q) => (q.value === 'trigger' || q.value === 'launch') && q.from !== t.from && Math.abs(q.from - t.from) <= OUR_ACT_REACH);
}

// "نفت كتائب حزب الله أي علاقة لها بالقصف الذي استهدف …": the side denying a part in the act told is not its author.
const DENIER_BEFORE = /(^|\s)و?(نفى|نفت|نفوا|ينفي|تنفي|نافيا|نافية|نافيين)\s+(\S+\s+){0,1}$/;
const PART_AFTER = /^\S*\s+(\S+\s+){0,2}(أي|اي)\s+(ب|ل)?(علاق|صل|دور|تورط|مشارك|ضلوع)/;
const DENIER_REACH_CHARS = 40;
function deniesPart(s: SentenceFacts, t: Tagged<ActorTag>): boolean {
  const at = t.start - s.span.start;
  const before = s.span.text.slice(Math.max(0, at - DENIER_REACH_CHARS), at);
  return DENIER_BEFORE.test(before) && PART_AFTER.test(s.span.text.slice(at, t.end - s.span.start + DENIER_REACH_CHARS));
}

// "أعنف ضربة منذ الصواريخ الإيرانية على عين الأسد": the side of an act the news is measured from did not do this one.
const SINCE_BEFORE = /(^|\s)و?منذ\s+(\S+\s+){0,3}$/;
const SINCE_REACH_CHARS = 40;
const sinceAct = (s: SentenceFacts, t: Tagged<ActorTag>) => SINCE_BEFORE.test(s.span.text.slice(Math.max(0, t.start - s.span.start - SINCE_REACH_CHARS), t.start - s.span.start));

function victimOf(s: SentenceFacts, t: Tagged<ActorTag>): boolean {
  if (ourFightersHit(s, t) || deniesPart(s, t) || sinceAct(s, t)) return true;
  if (t.value !== 'irgc' && t.value !== 'iran' && t.value !== 'iran_backed' && t.value !== 'pmf' && !SPECIFIC.includes(t.value)) return false;
  const from = Math.max(0, t.start - s.span.start - VICTIM_REACH_CHARS);
  const before = s.span.text.slice(from, t.start - s.span.start);
  const m = VICTIM_OF.exec(before);
  if (!m) return false;
  // "ردا على اغتيال سليماني قصف الحرس الثوري …": an act between the death and the force makes it the agent.
  const governs = s.span.start + from + m.index + m[1].length;
  return !s.cues.some((q) => (q.value === 'trigger' || q.value === 'strike_agent') && q.start > governs && q.start < t.start && !DEATH_WORD.test(s.tokens[q.from].norm));
}
const DEATH_WORD = /^(و|ل|ب)?(مقتل|اغتيال|قتل|استشهاد)/;

/** A sentence told as a recollection or dated to another day than the incident's. */
// "وبين هذين التاريخين جاء الرد الإيراني المباشر": an act told between two others is at a time of its own.
const BETWEEN_TIMES = /^و?(بين|وبين)\s+(هذين|الهجومين|التاريخين|الحادثتين|الضربتين)|^و?بينهما\b/;
function aboutAnotherTime(s: SentenceFacts, date: string | null): boolean {
  if (isRecall(s.tokens, s.from, s.to) || BETWEEN_TIMES.test(s.span.text.trimStart())) return true;
  if (!date) return false;
  return s.dates.some((x) => x.value.slice(0, 7) !== date.slice(0, 7) || (x.precision === 'day' && date.length === 10 && Math.abs(daysBetween(x.value, date)) > 1));
}

function supportedBy(c: Candidate, t: Tagged<ActorTag>): boolean {
  const toks = c.sentence.span.text.slice(Math.max(0, t.start - c.sentence.span.start - 25), t.start - c.sentence.span.start);
  return /(مدعوم|موالي|تابع|مرتبط|متحالف|حليف|تستخدمها|يستخدمها|بقيادة|التابعة|المقربة|مقرب)/.test(toks);
}

// "الهجوم الإيراني"، "الهجوم الصاروخي الإيراني"، "الرد الإيراني": Iran as the adjective of the
// act (an adjective of the act's kind may stand between) is the one who struck. ("تنتظر واشنطن رد طهران على
// مقترح": a reply in construct is as often an answer in words.)
const IRAN_AS_ATTACKER =
  /(?:هجوم|هجمات|الهجوم|الهجمات|ضربة|الضربة|ضربات|الضربات|قصف|القصف|صواريخ|الصواريخ|الرد|القصف)(?:\s+(?:ال)?(?:صاروخي|صاروخية|جوي|جوية|باليستي|باليستية|انتقامي|انتقامية|بالصواريخ|بالمسيرات))?\s*$/;
const IRAN_ACT_REACH_CHARS = 30;
function iranIsAgent(c: Candidate | { sentence: SentenceFacts }, t: Tagged<ActorTag>): boolean {
  const before = c.sentence.span.text.slice(Math.max(0, t.start - c.sentence.span.start - IRAN_ACT_REACH_CHARS), t.start - c.sentence.span.start);
  return IRAN_AS_ATTACKER.test(before) || /(شنت|أطلقت|اطلقت|ردت)\s+$/.test(before);
}

export function strikeActor(d: Draft, facts: SentenceFacts[]): [Actor, Tagged<ActorTag> | null, SentenceFacts | null] {
  // Score each actor over the incident's own segments: a nationality on the strike itself
  // ("غارة إسرائيلية", "القصف الأمريكي") weighs more than a name elsewhere in the segment.
  const score = new Map<Actor, [number, Tagged<ActorTag>, SentenceFacts]>();
  const add = (a: Actor, w: number, t: Tagged<ActorTag>, s: SentenceFacts) => {
    const cur = score.get(a);
    score.set(a, [(cur?.[0] ?? 0) + w, cur?.[1] ?? t, cur?.[2] ?? s]);
  };
  // "قُتل المستشار … بغارة قرب دمشق، فيما شنت الولايات المتحدة ضربات في العراق": an unplaced report merged in that
  // names only another country's places tells of strikes there, not of who struck here.
  const country = d.place?.place.country;
  const toldElsewhere = (c: Candidate) => {
    const own = c.sentence.places.filter((p) => p.from >= c.from && p.to <= c.to);
    return !!country && !c.place && own.length > 0 && own.every((p) => p.place.country !== country && THEATRE.has(p.place.country));
  };
  const PRIOR: Partial<Record<ActorTag, Actor>> = { israel: 'israel', us: 'us', coalition: 'coalition', unknown: 'unknown' };
  // Recollections merged into the incident ("وفي وقت سابق قصفت طائرات أمريكية …") do not name its striker.
  const fresh = d.cands.some((c) => !c.continuation && !c.recall);
  const order: Actor[] = ['israel', 'us', 'coalition', 'unknown'];
  // The reports that name the incident's place first: an unplaced report merged in ("US strikes in
  // Syria") may be another strike; then every report.
  const tiers = [d.cands.filter((c) => c.place && c.place === d.place), d.cands];
  for (const tier of tiers) {
    score.clear();
    for (const c of tier) {
      if ((c.continuation && !c.claim) || (fresh && c.recall) || toldElsewhere(c)) continue;
      for (const x of c.actors) {
        const a = PRIOR[x.value];
        if (!a || deniedBy(c.sentence, x)) continue;
        const onStrike = c.sentence.cues.some((q) => (q.value === 'strike_agent' || q.value === 'air_agent') && q.from <= x.from && q.to >= x.to);
        add(a, onStrike ? 3 : 1, x, c.sentence);
      }
    }
    const ranked = [...score.entries()].sort((x, y) => y[1][0] - x[1][0] || order.indexOf(x[0]) - order.indexOf(y[0]));
    // "Unknown aircraft" at the place are named by the striker it is put down to ("ونسبها ناشطون إلى إسرائيل"),
    // else perhaps elsewhere in the incident's reports.
    const named = tier === d.cands ? ranked : ranked.filter(([a]) => a !== 'unknown');
    if (named.length) return [named[0][0], named[0][1][1], named[0][1][2]];
  }
  for (const c of d.cands) {
    for (const a of order) {
      const hit = c.sentence.actors.find((x) => x.value === a && !deniedBy(c.sentence, x));
      if (hit) return [a, hit, c.sentence];
    }
  }
  const counts = new Map<Actor, [number, Tagged<ActorTag>, SentenceFacts]>();
  for (const s of facts) {
    for (const x of s.actors) {
      if ((x.value !== 'israel' && x.value !== 'us') || deniedBy(s, x)) continue;
      // A nationality on a strike ("الغارات الإسرائيلية") outweighs the officials quoted ("مسؤول أميركي").
      const onStrike = s.cues.some((q) => (q.value === 'strike_agent' || q.value === 'air_agent') && q.from <= x.from && q.to >= x.to);
      const cur = counts.get(x.value);
      counts.set(x.value, [(cur?.[0] ?? 0) + (onStrike ? 3 : 1), cur?.[1] ?? x, cur?.[2] ?? s]);
    }
  }
  const top = [...counts.entries()].sort((x, y) => y[1][0] - x[1][0])[0];
  return top ? [top[0], top[1][1], top[1][2]] : ['unknown', null, null];
}

// "نفت الولايات المتحدة مسؤوليتها": the actor named after a denial is not the striker.
// ("أكدت وزارة الدفاع الأميركية أنها «لم تكن متورطة»": nor one that says it had no part in it.)
const NO_PART = /(لم\s+(تكن|يكن|نكن)\s+متورط|(ليست|ليس|غير)\s+متورط|لا\s+علاق[ةه]\s+لها|لا\s+علاق[ةه]\s+له\b|لا\s+علاق[ةه]\s+لنا)/;
const NO_PART_REACH_CHARS = 60;
function deniedBy(s: SentenceFacts, t: Tagged<ActorTag>): boolean {
  const before = s.span.text.slice(Math.max(0, t.start - s.span.start - 14), t.start - s.span.start);
  if (/(نفت|نفى|تنفي|ينفي|نفي)\s+\S*\s*$/.test(before)) return true;
  const after = s.span.text.slice(t.end - s.span.start, t.end - s.span.start + NO_PART_REACH_CHARS);
  return NO_PART.test(after);
}
