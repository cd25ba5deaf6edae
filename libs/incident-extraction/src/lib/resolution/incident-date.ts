import type { IncidentMention } from '@raseed/contracts';
import { DATE_STRENGTH, DateMention, pinsDay, readSpan, shiftDays, shiftMonths, spanDays, strongestDate, type TimeSpan } from '../dates/dates';
import { pad2, parseIsoDay, validDay, weekdayOf } from '../dates/calendar';
import { dayNumber, ordinalBefore, weekdayIn } from '../dates/date-words';
import { Draft, REPORT_LAG_DAYS, firstOrder, statedAfter, toldAfter } from '../merging/merge-candidates';
import { PlaceMention } from '../gazetteer/gazetteer';
import { nearby } from '../segmentation/places';
import type { Candidate } from '../segmentation/candidate';
import type { SentenceFacts } from '../segmentation/sentence-facts';
import { isRecall } from '../segmentation/framing';
import { KeyToken } from '../text/tokens';
import { clauseDates } from './date-clauses';
import { ANCHOR_WORD, recalledBefore, toldAs, toldEarlier } from './told-earlier';
import { reckonQuotedDays } from './quoted-dates';

// Which day (or month) each incident gets. Two steps: while the sentences are read, each
// candidate's date is settled against its sentence and the incidents told before it
// (`dateSentenceCandidates`); after merging, each incident takes its firmest own date, else
// one lent by a report of the same kind, else that of the incident told just before it, else
// the publication day (`incidentDates`). An act told as earlier than the one before it (a
// recollection, the cause of a response, the first of a sequel) borrows no date: it keeps its
// own, one reckoned from a stated span, or none.

/** An incident's date and the sentence that supports it (null: publication day, or none). */
export interface Dated {
  value: string;
  precision: 'day' | 'month';
  sentence: SentenceFacts | null;
}

export interface IncidentDate {
  date: IncidentMention['date'];
  sentence: SentenceFacts | null;
}

/** Dates of the whole article, before any candidate takes one: relative days inside a quotation are reckoned from the day it was said (quoted-dates.ts). */
export function settleArticleDates(facts: SentenceFacts[], pub: string | null): void {
  if (pub) reckonQuotedDays(facts, pub);
}

/** Settles the dates of one sentence's candidates; `earlier` holds every candidate of the sentences before. */
export function dateSentenceCandidates(s: SentenceFacts, mine: Candidate[], earlier: Candidate[], tokens: KeyToken[], pub: string | null, previous?: SentenceFacts): void {
  clauseDates(s, mine, tokens);
  reattachCutDates(s, mine, tokens);
  dateSequels(mine, earlier, tokens, pub);
  dateFromAnchors(s, mine, earlier, tokens, previous);
  weekdayBeforeTold(s, mine, earlier, tokens, previous);
  dateInSameMonth(s, mine, earlier, tokens);
  lendSentenceDates(s, mine, tokens);
  dateWhileClauses(mine, tokens);
}

// "أُطلقت مسيّرات صباح الخميس على قاعدة عين الأسد، فيما استهدفت مسيّرة واحدة قاعدة أربيل الجوية": an act told in a
// "while" clause with no day of its own came on the day of the act told before it in the sentence.
// ("في حين تعرضت قاعدة بلد لقصف": "في حين" is one.)
const WHILE = /^(فيما|بينما|وبينما)$/;
const opensWhile = (tokens: KeyToken[], at: number) => WHILE.test(tokens[at].norm) || (/^و?في$/.test(tokens[at].norm) && tokens[at + 1]?.norm === 'حين');
function dateWhileClauses(mine: Candidate[], tokens: KeyToken[]): void {
  for (const c of mine) {
    if (c.date || c.continuation || c.recall || !opensWhile(tokens, c.from)) continue;
    const before = mine.filter((o) => o !== c && !o.continuation && o.to <= c.from && pinsDay(o.date)).at(-1);
    if (before) c.date = before.date;
  }
}

