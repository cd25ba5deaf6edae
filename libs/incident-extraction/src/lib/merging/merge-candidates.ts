import type { IncidentCategory } from '@raseed/contracts';
import { DATE_STRENGTH, daysBetween, pinsDay } from '../dates/dates';
import { SPAN_WORD } from '../dates/date-words';
import { TimelineSite } from './timeline-site';
import type { Candidate } from '../segmentation/candidate';
import { recalledBefore, toldAs } from '../resolution/told-earlier';
import type { ActorTag } from '../lexicons/actors';
import { Gazetteer, PlaceMention } from '../gazetteer/gazetteer';
import { atBorderTown, bearingOf, liesToward, nearby } from '../segmentation/places';
import { KeyToken } from '../text/tokens';

// Candidates → incidents ("drafts"): reports of the same category at the same place
// (within 30 km, or a governorate and a place in it) on compatible days are one incident;
// unplaced reports join the nearest incident of their kind; follow-ups join the one
// before them; recollections stay apart from the news of the day.

// A month-dated report this long before publication is a memory, not the news of the day.
const MEMORY_AGE_DAYS = 7;
// An unplaced incident stands alone only with this much substance (a day of its own and a
// count, a named striker or a target): otherwise it is background the reader cannot place.
const UNPLACED_MIN_DETAIL = 2;
// Follow-ups look back this many sentences; farther on, "the attack" may be any attack.
const FOLLOW_UP_REACH_SENTENCES = 4;
// A claim in the headline refers to the act told in the next sentence.
const HEADLINE_CLAIM_REACH_SENTENCES = 1;
// Coreference looks back: an incident told after an unplaced report costs this much more per segment.
const FORWARD_REFERENCE_COST = 1.5;

export interface Draft {
  category: IncidentCategory;
  place: PlaceMention | null;
  cands: Candidate[];
}

export const dayOf = (c: Candidate) => (c.date && c.date.precision === 'day' ? c.date.value : null);
export const monthOf = (c: Candidate) => (c.date ? c.date.value.slice(0, 7) : null);

/**
 * Dated only by a report made on the day of publication ("وثّق المرصد في وقت سابق من اليوم مقتل 17"):
 * no day of the act's own. (A report dated another day, "أفاد مصدر، يوم الأربعاء، باستهداف …",
 * tells the day of its act as often as not; a claim's day bounds its act.)
 */
const reportedOnly = (c: Candidate, pub: string | null) =>
  !!pub && !!c.date && c.date.precision === 'day' && c.date.strength === DATE_STRENGTH.reportedRelative && !c.date.claimed && c.date.value === pub;

/** Both pin the same day. */
const sameDay = (x: Candidate, y: Candidate) => pinsDay(x.date) && pinsDay(y.date) && dayOf(x) === dayOf(y);

/**
 * A recollection ("وكانت القاعدة قد تعرضت …") and the news of the day, or an act told as another
 * ("هجوم مماثل"), are two incidents, unless both pin the same day.
 */
interface MergeContext {
  gaz: Gazetteer;
  lead: Set<number>;
  pub: string | null;
}

function sameStory(d: Draft, c: Candidate, ctx: MergeContext): boolean {
  const { lead } = ctx;
  const own = d.cands.filter((o) => !o.continuation);
  if (c.another && !own.some((o) => sameDay(o, c))) return false;
  // What coincided with an act already told is another act: it starts an incident of its own.
  if (c.concurrent && own.length) return false;
  // The news of the day: a report with a day of its own, or the article's lead.
  // (An act told as the cause of another, "عقب هجوم صاروخي استهدف …", is no news of the day either: it came before.)
  const news = (o: Candidate) => toldAs(o) === null && (pinsDay(o.date) || lead.has(o.sentence.index));
  const fresh = own.filter(news);
  // (A recollection whose report is dated the day of the news, "وكانت الوزارة قد أعلنت الأربعاء الماضي", tells that news;
  // so does one a day or two before news dated only by its report: "أعلن الحشد اليوم ارتفاع حصيلة العدوان … /
  // وكانت طائرات قد شنت مساء أمس غارات على المقرات" tells when that act came.)
  const reportedNews = fresh.every((o) => !o.date || reportedOnly(o, ctx.pub));
  // (Nor one with no time of its own and the same means, "وكانت ستة صواريخ قد أطلقت باتجاه المطار" after news told
  // by its reactions: how the act went, told in the pluperfect.)
  // ("وسبق أن"، "وفي وقت سابق" say it came earlier.)
  const howItWent =
    plainPluperfect(c) && fresh.every((o) => sameMeans(o, c)) && ((!c.timeAnchor && !c.date) || (!c.another && fresh.every((o) => !pinsDay(o.date)) && fresh.some((o) => objectToldBack(o, c))));
  // (Nor, told after news of a toll that rose since, the act that toll is of: "أعلنت الهيئة، يوم الأحد، وفاة أحد
  // مقاتليها متأثراً بجروح أصيب بها جراء الضربة … / وكانت الطائرات قد قصفت فجر الأربعاء الماضي مواقع في المنطقة".)
  // The recollection names the same striker: an act by strikers left unnamed may be any other.
  const tollRose = reportedNews && fresh.some((o) => tellsTollRise(o) && !!strikerOf(c) && strikerOf(o) === strikerOf(c)) && justBefore(c, ctx.pub, TOLL_RISE_LAG_DAYS);
  if (c.recall && fresh.length && !howItWent && !fresh.some((o) => pinsDay(o.date) && !!dayOf(c) && dayOf(o) === dayOf(c)) && !(reportedNews && justBefore(c, ctx.pub)) && !tollRose) return false;
  if (news(c) && own.length && own.every((o) => o.recall) && !own.some((o) => sameDay(o, c))) return false;
  // Places a sentence tells apart (listed one by one "في جرف الصخر، المسيب …", or in clauses of
  // their own) were each struck, unless one is the other's vaguer name.
  return !own.some((o) => o.sentence === c.sentence && o.place && c.place && o.place.place.id !== c.place.place.id && !nested(ctx.gaz, o.place, c.place));
}

