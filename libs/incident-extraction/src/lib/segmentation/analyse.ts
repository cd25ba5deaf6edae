import type { IncidentCategory, Weapon } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { CasualtyMention, findCasualties } from '../casualties/casualties';
import { DateMention, findDates } from '../dates/dates';
import { Gazetteer, PlaceMention, distanceKm } from '../gazetteer/gazetteer';
import { ActorTag } from '../lexicons/actors';
import { CueTag } from '../lexicons/cues';
import { matchLexicons } from '../lexicons/lexicon-matcher';
import { PhraseMatch } from '../text/phrase-matcher';
import { KeyToken, foldWord } from '../text/tokens';
import { claimCandidate, claimFollowUp } from './claims';

// Sentence → segments → event candidates. A segment is a stretch of a sentence between
// discourse boundaries ("ردا على"، "بعد"، "فيما" …), so "US strikes … in response to the
// attack on Tower 22" yields two candidates, each with its own place, date and counts.

export interface Tagged<T> { value: T; from: number; to: number; start: number; end: number }

export interface SentenceFacts {
  span: TextSpan;
  /** Position of the sentence in the article. */
  index: number;
  tokens: KeyToken[];
  from: number;
  to: number;
  cues: Tagged<CueTag>[];
  actors: Tagged<ActorTag>[];
  weapons: Tagged<Weapon>[];
  places: PlaceMention[];
  dates: DateMention[];
  casualties: CasualtyMention[];
}

export interface Candidate {
  sentence: SentenceFacts;
  /** Token range of the segment. */
  from: number;
  to: number;
  order: number;
  category: IncidentCategory;
  /** Places where it happened (one group of nearby places, most specific first); empty when unnamed. */
  place: PlaceMention | null;
  /** True when the place is a country-level default (e.g. Jordan → Tower 22). */
  placeIsDefault: boolean;
  date: DateMention | null;
  weapons: Tagged<Weapon>[];
  actors: Tagged<ActorTag>[];
  casualties: CasualtyMention[];
  claim: boolean;
  target: string | null;
  /** Evidence strength: casualties, a date, a named place, an explicit agent. */
  detail: number;
  /** A follow-up segment ("وأضافت أن الهجوم لم يسفر عن إصابات") that only adds to the incident before it. */
  continuation?: boolean;
  /** Names no place but points back to the last one ("استهداف القاعدة ذاتها"). */
  samePlace?: boolean;
  /** Told as an earlier event ("وكانت القاعدة قد تعرضت …"). */
  recall?: boolean;
  /** A claim follow-up ("وتبنت المقاومة الهجوم"): the category of incident it may join ('any' when the claimant is unnamed). */
  claimFor?: IncidentCategory | 'any';
  /** The claim refers to several acts ("الهجمات"): it joins every incident told just before. */
  claimAll?: boolean;
  /** Told only by an explosion, sirens or an interception at the site ("سمع دوي انفجار في القاعدة"). */
  weakOnly?: boolean;
}

const tag = <T>(tokens: KeyToken[], m: PhraseMatch<T>): Tagged<T> => ({ value: m.value, from: m.from, to: m.to, start: tokens[m.from].start, end: tokens[m.to - 1].end });

export function sentenceFacts(text: string, tokens: KeyToken[], span: TextSpan, from: number, to: number, publishedAt: string | null, gaz: Gazetteer, index = 0): SentenceFacts {
  const hits = matchLexicons(gaz, tokens, from, to);
  return {
    span,
    index,
    tokens,
    from,
    to,
    cues: hits.cues.map((m) => tag(tokens, m)),
    actors: hits.actors.map((m) => tag(tokens, m)),
    weapons: hits.weapons.map((m) => tag(tokens, m)),
    places: gaz.accept(tokens, hits.places),
    dates: findDates(text, tokens, publishedAt, from, to),
    casualties: findCasualties(tokens, from, to),
  };
}