/** The date of each incident (drafts in article order); `cands` are every candidate of the article, `facts` its sentences. */
export function incidentDates(drafts: Draft[], cands: Candidate[], facts: SentenceFacts[], pub: string | null): IncidentDate[] {
  const dated = drafts.map((d) => ownDate(d));
  return drafts.map((d, i) => {
    let date: Dated | null = dated[i];
    const earlierAct = d.cands.every((c) => c.continuation || toldEarlier(c));
    // "وأوضح رايدر، في إيجاز صحفي الخميس، أن طائرتين استهدفتا قاعدة التنف" after "تعرضت قوات يوم الأربعاء لهجمات":
    // a day that dates only the statement gives way to the day of an unplaced report of the same kind.
    if (date && !earlierAct && statementDayOnly(d)) {
      const told = Math.min(...d.cands.filter((c) => !c.continuation && c.date).map((c) => c.order));
      const lead = cands.find((c) => !c.place && !c.continuation && c.category === d.category && pinsDay(c.date) && c.order < told && !recalledBefore(c));
      if (lead) date = { value: lead.date!.value, precision: lead.date!.precision, sentence: lead.sentence };
    }
    if (!date && !earlierAct) date = toldNext(d, cands, facts);
    if (!date && !earlierAct) date = setTheSceneBefore(d, cands, facts);
    // Undated: a dated unplaced report of the same category ("US strikes Thursday night in
    // Syria"), else the incident told just before (the one this one followed), else publication.
    if (!date && !earlierAct) {
      // (Not one told as an act before another, "بعد أقل من أسبوع على الغارات الأمريكية في غرب العراق".)
      const loose = cands
        .filter((c) => !c.place && !c.continuation && c.category === d.category && c.date && !recalledBefore(c))
        .sort((x, y) => Math.abs(x.order - firstOrder(d)) - Math.abs(y.order - firstOrder(d)))[0];
      if (loose) date = { value: loose.date!.value, precision: loose.date!.precision, sentence: loose.sentence };
    }
    // "وردّت مروحيات أمريكية بقصف آليات …": a reply told with its verb and no day came on the day of the act it
    // answered, told before or after it. ("ردا على" may answer an act days old: not that.)
    if (!date && !earlierAct && d.cands.some(repliesAtOnce)) date = dayOfOtherSide(d, drafts, dated, () => true);
    // "دمرت المروحيات عربات … عقب هجوم صاروخي استهدف قاعدة كونيكو": an act told as what the dated reply came
    // right after ("عقب"، "إثر"، "في أعقاب") happened that day too.
    if (!date && d.cands.some(causeRightBefore))
      date = dayOfOtherSide(d, drafts, dated, (o) => o.cands.some((c) => d.cands.some((x) => causeRightBefore(x) && Math.abs(x.sentence.index - c.sentence.index) <= 1)));
    // The day of the incident told last before it: not of an act told only as the cause the news answered ("ردّاً على …
    // اغتيال سليماني … فجر الجمعة الماضي"). "وكانت عبوة قد استهدفت رتلاً مماثلاً في وقت سابق": earlier, told with the
    // news, is earlier that day.
    const dayBefore = (eligible: (o: Draft) => boolean): Dated | null => {
      for (let k = i - 1; k >= 0; k--) if (dated[k] && dated[k]!.precision === 'day' && eligible(drafts[k])) return { ...dated[k]!, sentence: null };
      return null;
    };
    if (!date && !earlierAct) date = dayBefore((o) => !toldAsCauseOnly(o));
    if (!date && earlierAct && d.cands.some(earlierThatDay)) date = dayBefore(() => true);
    if (date) return { date: { value: date.value, precision: date.precision }, sentence: date.sentence };
    // An earlier act with no date of its own happened some time before publication: no day to tell.
    return { date: pub && !earlierAct ? { value: pub, precision: 'day' } : null, sentence: null };
  });
}

const toldAsCauseOnly = (d: Draft) => d.cands.every((c) => c.continuation || c.cause);