// "قضوا بسقوط صاروخ على منزلهم … / وكان صاروخ قد سقط مساء الإثنين على المنزل": the recollection's
// object, made definite, is the one the news told (when the news pins no day to tell them apart).
const OBJECT_STEM = /^(منزل|بيت|دار|سياره|عجله|موكب|شاحنه|مقر|مبني|مستودع|مخزن|رتل)$/;
const PRONOUN_END = /(ه|ها|هم|هما|هن)$/;
function objectToldBack(news: Candidate, c: Candidate): boolean {
  const stems = new Set(
    news.sentence.tokens
      .slice(news.from, news.to)
      .flatMap((t) => [t.norm, t.norm.replace(PRONOUN_END, '')].flatMap((w) => [w, w.replace(/^(و|ف)?(ب|ل)?(ال)?/, '')]))
      .filter((w) => OBJECT_STEM.test(w)),
  );
  if (!stems.size) return false;
  return c.sentence.tokens.slice(c.from, c.to).some((t) => {
    const m = /^(و|ف)?(ب|ل)?ال(.+)$/.exec(t.norm);
    return !!m && stems.has(m[3]);
  });
}

const WAS = /^و?(كان|كانت|كانوا)$/;
const plainPluperfect = (c: Candidate) => {
  const t = c.sentence.tokens;
  return WAS.test(t[c.from].norm) || (/^(اذ|حيث)$/.test(t[c.from].norm) && c.from + 1 < c.to && WAS.test(t[c.from + 1].norm));
};

// A day of its own up to this many days before publication: the act a report of the day is about.
const REPORTED_ACT_LAG_DAYS = 2;
function justBefore(c: Candidate, pub: string | null, days = REPORTED_ACT_LAG_DAYS): boolean {
  if (!pub || !pinsDay(c.date) || c.date!.precision !== 'day') return false;
  const lag = daysBetween(c.date!.value, pub);
  return lag >= 0 && lag <= days;
}

// A toll that rose (a death of wounds, "ارتفاع الحصيلة") is of an act up to this many days before.
const TOLL_RISE_LAG_DAYS = 30;
const SUCCUMBED = /^(متاثرا|متاثره|متاثرين|متاثرون|متاثر)$/;
const ROSE = /^(و|ل|ف)?(ارتفاع|ارتفعت|ترتفع|لترتفع|يرتفع|ليرتفع)$/;
const tellsTollRise = (c: Candidate) =>
  c.sentence.tokens.slice(c.from, c.to).some((t, i, all) => SUCCUMBED.test(t.norm) || (ROSE.test(t.norm) && /^(حصيله|الحصيله|عدد)$/.test(all[i + 1]?.norm ?? '')));

const ALSO = /^و?(كما|ايضا|كذلك)$/;
const ALSO_REACH = 3;
// "من جهة أخرى"، "في سياق متصل": a new item of the news opens.
const ANOTHER_ITEM = /^و?(من جهه اخري|في سياق متصل|في سياق منفصل|في تطور اخر|في حادث اخر)/;
/** "كما …"، "وطالت … أيضاً"، "من جهة أخرى، تعرضت …": the report opens by telling what came besides. */
const toldAlso = (c: Candidate, tokens: KeyToken[]) => {
  const opening = tokens.slice(c.from, Math.min(c.to, c.from + ALSO_REACH));
  return opening.some((t) => ALSO.test(t.norm)) || ANOTHER_ITEM.test(opening.map((t) => t.norm).join(' '));
};
// "وبحسب شهود، فإن القصف استهدف أيضاً مقراً في الحيدرية": a place told after "also" in its own report was struck besides.
const ALSO_AFTER_VERB = /^و?(ايضا|كذلك)$/;
const struckAlso = (c: Candidate, tokens: KeyToken[]) =>
  toldAlso(c, tokens) || (!!c.place && c.place.from > c.from && tokens.slice(c.from, Math.min(c.to, c.place.from)).some((t) => ALSO_AFTER_VERB.test(t.norm)));

// "قرب المطار ذاته"، "في محيط القاعدة نفسها": the act was near the place pointed back to.
const NEAR_BEFORE = /^(قرب|بقرب|بالقرب|محيط|بمحيط|مقربه|بمقربه)$/;
function pointsNear(c: Candidate, tokens: KeyToken[]): boolean {
  const cue = c.sentence.cues.find((q) => q.value === 'same_place' && q.from >= c.from && q.from < c.to);
  if (!cue) return false;
  for (let k = cue.from - 1; k >= Math.max(c.from, cue.from - 2); k--)
    if (NEAR_BEFORE.test(tokens[k].norm) || tokens[k].norm === 'من') return NEAR_BEFORE.test(tokens[k].norm) || (k > c.from && NEAR_BEFORE.test(tokens[k - 1].norm));
  return false;
}

// "سقط صاروخان فجر الثلاثاء داخل القاعدة الملاصقة للمطار": weapons that fell on a day of their own at a US site
// told by its kind, with no incident before them, are an attack there.
const firesAtUsSiteTold = (c: Candidate) => !!c.atSiteTold && !!c.siteTold?.place.us && pinsDay(c.date) && c.sentence.weapons.some((w) => w.from >= c.from && w.from < c.to);
const attackAtSiteTold = (c: Candidate): Draft => ({
  category: 'attack_on_us_forces',
  place: c.siteTold!,
  cands: [{ ...c, category: 'attack_on_us_forces', place: c.siteTold!, continuation: false }],
});

