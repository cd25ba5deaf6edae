import type { IncidentCategory } from '@raseed/contracts';
import { Gazetteer, GazetteerPlace, PlaceMention, distanceKm } from '../gazetteer/gazetteer';
import { KeyToken, wordBefore } from '../text/tokens';
import { CueTag } from '../lexicons/cues';
import { Segment } from './segment';
import { SentenceFacts, Tagged } from './sentence-facts';

// Where a segment's act happened: the places it names, less launch sites, datelines,
// descriptive asides, bearings, road ends and enclosing regions; then nearby names grouped
// into one place each.

const DIRECTIONS = /^و?(جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|جنوبها|شمالها|شرقها|غربها)$/;
const PLACE_NOUN = /^(مدينه|بلده|قريه|منطقه|ناحيه|قضاء|محافظه|العاصمه)$/;
export const DISTANCE_UNIT = /^(كلم|كم|كيلومتر|كيلومترا|كيلومترات|كيلو|ميل|ميلا|اميال|امتار|مترا|متر)$/;

// "أربيل (كوردستان 24)-", "دمشق – نورث برس": a place opening a sentence before an outlet
// or dash is where the story was filed, not where it happened.
// "بغداد، العراق (رويترز) -": a comma and a country may stand between the place and the outlet.
// "واشنطن/بغداد (رويترز) -": a dateline may join several cities with slashes; each is one.
// "بغداد | شيّع …": some outlets close the dateline with a bar.
const DATELINE_BEFORE = /^\s*(?:[^\s/()،,.:\-–—]+(?:\s+[^\s/()،,.:\-–—]+)?\s*\/\s*)+$/;
const DATELINE_AFTER = /^\s*(?:\/\s*[^\s/()،,.:\-–—]+(?:\s+[^\s/()،,.:\-–—]+)?\s*)*(?:[،,]\s*\S+(?:\s+\S+)?\s*)?[(\-–—:|]/;
function isDateline(s: SentenceFacts, p: PlaceMention): boolean {
  const before = s.span.text.slice(0, p.start - s.span.start);
  if (p.from !== s.from && !DATELINE_BEFORE.test(before)) return false;
  const after = s.span.text.slice(p.end - s.span.start, p.end - s.span.start + 60);
  // ("• عين الأسد (الأنبار): …": a place and its governorate in brackets label a bullet; no outlet filed it.)
  const bracketed = /^\s*\(/.exec(after);
  if (bracketed && s.places.some((q) => q.start === p.end + bracketed[0].length)) return false;
  return DATELINE_AFTER.test(after);
}

// Where the launch clause stops: the target ("باتجاه قاعدة …"), another act, or punctuation.
const TOWARDS = /^و?(باتجاه|اتجاه|نحو|تجاه|صوب|علي|ضد|لتستهدف|ليستهدف|مستهدفه|مستهدفا|استهدفت|استهدف|لتسقط|سقطت|داخل|قاعده|قاعدتي|القاعده|مطار|حقل|السفاره)$/;
const LAUNCH_CLAUSE_MAX_TOKENS = 8;
/** Punctuation between token k-1 and token k: a clause ends there. */
const breaksBefore = (s: SentenceFacts, tokens: KeyToken[], k: number) => /[،,.:;؛]/.test(s.span.text.slice(tokens[k - 1].end - s.span.start, tokens[k].start - s.span.start));
function launchClause(s: SentenceFacts, tokens: KeyToken[], all: PlaceMention[], from: number, to: number, reach = LAUNCH_CLAUSE_MAX_TOKENS): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = from; k < Math.min(to, from + reach); k++) {
    if (TOWARDS.test(tokens[k].norm) || (k > from && breaksBefore(s, tokens, k))) break;
    const p = all.find((q) => q.from === k);
    if (p?.place.us) break;
    if (p && p.place.kind !== 'country') out.push(p);
  }
  return out;
}

const ORIGIN = /^(قادمه|القادمه|قادمين|اتيه|الاتيه)$/;

/** A find ("عثرت القوات على منصة"، "العثور على عجلة"): where the launcher was found. */
export const tellsFind = (tokens: KeyToken[], c: { value: CueTag; from: number }) => c.value === 'launch' && /^(و?عثر|العثور)/.test(tokens[c.from].norm);
const NEAR_AFTER_ORIGIN = /^(قرب|بالقرب|عند|في|داخل|بمحيط|محيط)$/;

// How far after a cue the place it governs may stand: "أطلقت من [قرية] X", "الذي يضم X",
// and "عثرت القوات على منصة الإطلاق قرب X" (a whole clause, up to its comma).
const LAUNCH_SITE_GAP = 2;
const ASIDE_GAP = 1;
const FOUND_CLAUSE_MAX_TOKENS = 18;
const FOUND_OBJECT_REACH = 4;
// "جرف الصخر جنوب بغداد": the anchor named this close before the bearing.
const BEARING_ANCHOR_REACH = 3;

export interface SegmentPlaces {
  /** Places named in the segment that may be where it happened (countries included). */
  usable: PlaceMention[];
  /** Where the act may have happened: no country, bearing, locator, person's name or source. */
  named: PlaceMention[];
  /** The most specific of them, countries and enclosing regions left out. */
  specific: PlaceMention[];
}

// "بالقرب من مدينة كركوك"، "على مقربة من بلدة": "from <place>" after a word of nearness locates, it launches nothing.
const NEARNESS = /^(بالقرب|قرب|مقربه|قريبا|القريب|القريبه|بعيدا|بعيد|بعد|مسافه|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)$/;

// "فصائل مدعومة من إيران"، "بدعم من العراق": "from <place>" after a word of backing names who backs, it launches nothing.
const BACKING =
  /^(مدعوم|مدعومه|مدعومون|مدعومين|مدعومتين|المدعوم|المدعومه|المدعومون|المدعومين|مدرب|مدربه|مدربون|ممول|مموله|مموله|مسلح|مسلحه|بدعم|دعم|بتمويل|تمويل|بتوجيه|بتوجيهات|باوامر|بامر|بايعاز|مسنود|مسنوده)$/;
const governs = (tokens: KeyToken[], c: { from: number }, a: number, words: RegExp) => tokens[c.from].norm === 'من' && c.from > a && tokens[c.from - 1].keys.some((k) => words.test(k));