// Counted or plural series ("عدة هجمات"، "عشرات الضربات") are aggregates wherever they stand.
const STRONG_AGGREGATE = /^(لعده|عده|عشرات)$/;
// Words before a force that make it a victim or an affiliation, not the one striking.
const NOT_AGENT_BEFORE = /^(موالين|الموالين|موالية|الموالية|تابعة|التابعة|مواقع|عناصر|جنود|مقاتلي|ضد|على|لصالح|حواجز|حاجز)$/;
const DIRECTIONS = /^و?(جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|جنوبها|شمالها|شرقها|غربها)$/;
const inRange = (x: { from: number }, a: number, b: number) => x.from >= a && x.from < b;
const MILITIA_TAGS = new Set<ActorTag>(['militia', 'pmf', 'irgc', 'hezbollah', 'nujaba', 'kataib_hezbollah', 'kataib_sayyid_al_shuhada', 'iran_backed', 'islamic_resistance_iraq']);
// Verbs whose subject right before them is the attacker (SVO) …
const STRIKE_VERBS = new Set(['قصفت', 'شنت', 'نفذت', 'استهدفت', 'ضربت', 'اغارت', 'هاجمت', 'قصف', 'شن', 'نفذ', 'استهدف', 'بدات', 'بدا', 'وجهت', 'ترد', 'ردت', 'رد', 'يرد', 'تقصف', 'يقصف'].map(foldWord));
// … and verbs whose subject follows them (VSO) when they introduce strikes.
const LAUNCH_VERBS = new Set(['شنت', 'نفذت', 'بدات', 'وجهت', 'شن', 'نفذ', 'اعلنت', 'قصفت', 'اغارت'].map(foldWord));
const COALITION_WORDS = new Set(['التحالف', 'تحالف', 'العزم', 'المهام', 'الدولي'].map(foldWord));
const IRAN_LINKED = new Set<ActorTag>(['iran', 'iran_backed', 'irgc', 'pmf', 'hezbollah', 'nujaba', 'kataib_hezbollah', 'kataib_sayyid_al_shuhada', 'islamic_resistance_iraq']);

/** Splits a sentence at discourse boundaries; each piece is a candidate segment. */
export function segmentsOf(s: SentenceFacts): Array<[number, number]> {
  const cuts = s.cues
    .filter((c) => c.value === 'boundary' && c.from > s.from + 1 && c.from < s.to - 2 && s.tokens[c.from - 1].norm !== 'من')
    .map((c) => c.from);
  // "…، وفي 28 منه قتل …": a clause opening with a date of its own tells another incident.
  for (let k = s.from + 2; k < s.to - 2; k++) {
    if (!/^و(في|يوم)$/.test(s.tokens[k].norm)) continue;
    const next = s.tokens[k + 1];
    if (s.dates.some((d) => d.start >= next.start && d.start < s.tokens[Math.min(k + 2, s.to - 1)].end && d.strength >= 2)) cuts.push(k);
  }
  cuts.sort((x, y) => x - y);
  const out: Array<[number, number]> = [];
  let a = s.from;
  for (const c of cuts) {
    if (c > a) out.push([a, c]);
    a = c;
  }
  out.push([a, s.to]);
  return out;
}

// A verb takes only و / ف before it: "بالرد" (with a response) is a noun, not "ردّ".
const asVerb = (t: KeyToken) => STRIKE_VERBS.has(t.norm) || (/^[وف]/.test(t.norm) && STRIKE_VERBS.has(t.norm.slice(1)));
function isAgent(tokens: KeyToken[], a: Tagged<ActorTag>, from: number, to: number): boolean {
  for (let k = a.to; k < Math.min(to, a.to + 3); k++) if (asVerb(tokens[k])) return true;
  for (let k = a.from - 1; k >= Math.max(from, a.from - 3); k--) if (tokens[k].keys.some((x) => LAUNCH_VERBS.has(x))) return true;
  return false;
}