/**
 * "تشرين الأول 2022: طائرة مسيّرة تُلقي مقذوفات على القاعدة": a month of its own, at a site whose incidents told
 * so far are all of other months, is another incident there.
 */
const ownMonthApart = (c: Candidate, drafts: Draft[]) =>
  c.date?.precision === 'month' && drafts.every((d) => d.place?.place.id !== c.siteTold?.place.id || d.cands.every((o) => !o.date || o.date.value.slice(0, 7) !== c.date!.value));

/** The US, the coalition or Israel named in the report: a strike of theirs hits no US site. */
const namesStriker = (c: Candidate) => c.sentence.actors.some((x) => x.from >= c.from && x.from < c.to && (x.value === 'us' || x.value === 'coalition' || x.value === 'israel'));

/** A day told in full by the segment itself, not a weekday or a report's day. */
const ownDay = (c: Candidate) => !!c.date && c.date.precision === 'day' && c.date.strength >= DATE_STRENGTH.explicit;

/** The place of the last incident told before a report (its most recently told candidate). */
function lastPlacedBefore(drafts: Draft[], c: Candidate): PlaceMention | null {
  let best: PlaceMention | null = null;
  let order = -1;
  for (const d of drafts) for (const o of d.cands) if (o.place && o.order < c.order && o.order > order && o.category === c.category) [best, order] = [o.place, o.order];
  return best;
}

const nested = (gaz: Gazetteer, x: PlaceMention, y: PlaceMention) => (gaz.within(x.place, y.place) && !y.asCity) || (gaz.within(y.place, x.place) && !x.asCity);

function datesCompatible(d: Draft, c: Candidate, ctx: MergeContext): boolean {
  if (!sameStory(d, c, ctx)) return false;
  const { pub } = ctx;
  if (!c.date || reportedOnly(c, pub)) return true;
  // A report dated to a month well before publication ("في شباط الماضي") does not join an undated
  // story told before it: that story is the news of the day, the report a memory.
  if (pub && c.date.precision === 'month' && d.cands.every((o) => !o.date) && isOld(c.date.value, pub)) return false;
  // Likewise a dated recollection ("وكانت القاعدة قد تعرضت السبت"، "وقبل أسبوع، في 3 أيلول استهدفت
  // …"، "بعد أيام من هجوم مماثل") and an undated story of the day.
  // ("بعد غارات على البوكمال" in a headline is no story of the day: a cause told came before too.)
  // (Not one dated the day of publication, "وكانت طائرة مسيّرة قد استهدفت، ظهر اليوم، مقر …": that is the story of the day.)
  if (recalledBefore(c) && d.cands.every((o) => !o.date && toldAs(o) === null) && !(pub && dayOf(c) === pub)) return false;
  for (const o of d.cands) {
    if (!o.date || reportedOnly(o, pub)) continue;
    const x = dayOf(o);
    const y = dayOf(c);
    if (x && y && x !== y && !toldAfter(o, c) && !toldAfter(c, o)) return false;
    if (x && y) continue;
    if (monthOf(o) !== monthOf(c)) return false;
    // An incident told to the day and one told only by its month ("مطلع الشهر") are two.
    if (!!x !== !!y) return false;
  }
  return true;
}

/**
 * The day a claim was made ("تبنت الفصائل، يوم الاثنين، الهجوم") and a firmer day of the act up to
 * this long before it: one act, claimed after it happened. (Not any report's day: a security source
 * "يوم أمس الخميس" tells the day of the act as often as not.)
 */
const CLAIM_LAG_DAYS = 2;
export const toldAfter = (claim: Candidate, act: Candidate) => !!claim.date?.claimed && statedAfter(claim, act, CLAIM_LAG_DAYS);

/** A firmer day of the act up to `lagDays` before the day of what was said about it (a claim, a report). */
export function statedAfter(statement: Candidate, act: Candidate, lagDays: number): boolean {
  if (!statement.date || !act.date || act.date.strength <= statement.date.strength) return false;
  return withinDaysBefore(act.date.value, statement.date.value, lagDays);
}
/** `earlier` is 1 to `days` days before `later`. */
const withinDaysBefore = (earlier: string, later: string, days: number) => {
  const lag = daysBetween(earlier, later);
  return lag > 0 && lag <= days;
};

/**
 * A report's day ("أفادت القيادة، يوم الأحد، بإصابة طفل") and a day of the act up to this many days before it, told
 * in a follow-up ("إن الصاروخ انطلق ليلة أمس السبت"): one act, reported after.
 */
export const REPORT_LAG_DAYS = 1;

function isOld(value: string, pub: string): boolean {
  const day = value.length === 7 ? `${value}-28` : value;
  return daysBetween(day, pub) > MEMORY_AGE_DAYS;
}