// "غارة على مقره في القائم": the headquarters hit, not "whose headquarters is in" (where a group is based).
const HQ = /^و?(مقره|مقرها|مقرهم)$/;
const HIT_BEFORE = /^(علي|استهدف|استهدفت|قصف|قصفت|ضرب|ضربت|طال|طالت|استهداف|ضد)$/;
const hitHeadquarters = (tokens: KeyToken[], c: { from: number }, a: number) => HQ.test(tokens[c.from].norm) && c.from > a && HIT_BEFORE.test(tokens[c.from - 1].norm);
// "استهدفت غارة ثانية منصة لإطلاق الصواريخ في محيط مدينة الميادين": a launcher struck stood where it was hit.
// ("أطلقت من منصة لإطلاق الصواريخ في …": one fired from is still the launch site.)
const LAUNCHER = /^(ال)?(منصه|منصات|منصتي|منصتين|راجمه|راجمات)$/;
// ("شاحنة مزودة بمنصة إطلاق": the launcher a vehicle hit carried, its clitic peeled.)
const isLauncher = (t: KeyToken) => t.keys.some((k) => LAUNCHER.test(k));
const launcherHit = (seg: Segment, c: { from: number }): boolean => {
  const { tokens, a } = seg;
  // (The cue may open with the launcher itself: "منصة لإطلاق".)
  const n = isLauncher(tokens[c.from]) ? c.from : c.from - 1;
  return n > a && isLauncher(tokens[n]) && tokens[n - 1].norm !== 'من' && seg.cues.some((q) => (q.value === 'trigger' || q.value === 'strike_agent' || q.value === 'air_agent') && q.from < n);
};

// "دوي انفجارات متتالية قادمة من جهة قاعدة التنف": blasts, smoke or fire heard or seen "from" a place came from
// what happened there; only what flies is launched from a place.
const SEEN_OR_HEARD = /^(انفجار|انفجارات|انفجارين|دوي|اصوات|صوت|اعمده|عمود|دخان|السنه|نيران|حريق|وميض)$/;
// (A time may stand between: "دوت انفجارات قوية فجر السبت من جهة مطار الضبعة".)
const SEEN_OR_HEARD_REACH = 5;
const heardFrom = (tokens: KeyToken[], c: { from: number }, a: number) => {
  for (let k = c.from - 1; k >= Math.max(a, c.from - SEEN_OR_HEARD_REACH); k--) if (tokens[k].keys.some((x) => SEEN_OR_HEARD.test(x))) return true;
  return false;
};