// "في وقت سابق" with nothing after it ("في وقت سابق من هذا الشهر" is a month).
const EARLIER_REACH = 3;
function earlierThatDay(c: Candidate): boolean {
  const t = c.sentence.tokens;
  for (let k = c.from; k + 2 < c.to; k++)
    if (/^و?في$/.test(t[k].norm) && t[k + 1].norm === 'وقت' && t[k + 2].norm === 'سابق') return !t.slice(k + 3, Math.min(c.to, k + 3 + EARLIER_REACH)).some((x) => x.norm === 'من');
  return false;
}

/**
 * "لم يكن مساء الأربعاء 11 آذار 2020 عادياً في معسكر التاجي. عشرات الصواريخ سقطت على المعسكر …": the
 * sentence just before the act sets its scene, the day and the place with no act of its own.
 */
function setTheSceneBefore(d: Draft, cands: Candidate[], facts: SentenceFacts[]): Dated | null {
  const own = d.cands.filter((c) => !c.continuation);
  if (!own.length || !d.place) return null;
  const first = Math.min(...own.map((c) => c.sentence.index));
  const scene = facts.find((f) => f.index === first - 1);
  if (!scene || cands.some((c) => c.sentence === scene)) return null;
  const here = d.place.place;
  if (!scene.places.some((p) => p.place.id === here.id || nearby(p.place, here))) return null;
  const day = strongestDate(scene.dates.filter((x) => x.precision === 'day' && x.strength >= DATE_STRENGTH.explicit));
  return day ? { value: day.value, precision: day.precision, sentence: scene } : null;
}

const RIGHT_AFTER = /^و?(عقب|اثر|اعقاب)$/;
const causeRightBefore = (c: Candidate) => {
  if (c.continuation || toldAs(c) !== 'cause') return false;
  const t = c.sentence.tokens;
  return RIGHT_AFTER.test(t[c.from].norm) || (c.from + 1 < c.to && /^و?في$/.test(t[c.from].norm) && t[c.from + 1].norm === 'اعقاب');
};

/** The day of the nearest incident of the other category dated to the day (among those `near` accepts). */
function dayOfOtherSide(d: Draft, drafts: Draft[], dated: Array<Dated | null>, near: (o: Draft) => boolean): Dated | null {
  const other = drafts
    .map((o, k) => ({ o, k }))
    .filter(({ o, k }) => o.category !== d.category && dated[k]?.precision === 'day' && near(o))
    .sort((x, y) => Math.abs(firstOrder(x.o) - firstOrder(d)) - Math.abs(firstOrder(y.o) - firstOrder(d)))[0];
  return other ? { ...dated[other.k]!, sentence: null } : null;
}

// (Not "ردّ": also the noun.)
const REPLY_VERB = /^و?(ردت|ترد|يرد|تردان|يردون|ردوا)$/;
const repliesAtOnce = (c: Candidate) => !c.continuation && c.sentence.tokens.slice(c.from, c.to).some((t) => REPLY_VERB.test(t.norm));

/** The incident's own date: placed reports first, then unplaced ones, then follow-ups; the firmest expression in each tier. */
/** The incident's own days are only those of statements about it ("في إيجاز صحفي الخميس"، "أعلن أمس"). */
function statementDayOnly(d: Draft): boolean {
  const own = d.cands.filter((c) => !c.continuation && c.date);
  return own.length > 0 && own.every((c) => c.date!.strength < DATE_STRENGTH.weekday && c.date!.precision === 'day' && !c.date!.claimed);
}

const reportedAfter = (report: Candidate, act: Candidate) => act.date?.precision === 'day' && statedAfter(report, act, REPORT_LAG_DAYS);