function samePlace(d: Draft, c: Candidate, gaz: Gazetteer, tokens: KeyToken[]): boolean {
  const a = d.place!;
  const b = c.place!;
  if (a.place.id === b.place.id) return true;
  // "كما طالت الضربات مواقع في بادية البوكمال": strikes that also fell elsewhere, however near, are another site of the
  // wave (unless one place lies in the other: "الحيدرية ببادية الميادين" … "كما استهدفت الغارات ريف الميادين").
  if (c.category === 'strike_on_militias' && struckAlso(c, tokens)) return nearby(a.place, b.place) && nested(gaz, a, b);
  if (nearby(a.place, b.place)) return true;
  // "قاعدة … شمال بغداد" and "قاعدة بلد": the city only gave the bearing of the site the other names.
  const bearingA = bearingOf(a, tokens);
  const bearingB = bearingOf(b, tokens);
  if (!!bearingA !== !!bearingB) return bearingA ? liesToward(b.place, a.place, bearingA) : liesToward(a.place, b.place, bearingB!);
  // "محافظة الحسكة" then "قاعدة الشدادي": the governorate is the vaguer name of the same
  // place, when the text says "governorate" or the vaguer mention has no date of its own.
  let vaguer = gaz.within(a.place, b.place) ? b : gaz.within(b.place, a.place) ? a : null;
  // A countryside quadrant is the vaguer name of any place in its governorate.
  if (!vaguer && a.place.admin1 && a.place.admin1 === b.place.admin1) vaguer = a.place.kind === 'region' ? a : b.place.kind === 'region' ? b : null;
  if (!vaguer || (vaguer.place.kind !== 'governorate' && vaguer.place.kind !== 'region')) return false;
  // … unless the text tells the city ("مدينة دير الزور"، "دير الزور والبوكمال").
  const prev = tokens[vaguer.from - 1];
  return !vaguer.asCity && !(prev && prev.keys.includes('مدينه'));
}

/** The site told by its kind alone names another kind of place than the one it would point back to ("على القاعدة" after a town). */
const toldOfOtherKind = (c: Candidate, at: PlaceMention | null) => !!c.siteTold && (!at || at.place.kind !== c.siteTold.place.kind);
/** An act at a site hosting US forces is an attack on them; elsewhere it keeps the category it had. */
const categoryAt = (place: PlaceMention, otherwise: IncidentCategory): IncidentCategory => (place.place.us ? 'attack_on_us_forces' : otherwise);

// "قرب المطار ذاته": the very place just told, whatever its kind.
const SAME_WORD = /^(ذاته|ذاتها|نفسه|نفسها)$/;
const saysSame = (c: Candidate) => c.sentence.tokens.slice(c.from, c.to).some((t) => SAME_WORD.test(t.norm));