const NEAR_AFTER_BORDER = /^(قرب|بالقرب|محيط|بمحيط|عند)$/;
export function selectPlaces(seg: Segment, gaz: Gazetteer): SegmentPlaces {
  const { tokens, s, a } = seg;
  const cues = seg.cues.filter(
    (c) =>
      !(
        c.value === 'launch' &&
        (governs(tokens, c, a, NEARNESS) ||
          governs(tokens, c, a, BACKING) ||
          hitHeadquarters(tokens, c, a) ||
          launcherHit(seg, c) ||
          heardFrom(tokens, c, a) ||
          partOf(tokens, c.from, a) ||
          onTheOtherHand(tokens, c, seg.b))
      ),
  );
  const all = seg.places().filter((p) => !isDateline(s, p));
  // "من إيران"، "من العراق": a cue that ends with the place names the launch site itself; the next place is the target.
  const siteEnd = (c: { from: number; to: number }) => all.find((p) => p.from > c.from && p.to === c.to)?.from ?? c.to;
  const launchEnds = [...cues.filter((c) => c.value === 'launch').map(siteEnd), ...launchVerbFroms(seg), ...trailingFrom(seg, all), ...weaponFrom(seg, all)];
  // ("على نقطة حدودية قرب البوكمال": a border post near a town is located by it; the aside ends at "near".)
  const descEnds = cues.filter((c) => c.value === 'descriptive' && !(c.to < seg.b && NEAR_AFTER_BORDER.test(tokens[c.to].norm) && /حدودي/.test(tokens[c.to - 1].norm))).map((c) => c.to);
  // Only the first place after a launch / descriptive phrase is the launch site or the aside.
  const firstAfter = (e: number, gap: number) => all.find((p) => p.from >= e && p.from - e <= gap);
  // "عثرت … على الآلية" (where the launcher was found) rules out a whole clause.
  const foundEnds = cues.filter((c) => tellsFind(tokens, c)).map((c) => c.to);
  // An aside about a border ("قرب الحدود الأردنية") names a country that still tells where (Jordan → Tower 22).
  const firstPlaceAfter = (e: number, gap: number) => all.find((p) => p.from >= e && p.from - e <= gap && p.place.kind !== 'country');
  const excluded = new Set([...launchEnds.map((e) => firstAfter(e, LAUNCH_SITE_GAP)), ...descEnds.map((e) => firstPlaceAfter(e, ASIDE_GAP))]);
  // "أطلقت من البادية بين مدينتي الميادين والبوكمال": every place up to the target or the clause's end.
  // Not after a vehicle's origin told then a place near which it was ("شاحنات قادمة من العراق قرب مدينة
  // البوكمال"): that is where it was hit. Its route ("قادمة من الأراضي العراقية عبر معبر قرب القائم") is not.
  const nearAfterOrigin = (c: { from: number; to: number }) => {
    const o = all.find((p) => p.from >= siteEnd(c) && p.from - siteEnd(c) <= LAUNCH_SITE_GAP);
    return !!o && o.to < seg.b && NEAR_AFTER_ORIGIN.test(tokens[o.to].norm);
  };
  const launchClauseEnds = cues.filter((c) => c.value === 'launch' && !(ORIGIN.test(tokens[c.from].norm) && nearAfterOrigin(c))).map(siteEnd);
  for (const e of [...launchClauseEnds, ...launchVerbFroms(seg)]) for (const p of launchClause(s, tokens, all, e, seg.b)) excluded.add(p);
  // ("عثرت على عجلة نوع كيا محترقة بالكامل في منطقة زراعية قرب قرية المحلبية التابعة لناحية زمار": the clause of the find, to its end.)
  // Its "على" ("عثرت القوات الأمنية على منصة") opens what was found, not a target.
  const foundThing = (e: number) => {
    for (let k = e; k < Math.min(seg.b, e + FOUND_OBJECT_REACH); k++) if (tokens[k].norm === 'علي') return k + 1;
    return e;
  };
  for (const e of foundEnds) for (const p of launchClause(s, tokens, all, foundThing(e), seg.b, FOUND_CLAUSE_MAX_TOKENS)) excluded.add(p);
  // "شيّع الآلاف في بغداد وكربلاء جثامين الذين سقطوا في الغارات على القائم": where the mourners or
  // protesters gathered, up to the act, is not where the act happened.
  for (const p of gatheredAt(tokens, a, seg.b, seg.cues, all)) excluded.add(p);
  for (const p of destinations(seg, all)) excluded.add(p);
  for (const p of fellShort(seg, all)) excluded.add(p);
  for (const p of visitedAt(seg, all)) excluded.add(p);
  for (const p of facing(seg, all)) excluded.add(p);
  for (const p of all) if (governmentNamed(tokens, p, a)) excluded.add(p);
  for (const p of authoritiesIn(seg, all)) excluded.add(p);
  for (const p of speakersOffice(seg, all)) excluded.add(p);
  // ("على قاعدة بلد الجوية …، إلى الشمال من بغداد": a city told by the bearing of a site named beside it locates it.)
  for (const p of all) {
    const bearing = bearingOf(p, tokens);
    if (bearing && all.some((q) => q !== p && q.place.kind !== 'country' && liesToward(q.place, p.place, bearing))) excluded.add(p);
  }
  for (const p of all) if (atHospital(tokens, p, a)) excluded.add(p);
  // "بعد دخولها الأراضي السورية عبر معبر القائم، قرب مدينة البوكمال": the way it came is not where it was hit.
  for (const p of all) if (viaBefore(tokens, p, a) && all.some((q) => q !== p && q.place.kind !== 'country' && !excluded.has(q) && q.from > p.from)) excluded.add(p);
  for (const p of all) if (cameFrom(tokens, p, a)) excluded.add(p);
  const usable = all.filter((p) => !excluded.has(p));
  // "طريق البوكمال - الميادين": a road between two towns is one place, the first named.
  const roadEnd = usable.filter((p) => {
    const q = usable.find((o) => o.end < p.start && /^\s*[-–—]\s*$/.test(s.span.text.slice(o.end - s.span.start, p.start - s.span.start)));
    return !!q && [q.from - 1, q.from - 2].some((k) => k >= a && tokens[k].keys.includes('طريق'));
  });
  // "القاعدة الواقعة بين بلدتي رميلان والمالكية": one site between two towns, told by the first.
  // ("الطريق الواصل بين مدينة الميادين وبادية البوكمال": a place noun may open the second.)
  const joinedBefore = (o: PlaceMention, p: PlaceMention) =>
    (o.to === p.from && /^و/.test(tokens[p.from].norm)) || (o.to === p.from - 1 && /^و/.test(tokens[o.to].norm) && BETWEEN_NOUN.test(tokens[o.to].norm.slice(1)));
  const betweenEnd = usable.filter((p) => {
    const q = usable.find((o) => joinedBefore(o, p));
    if (!q) return false;
    const k = q.from - 1 >= a && (PAIR_NOUN.test(tokens[q.from - 1].norm) || BETWEEN_NOUN.test(tokens[q.from - 1].norm)) ? q.from - 2 : q.from - 1;
    return k >= a && tokens[k].norm === 'بين';
  });
  // "جرف الصخر جنوب بغداد": a place named after a direction from another is only a bearing.
  // "إلى الشمال من بغداد" is a bearing too.
  const bearing = usable.filter((p) => {
    const isDir = (k: number) => k >= a && tokens[k].keys.some((x) => DIRECTIONS.test(x));
    // "غرب مدينة هيت": a place noun may stand between the bearing and the name.
    const before = p.from - 1 >= a && PLACE_NOUN.test(tokens[p.from - 1].norm) ? p.from - 2 : p.from - 1;
    const dirAt = isDir(before) ? before : tokens[before]?.norm === 'من' && isDir(before - 1) ? before - 1 : -1;
    if (dirAt < 0) return false;
    // "على بعد 60 كلم جنوب بغداد": a distance and a bearing locate the place named before, however far back.
    if (dirAt - 1 >= a && DISTANCE_UNIT.test(tokens[dirAt - 1].norm)) return true;
    const at = isDir(dirAt - 1) ? dirAt - 1 : tokens[dirAt - 1]?.norm === 'الي' ? dirAt - 1 : dirAt;
    return usable.some((q) => q !== p && q.place.kind !== 'country' && q.to <= at && at - q.to <= BEARING_ANCHOR_REACH);
  });
  const locator = usable.filter((p) => locatesAnother(seg, p, usable));
  for (const p of siteLocators(seg, usable)) locator.push(p);
  const named = usable.filter(
    (p) =>
      p.place.kind !== 'country' &&
      !roadEnd.includes(p) &&
      !betweenEnd.includes(p) &&
      !bearing.includes(p) &&
      !locator.includes(p) &&
      !inPersonName(tokens, p, a) &&
      !whereSourceIs(tokens, p, a) &&
      !statementScene(tokens, p, a) &&
      !commandName(tokens, p, a),
  );
  // "على منطقتي دير الزور والبوكمال": a governorate listed beside a town of its own is its seat city.
  const listedWithTown = (p: PlaceMention) => named.some((q) => q !== p && q.place.kind !== 'governorate' && q.place.admin1 === p.place.admin1 && inList(s, p, q));
  const cities = new Set(named.filter((p) => p.place.kind === 'governorate' && ((p.from - 1 >= a && CITY_NOUN.test(tokens[p.from - 1].norm)) || listedWithTown(p))));
  return { usable, named, specific: mostSpecific(named, gaz, cities).map((p) => (cities.has(p) ? { ...p, asCity: true } : p)) };
}

const PAIR_NOUN = /^(بلدتي|مدينتي|قريتي|منطقتي|قضاءي|ناحيتي|محافظتي)$/;
const BETWEEN_NOUN = /^(مدينه|بلده|قريه|منطقه|ناحيه|قضاء|باديه|ريف)$/;

// "على مدينة دير الزور ومنطقة البوكمال": a governorate named as its seat city holds no other town.
const CITY_NOUN = /^و?(ب|ل|في)?(مدينه|مدينتي)$/;

/**
 * The places not enclosing another one named: a countryside quadrant beside a named town only
 * locates that town ("البوكمال بريف دير الزور الشرقي"). `cities`: governorates told as their seat
 * city ("مدينة دير الزور"), which are places of their own.
 */