// Militants as the subject of an attack verb ("الميليشيات الإيرانية قصفت …").
const ATTACK_VERBS = new Set(['قصفت', 'استهدفت', 'اطلقت', 'شنت', 'هاجمت', 'استهدف', 'اطلق', 'شن', 'هاجم', 'تبنت', 'تبنى', 'اعلنت', 'اعلن'].map(foldWord));
function militiaIsAgent(tokens: KeyToken[], actors: Tagged<ActorTag>[], a: number, b: number): boolean {
  return actors.some((x) => {
    if (!MILITIA_TAGS.has(x.value)) return false;
    for (let k = x.to; k < Math.min(b, x.to + 3); k++) if (tokens[k].keys.some((y) => ATTACK_VERBS.has(y))) return true;
    // Verb-subject order: the group right after the verb, not in a genitive ("استهدفت مقرا لكتائب").
    const prev = x.from - 1 >= a ? tokens[x.from - 1] : null;
    return !!prev && prev.keys.some((y) => ATTACK_VERBS.has(y)) && !/^(ل|لل|بال|ب)/.test(tokens[x.from].norm);
  });
}

// "أربيل (كوردستان 24)-", "دمشق – نورث برس": a place opening a sentence before an outlet
// or dash is where the story was filed, not where it happened.
function isDateline(s: SentenceFacts, p: PlaceMention): boolean {
  if (p.from !== s.from) return false;
  return /^\s*[(\-–—:]/.test(s.span.text.slice(p.end - s.span.start, p.end - s.span.start + 3));
}

// Where the launch clause stops: the target ("باتجاه قاعدة …"), another act, or punctuation.
const TOWARDS = /^و?(باتجاه|اتجاه|نحو|تجاه|صوب|علي|ضد|لتستهدف|ليستهدف|مستهدفه|مستهدفا|استهدفت|استهدف|لتسقط|سقطت|داخل|قاعده|قاعدتي|القاعده|مطار|حقل|السفاره)$/;
function launchClause(s: SentenceFacts, tokens: KeyToken[], all: PlaceMention[], from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (TOWARDS.test(tokens[k].norm) || (k > from && /[،,.:;؛]/.test(s.span.text.slice(tokens[k - 1].end - s.span.start, tokens[k].start - s.span.start)))) break;
    const p = all.find((q) => q.from === k);
    if (p?.place.us) break;
    if (p && p.place.kind !== 'country') out.push(p);
  }
  return out;
}

// A strike is told with a strike word; a bare "الهجوم" next to a militia is their attack.
const STRIKE_WORD = /^(قصف|غار|ضرب|استهدف|اغتيال|اغتال|مقتل|قتل|طال|دك)/;
function strikeWord(tokens: KeyToken[], cues: Tagged<CueTag>[]): boolean {
  return cues.some((c) => c.value === 'trigger' && tokens[c.from].keys.some((k) => STRIKE_WORD.test(k)));
}

// "وكانت القاعدة قد تعرضت …": the pluperfect recalls an earlier incident.
const RECALL_LEAD = /^(وكانت|وكان|كانت|كان|وسبق|سبق)$/;
function isRecall(tokens: KeyToken[], a: number, b: number): boolean {
  // "وفي وقت سابق، …" (earlier) also opens a recollection.
  if (/^و?في$/.test(tokens[a].norm) && tokens[a + 1]?.norm === 'وقت' && tokens[a + 2]?.norm === 'سابق' && a + 2 < b) return true;
  if (!RECALL_LEAD.test(tokens[a].norm)) return false;
  if (/سبق/.test(tokens[a].norm)) return true;
  for (let k = a + 1; k < Math.min(b, a + 8); k++) if (tokens[k].norm === 'قد') return true;
  return false;
}

// A future, a warning or a hedge frames the act when it comes first ("توعدت … باستهداف") or
// qualifies it ("هجوم محتمل"); after an act already told, it is aftermath ("… إصابات دماغية
// محتملة"، "… وتوعدت واشنطن بالرد") and does not undo it.
function threatens(cues: Tagged<CueTag>[]): boolean {
  const acts = cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent');
  return cues.some((t) => {
    if (t.value !== 'threat') return false;
    const before = acts.filter((c) => c.to <= t.from);
    return before.length === 0 || t.from - before[before.length - 1].to <= 2;
  });
}