export function merge(cands: Candidate[], gaz: Gazetteer, tokens: KeyToken[], pub: string | null, timeline: TimelineSite | null = null): Draft[] {
  const drafts: Draft[] = [];
  // A timeline's bullet that tells an act on its day, with no place of its own, happened at the timeline's site.
  const inTimeline = (c: Candidate) =>
    !!timeline &&
    !c.place &&
    !c.placeOnly &&
    timeline.bullets.has(c.sentence.index) &&
    // (A bullet that names its place, or the site by its kind, is placed as any sentence is.)
    !cands.some((o) => o.sentence === c.sentence && (o.place || o.atSiteTold)) &&
    pinsDay(c.date) &&
    toldWithin(c, c.date!) &&
    (c.weapons.length > 0 || c.sentence.cues.some((q) => (q.value === 'trigger' || q.value === 'weak_trigger') && q.from >= c.from && q.from < c.to)) &&
    // (A town's timeline is of the strikes there.)
    (timeline.site.place.us || c.category === 'strike_on_militias');
  const atTimelineSite = (c: Candidate) => {
    const site = timeline!.site;
    const category = categoryAt(site, c.category);
    const there = drafts.find((d) => d.place?.place.id === site.place.id && d.category === category && d.cands.some((o) => dayOf(o) === dayOf(c)));
    if (there) there.cands.push({ ...c, category, continuation: false });
    else drafts.push({ category, place: site, cands: [{ ...c, category, place: site, continuation: false }] });
  };
  // "استهداف القاعدة ذاتها" takes the place (and category) of the last report that named its place.
  const pointedBack = new Set<Candidate>();
  for (const c of cands) {
    if (!c.samePlace || c.place) continue;
    const prev = cands.filter((o) => o.place && !o.continuation && !pointedBack.has(o) && o.order < c.order).sort((x, y) => y.order - x.order)[0];
    // A strike with its own striker does not hit a US site: "القاعدة ذاتها" there points to where another act of the
    // segment happened ("بعد أيام من هجوم على القاعدة ذاتها … وهو ما ردت عليه الولايات المتحدة بضربات"), unless near it.
    if (prev && !c.borrowsCategory && c.category === 'strike_on_militias' && prev.place!.place.us && !pointsNear(c, tokens)) continue;
    // "وفي 8 كانون الثاني 2020 أطلق الحرس الثوري صواريخ على القاعدة" after strikes told at a town: a site told by
    // its kind points back to the last place of that kind named ("قاعدة عين الأسد"), not to another kind of place.
    if (!saysSame(c) && toldOfOtherKind(c, prev?.place ?? null)) {
      c.place = c.siteTold!;
      if (c.borrowsCategory) c.category = categoryAt(c.place, c.category);
      continue;
    }
    if (prev) {
      c.place = prev.place;
      pointedBack.add(c);
      // "بغارة أمريكية قرب المطار ذاته": a strike near the airport an attack was told at stays a strike.
      if (c.borrowsCategory) c.category = prev.category;
    }
  }
  const ctx: MergeContext = { gaz, lead: leadSentences(cands), pub };
  const lead = ctx.lead;
  for (const c of cands) {
    if (!c.place || c.continuation) continue;
    const d = drafts.find((x) => x.category === c.category && x.place && samePlace(x, c, gaz, tokens) && datesCompatible(x, c, ctx));
    if (d) {
      d.cands.push(c);
      if ((moreSpecific(c.place, d.place!) || (bearingOf(d.place!, tokens) && !bearingOf(c.place, tokens))) && !c.placeIsDefault) d.place = c.place;
      else if (d.cands.every((o) => o === c || o.placeIsDefault) && !c.placeIsDefault) d.place = c.place;
    } else drafts.push({ category: c.category, place: c.place, cands: [c] });
  }
  // Unplaced candidates ("the attack killed three") join the nearest incident of their
  // category; an article with none gets one unplaced incident per category.
  // (A US site's timeline takes its bullets' follow-ups and attacks; a town's, its strikes.)
  const onTimeline = new Set(cands.filter((c) => (c.continuation || c.category === (timeline?.site.place.us ? 'attack_on_us_forces' : 'strike_on_militias')) && inTimeline(c)));
  for (const c of onTimeline) atTimelineSite(c);
  for (const c of cands) {
    if (c.place || c.continuation || onTimeline.has(c)) continue;
    // ("• 7 نوفمبر 2023: هجومان بثلاث مسيّرات … وأطلقت القنصلية الأمريكية صافرات الإنذار": the bullet goes on.)
    const head = timeline?.headOf.get(c.sentence.index);
    const bullet = head === undefined || pinsDay(c.date) ? undefined : drafts.find((d) => d.place?.place.id === timeline!.site.place.id && d.cands.some((o) => o.sentence.index === head));
    if (bullet) {
      bullet.cands.push({ ...c, category: bullet.category, place: bullet.place });
      continue;
    }
    // "وأضاف أن طائرة للتحالف ضربت المنصة": a strike on the launcher is where the attack was launched from, whatever
    // other strikes the article tells.
    if (c.launchSite) {
      const site = c.launchSite;
      const there = drafts.find((x) => x.category === c.category && x.place?.place.id === site.place.id);
      if (there) there.cands.push(c);
      else drafts.push({ category: c.category, place: site, cands: [{ ...c, place: site }] });
      continue;
    }
    // (Not an act the news is measured from: "سقطت على المعسكر …، في أعنف ضربة منذ الصواريخ الإيرانية على عين الأسد".)
    const same = drafts.filter((x) => x.category === c.category && x.place && actorsAgree(x, c) && !x.cands.every((o) => o.measure));
    const near = same.filter((x) => datesCompatible(x, c, { ...ctx, pub: null })).sort((x, y) => distance(x, c) - distance(y, c))[0];
    if (near) {
      near.cands.push(c);
      continue;
    }
    // "ففي الثامن من يناير 2020 أطلق الحرس الثوري صواريخ على القاعدة": an act on a day of its own at
    // the site already told is another incident there.
    // (Else the last place of that kind the article named: "بضربة أميركية قرب المطار" after "مطار بغداد".)
    // (An act without a day of its own on a site told by its kind, "المقر تعرض لضربة جوية", when no incident
    // of its category is placed: the last place of that kind named before it, if it is a site of the side hit.)
    const sideHit = (p: PlaceMention) => !!p.place.us === (c.category === 'attack_on_us_forces');
    const site = c.atSiteTold && ownDay(c) ? (lastPlacedBefore(drafts, c) ?? c.siteTold ?? null) : c.atSiteTold && !same.length && c.siteTold && sideHit(c.siteTold) ? c.siteTold : null;
    if (site) drafts.push({ category: c.category, place: site, cands: [{ ...c, place: site }] });
    // (A month of its own at the site of that kind told, whose incidents so far are of other months: that site's, by its side.)
    else if (c.atSiteTold && c.siteTold && ownMonthApart(c, drafts) && (sideHit(c.siteTold) || !namesStriker(c))) {
      const category = categoryAt(c.siteTold, c.category);
      drafts.push({ category, place: c.siteTold, cands: [{ ...c, category, place: c.siteTold }] });
      continue;
    }
    if (site || same.length) continue;
    // One unplaced incident per category: without a place, reports cannot be told apart.
    const open = drafts.find((x) => x.category === c.category && !x.place);
    if (open) open.cands.push(c);
    else drafts.push({ category: c.category, place: null, cands: [c] });
  }
  lendPlaces(cands, drafts, gaz, tokens);
  // "هزت انفجارات معسكر الصقر مساء أمس الاثنين … المخزن تعرض لضربة جوية": an incident placed only at a site told
  // by its kind, with no day of its own, happened on the day the sentence naming that site pins.
  for (const d of drafts) {
    // (An earlier act recalled there, "وفي وقت سابق، سقط صاروخ داخل مجمع السفارة", is not of that day.)
    if (!d.place || d.cands.some((c) => c.date || c.recall || c.another || c.samePlace)) continue;
    const teller = d.cands.find((c) => c.siteToldDay && c.siteTold?.place.id === d.place!.place.id);
    if (teller) teller.date = teller.siteToldDay!;
  }
  // "… في قاطع عمليات الأنبار. / … مواقعهم على الحدود العراقية السورية": the border told in another sentence of
  // the strike, when the article names no other place in that governorate.
  for (const d of drafts)
    if (d.category === 'strike_on_militias' && d.place && !drafts.some((o) => o !== d && o.place && o.place.place.admin1 === d.place?.place.admin1))
      d.place = atBorderTown(
        d.place,
        d.cands.map((c) => c.sentence),
        gaz,
      );
  // An unplaced incident needs substance to stand alone: a day or night of its own and more, or
  // both sides named in the article's lead ("شنت القوات الأمريكية ضربات على أهداف مرتبطة بإيران في سوريا").
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.place) continue;
    const ownDay = d.cands.some((c) => pinsDay(c.date));
    const told = ownDay && Math.max(...d.cands.map((c) => c.detail)) >= UNPLACED_MIN_DETAIL;
    const headline = d.cands.some((c) => c.explicit && !c.continuation && !c.recall && !c.cause && lead.has(c.sentence.index));
    if (!told && !headline) drafts.splice(i, 1);
  }
  // Follow-ups join the incident told last before them, within two segments' reach.
  for (const c of cands) {
    // "وفي 29 أيلول الماضي، …": a follow-up with a calendar date of its own starts another story.
    if (!c.continuation || c.placeOnly || onTimeline.has(c)) continue;
    const ownStory = !!c.date && (c.date.strength >= DATE_STRENGTH.explicit || c.date.precision === 'month');
    let best: Draft | null = null;
    let bestOrder = -1;
    let bestSentence = -1;
    // A claim joins an incident of its claimant's kind (a militia claims attacks, CENTCOM strikes).
    // A follow-up pointing back at strikes joins the strikes told before it, when there are.
    const ofKind = c.actOf && drafts.some((d) => d.category === c.actOf && d.cands.some((o) => !o.continuation && o.order < c.order)) ? c.actOf : null;
    const fits = (d: Draft) => (!c.claimFor || c.claimFor === 'any' || d.category === c.claimFor) && (!ofKind || d.category === ofKind);
    for (const d of drafts)
      if (fits(d))
        for (const o of d.cands)
          if (o.order < c.order && o.order > bestOrder && !o.continuation && !o.measure) {
            best = d;
            bestOrder = o.order;
            bestSentence = o.sentence.index;
          }
    // An incident told in the same sentence comes first ("10 عناصر قتلوا فيما … جراء عدوان أميركي").
    const sameSentence = drafts.find((d) => fits(d) && d.cands.some((o) => !o.continuation && !o.measure && o.sentence === c.sentence));
    if (sameSentence) {
      best = sameSentence;
      bestSentence = c.sentence.index;
    }
    // … unless it dates the act a claim just told was made after ("تبنت الفصائل اليوم الاثنين استهداف
    // القاعدة. وأوضح البيان أن الهجوم نفذ مساء السبت"): the claim's day only bounded it.
    if (ownStory) {
      const claimed = best?.cands.some((o) => toldAfter(o, c)) && best.cands.every((o) => !o.date || o.date.claimed);
      const within = !!best && c.sentence.index - bestSentence <= FOLLOW_UP_REACH_SENTENCES;
      if (!best && firesAtUsSiteTold(c)) drafts.push(attackAtSiteTold(c));
      else if (within && claimed) best!.cands.push({ ...c, category: best!.category });
      // "… على القاعدة" with a day of its own: another act at the site just told.
      else if (within && best!.place && c.atSiteTold && ((ownDay(c) && !best!.cands.some((o) => dayOf(o) === dayOf(c))) || ownMonthApart(c, drafts))) {
        // (The last place of the kind told, when the incident before is at another kind of place: "على القاعدة" after a town.)
        const other = toldOfOtherKind(c, best!.place);
        const place = other ? c.siteTold! : best!.place;
        const category = other ? categoryAt(place, best!.category) : best!.category;
        drafts.push({ category, place, cands: [{ ...c, category, place, continuation: false }] });
      }
      continue;
    }
    // A claim in the headline ("المقاومة الإسلامية تتبنى الهجوم") comes before the act it claims.
    if (!best && c.claimFor) {
      const next = drafts
        .filter((d) => fits(d) && d.cands.some((o) => !o.continuation && o.sentence.index > c.sentence.index && o.sentence.index - c.sentence.index <= HEADLINE_CLAIM_REACH_SENTENCES))
        .sort((x, y) => firstOrder(x) - firstOrder(y))[0];
      if (next) next.cands.push({ ...c, category: next.category });
      continue;
    }
    // "أعلنت قسد مقتل ستة من مقاتليها خلال هجوم بطائرة مسيرة. / الهجوم استهدف … في حقل العمر": an act
    // told first without its place or sides, placed by the next sentence, is that incident.
    if (!best && !c.claimFor) {
      const placing = (o: Candidate) => !o.continuation && o.sentence.index === c.sentence.index + 1 && pointsBack(tokens, o) && sameMeans(o, c);
      const next = drafts.filter((d) => d.place && d.cands.some(placing)).sort((x, y) => firstOrder(x) - firstOrder(y))[0];
      if (next && !drafts.some((d) => d.cands.some((o) => !o.continuation && o.sentence.index === c.sentence.index))) next.cands.push({ ...c, category: next.category });
      // "سقط صاروخان فجر الثلاثاء داخل القاعدة الملاصقة للمطار": weapons that fell on a day of their own at a US site
      // told by its kind, with no incident before them, are an attack there.
      else if (!next && firesAtUsSiteTold(c)) drafts.push(attackAtSiteTold(c));
      continue;
    }
    // Within the next few sentences only: farther on, "the attack" may be any attack.
    if (!best || c.sentence.index - bestSentence > FOLLOW_UP_REACH_SENTENCES) continue;
    // "وتبنت المقاومة الهجمات": every incident of that kind told in the sentences just before.
    if (c.claimAll) {
      for (const d of drafts) {
        if (d === best || !fits(d) || d.category !== best.category) continue;
        if (d.cands.some((o) => !o.continuation && o.order < c.order && c.sentence.index - o.sentence.index <= FOLLOW_UP_REACH_SENTENCES && !o.recall)) d.cands.push({ ...c, category: d.category });
      }
    }
    // "… بعد ضربة نفذت ليل الخميس": a follow-up with another day is another incident at that place.
    const day = reportedOnly(c, pub) ? null : dayOf(c);
    const theirs = best.cands.map(dayOf).find((x) => x);
    // (Not the day before a day the incident has only from its report: "أفادت القيادة، يوم الأحد، بإصابة طفل … / إن
    // الصاروخ انطلق ليلة أمس السبت" tells when that act came.)
    const reportDayOnly = best.cands.every((o) => !dayOf(o) || reportedOnly(o, pub));
    if (day && theirs && day !== theirs && best.place && !(reportDayOnly && withinDaysBefore(day, theirs, REPORT_LAG_DAYS))) {
      drafts.push({ category: best.category, place: best.place, cands: [{ ...c, category: best.category, place: best.place, continuation: false }] });
      continue;
    }
    best.cands.push({ ...c, category: best.category });
  }
  for (const d of drafts) d.cands.sort((x, y) => (x.place ? 0 : 1) - (y.place ? 0 : 1) || x.order - y.order);
  return drafts.filter(toldWithSubstance).sort((x, y) => Math.min(...x.cands.map((c) => c.order)) - Math.min(...y.cands.map((c) => c.order)));
}