export function mostSpecific(named: PlaceMention[], gaz: Gazetteer, cities: ReadonlySet<PlaceMention> = new Set()): PlaceMention[] {
  const towns = named.some((p) => p.place.kind !== 'region' && p.place.kind !== 'governorate');
  const encloses = (p: PlaceMention, q: PlaceMention) => gaz.within(q.place, p.place) || countrysideOf(p.place, q.place, gaz);
  return named.filter(
    (p) => cities.has(p) || (!(towns && p.place.kind === 'region' && named.some((q) => q !== p && encloses(p, q))) && !named.some((q) => q !== p && q.place.id !== p.place.id && encloses(p, q))),
  );
}

// Outlets split a governorate's countryside by their own compass: the Conoco field is "ريف دير الزور
// الشمالي" to one and "الشرقي" to the gazetteer. A quadrant named with a site of the same governorate
// near it only locates that site.
const COUNTRYSIDE = /^(ال)?ريف/;
const QUADRANT_REACH_KM = 60;
function countrysideOf(region: GazetteerPlace, site: GazetteerPlace, gaz: Gazetteer): boolean {
  if (region.kind !== 'region' || site.kind === 'region' || site.kind === 'governorate' || !region.parent) return false;
  if (!region.ar.some((n) => COUNTRYSIDE.test(n)) || !site.ancestors.includes(region.parent)) return false;
  return distanceKm(region, site) <= QUADRANT_REACH_KM && gaz.get(region.parent)?.kind === 'governorate';
}

// ("بعيد عبورها منفذ القائم الحدودي إلى الأراضي السورية قرب قرية الهري": the crossing just passed, its noun between.)
const VIA = /^(عبر|مرورا|عبورها|عبوره|عبورهم|عبورهما|اجتيازها|اجتيازه)$/;
const CROSSING_NOUN = /^(منفذ|معبر|المنفذ|المعبر|جسر)$/;
const viaBefore = (tokens: KeyToken[], p: PlaceMention, a: number) =>
  (p.from - 1 >= a && VIA.test(tokens[p.from - 1].norm)) || (p.from - 2 >= a && CROSSING_NOUN.test(tokens[p.from - 1].norm) && VIA.test(tokens[p.from - 2].norm));

// "أرتال تنقل معدات القوات الأمريكية من الكويت إلى القواعد في الأنبار وبغداد وأربيل": where a convoy carries
// its load to, up to the clause's end, is not where it was hit.
// ("نُقلوا إلى مستشفى الحلة"، "أُسعف الجرحى إلى بغداد": where the wounded were taken, likewise.)
// ("عشية زيارة الرئيس الإيراني إلى بغداد": where a visit went is no place of the act either.)
// ("وتحويل الرحلات إلى اللاذقية": where flights were turned to, likewise.)
const CARRIES =
  /^و?(تنقل|ينقل|تنقلان|ينقلان|لنقل|نقل|نقلوا|نقلت|نقلا|تحمل|يحمل|متجهه|المتجهه|متجها|متوجهه|المتوجهه|متوجها|اسعف|اسعفوا|اسعفت|زياره|بزياره|لزياره|زيارته|زيارتها|زار|زارت|يزور|تزور|تحويل)$/;
// ("لتتحول الرحلات نحو مطار اللاذقية": flights turned elsewhere; "تحوّل المعمل إلى قاعدة" is no diversion.)
const DIVERTED = /^(ل|و)?(تتحول|تحولت|حولت|تحول|يتحول)$/;
const FLIGHTS = /^(ال)?(رحلات|رحله|طايرات)$/;
const CARRY_TO_REACH = 8;
const DESTINATION_REACH = 12;
export function destinations(seg: Segment, all: PlaceMention[]): PlaceMention[] {
  const { tokens, s, a, b } = seg;
  for (let k = a; k < b; k++) {
    // (A drone "متجهة نحو القاعدة" attacked it: only flights are turned "نحو" a place.)
    const diverted = DIVERTED.test(tokens[k].norm) && FLIGHTS.test(tokens[k + 1]?.norm ?? '');
    if (!CARRIES.test(tokens[k].norm) && !diverted) continue;
    for (let j = k + 1; j < Math.min(b, k + 1 + CARRY_TO_REACH); j++) {
      if (tokens[j].norm !== 'الي' && !(diverted && tokens[j].norm === 'نحو')) continue;
      const out: PlaceMention[] = [];
      for (let m = j + 1; m < Math.min(b, j + 1 + DESTINATION_REACH); m++) {
        if (breaksBefore(s, tokens, m)) break;
        // ("إلى قاعدة عين الأسد قرب الديوانية": after the destination, nearness tells where it was hit.)
        if (out.length && tokens[m].keys.some((x) => NEAR_WORD.test(x))) break;
        const p = all.find((q) => q.from === m);
        if (p) out.push(p);
      }
      return out;
    }
  }
  return [];
}

/** The places found, when the segment tells another place than them (below a country); else none. */
const ifAnotherTold = (found: PlaceMention[], all: PlaceMention[]) => (all.some((p) => !found.includes(p) && p.place.kind !== 'country') ? found : []);

// "في اليوم نفسه الذي حطّ فيه وزير الخارجية أنتوني بلينكن في بغداد": where someone came, met or stayed, told to time
// the act, is not where it happened (when another place is told).
const VISIT = /^(حط|حطت|وصل|وصلت|يصل|تصل|زار|زارت|يزور|تزور|هبط|هبطت|التقي|التقت|اجتمع|اجتمعت|عقد|عقدت|حل|حلت)$/;
const VISIT_REACH = 7;
function visitedAt(seg: Segment, all: PlaceMention[]): PlaceMention[] {
  const { tokens, a, cues } = seg;
  const visited = all.filter((p) => {
    for (let k = p.from - 1; k >= Math.max(a, p.from - VISIT_REACH); k--) {
      if (cues.some((c) => c.from === k && c.value !== 'boundary')) return false;
      if (VISIT.test(tokens[k].norm)) return true;
    }
    return false;
  });
  return ifAnotherTold(visited, all);
}

// "خلايا مرتبطة بدمشق وطهران"، "فصائل موالية لبغداد": a capital after a word of allegiance is its government.
const ALLEGIANCE = /^(ال)?(مرتبط|مرتبطه|مرتبطين|مرتبطون|موال|موالي|مواليه|موالين|موالون|تابع|تابعه|تابعين|مدعوم|مدعومه|مدعومين|مقرب|مقربه|مقربين|محسوب|محسوبه|محسوبين)$/;
const CAPITALS = new Set(['Damascus', 'Baghdad', 'Beirut', 'Amman', 'Tehran']);
function governmentNamed(tokens: KeyToken[], p: PlaceMention, a: number): boolean {
  if (!CAPITALS.has(p.place.en)) return false;
  const k = p.from - 1 >= a && tokens[p.from - 1].norm === 'من' ? p.from - 2 : p.from - 1;
  return k >= a && ALLEGIANCE.test(tokens[k].norm);
}