export function ownDate(d: Draft): Dated | null {
  const tiers = [d.cands.filter((c) => c.place && !c.continuation), d.cands.filter((c) => !c.place && !c.continuation), d.cands.filter((c) => c.continuation)];
  for (const tier of tiers) {
    let best = strongestDate(tier.filter((c) => c.date).map((c) => ({ strength: c.date!.strength, c })))?.c;
    // A claim's day only bounds the act: a day of the act told in the same incident comes first.
    if (best?.date!.claimed) best = d.cands.find((c) => toldAfter(best!, c)) ?? best;
    // So does a report's day ("أفادت القيادة، يوم الأحد، بإصابة طفل") before the act's told in a follow-up ("إن
    // الصاروخ انطلق ليلة أمس السبت").
    else if (best?.date!.strength === DATE_STRENGTH.reportedRelative) best = d.cands.find((c) => reportedAfter(best!, c)) ?? best;
    if (best) return { value: best.date!.value, precision: best.date!.precision, sentence: best.sentence };
  }
  return null;
}

/**
 * "سقوط قذيفتين بمحيط السفارة الأمريكية في بغداد / وسقطت قذيفتان أمس الثلاثاء داخل المنطقة الخضراء":
 * the sentence after an undated incident tells its act again, with the day, but no incident of
 * its own (no US site named, a vetoed or reporting clause). Its day dates the incident when it names
 * no place apart from the incident's.
 */
function toldNext(d: Draft, cands: Candidate[], facts: SentenceFacts[]): Dated | null {
  const at = Math.max(...d.cands.filter((c) => !c.continuation).map((c) => c.sentence.index));
  // (A page's furniture between a headline and its lead, "منذ 3 ساعات | القراءة: دقيقتان", tells nothing: skipped.)
  let k = at + 1;
  while (k <= at + FURNITURE_SKIPPED && facts.find((f) => f.index === k && furniture(f))) k++;
  const next = facts.find((f) => f.index === k);
  if (!next || cands.some((c) => !c.continuation && c.sentence === next)) return null;
  // "وكانت قاعدة عراقية قد تعرضت أمس …": a recollection tells another act.
  if (isRecall(next.tokens, next.from, next.to)) return null;
  if (!next.cues.some((q) => q.value === 'trigger' || q.value === 'weak_trigger')) return null;
  const here = d.place?.place;
  // A place of its own: not the incident's, not near it, not a governorate or region holding it.
  const encloses = (p: PlaceMention) => !!here && (here.ancestors.includes(p.place.id) || (p.place.kind === 'region' && p.place.admin1 === here.admin1));
  const elsewhere = (p: PlaceMention) => p.place.kind !== 'country' && (!here || (!nearby(p.place, here) && !encloses(p)));
  if (next.places.some(elsewhere)) return null;
  // A day, told relative to publication: a calendar date or a month in the next sentence is as often background,
  // unless it names the incident's own place ("مسيّرتان فوق عين الأسد" / "ليلة الخميس على الجمعة، السابع من رمضان
  // 1443، حلّقت طائرتان فوق قاعدة عين الأسد").
  const samePlace = !!here && next.places.some((p) => p.place.id === here.id || nearby(p.place, here));
  const day = strongestDate(next.dates.filter((x) => x.precision === 'day' && (x.strength <= DATE_STRENGTH.relative || (samePlace && x.strength >= DATE_STRENGTH.explicit))));
  return day ? { value: day.value, precision: day.precision, sentence: next } : null;
}
const FURNITURE_SKIPPED = 2;
const furniture = (f: SentenceFacts) => f.places.length === 0 && !f.cues.some((q) => q.value === 'trigger' || q.value === 'weak_trigger' || q.value === 'strike_agent');

/** A date `span` before (sign -1) or after (+1) a dated act; null when the span gives no count. */
function reckon(base: DateMention, span: TimeSpan, sign: number, at: { start: number; end: number }): DateMention | null {
  const days = spanDays(span);
  // ("بعد أقل من أسبوع على الضربة": anywhere up to that far: only the month, when the whole stretch keeps to one.)
  if (days !== null && span.hedged && span.unit !== 'hour' && base.precision === 'day') {
    const far = shiftDays(base.value, sign * days).slice(0, 7);
    return far === shiftDays(base.value, sign).slice(0, 7) ? { value: far, precision: 'month', ...at, strength: DATE_STRENGTH.month } : null;
  }
  // As firm as a weekday: a day reckoned from another incident's date.
  if (days !== null && base.precision === 'day') return { value: shiftDays(base.value, sign * days), precision: 'day', ...at, strength: DATE_STRENGTH.weekday };
  // ("بعد أقل من عام على هجوم مماثل": a hedged span of months or years names no month.)
  if (span.count === null || span.unit === 'hour' || span.unit === 'day' || span.hedged) return null;
  const months = span.unit === 'month' ? span.count : span.unit === 'year' ? 12 * span.count : null;
  const month = months !== null ? shiftMonths(base.value.slice(0, 7), sign * months) : shiftDays(base.value.length === 7 ? `${base.value}-15` : base.value, sign * 7 * span.count).slice(0, 7);
  return { value: month, precision: 'month', ...at, strength: DATE_STRENGTH.month };
}