// "الهجوم استهدف …"، "استهدفت المسيرة …": a definite act or means points back to the act just told.
const DEFINITE_ACT = /^(و|ف)?(ب|ل)?(ال|لل)(هجوم|هجمات|ضربه|ضربات|غاره|غارات|قصف|استهداف|عمليه|اعتداء|مسيره|مسيرات|طايره|طايرات|صواريخ|صاروخ|قذايف)$/;
const pointsBack = (tokens: KeyToken[], o: Candidate) => tokens.slice(o.from, o.to).some((t) => DEFINITE_ACT.test(t.norm));
/** No two different weapons named. */
const sameMeans = (x: Candidate, y: Candidate) => !x.weapons.length || !y.weapons.length || x.weapons.some((a) => y.weapons.some((b) => a.value === b.value));

/** The expression lies in the candidate's own segment (not elsewhere in its sentence). */
const toldWithin = (c: Candidate, x: { start: number }) => x.start >= c.sentence.tokens[c.from].start && x.start < c.sentence.tokens[c.to - 1].end;

// "في أعقاب"، "بعد"، "جراء"، "ردا على": what follows came before the news (not "وردت … بضربات", the response itself).
const AFTER_LEAD = /^و?(اعقاب|عقب|بعد|اثر|جراء|بسبب|خلفيه|انتقاما|ثارا|غداه|ردا)$/;
const AFTER_LEAD_REACH = 3;
// (With no weapon and no span of its own: "بعد أقل من أسبوع على الضربة …" is timed. Beside the act that answered it,
// "بعد هجوم على قاعدة عين الأسد.. غارات أمريكية", it is still told in passing: the GUIDE annotates such a mention
// only with a time, and the blind sets dev7, dev17, dev20 and dev35 do not annotate it.)
const toldAsWhatCameBefore = (c: Candidate) =>
  !!c.cause &&
  !c.weapons.length &&
  c.sentence.tokens.slice(c.from, Math.min(c.to, c.from + AFTER_LEAD_REACH)).some((t) => t.keys.some((k) => AFTER_LEAD.test(k))) &&
  !c.sentence.tokens.slice(c.from, c.to).some((t) => SPAN_WORD.test(t.norm));