// "وذكر نائب مدير مركز حميميم في بيان": a place that names a speaker's office (a centre, base or command headed by
// the one speaking) is not where the act was, when another place is told.
const OFFICE = /^(مركز|قاعده|قياده|مطار)$/;
const TITLE = /^(مدير|رييس|قايد|نايب|المتحدث|متحدث|باسم|ضابط)$/;
function speakersOffice(seg: Segment, all: PlaceMention[]): PlaceMention[] {
  const { tokens, a } = seg;
  const offices = all.filter((p) => p.from - 2 >= a && OFFICE.test(tokens[p.from - 1].norm) && TITLE.test(tokens[p.from - 2].norm));
  return ifAnotherTold(offices, all);
}

// "من دون أن تؤكد السلطات في بغداد أو أربيل وقوع الهجوم": where the authorities sit is not where the act was (when
// another place is told).
const AUTHORITY = /^(ال)?(سلطات|حكومه|مسوولون|مسوولين|مسوولي|جهات|اجهزه)$/;
const AUTHORITY_REACH = 3;
function authoritiesIn(seg: Segment, all: PlaceMention[]): PlaceMention[] {
  const { tokens, a } = seg;
  const seats = all.filter((p) => {
    let k = p.from - 1;
    // (Each place of a list: "في بغداد أو أربيل".)
    while (k > a && /^(او|و)$/.test(tokens[k].norm) && all.some((q) => q.to === k)) k = all.find((q) => q.to === k)!.from - 1;
    if (k < a || tokens[k].norm !== 'في') return false;
    return wordBefore(tokens, k, a, AUTHORITY_REACH - 1, AUTHORITY);
  });
  return ifAnotherTold(seats, all);
}

// "حي الحرابش في الجهة الشرقية من مدينة دير الزور": "من" after a part of a place is partitive, not where fire came from.
const PART = /^(في|ب)?(ال)?(جهه|جانب|طرف|اطراف|قسم|جزء|شطر|ناحيه|الاحياء|احياء)$/;
const SIDE = /^(ال)?(شرقيه|غربيه|شماليه|جنوبيه|شرقي|غربي|شمالي|جنوبي)$/;
function partOf(tokens: KeyToken[], at: number, a: number): boolean {
  let k = at - 1;
  if (k >= a && SIDE.test(tokens[k].norm)) k--;
  return k >= a && PART.test(tokens[k].norm);
}

// "من جهة أخرى، تعرضت القاعدة الأمريكية في منطقة التنف …": "on the other hand" opens a report; nothing is launched from it.
const OTHER_HAND = /^(اخري|ثانيه|ثانيا)$/;
const onTheOtherHand = (tokens: KeyToken[], c: { to: number }, b: number) => c.to < b && OTHER_HAND.test(tokens[c.to].norm);

// "قرب مدينة البوكمال، المقابلة لقضاء القائم": the town across from the place told locates it; it was not hit.
const FACING = /^(ال)?(مقابل|مقابله|قباله)$/;
const FACING_REACH = 2;
function facing(seg: Segment, all: PlaceMention[]): PlaceMention[] {
  const { tokens, a } = seg;
  return all.filter((p) => p.place.kind !== 'country' && wordBefore(tokens, p.from, a, FACING_REACH, FACING) && all.some((q) => q.to <= p.from && q.place.kind !== 'country'));
}

// "صاروخين من الصواريخ التي أُطلقت باتجاه عين الأسد لم ينفجرا، وسقطا في منطقة هيتان غرب قضاء هيت": where some of the
// weapons fired at a site of the US side fell is a detail of the attack on that site, not another place of it.
const AIMED_AT = /^(باتجاه|نحو|صوب|اتجاه)$/;
const FELL = /^(و|ف)?(سقط|سقطت|سقطا|سقطتا|وقع|وقعت|وقعا)$/;
const AIM_REACH = 2;
function fellShort(seg: Segment, all: PlaceMention[]): PlaceMention[] {
  const { tokens, a } = seg;
  const aimed = all.find((p) => p.place.us && wordBefore(tokens, p.from, a, AIM_REACH, AIMED_AT));
  if (!aimed) return [];
  // (Every place after the verb: "وسقطا في منطقة هيتان غرب قضاء هيت".)
  let fell = -1;
  for (let k = aimed.to; k < seg.b && fell < 0; k++) if (FELL.test(tokens[k].norm)) fell = k;
  return fell < 0 ? [] : all.filter((q) => q.from > fell && !q.place.us);
}

// "توفي متأثراً بجراحه في مستشفى الحلة"، "مستشفى مرجان التعليمي ومستشفى الحلة العام": the town a hospital is named
// by is where the wounded were treated, not where the act was.
export const HOSPITAL = /^(و|ف)?(ب|ل|في)?(ال)?(مستشفي|مستشفيات|مشفي|مشافي|مستوصف|المستشفي)$/;
const HOSPITAL_REACH = 3;
// ("قرب مستشفى في القائم": a hospital the act was near is a landmark of where it was.)
const LANDMARK_LEAD = /^(قرب|بقرب|بالقرب|من|محيط|بمحيط|مقابل|قباله|جوار|بجوار)$/;
const atHospital = (tokens: KeyToken[], p: PlaceMention, a: number) => {
  for (let k = p.from - 1; k >= Math.max(a, p.from - HOSPITAL_REACH); k--) if (HOSPITAL.test(tokens[k].norm)) return !(k > a && LANDMARK_LEAD.test(tokens[k - 1].norm));
  return false;
};

// "سليماني، القادم لتوّه من دمشق"، "القيادي العائد من بيروت": where someone came from, not where the act was.
const COMING = /^(ال)?(قادم|قادمه|قادمين|قادمان|قادما|عايد|عايده|عايدا|عايدين|اتي|اتيه)$/;
const JUST = /^(لتوه|لتوها|للتو|توا)$/;
// "قتيلان من أبناء الصنمين"، "عنصران ينحدران من مدينة الصنمين": where the dead came from.
const NATIVES = /^(و|ل)?(ال)?(ابناء|ابن|اهالي|اهل|ابنا)$/;
const HAILING = /^(ال)?(ينحدر|ينحدران|ينحدرون|تنحدر|منحدر|المنحدر|المنحدرين|منحدرين|المتحدر|متحدر|يتحدر|يتحدران)$/;
function cameFrom(tokens: KeyToken[], p: PlaceMention, a: number): boolean {
  let k = p.from - 1;
  // (The place noun may stand between: "من مدينة الصنمين".)
  if (k >= a && p.place.kind !== 'country' && /^(مدينه|بلده|قريه|ناحيه|قضاء|محافظه)$/.test(tokens[k].norm)) k--;
  if (k >= a && NATIVES.test(tokens[k].norm)) return true;
  if (k < a || !/^(من)$/.test(tokens[k].norm)) return false;
  k--;
  if (k >= a && (NATIVES.test(tokens[k].norm) || HAILING.test(tokens[k].norm))) return true;
  if (k >= a && JUST.test(tokens[k].norm)) k--;
  return k >= a && COMING.test(tokens[k].norm);
}

