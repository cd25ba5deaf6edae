import type { IncidentCategory, Weapon } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { CasualtyMention, findCasualties } from '../casualties/casualties';
import { DateMention, findDates } from '../dates/dates';
import { Gazetteer, PlaceMention, distanceKm } from '../gazetteer/gazetteer';
import { ActorTag, actorMatcher } from '../lexicons/actors';
import { CueTag, cueMatcher } from '../lexicons/cues';
import { weaponMatcher } from '../lexicons/weapons';
import { PhraseMatch } from '../text/phrase-matcher';
import { KeyToken, foldWord } from '../text/tokens';

// Sentence → segments → event candidates. A segment is a stretch of a sentence between
// discourse boundaries ("ردا على"، "بعد"، "فيما" …), so "US strikes … in response to the
// attack on Tower 22" yields two candidates, each with its own place, date and counts.

export interface Tagged<T> { value: T; from: number; to: number; start: number; end: number }

export interface SentenceFacts {
  span: TextSpan;
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
}

const tag = <T>(tokens: KeyToken[], m: PhraseMatch<T>): Tagged<T> => ({ value: m.value, from: m.from, to: m.to, start: tokens[m.from].start, end: tokens[m.to - 1].end });

export function sentenceFacts(text: string, tokens: KeyToken[], span: TextSpan, from: number, to: number, publishedAt: string | null, gaz: Gazetteer): SentenceFacts {
  return {
    span,
    tokens,
    from,
    to,
    cues: cueMatcher.findLongest(tokens, from, to).map((m) => tag(tokens, m)),
    actors: actorMatcher.findLongest(tokens, from, to).map((m) => tag(tokens, m)),
    weapons: weaponMatcher.findLongest(tokens, from, to).map((m) => tag(tokens, m)),
    places: gaz.find(tokens, from, to),
    dates: findDates(text, tokens, publishedAt, from, to),
    casualties: findCasualties(tokens, from, to),
  };
}

// Counted or plural series ("عدة هجمات"، "عشرات الضربات") are aggregates wherever they stand.
const STRONG_AGGREGATE = /^(لعده|عده|عشرات)$/;
const inRange = (x: { from: number }, a: number, b: number) => x.from >= a && x.from < b;
const MILITIA_TAGS = new Set<ActorTag>(['militia', 'pmf', 'irgc', 'hezbollah', 'nujaba', 'kataib_hezbollah', 'kataib_sayyid_al_shuhada', 'iran_backed', 'islamic_resistance_iraq']);
// Verbs whose subject right before them is the attacker (SVO) …
const STRIKE_VERBS = new Set(['قصفت', 'شنت', 'نفذت', 'استهدفت', 'ضربت', 'اغارت', 'هاجمت', 'قصف', 'شن', 'نفذ', 'استهدف', 'بدات', 'بدا', 'وجهت'].map(foldWord));
// … and verbs whose subject follows them (VSO) when they introduce strikes.
const LAUNCH_VERBS = new Set(['شنت', 'نفذت', 'بدات', 'وجهت', 'شن', 'نفذ', 'اعلنت', 'قصفت', 'اغارت'].map(foldWord));
const COALITION_WORDS = new Set(['التحالف', 'تحالف', 'العزم', 'المهام', 'الدولي'].map(foldWord));
const IRAN_LINKED = new Set<ActorTag>(['iran', 'iran_backed', 'irgc', 'pmf', 'hezbollah', 'nujaba', 'kataib_hezbollah', 'kataib_sayyid_al_shuhada', 'islamic_resistance_iraq']);
const SUPPORTED_BY = new Set(['المدعومه', 'مدعومه', 'الموالي', 'الموالين', 'تابعه', 'التابعه', 'مرتبطه', 'المرتبطه', 'متحالفه', 'المتحالفه', 'حليفه', 'الحليفه'].map(foldWord));

/** Splits a sentence at discourse boundaries; each piece is a candidate segment. */
export function segmentsOf(s: SentenceFacts): Array<[number, number]> {
  const cuts = s.cues
    .filter((c) => c.value === 'boundary' && c.from > s.from + 1 && c.from < s.to - 2 && s.tokens[c.from - 1].norm !== 'من')
    .map((c) => c.from);
  const out: Array<[number, number]> = [];
  let a = s.from;
  for (const c of cuts) {
    if (c > a) out.push([a, c]);
    a = c;
  }
  out.push([a, s.to]);
  return out;
}

function isAgent(tokens: KeyToken[], a: Tagged<ActorTag>, from: number, to: number): boolean {
  for (let k = a.to; k < Math.min(to, a.to + 3); k++) if (tokens[k].keys.some((x) => STRIKE_VERBS.has(x))) return true;
  for (let k = a.from - 1; k >= Math.max(from, a.from - 3); k--) if (tokens[k].keys.some((x) => LAUNCH_VERBS.has(x))) return true;
  return false;
}