/**
 * An earlier or another act told with no time and no toll ("وكانت القاعدة قد تعرضت لقصف صاروخي")
 * is background: it is no incident of its own, and not part of the news either.
 */
function toldWithSubstance(d: Draft): boolean {
  const own = d.cands.filter((c) => !c.continuation);
  // ("أعنف هجوم منذ الصواريخ الإيرانية على عين الأسد": an act the news is measured from, and nothing else, is no report.)
  // (Unless it pins a day of its own: "منذ الضربات التي استهدفت منشأتين قرب البوكمال في 27 تشرين الأول".)
  // (Told as before the news, "منذ …": "بعد عام على هجوم مماثل" dates the other act by the span.)
  if (own.length && own.every((c) => c.measure && c.recall && !(pinsDay(c.date) && toldWithin(c, c.date!)))) return false;
  // ("كما دوّت انفجارات قرب البوكمال جراء استهداف جوي مماثل": a similar act told «also», beside the news, is news.)
  // ("ويأتي هذا التطور في أعقاب الجريمة الأمريكية التي استهدفت قادة النصر قرب مطار بغداد": an act told only as the
  // cause of the news, with no weapon, time or toll of its own, is background too.)
  if (!own.length || !own.every((c) => c.recall || toldAsWhatCameBefore(c) || (c.another && !toldAlso(c, c.sentence.tokens)))) return true;
  return own.some((c) => c.timeAnchor || c.date || c.casualties.length > 0);
}

/** A town or a base over a countryside region or a governorate; deeper in the hierarchy over shallower. */
function moreSpecific(a: PlaceMention, b: PlaceMention): boolean {
  if (a.place.depth !== b.place.depth) return a.place.depth > b.place.depth;
  const vague = (p: PlaceMention) => p.place.kind === 'region' || p.place.kind === 'governorate';
  return vague(b) && !vague(a);
}

// The lead: the first sentence that tells any incident (often the headline) and the one after it.
const LEAD_SENTENCES = 2;
function leadSentences(cands: Candidate[]): Set<number> {
  const first = Math.min(...cands.filter((c) => !c.continuation).map((c) => c.sentence.index));
  return new Set(Array.from({ length: LEAD_SENTENCES }, (_, k) => first + k));
}

/**
 * "طائرة مسيّرة استهدفت مقراً أمنياً في بغداد. وحمّلت القيادة التحالف مسؤولية هذا الاعتداء": a place told with no
 * side (an act naming none, or where a place-only follow-up has no act before it), then the act pointed back to with
 * its side and no place, in that sentence or the next: one incident, at that place. (A US site only for an attack.)
 */
function lendForward(c: Candidate, drafts: Draft[], tokens: KeyToken[]): void {
  const place = c.place!;
  const pointing = (o: Candidate) => !o.continuation && o.order > c.order && o.sentence.index - c.sentence.index <= 1 && pointsBack(tokens, o);
  const next = drafts.filter((d) => !d.place && d.cands.some(pointing) && (!place.place.us || d.category === 'attack_on_us_forces')).sort((x, y) => firstOrder(x) - firstOrder(y))[0];
  if (!next) return;
  next.place = place;
  next.cands.push({ ...c, category: next.category });
}