// A funeral, protest, gathering or commemoration opening the segment: its places stand before the first act word
// ("أحيت جماهير في بغداد ذكرى … الغارة التي استهدفت موكبهم"، "استذكرت الفصائل في البصرة ضحايا الغارة …").
const GATHERING =
  /^و?(شيع|شيعت|يشيع|تشيع|تشييع|شيعوا|تظاهر|تظاهرت|تظاهرات|مظاهرات|مظاهره|احتج|احتجاجات|تجمع|تجمعت|اعتصم|مسيره|مسيرات|جنازه|مراسم|وقفه|احيت|احيا|احيوا|يحيي|تحيي|يحيون|احتفي|احتفت|استذكر|استذكرت|يستذكر|تستذكر)$/;
const GATHERING_REACH = 4;
// "وجرت في النجف، صباح الاثنين، مراسم تشييع …"، "أقيمت في كربلاء جنازة …": a verb of holding opens the segment, and
// the gathering it held is named after its place and time.
const HELD = /^و?(جرت|اقيمت|اقيم|تقام|يقام|نظمت|نظم|شهدت|شهد)$/;
const HELD_REACH = 9;
/** The places of a funeral, protest or gathering opening tokens [a, b), up to the first act word. */
export function gatheredAt(tokens: KeyToken[], a: number, b: number, cues: Tagged<CueTag>[], all: PlaceMention[]): PlaceMention[] {
  let at = -1;
  const held = HELD.test(tokens[a]?.norm ?? '');
  for (let k = a; k < Math.min(b, a + (held ? HELD_REACH : GATHERING_REACH)); k++)
    if (GATHERING.test(tokens[k].norm) && !/^و?(مسيره|مسيرات)$/.test(tokens[k].norm)) {
      at = k;
      break;
    }
  if (at < 0) return [];
  const act = cues
    // ("جراء العدوان الجوي الأمريكي": an act told by its striker.)
    .filter((c) => (c.value === 'trigger' || c.value === 'weak_trigger' || c.value === 'strike_agent' || c.value === 'air_agent') && c.from > at)
    .map((c) => c.from)
    .sort((x, y) => x - y)[0];
  if (act === undefined) return [];
  return all.filter((p) => p.from > (held ? a : at) && p.to <= act);
}