/** The last dated act told before candidate c, or the publication day for the news it followed. */
function dateBefore(c: Candidate, mine: Candidate[], earlier: Candidate[], pub: string | null): DateMention | null {
  const before = [...mine, ...earlier].filter((o) => o.order < c.order && !o.continuation).sort((x, y) => y.order - x.order);
  const dated = before.find((o) => o.date?.precision === 'day');
  if (dated) return dated.date;
  // The undated news of the day, told just before: publication dates it.
  if (pub && before.length && !toldEarlier(before[0])) return { value: pub, precision: 'day', start: 0, end: 0, strength: DATE_STRENGTH.reportedRelative };
  return null;
}

// "… اليوم السبت، بعد يومين من هجوم على …"، "بعد قرابة أربعة أشهر من هجوم مماثل": the act after
// "بعد <span> من/على" came that long before the incident told just before it.
function dateSequels(mine: Candidate[], earlier: Candidate[], tokens: KeyToken[], pub: string | null): void {
  for (const c of mine) {
    if (c.date || c.continuation) continue;
    // At the segment's start the span leads to the earlier act; right after the act ("… بقصف قاعدة
    // عين الأسد بالصواريخ، بعد خمسة أيام من الاغتيال"), in a clause of its own, it tells how long after
    // the act before it this one came.
    const at = leadingAfter(tokens, c.from, c.to);
    const lead = at >= 0;
    const k = lead ? at : c.to;
    const end = lead ? c.to : c.sentence.to;
    if (!lead && (k >= end || !/^و?بعد$/.test(tokens[k].norm) || mine.some((o) => o !== c && o.from >= k))) continue;
    const span = readSpan(tokens, k + 1, end);
    if (!span || !/^(من|علي)$/.test(tokens[span.end + 1]?.norm ?? '') || span.end + 1 >= end) continue;
    // Trailing, the span counts from an act ("من الاغتيال"، "من الهجوم") told and dated before, not
    // from an announcement or a visit ("بعد يوم من إعلان البنتاغون …").
    const fromAct = ACT_AFTER_SPAN.test(tokens[span.end + 2]?.norm ?? '');
    if (!lead && !fromAct) continue;
    // Nothing dated told before: the clause it follows is the news of its sentence's day, or of publication.
    // Then the span must count from an act ("من هجوم"), not from an accusation or a visit.
    const base = dateBefore(c, mine, earlier, lead ? pub : null) ?? (lead && fromAct ? dayBefore(c.sentence, tokens[k].start, pub) : null);
    if (base) c.date = reckon(base, span, lead ? -1 : 1, { start: tokens[k].start, end: tokens[span.end].end });
  }
}
// "وذلك بعد يومين من …"، "جاء ذلك بعد …": words that only point back to the clause before.
const POINTING_BACK = /^و?(ذلك|جاء|ياتي|تاتي|هذا|وهذا)$/;
const POINTING_REACH = 2;
function leadingAfter(tokens: KeyToken[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 1 + POINTING_REACH); k++) {
    if (/^و?بعد$/.test(tokens[k].norm)) return k;
    if (!POINTING_BACK.test(tokens[k].norm)) return -1;
  }
  return -1;
}
/** The last day date told in a sentence (before `offset`, at least as firm as `strength`), or null. */
function lastDayTold(s: SentenceFacts | undefined, offset = Number.POSITIVE_INFINITY, strength = 0): DateMention | null {
  return s?.dates.filter((d) => d.end <= offset && d.precision === 'day' && d.strength >= strength).at(-1) ?? null;
}
/** The incident told last before this sentence whose candidate `keep` accepts. */
function lastTold(earlier: Candidate[], keep: (o: Candidate) => boolean = () => true): Candidate | undefined {
  return [...earlier].filter((o) => !o.continuation && keep(o)).sort((x, y) => y.order - x.order)[0];
}
/** The last day date told in the sentence before `offset`, else publication. */
function dayBefore(s: SentenceFacts, offset: number, pub: string | null): DateMention | null {
  return lastDayTold(s, offset) ?? (pub ? { value: pub, precision: 'day', start: 0, end: 0, strength: DATE_STRENGTH.reportedRelative } : null);
}
const ACT_AFTER_SPAN = /^(ال)?(هجوم|هجمات|ضربه|ضربات|غاره|غارات|قصف|استهداف|اغتيال|مقتل|اعتداء|عدوان)$/;