/** Reads one segment; returns candidates (one per distinct place) or none. */
/** What the whole article says about who fights whom (for sentences that name no one). */
export interface ArticleContext {
  /** Iran-backed groups, the US or Israel are named somewhere. */
  ourWar: boolean;
  /** Russia or the Syrian government is named somewhere. */
  otherWar: boolean;
}

export function articleContext(facts: SentenceFacts[]): ArticleContext {
  let ourWar = false;
  let otherWar = false;
  for (const f of facts) for (const x of f.actors) {
    if (IRAN_LINKED.has(x.value) || x.value === 'us' || x.value === 'israel' || x.value === 'coalition') ourWar = true;
    if (x.value === 'russia_regime' || x.value === 'turkey') otherWar = true;
  }
  return { ourWar, otherWar };
}

export function analyseSegment(tokens: KeyToken[], s: SentenceFacts, a: number, b: number, order: number, gaz: Gazetteer, ctx: ArticleContext = { ourWar: true, otherWar: false }): Candidate[] {
  const cues = s.cues.filter((c) => inRange(c, a, b));
  const counts = new Map<CueTag, number>();
  for (const c of cues) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  const count = (t: CueTag) => counts.get(t) ?? 0;
  const actors = s.actors.filter((x) => inRange(x, a, b));
  const weapons = s.weapons.filter((x) => inRange(x, a, b));
  const has = (t: ActorTag) => actors.some((x) => x.value === t);

  const fired = cues.filter((c) => c.value === 'launch' && /^(و?ا?طلق|انطلق|اطلاق)/.test(tokens[c.from].norm)).length;
  // An explosion with a bomb named is an attack ("انفجار عبوة ناسفة بدورية أمريكية").
  // So is an explosion, a shoot-down or sirens at a US site or a militia site hit by a named weapon
  // ("انفجرت مسيرة قرب قاعدة حرير", "دوت صفارات الإنذار في السفارة الأمريكية").
  const usSite = count('us_target') > 0 || s.places.some((p) => inRange(p, a, b) && p.place.us);
  const militiaSite = count('militia_target') > 0 && (weapons.length > 0 || s.cues.some((c) => c.value === 'strike_agent' || c.value === 'air_agent'));
  const blast = count('weak_trigger') > 0 && (weapons.some((w) => w.value === 'ied') || usSite || militiaSite) ? 1 : 0;
  const trigger = count('trigger') + count('strike_agent') + fired + blast;
  if (count('exercise') || threatens(cues) || count('foiled') || count('non_hostile') || count('habitual')) return [];
  const follow = claimFollowUp(tokens, s, cues, actors, a, b);
  if (follow) return [claimCandidate(tokens, s, a, b, order, follow, actors, weapons)];
  if (trigger === 0) {
    // "وقال المرصد إن 6 عناصر قتلوا": counts without an act word follow the incident before.
    const cas0 = s.casualties.filter((c) => c.start >= tokens[a].start && c.start < tokens[b - 1].end && c.value !== null);
    const placed = s.places.some((p) => inRange(p, a, b) && p.place.kind !== 'country');
    if (!cas0.length || placed || count('aggregate')) return [];
    return [{ sentence: s, from: a, to: b, order, category: 'attack_on_us_forces', place: null, placeIsDefault: false, date: null, weapons, actors, casualties: cas0, claim: false, target: null, detail: 0, continuation: true }];
  }
  // Counts, series and habits ("هجمات"، "مؤخراً") before any act: background, not an incident.
  const firstTrigger = Math.min(...cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent').map((c) => c.from));
  if (cues.some((c) => c.value === 'aggregate' && (c.from < firstTrigger || STRONG_AGGREGATE.test(tokens[c.from].norm)))) return [];
  // "78 هجوماً", "58 مرة": counted attacks are aggregates.
  for (let k = a; k + 1 < b; k++) {
    const num = tokens[k].keys[tokens[k].keys.length - 1];
    if (/^\d{1,3}$/.test(num) && tokens[k + 1].keys.some((x) => x.startsWith('هجوم') || x === 'مره' || x === 'مرات')) return [];
  }
  if (has('turkey')) return [];
  // Russian or Syrian-government strikes (on rebels, ISIS) unless the US/Israel is named too.
  const otherStriker = actors.some((x) => x.value === 'russia_regime' && !/^(ل|لل)/.test(tokens[x.from].norm) && !(x.from - 1 >= a && NOT_AGENT_BEFORE.test(tokens[x.from - 1].norm)));
  if (otherStriker && !actors.some((x) => x.value === 'us' || x.value === 'israel' || x.value === 'coalition') && count('us_target') === 0) return [];
  // Another theatre (Yemen, Lebanon, Gaza …) and no place of ours named: not this conflict.
  const elsewhere = has('elsewhere') && !s.places.some((p) => inRange(p, a, b) && p.place.kind !== 'country');
  // ISIS as perpetrator or target; "the coalition against ISIS" is only a name.
  for (const x of actors) {
    if (x.value !== 'isis') continue;
    let coalitionName = false;
    for (let k = x.from - 1; k >= Math.max(a, x.from - 6); k--) if (tokens[k].keys.some((y) => COALITION_WORDS.has(y))) coalitionName = true;
    if (!coalitionName) return [];
  }

  // Places: not launch sites, not descriptive asides, not countries, not enclosing ones.
  const launchEnds = cues.filter((c) => c.value === 'launch').map((c) => c.to);
  const descEnds = cues.filter((c) => c.value === 'descriptive').map((c) => c.to);
  const all = s.places.filter((p) => inRange(p, a, b) && !isDateline(s, p));
  // Only the first place after a launch / descriptive phrase is the launch site or the aside.
  const firstAfter = (e: number, gap: number) => all.find((p) => p.from >= e && p.from - e <= gap);
  // "عثرت … على الآلية" (where the launcher was found) rules out a whole clause.
  const foundEnds = cues.filter((c) => c.value === 'launch' && /^(و?عثر|العثور)/.test(tokens[c.from].norm)).map((c) => c.to);
  const excluded = new Set([...launchEnds.map((e) => firstAfter(e, 2)), ...descEnds.map((e) => firstAfter(e, 1)), ...foundEnds.map((e) => firstAfter(e, 8))]);
  // "أطلقت من البادية بين مدينتي الميادين والبوكمال": every place up to the target or the clause's end.
  for (const e of launchEnds) for (const p of launchClause(s, tokens, all, e, b)) excluded.add(p);
  const usable = all.filter((p) => !excluded.has(p));
  // "طريق البوكمال - الميادين": a road between two towns is one place, the first named.
  const roadEnd = usable.filter((p) => {
    const q = usable.find((o) => o.end < p.start && /^\s*[-–—]\s*$/.test(s.span.text.slice(o.end - s.span.start, p.start - s.span.start)));
    return !!q && [q.from - 1, q.from - 2].some((k) => k >= a && tokens[k].keys.includes('طريق'));
  });
  // "جرف الصخر جنوب بغداد": a place named after a direction from another is only a bearing.
  const bearing = usable.filter((p) => {
    const dir = p.from - 1 >= a ? tokens[p.from - 1] : null;
    const dir2 = p.from - 2 >= a ? tokens[p.from - 2] : null;
    const isDir = (t: KeyToken | null) => !!t && DIRECTIONS.test(t.norm);
    if (!isDir(dir)) return false;
    const at = isDir(dir2) ? p.from - 2 : p.from - 1;
    return usable.some((q) => q !== p && q.place.kind !== 'country' && q.to <= at && at - q.to <= 3);
  });
  const named = usable.filter((p) => p.place.kind !== 'country' && !roadEnd.includes(p) && !bearing.includes(p));
  // A countryside quadrant beside a named town only locates that town ("البوكمال بريف دير الزور الشرقي").
  const towns = named.some((p) => p.place.kind !== 'region' && p.place.kind !== 'governorate');
  const specific = named.filter((p) => !(towns && p.place.kind === 'region') && !named.some((q) => q !== p && q.place.id !== p.place.id && gaz.within(q.place, p.place)));
  const usPlace = specific.some((p) => p.place.us);

  // Category. Attack: something US is hit (base, forces, embassy, a US site) and no US /
  // Israeli / unknown aircraft strikes. Strike: a striker (adjective on the strike, aircraft,
  // "شنت الولايات المتحدة") or a militia hit by a strike word, or air raids in an article
  // about this war. When both appear, an unidentified drone over a US site is an attack; a
  // named striker with militia targets is a strike.
  const agents = actors.filter((x) => (x.value === 'us' || x.value === 'coalition' || x.value === 'israel') && isAgent(tokens, x, a, b));
  const usTargetCues = cues.filter((c) => c.value === 'us_target' && !agents.some((g) => g.from <= c.from && g.to >= c.from));
  const usT = usTargetCues.length + (usPlace ? 1 : 0);
  const stA = count('strike_agent') + count('air_agent') + agents.length;
  const milT = count('militia_target') + actors.filter((x) => MILITIA_TAGS.has(x.value)).length;
  const israel = has('israel');
  const unknownAir = cues.some((c) => (c.value === 'strike_agent' || c.value === 'air_agent') && /مجهول/.test(tokens[c.to - 1].norm));
  let category: IncidentCategory | null = null;
  if (stA > 0 && usT === 0) category = milT > 0 || israel || agents.length > 0 || count('strike_agent') + count('air_agent') > 0 ? 'strike_on_militias' : null;
  else if (usT > 0 && stA === 0) category = 'attack_on_us_forces';
  else if (usT > 0 && stA > 0) category = unknownAir || (usPlace && agents.length === 0) ? 'attack_on_us_forces' : milT > 0 && stA >= usT ? 'strike_on_militias' : 'attack_on_us_forces';
  else if (milT > 0 && count('attribution') > 0) category = 'attack_on_us_forces';
  else if (milT > 0 && !militiaIsAgent(tokens, actors, a, b) && s.actors.some((x) => IRAN_LINKED.has(x.value)) && (count('militia_target') > 0 || strikeWord(tokens, cues))) category = 'strike_on_militias';
  // Air raids with no one named: ours when the sentence or the article is about this war.
  else if (weapons.some((w) => w.value === 'airstrike') && (s.actors.some((x) => IRAN_LINKED.has(x.value) || x.value === 'us' || x.value === 'israel' || x.value === 'coalition' || x.value === 'unknown') || (ctx.ourWar && !ctx.otherWar))) category = 'strike_on_militias';
  const cas = s.casualties.filter((c) => c.start >= tokens[a].start && c.start < tokens[b - 1].end);
  if (category && elsewhere) return [];
  if (!category && count('same_place') > 0 && specific.length === 0) {
    const d0 = s.dates.filter((d) => d.start >= tokens[a].start && d.start < tokens[b - 1].end).sort((x, y) => y.strength - x.strength)[0] ?? null;
    const cas0 = s.casualties.filter((c) => c.start >= tokens[a].start && c.start < tokens[b - 1].end);
    return [{ sentence: s, from: a, to: b, order, category: 'attack_on_us_forces', place: null, placeIsDefault: false, date: d0, weapons, actors, casualties: cas0, claim: false, target: null, detail: 1, samePlace: true }];
  }
  if (!category) {
    // No category of its own: a follow-up about the incident just told, if it names no other place.
    if (specific.length === 0 && (cas.length > 0 || weapons.length > 0)) {
      const cd = s.dates.filter((d) => d.start >= tokens[a].start && d.start < tokens[b - 1].end).sort((x, y) => y.strength - x.strength)[0] ?? null;
      return [{ sentence: s, from: a, to: b, order, category: 'attack_on_us_forces', place: null, placeIsDefault: false, date: cd, weapons, actors, casualties: cas, claim: false, target: null, detail: 0, continuation: true }];
    }
    return [];
  }
  // Strikes on the SDF (Turkish drones, ISIS cells) are another conflict.
  if (category === 'strike_on_militias' && has('sdf') && !s.actors.some((x) => IRAN_LINKED.has(x.value))) return [];
  if (category === 'strike_on_militias' && specific.some((p) => p.place.us) && !israel) return [];

  const dates = s.dates.filter((d) => d.start >= tokens[a].start && d.start < tokens[b - 1].end);
  let date: DateMention | null = null;
  for (const d of dates) if (!date || d.strength > date.strength) date = d;
  // A claim: "تبنت"، "أعلنت مسؤوليتها", or the perpetrator announcing the act itself
  // ("أعلنت المقاومة الإسلامية استهداف …", "أعلنت القيادة المركزية تنفيذ ضربات").
  const negatedClaim = cues.some((c) => c.value === 'claim' && tokens.slice(Math.max(a, c.from - 4), c.from).some((t) => /^(و?لم|دون|بدون)$/.test(t.norm)));
  const announces = tokens.slice(a, b).some((t) => /^و?(اعلن|اعلنت|بيان|بيانها|ببيان)$/.test(t.norm));
  const perpetrator = category === 'attack_on_us_forces'
    ? actors.some((x) => x.value === 'islamic_resistance_iraq' || x.value === 'kataib_hezbollah' || x.value === 'nujaba' || x.value === 'kataib_sayyid_al_shuhada' || x.value === 'irgc')
    : agents.length > 0 || actors.some((x) => x.value === 'us' && /(سنتكوم|القياده|البنتاغون|البنتاجون|الجيش)/.test(tokens[x.from].norm));
  const claim = !negatedClaim && (count('claim') > 0 || (announces && perpetrator));
  const targetCue = (category === 'attack_on_us_forces' ? usTargetCues : cues.filter((c) => c.value === 'militia_target'))[0];
  const target = targetCue ? s.span.text.slice(targetCue.start - s.span.start, targetCue.end - s.span.start) : null;

  // Group places: nearby ones (≤ 30 km) are one incident told with several names.
  const groups: PlaceMention[][] = [];
  for (const p of specific) {
    const g = groups.find((grp) => grp.some((q) => q.place.id === p.place.id || distanceKm(q.place, p.place) <= 30));
    if (g) g.push(p);
    else groups.push([p]);
  }
  let placeIsDefault = false;
  if (groups.length === 0 && category === 'attack_on_us_forces') {
    const country = usable.find((p) => p.place.kind === 'country' && p.place.usDefault);
    const def = country?.place.usDefault ? gaz.get(country.place.usDefault) : undefined;
    if (country && def) { groups.push([{ ...country, place: def }]); placeIsDefault = true; }
  }
  const detail = (cas.length ? 1 : 0) + (date && date.strength >= 2 ? 1 : 0) + (groups.length ? 1 : 0) + (stA > 0 || actors.length ? 1 : 0);
  const weakOnly = trigger === blast && !weapons.some((w) => w.value === 'ied');
  const base = { sentence: s, from: a, to: b, order, category, placeIsDefault, date, weapons, actors, casualties: cas, claim, target, detail, recall: isRecall(tokens, a, b), weakOnly };
  if (groups.length === 0) return [{ ...base, place: null, samePlace: count('same_place') > 0 }];
  return groups.map((g) => {
    // Most specific name of the group (deepest in the hierarchy), the US site for an attack on
    // US forces ("militias near Mayadin fired at al-Omar"), then the first named.
    const usFirst = (x: PlaceMention) => (category === 'attack_on_us_forces' && x.place.us ? 0 : 1);
    const best = [...g].sort((x, y) => usFirst(x) - usFirst(y) || y.place.depth - x.place.depth || x.from - y.from)[0];
    return { ...base, place: best };
  });
}
