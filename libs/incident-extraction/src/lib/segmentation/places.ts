import type { IncidentCategory } from '@raseed/contracts';
import { Gazetteer, PlaceMention, distanceKm } from '../gazetteer/gazetteer';
import { KeyToken } from '../text/tokens';
import { Segment } from './segment';
import { SentenceFacts } from './sentence-facts';

// Where a segment's act happened: the places it names, less launch sites, datelines,
// descriptive asides, bearings, road ends and enclosing regions; then nearby names grouped
// into one place each.

const DIRECTIONS = /^و?(جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|جنوبها|شمالها|شرقها|غربها)$/;

// "أربيل (كوردستان 24)-", "دمشق – نورث برس": a place opening a sentence before an outlet
// or dash is where the story was filed, not where it happened.
function isDateline(s: SentenceFacts, p: PlaceMention): boolean {
  if (p.from !== s.from) return false;
  return /^\s*[(\-–—:]/.test(s.span.text.slice(p.end - s.span.start, p.end - s.span.start + 3));
}

// Where the launch clause stops: the target ("باتجاه قاعدة …"), another act, or punctuation.
const TOWARDS = /^و?(باتجاه|اتجاه|نحو|تجاه|صوب|علي|ضد|لتستهدف|ليستهدف|مستهدفه|مستهدفا|استهدفت|استهدف|لتسقط|سقطت|داخل|قاعده|قاعدتي|القاعده|مطار|حقل|السفاره)$/;
const LAUNCH_CLAUSE_MAX_TOKENS = 8;
function launchClause(s: SentenceFacts, tokens: KeyToken[], all: PlaceMention[], from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = from; k < Math.min(to, from + LAUNCH_CLAUSE_MAX_TOKENS); k++) {
    if (TOWARDS.test(tokens[k].norm) || (k > from && /[،,.:;؛]/.test(s.span.text.slice(tokens[k - 1].end - s.span.start, tokens[k].start - s.span.start)))) break;
    const p = all.find((q) => q.from === k);
    if (p?.place.us) break;
    if (p && p.place.kind !== 'country') out.push(p);
  }
  return out;
}

// How far after a cue the place it governs may stand: "أطلقت من [قرية] X", "الذي يضم X",
// and "عثرت القوات على منصة الإطلاق قرب X" (a whole clause).
const LAUNCH_SITE_GAP = 2;
const ASIDE_GAP = 1;
const FOUND_AT_GAP = 8;
// "جرف الصخر جنوب بغداد": the anchor named this close before the bearing.
const BEARING_ANCHOR_REACH = 3;

export interface SegmentPlaces {
  /** Places named in the segment that may be where it happened (countries included). */
  usable: PlaceMention[];
  /** The most specific of them, countries and enclosing regions left out. */
  specific: PlaceMention[];
}

export function selectPlaces(seg: Segment, gaz: Gazetteer): SegmentPlaces {
  const { tokens, s, cues, a } = seg;
  const launchEnds = cues.filter((c) => c.value === 'launch').map((c) => c.to);
  const descEnds = cues.filter((c) => c.value === 'descriptive').map((c) => c.to);
  const all = seg.places().filter((p) => !isDateline(s, p));
  // Only the first place after a launch / descriptive phrase is the launch site or the aside.
  const firstAfter = (e: number, gap: number) => all.find((p) => p.from >= e && p.from - e <= gap);
  // "عثرت … على الآلية" (where the launcher was found) rules out a whole clause.
  const foundEnds = cues.filter((c) => c.value === 'launch' && /^(و?عثر|العثور)/.test(tokens[c.from].norm)).map((c) => c.to);
  const excluded = new Set([...launchEnds.map((e) => firstAfter(e, LAUNCH_SITE_GAP)), ...descEnds.map((e) => firstAfter(e, ASIDE_GAP)), ...foundEnds.map((e) => firstAfter(e, FOUND_AT_GAP))]);
  // "أطلقت من البادية بين مدينتي الميادين والبوكمال": every place up to the target or the clause's end.
  for (const e of launchEnds) for (const p of launchClause(s, tokens, all, e, seg.b)) excluded.add(p);
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
    return usable.some((q) => q !== p && q.place.kind !== 'country' && q.to <= at && at - q.to <= BEARING_ANCHOR_REACH);
  });
  const named = usable.filter((p) => p.place.kind !== 'country' && !roadEnd.includes(p) && !bearing.includes(p));
  // A countryside quadrant beside a named town only locates that town ("البوكمال بريف دير الزور الشرقي").
  const towns = named.some((p) => p.place.kind !== 'region' && p.place.kind !== 'governorate');
  const specific = named.filter((p) => !(towns && p.place.kind === 'region') && !named.some((q) => q !== p && q.place.id !== p.place.id && gaz.within(q.place, p.place)));
  return { usable, specific };
}

// Names this close are one place told twice ("قاعدة حرير … مطار أربيل" is not; "الشدادي، جنوب الحسكة" is).
export const SAME_PLACE_KM = 30;

/** Nearby places (≤ SAME_PLACE_KM) are one incident told with several names. */
export function groupPlaces(specific: PlaceMention[]): PlaceMention[][] {
  const groups: PlaceMention[][] = [];
  for (const p of specific) {
    const g = groups.find((grp) => grp.some((q) => q.place.id === p.place.id || distanceKm(q.place, p.place) <= SAME_PLACE_KM));
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