// "وقبل ذلك بيومين"، "قبلها بأسبوع"، "بعد ذلك بساعات"، "في اليوم التالي": a span from the act told
// just before in the text. The phrase may stand in a segment of its own after the act it dates.
const ANCHORED = /^و?(قبل|بعد)(ها)?$/;
const NEXT_DAY: Record<string, number> = { التالي: 1, السابق: -1, نفسه: 0, ذاته: 0, عينه: 0, التاليه: 1, السابقه: -1, نفسها: 0, ذاتها: 0, عينها: 0 };
const TIME_OF_DAY = /^(فجر|صباح|ظهر|عصر|مساء|ليل|ليله|منتصف)$/;
// "في وقت سابق من"، "في ساعة متأخرة من"، "في الساعات الأولى من": the words before "من" that cut a part of a day.
const PART_OF_DAY = /^(سابق|لاحق|مبكر|متاخر|متاخره|الاولي|الاخيره|المبكره|المتاخره|ساعات|الساعات)$/;
// "وبعد أربعة أيام، أصيب ثمانية عسكريين": opening a sentence, "after" a span and no "من" counts from the act before.
const SPAN_FROM = /^(من|علي)$/;
function anchorAt(tokens: KeyToken[], k: number, to: number, from = -1): { span: TimeSpan; sign: number; end: number } | null {
  const norm = tokens[k].norm;
  if (norm !== 'اليوم' && norm !== 'الليله' && !norm.includes('قبل') && !norm.includes('بعد')) return null;
  const m = ANCHORED.exec(norm);
  if (m) {
    const opening = k === from && m[1] === 'بعد' && !m[2];
    if (opening && !ANCHOR_WORD.test(tokens[k + 1]?.norm ?? '')) {
      const span = k + 1 < to ? readSpan(tokens, k + 1, to) : null;
      return span && span.count !== null && !SPAN_FROM.test(tokens[span.end + 1]?.norm ?? '') ? { span, sign: 1, end: span.end } : null;
    }
    // ("وفجر السبت أعلنت استهداف قاعدة حرير، قبل أن تعلن بعد ساعات استهداف قاعدة الشدادي": hours later, within the
    // sentence, is the day told last in it.)
    if (m[1] === 'بعد' && !m[2] && k > from && k + 1 < to) {
      const hours = readSpan(tokens, k + 1, to);
      if (hours && hours.unit === 'hour' && !hours.hedged) return { span: hours, sign: 1, end: hours.end };
    }
    const at = m[2] ? k + 1 : ANCHOR_WORD.test(tokens[k + 1]?.norm ?? '') ? k + 2 : -1;
    const span = at > 0 && at < to ? readSpan(tokens, at, to) : null;
    return span ? { span, sign: m[1] === 'قبل' ? -1 : 1, end: span.end } : null;
  }
  // ("وفي فجر اليوم التالي"، "وصباح اليوم التالي": a time of day may stand between; "في الليلة ذاتها": the night of
  // that day; "في وقت سابق من اليوم ذاته"، "في الساعات الأولى من اليوم التالي": a part of that day.)
  const inDay = (j: number) =>
    j >= 0 && (/^و?في$/.test(tokens[j].norm) || TIME_OF_DAY.test(tokens[j].norm.replace(/^و?(في|ب)?/, '')) || (tokens[j].norm === 'من' && j > 0 && PART_OF_DAY.test(tokens[j - 1].norm)));
  // ("مساء ذلك اليوم"، "في تلك الليلة": that very day.)
  if ((norm === 'اليوم' || norm === 'الليله') && k > 0 && /^(ذلك|تلك)$/.test(tokens[k - 1].norm)) return { span: { unit: 'day', count: 0, end: k }, sign: 1, end: k };
  if ((norm === 'اليوم' || norm === 'الليله') && k > 0 && inDay(k - 1) && k + 1 < to) {
    const shift = NEXT_DAY[tokens[k + 1].norm];
    if (shift !== undefined) return { span: { unit: 'day', count: Math.abs(shift), end: k + 1 }, sign: Math.sign(shift) || 1, end: k + 1 };
  }
  return null;
}