// "وأطلقت الصواريخ من أطراف قرية …": a launch verb, its weapon, then "من": the launch clause starts after it.
const LAUNCH_VERB = /^و?(ا?طلق|انطلق|اطلاق)/;
const LAUNCH_FROM_REACH = 3;
function launchVerbFroms(seg: Segment): number[] {
  const out: number[] = [];
  for (let k = seg.a; k < seg.b; k++) {
    if (!LAUNCH_VERB.test(seg.tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(seg.b, k + 1 + LAUNCH_FROM_REACH); j++)
      if (seg.tokens[j].norm === 'من') {
        out.push(j + 1);
        break;
      }
  }
  return out;
}

// "العثور على عجلة أطلقت صواريخ باتجاه قاعدة أمريكية في سوريا.. من زمار": "من" and a place closing a
// segment with a launch verb, after its target, tell where it was fired from.
function trailingFrom(seg: Segment, all: PlaceMention[]): number[] {
  const { tokens, a, b } = seg;
  const last = all.find((p) => p.to === b && p.from - 1 > a && tokens[p.from - 1].norm === 'من');
  if (!last || !tokens.slice(a, last.from - 1).some((t) => LAUNCH_VERB.test(t.norm))) return [];
  return [last.from];
}

// "صواريخ من زمار على قاعدة أمريكية في سوريا": a weapon "from" a place, then "على" what it hit: where it came from.
const FIRED_FROM_AFAR_NOUN = /^(صواريخ|صاروخ|قذايف|قذيفه|مسيره|مسيرات|طايره|طايرات|مسيرتان|صاروخان)$/;
function weaponFrom(seg: Segment, all: PlaceMention[]): number[] {
  const { tokens, a, b } = seg;
  return all
    .filter((p) => {
      if (p.from - 2 < a || tokens[p.from - 1].norm !== 'من' || !FIRED_FROM_AFAR_NOUN.test(tokens[p.from - 2].norm)) return false;
      // ("صواريخ من زمار على …": the target follows "على" soon after.)
      return tokens.slice(p.to, Math.min(b, p.to + 3)).some((t) => t.norm === 'علي' || t.norm === 'باتجاه' || t.norm === 'نحو');
    })
    .map((p) => p.from);
}

// "قاعدة حرير، القريبة من مطار أربيل"، "غير البعيدة عن القامشلي": a place after a word of nearness,
// right after another place, only locates it.
const NEAR_WORD = /^(القريب|القريبه|قريب|قريبه|قرب|بالقرب|المجاور|المجاوره|مجاور|مجاوره|البعيد|البعيده|بعيد|بعيده|مقربه|بمحاذاه|محاذاه|المحاذي|المحاذيه)$/;
const NEAR_TO_PLACE = 3;
const PLACE_TO_NEAR = 3;
function locatesAnother(seg: Segment, p: PlaceMention, usable: PlaceMention[]): boolean {
  const { tokens, a } = seg;
  for (let w = p.from - 1; w >= Math.max(a, p.from - NEAR_TO_PLACE); w--) {
    if (!tokens[w].keys.some((k) => NEAR_WORD.test(k))) continue;
    // ("مستودعاً قرب البوكمال، ومقراً قرب الميادين": a second thing hit, joined by "و", has a place of its own.)
    return usable.some((q) => q !== p && q.place.kind !== 'country' && q.to <= w && w - q.to < PLACE_TO_NEAR && !tokens.slice(q.to, w).some((t) => /^و/.test(t.norm)));
  }
  return false;
}

// "قاعدة عين الأسد الجوية في قضاء هيت"، "الواقعة في ناحية البغدادي التابعة لقضاء هيت"، "حقل العمر بريف
// دير الزور": a town, district or governorate told right after a site (or after such a locator), joined
// by a locative word ("في"، "ب…"، "الواقعة"، "التابعة") and place nouns only, says where the site is.
const SITE_KINDS = new Set<GazetteerPlace['kind']>(['base', 'oilfield', 'airport', 'facility', 'crossing', 'camp', 'dam', 'neighbourhood', 'village']);
const AREA_KINDS = new Set<GazetteerPlace['kind']>(['city', 'town', 'district', 'governorate', 'region']);
const LOCATIVE = /^(في|ب|ضمن|الواقع|الواقعه|يقع|تقع|التابع|التابعه|ب(مدينه|بلده|قضاء|ناحيه|محافظه|منطقه|ريف|قريه)|ل(مدينه|بلده|قضاء|ناحيه|محافظه))$/;
const LOCATOR_NOUN = /^(مدينه|بلده|قضاء|ناحيه|محافظه|منطقه|ريف|قريه|الي|ل)$/;
const LOCATOR_REACH = 4;
function siteLocators(seg: Segment, usable: PlaceMention[]): PlaceMention[] {
  const { tokens } = seg;
  const ordered = [...usable].sort((x, y) => x.from - y.from);
  const anchors: PlaceMention[] = [];
  const out: PlaceMention[] = [];
  for (const p of ordered) {
    const q = anchors.find((o) => o.to <= p.from && p.from - o.to <= LOCATOR_REACH && anchors.every((r) => r.to <= o.to || r.to > p.from));
    if (q && AREA_KINDS.has(p.place.kind) && joinsAsLocator(tokens, q.to, p.from)) {
      out.push(p);
      anchors.push(p);
    } else if (SITE_KINDS.has(p.place.kind)) anchors.push(p);
  }
  return out;
}
function joinsAsLocator(tokens: KeyToken[], from: number, to: number): boolean {
  // No words between: the name itself carries "ب" ("بدير الزور"، "بالميادين").
  if (from === to) return /^ب/.test(tokens[to].norm) && !/^و/.test(tokens[to].norm);
  if (!LOCATIVE.test(tokens[from].norm)) return false;
  for (let k = from + 1; k < to; k++) if (!LOCATIVE.test(tokens[k].norm) && !LOCATOR_NOUN.test(tokens[k].norm)) return false;
  return true;
}

// "أبو باقر ديالى"، "أبو علي البصري": a place after a kunya and a first name is part of a person's name.
const KUNYA = /^(ابو|ابي|ابا|ام|بابي|لابي)$/;
const inPersonName = (tokens: KeyToken[], p: PlaceMention, a: number) => p.from - 2 >= a && KUNYA.test(tokens[p.from - 2].norm);

// "مسؤول أمني في بغداد"، "مراسلنا في دير الزور": where the one who tells is, not where it happened.
const SOURCE_NOUN = /^(مسوول|مسوولا|مسوولون|مسوولين|مصدر|مصادر|مراسل|مراسلنا|مراسله|ناشطون|ناشطين|متحدث|محافظ|قايممقام|مدير|مسوولو)$/;
const SOURCE_REACH = 3;
// What may follow the one who tells: "في"، or an adjective ("مصدر أمني"، "مصادر محلية") — not a noun ("مصادر إطلاق الصواريخ").
const SOURCE_NEXT = /^(في|ب|امني|امنيه|محلي|محليه|عسكري|عسكريه|مطلع|مطلعه|خاص|خاصه|رسمي|رسميه|عراقي|عراقيه|سوري|سوريه|كردي|كرديه|ميداني|ميدانيه|طبي|طبيه|حكومي|حكوميه|مسوول|مسووله)$/;
// "وفي بغداد، قال المتحدث باسم الحكومة إن …"، "وفي دمشق، دانت الخارجية …": a place opening the segment
// before a verb of saying is where the statement was made, the report's scene, not the act's.
const SAYING = /^(قال|قالت|اعلن|اعلنت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|صرح|صرحت|نفي|نفت|دان|دانت|ادان|ادانت|اعتبر|اعتبرت|وصف|وصفت|حذر|حذرت|طالب|طالبت|اعرب|اعربت|ندد|نددت|استنكر|استنكرت|علق|علقت|رد|ردت)$/;
function statementScene(tokens: KeyToken[], p: PlaceMention, a: number): boolean {
  return p.from - 1 === a && /^و?في$/.test(tokens[a].norm) && p.to < tokens.length && SAYING.test(tokens[p.to].norm);
}

// "قيادة عمليات نينوى"، "عمليات الأنبار": an operations command named for its area announces; its area is no scene.
const OPERATIONS = /^(ل|ب)?(ال)?عمليات$/;
const COMMAND = /^(و|ل|ب)?(ال)?(قياده|قيادات)$/;
function commandName(tokens: KeyToken[], p: PlaceMention, a: number): boolean {
  if (p.from - 1 < a || !OPERATIONS.test(tokens[p.from - 1].norm)) return false;
  // ("في قاطع عمليات الأنبار": the sector is a place.)
  const before = p.from - 2 >= a ? tokens[p.from - 2].norm : '';
  return COMMAND.test(before) || SAYING.test(before.replace(/^و/, ''));
}

function whereSourceIs(tokens: KeyToken[], p: PlaceMention, a: number): boolean {
  if (p.from - 1 < a || (!/^(في|ب)$/.test(tokens[p.from - 1].norm) && !tokens[p.from].norm.startsWith('ب'))) return false;
  for (let k = p.from - 1; k >= Math.max(a, p.from - 1 - SOURCE_REACH); k--) {
    if (tokens[k].keys.some((x) => SOURCE_NOUN.test(x)) && (k + 1 >= p.from || SOURCE_NEXT.test(tokens[k + 1].norm))) return true;
  }
  return false;
}

// Names this close are one place told twice ("قاعدة حرير … مطار أربيل" is not; "الشدادي، جنوب الحسكة" is).
export const SAME_PLACE_KM = 30;

/**
 * Two names for one place: the same place, or within SAME_PLACE_KM on one side of a border.
 * Towns facing each other across a border (القائم and البوكمال, 12 km) are struck and told as
 * two places; a US site by the border (التنف, البرج 22) is still the place a nearby town locates.
 */
export function nearby(a: GazetteerPlace, b: GazetteerPlace): boolean {
  if (a.id === b.id) return true;
  if (distanceKm(a, b) > SAME_PLACE_KM) return false;
  return a.country === b.country || !!a.us || !!b.us;
}

// "قاعدة تضم أمريكيين شمال بغداد": a site told only by its bearing from a city lies up to this far away.
export const BEARING_REACH_KM = 150;
const BEARING_SIGN: Record<string, [lat: number, lon: number]> = { شمال: [1, 0], جنوب: [-1, 0], شرق: [0, 1], غرب: [0, -1] };

/**
 * The bearing a place was told by ("شمال بغداد"، "جنوبي مدينة أربيل"、"إلى الشمال من كركوك") as signs
 * of latitude and longitude from it, or null when it was named as where.
 */
export function bearingOf(p: PlaceMention, tokens: KeyToken[]): [number, number] | null {
  let k = p.from - 1;
  if (k >= 0 && PLACE_NOUN.test(tokens[k].norm)) k--;
  if (k >= 0 && tokens[k].norm === 'من') k--;
  const word = k >= 0 ? tokens[k].keys.find((x) => DIRECTIONS.test(x)) : undefined;
  return word ? (BEARING_SIGN[word.replace(/^و/, '').replace(/(ي|ها)$/, '')] ?? null) : null;
}

// Within this much of the bearing, either side: "شمال" stands for north-east too ("شمال شرق" reads its first word).
const BEARING_SPREAD_TAN = Math.tan((60 * Math.PI) / 180);

/** `site` lies in the direction `bearing` (as bearingOf gives it) from `from`, within BEARING_REACH_KM. */
export function liesToward(site: GazetteerPlace, from: GazetteerPlace, bearing: [number, number]): boolean {
  if (distanceKm(site, from) > BEARING_REACH_KM) return false;
  const north = site.lat - from.lat;
  const east = (site.lon - from.lon) * Math.cos((from.lat * Math.PI) / 180);
  const along = north * bearing[0] + east * bearing[1];
  const across = Math.abs(north * bearing[1] + east * bearing[0]);
  return along > 0 && across <= along * BEARING_SPREAD_TAN;
}

/**
 * Nearby places (≤ SAME_PLACE_KM) are one incident told with several names; places listed one
 * after the other ("في جرف الصخر، المسيب، النجف والإسكندرية"، "حقل العمر وحقل التنك") are each struck.
 */
export function groupPlaces(specific: PlaceMention[], s?: SentenceFacts): PlaceMention[][] {
  const groups: PlaceMention[][] = [];
  // Each run of places joined by commas or "و" is one list.
  const listOf = new Map<PlaceMention, number>();
  const ordered = [...specific].sort((x, y) => x.from - y.from);
  ordered.forEach((p, i) => listOf.set(p, i > 0 && s && inList(s, ordered[i - 1], p) ? listOf.get(ordered[i - 1])! : i));
  // ("قصفت المدفعية قرى خشام والجفرة والحويجة": a list headed by a plural or dual place noun names the area one act
  // hit; its nearby places are one place, as unlisted ones are.)
  const oneArea = new Set([...listOf.values()].filter((i) => s && ordered[i].from > 0 && AREA_NOUN.test(s.tokens[ordered[i].from - 1].norm)));
  const listed = (p: PlaceMention, q: PlaceMention) => p.place.id !== q.place.id && listOf.get(p) === listOf.get(q) && !oneArea.has(listOf.get(p)!);
  for (const p of specific) {
    const g = groups.find((grp) => grp.some((q) => q.place.id === p.place.id || (nearby(q.place, p.place) && !listed(p, q))));
    if (g) g.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** An attack told only by country ("في الأردن") has that country's default US site, if any (Jordan → Tower 22). */
export function countryDefault(usable: PlaceMention[], gaz: Gazetteer): PlaceMention | null {
  const country = usable.find((p) => p.place.kind === 'country' && p.place.usDefault);
  const def = country?.place.usDefault ? gaz.get(country.place.usDefault) : undefined;
  return country && def ? { ...country, place: def } : null;
}

/** Most specific name of a group (deepest in the hierarchy), the US site for an attack on US forces, then the first named. */
export function bestOfGroup(g: PlaceMention[], category: IncidentCategory): PlaceMention {
  const usFirst = (x: PlaceMention) => (category === 'attack_on_us_forces' && x.place.us ? 0 : 1);
  return [...g].sort((x, y) => usFirst(x) - usFirst(y) || y.place.depth - x.place.depth || x.from - y.from)[0];
}

const AREA_NOUN = /^(و|ب|في)?(ال)?(قري|قريتي|احياء|حيي)$/;

// Two places one right after the other, joined by a comma or "و", are a list.
// "في منطقة جرف الصخر وفي قضاء المسيب": "and in" and a place noun may join the next item of a list.
const AND_IN = /^و(في|ب)$/;
const LIST_PLACE_NOUN = /^(و)?(منطقه|قضاء|ناحيه|مدينه|بلده|قريه|محافظه)$/;
function inList(s: SentenceFacts, first: PlaceMention, second: PlaceMention): boolean {
  const [x, y] = first.from < second.from ? [first, second] : [second, first];
  const gap = s.tokens.slice(x.to, y.from);
  if (gap.length > 0 && gap.length <= 2 && AND_IN.test(gap[0].norm) && gap.slice(1).every((t) => LIST_PLACE_NOUN.test(t.norm))) return true;
  if (y.from !== x.to) return false;
  const between = s.span.text.slice(x.end - s.span.start, y.start - s.span.start);
  return /^\s*[،,]\s*$/.test(between) || /^و/.test(s.tokens[y.from].norm);
}

// "المنطقة الحدودية مع العراق في أقصى ريف دير الزور الشرقي"، "على الحدود العراقية السورية … في قاطع الأنبار":
// a strike told only by a border governorate (or its countryside) and the border, in any of the sentences
// given, was at its border town (Albukamal, al-Qaim). "مدينة دير الزور" is the city: not that.
const BORDER_WORD = /^(و|ب|ل|لل|في)?(ال)?(حدود|حدوديه|حدودي)$/;
export function atBorderTown(p: PlaceMention, sentences: SentenceFacts[], gaz: Gazetteer): PlaceMention {
  if (!p.place.borderDefault || p.asCity) return p;
  if (!sentences.some((s) => s.tokens.slice(s.from, s.to).some((t) => BORDER_WORD.test(t.norm)))) return p;
  const town = gaz.get(p.place.borderDefault);
  return town ? { ...p, place: town } : p;
}