// Militants as the subject of an attack verb ("الميليشيات الإيرانية قصفت …").
const ATTACK_VERBS = new Set(['قصفت', 'استهدفت', 'اطلقت', 'شنت', 'هاجمت', 'استهدف', 'اطلق', 'شن', 'هاجم', 'تبنت', 'تبنى', 'اعلنت', 'اعلن'].map(foldWord));
function militiaIsAgent(tokens: KeyToken[], actors: Tagged<ActorTag>[], a: number, b: number): boolean {
  return actors.some((x) => {
    if (!MILITIA_TAGS.has(x.value)) return false;
    for (let k = x.to; k < Math.min(b, x.to + 3); k++) if (tokens[k].keys.some((y) => ATTACK_VERBS.has(y))) return true;
    for (let k = x.from - 1; k >= Math.max(a, x.from - 2); k--) if (tokens[k].keys.some((y) => ATTACK_VERBS.has(y))) return true;
    return false;
  });
}

// "أربيل (كوردستان 24)-", "دمشق – نورث برس": a place opening a sentence before an outlet
// or dash is where the story was filed, not where it happened.
function isDateline(s: SentenceFacts, p: PlaceMention): boolean {
  if (p.from !== s.from) return false;
  return /^\s*[(\-–—:]/.test(s.span.text.slice(p.end - s.span.start, p.end - s.span.start + 3));
}

/** Reads one segment; returns candidates (one per distinct place) or none. */
export function analyseSegment(tokens: KeyToken[], s: SentenceFacts, a: number, b: number, order: number, gaz: Gazetteer): Candidate[] {
  const cues = s.cues.filter((c) => inRange(c, a, b));
  const count = (t: CueTag) => cues.filter((c) => c.value === t).length;
  const actors = s.actors.filter((x) => inRange(x, a, b));
  const weapons = s.weapons.filter((x) => inRange(x, a, b));
  const has = (t: ActorTag) => actors.some((x) => x.value === t);

  const fired = cues.filter((c) => c.value === 'launch' && /^(و?ا?طلق|انطلق|اطلاق)/.test(tokens[c.from].norm)).length;
  const trigger = count('trigger') + count('strike_agent') + fired;
  if (trigger === 0) return [];
  if (count('exercise') || count('threat') || count('foiled')) return [];
  // Counts, series and habits ("هجمات"، "مؤخراً") before any act: background, not an incident.
  const firstTrigger = Math.min(...cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent').map((c) => c.from));
  if (cues.some((c) => c.value === 'aggregate' && (c.from < firstTrigger || STRONG_AGGREGATE.test(tokens[c.from].norm)))) return [];
  // "78 هجوماً", "58 مرة": counted attacks are aggregates.
  for (let k = a; k + 1 < b; k++) {
    const num = tokens[k].keys[tokens[k].keys.length - 1];
    if (/^\d{1,3}$/.test(num) && tokens[k + 1].keys.some((x) => x.startsWith('هجوم') || x === 'مره' || x === 'مرات')) return [];
  }
  if (has('turkey')) return [];
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
  const usable = all.filter((p) => !excluded.has(p));
  const named = usable.filter((p) => p.place.kind !== 'country');
  const specific = named.filter((p) => !named.some((q) => q !== p && q.place.id !== p.place.id && gaz.within(q.place, p.place)));
  const usPlace = specific.some((p) => p.place.us);

  // Category.
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
  else if (milT > 0 && !militiaIsAgent(tokens, actors, a, b) && s.actors.some((x) => IRAN_LINKED.has(x.value))) category = 'strike_on_militias';
  else if (weapons.some((w) => w.value === 'airstrike')) category = 'strike_on_militias';
  const cas = s.casualties.filter((c) => c.start >= tokens[a].start && c.start < tokens[b - 1].end);
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
  const claim = cues.some((c) => c.value === 'claim') && !cues.some((c) => c.value === 'claim' && a < c.from && tokens[c.from - 1]?.norm === 'لم');
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
  const base = { sentence: s, from: a, to: b, order, category, placeIsDefault, date, weapons, actors, casualties: cas, claim, target, detail };
  if (groups.length === 0) return [{ ...base, place: null }];
  return groups.map((g) => {
    // Most specific name of the group (deepest in the hierarchy), the US site for an attack on
    // US forces ("militias near Mayadin fired at al-Omar"), then the first named.
    const usFirst = (x: PlaceMention) => (category === 'attack_on_us_forces' && x.place.us ? 0 : 1);
    const best = [...g].sort((x, y) => usFirst(x) - usFirst(y) || y.place.depth - x.place.depth || x.from - y.from)[0];
    return { ...base, place: best };
  });
}