// "والخميس الماضي، سقط صاروخان على قاعدة بلد. وفي الثلاثاء الذي سبقه، سقطت خمسة صواريخ على عين الأسد": a weekday
// "before it" (الذي سبقه، السابق له) or "after it" (الذي تلاه) is the nearest such day before or after the day told
// last, in this sentence or the one before, not the one before publication.
const RELATIVE_TO_IT = /^(الذي|التي)$/;
const BEFORE_IT = /^(سبقه|سبقها|قبله|قبلها)$/;
const AFTER_IT = /^(تلاه|تلاها|يليه|يليها|بعده|بعدها)$/;
function weekdayBeforeTold(s: SentenceFacts, mine: Candidate[], earlier: Candidate[], tokens: KeyToken[], previous?: SentenceFacts): void {
  for (let k = s.from; k + 2 < s.to; k++) {
    const wd = weekdayIn(tokens[k]);
    if (wd === undefined || !RELATIVE_TO_IT.test(tokens[k + 1].norm)) continue;
    const sign = BEFORE_IT.test(tokens[k + 2].norm) ? -1 : AFTER_IT.test(tokens[k + 2].norm) ? 1 : 0;
    if (!sign) continue;
    const base = lastDayTold(s, tokens[k].start, DATE_STRENGTH.weekday) ?? lastDayTold(previous, undefined, DATE_STRENGTH.weekday) ?? lastTold(earlier, (o) => o.date?.precision === 'day')?.date;
    const c = mine.find((o) => !o.continuation && o.from <= k && k < o.to) ?? mine.find((o) => !o.continuation && o.from > k);
    if (!base || !c) continue;
    const from = weekdayOf(parseIsoDay(base.value)!);
    const days = sign < 0 ? -((from - wd + 7) % 7 || 7) : (wd - from + 7) % 7 || 7;
    c.date = { value: shiftDays(base.value, days), precision: 'day', start: tokens[k].start, end: tokens[k + 2].end, strength: DATE_STRENGTH.weekday };
  }
}

// "ففي مساء الثلاثين من الشهر نفسه": a day of the month of the incident told before.
const SAME = /^(نفسه|ذاته|عينه)$/;
function dateInSameMonth(s: SentenceFacts, mine: Candidate[], earlier: Candidate[], tokens: KeyToken[]): void {
  for (let k = s.from + 2; k + 1 < s.to; k++) {
    if (!tokens[k].keys.includes('شهر') || !SAME.test(tokens[k + 1].norm) || tokens[k - 1].norm !== 'من') continue;
    const day = dayNumber(tokens[k - 2]) ?? ordinalBefore(tokens, k - 1, s.from)?.[0];
    const c = mine.find((o) => !o.continuation && o.from <= k && k < o.to) ?? mine.find((o) => !o.continuation && o.from > k);
    const before = lastTold(earlier, (o) => !!o.date)?.date;
    if (!day || !c || !before) continue;
    const [y, m] = before.value.split('-').map(Number);
    if (!validDay(y, m, day)) continue;
    c.date = { value: `${y}-${pad2(m)}-${pad2(day)}`, precision: 'day', start: tokens[k - 2].start, end: tokens[k + 1].end, strength: DATE_STRENGTH.explicit };
  }
}