/**
 * "ووقعت الغارات في محيط البوكمال": a follow-up that only tells where gives its place to the
 * incident just told, when that incident has none or only a vaguer one.
 */
function lendPlaces(cands: Candidate[], drafts: Draft[], gaz: Gazetteer, tokens: KeyToken[]): void {
  // The follow-up that lent each incident its place: a second site of the same follow-up is another site of the wave.
  const lentBy = new Map<Draft, Candidate>();
  for (const c of cands) {
    if (!c.placeOnly || !c.place) continue;
    // (One place of its segment: a list of places with no act before them is a round-up.)
    const alone = !cands.some((o) => o !== c && o.placeOnly && o.sentence === c.sentence && o.from === c.from);
    let best: Draft | null = null;
    let bestOrder = -1;
    // "وقال مصدر إن الضربات أصابت مواقع في القائم": strikes tell where the strikes fell, not where the
    // attack they answered did; an act told only as the cause of another is not the one followed up.
    const strikes = !!c.tollSites || !!c.sitesHit || tokens.slice(c.from, c.to).some((t) => STRIKE_WORD.test(t.norm));
    for (const d of drafts)
      if ((!strikes || d.category === 'strike_on_militias') && !d.cands.every((o) => o.continuation || o.cause))
        for (const o of d.cands)
          if (!o.continuation && o.order < c.order && o.order > bestOrder) {
            best = d;
            bestOrder = o.order;
          }
    const told = best?.cands.find((o) => o.order === bestOrder);
    // An act with no side places only an unplaced act told just before it in its sentence ("مقتل سائق عجلة …، إثر
    // انفجار عبوة ناسفة استهدفتها في منطقة عويريج جنوبي بغداد"), or the act pointed back to after it.
    // (Not an act by other means: "ضربات جوية …، بعد ساعات من هجوم بطائرة مسيرة على قاعدة في أربيل" tells two.)
    if (c.unsided && !(best && !best.place && told?.sentence === c.sentence && sameMeans(told, c))) {
      if (alone) lendForward(c, drafts, tokens);
      continue;
    }
    if (!best && alone) lendForward(c, drafts, tokens);
    if (!best || !told || c.sentence.index - told.sentence.index > FOLLOW_UP_REACH_SENTENCES) continue;
    // A site in or around a place of the wave already told ("مستودعات عياش غرب المدينة") is that incident.
    const home = strikes && drafts.find((d) => d !== best && d.category === 'strike_on_militias' && d.place && (nearby(d.place.place, c.place!.place) || nested(gaz, d.place, c.place!)));
    if (home && !(best.place && (nearby(best.place.place, c.place.place) || nested(gaz, best.place, c.place)))) {
      home.cands.push({ ...c, category: home.category });
      continue;
    }
    // "كما طالت الضربات مواقع في بادية البوكمال": strikes that also fell elsewhere tell another site, not where the first fell.
    // So does each place of a toll told place by place.
    const besides = strikes && struckAlso(c, tokens);
    const also = !!c.tollSites || besides;
    const vaguer =
      !best.place || best.place.place.kind === 'country' || (!also && gaz.within(c.place.place, best.place.place)) || (moreSpecific(c.place, best.place) && nearby(c.place.place, best.place.place));
    // "… الضربات أصابت مواقع في منطقة القائم": strikes of the wave just told fell at another site of
    // their own (not in or around the one told): that site is an incident of the wave.
    // So is a second site of the follow-up that lent the incident its place.
    const sibling = lentBy.get(best);
    const waveSite = strikes && best.category === 'strike_on_militias';
    // (Told «also», a site near the first but not in it is another: "كما استهدفت الضربات مستودعاً في بلدة محكان" after الميادين.)
    const near = !!best.place && nearby(c.place.place, best.place.place);
    const inside = !!best.place && nested(gaz, c.place, best.place);
    const otherSite = !vaguer && isSite(c.place) && (near ? besides && !inside : also || !inside);
    if (waveSite && (otherSite || (sibling && sibling.sentence === c.sentence && sibling.from === c.from))) {
      // (The act told comes along as a follow-up: it names the wave's striker, which a bare list of sites does not.)
      drafts.push({
        category: best.category,
        place: c.place,
        cands: [
          { ...c, category: best.category, continuation: false, placeOnly: false },
          { ...told, continuation: true, casualties: [] },
        ],
      });
      continue;
    }
    // ("وأعلنت الهيئة مقتل أحد عناصرها في الضربة على القائم": a toll told at the place of the incident just told is its toll.)
    if (!vaguer) {
      if (c.tollSites && c.casualties.length && best.place && (best.place.place.id === c.place.place.id || nested(gaz, c.place, best.place))) best.cands.push({ ...c, category: best.category });
      continue;
    }
    best.place = c.place;
    best.cands.push({ ...c, category: best.category });
    lentBy.set(best, c);
  }
}

const STRIKE_WORD = /^(و|ف)?(ال)?(ضربات|ضربه|غارات|غاره)$/;
const isSite = (p: PlaceMention) => p.place.kind !== 'country' && p.place.kind !== 'governorate' && p.place.kind !== 'region';

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
    // (An act told after as another, "نفذت كذلك ضربة ثانية"، is no act the report before it was about.)
    if (delta < 0 && (o.another || struckAlso(o, o.sentence.tokens))) continue;
    best = Math.min(best, delta >= 0 ? delta : -delta * FORWARD_REFERENCE_COST);
  }
  return best;
}

export const firstOrder = (d: Draft) => Math.min(...d.cands.map((c) => c.order));