// "جاءت الضربة الثالثة مساء الأحد 12 تشرين الثاني 2023. في تلك الليلة، أغارت طائرات …": "that night" is the time
// told last, in the sentence before, whether or not an incident was read there.
const THAT = /^(ذلك|تلك)$/;

function dateFromAnchors(s: SentenceFacts, mine: Candidate[], earlier: Candidate[], tokens: KeyToken[], previous?: SentenceFacts): void {
  for (let k = s.from; k < s.to; k++) {
    const anchor = anchorAt(tokens, k, s.to, s.from);
    if (!anchor) continue;
    // The act it dates: one whose place is named after the phrase in its segment ("…، وقبل ذلك بيومين
    // سقطت صواريخ على قاعدة عين الأسد"), else the candidate whose segment holds it, else the last one before it.
    const own = mine.filter((c) => !c.continuation && c.from <= k);
    const holder = own.find((o) => k < o.to);
    const inHolder = own.filter((o) => o.from === holder?.from && o.place);
    const splits = inHolder.some((o) => o.place!.from < k);
    const after = splits ? inHolder.filter((o) => o.place!.from > k).sort((x, y) => x.place!.from - y.place!.from)[0] : undefined;
    const c = after ?? holder ?? own.at(-1);
    // A date the segment gave it from before the phrase belongs to the act told there.
    if (!c || (c.date && !(after && c.date.end <= tokens[k].start))) continue;
    // The act before it: an earlier part of this sentence (its date, or none), else the incident told before.
    const demonstrative = anchor.span.count === 0 && k > 0 && THAT.test(tokens[k - 1].norm);
    const base = after || s.from < c.from ? lastDayTold(s, tokens[k].start) : ((demonstrative ? lastDayTold(previous, undefined, DATE_STRENGTH.explicit) : null) ?? lastTold(earlier)?.date ?? null);
    if (base) c.date = reckon(base, anchor.span, anchor.sign, { start: tokens[k].start, end: tokens[anchor.end].end });
  }
}

/**
 * "وكانت السفارة قد تعرضت قبل ثلاثة أيام لهجوم": a boundary word that opens a date ("قبل ثلاثة
 * أيام"، "بعد منتصف الليلة الماضية") cuts the sentence there, leaving the date to the next segment;
 * it dates the act of the segment it was cut from.
 */
function reattachCutDates(s: SentenceFacts, mine: Candidate[], tokens: KeyToken[]): void {
  for (const cue of s.cues) {
    if (cue.value !== 'boundary') continue;
    const d = s.dates.find((x) => x.start === tokens[cue.from].start);
    // Only an act told with its place: a bare verb cut from its object ("… استهدفت | قبل ساعات محيط المطار") is no act of its own.
    const c = d && mine.find((o) => o.to === cue.from && o.place && !o.continuation && !o.date);
    if (c) c.date = d!;
  }
}

/** A date in a part of the sentence that tells no incident of its own ("… وسط بغداد ليل الأحد، وفق مصدر") dates the incidents of that sentence. */
function lendSentenceDates(s: SentenceFacts, mine: Candidate[], tokens: KeyToken[]): void {
  // A comparison ("لتكون الثالثة … الشهر الماضي") claims its time: it bounds a count, it dates nothing.
  const claimed = (pos: number) => mine.some((c) => (!c.continuation || c.comparison) && pos >= tokens[c.from].start && pos < tokens[c.to - 1].end);
  const free = strongestDate(s.dates.filter((d) => !claimed(d.start)));
  if (!free) return;
  // An act told as earlier than that part took place before it: only a month is broad enough to hold both.
  for (const c of mine) if (!c.date && !c.continuation && (free.precision === 'month' || !toldEarlier(c))) c.date = free;
}
