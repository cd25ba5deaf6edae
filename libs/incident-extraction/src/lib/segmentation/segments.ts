import { pinsDay } from '../dates/dates';
import { MONTH1, MONTH2, SPAN_WORD } from '../dates/date-words';
import { KeyToken, foldWord } from '../text/tokens';
import { sinceActAt } from './framing';
import { gatheredAt } from './places';
import { SentenceFacts } from './sentence-facts';

// A segment is a stretch of a sentence between discourse boundaries ("ردا على"، "بعد"،
// "فيما" …), so "US strikes … in response to the attack on Tower 22" yields two candidates,
// each with its own place, date and counts.

// A boundary word this close to either end opens or closes the sentence itself ("بعد ذلك،").
const MIN_LEAD_TOKENS = 2;
const MIN_TAIL_TOKENS = 3;

// "بعد ظهر اليوم"، "بعد منتصف الليل"، "قبل ساعات"، "قبل الفجر": a time of the same day, not another event.
const TIME_OF_DAY = /^(ظهر|الظهر|ظهيره|الظهيره|منتصف|العصر|عصر|الفجر|فجر|المغرب|مغرب|العشاء|الزوال|الغروب|الشروق|قليل)$/;
// "بعد عبورها معبر البوكمال"، "بعد عودتهم من مهمتهم": the movement of the one hit, just before or after, times the same act.
const OWN_MOVE = /^(عبور|دخول|خروج|وصول|مغادره|عوده|انطلاق|مرور)(ه|ها|هم|هما)$/;
// "حريق في قاعدة خراب الجير بعد استهدافها بمسيرة": its being hit by a weapon, with a pronoun back to what burned, is
// the same act. ("بعد استهدافها 85 موقعاً": its own hitting of others is another.)
const OWN_HIT = /^(استهداف|قصف|ضرب|تعرض|مهاجمه|اصابه)(ه|ها|هم|هما)$/;
// "قبل 10 أيام"، "قبل يومين"، "قبل أسبوع": a span back from publication dates the act told before it.
const SPAN = SPAN_WORD;
function tellsTime(s: SentenceFacts, at: number): boolean {
  const word = s.tokens[at].norm.replace(/^و/, '');
  const next = s.tokens[at + 1];
  if (!next || (word !== 'بعد' && word !== 'قبل')) return false;
  // "قبل ذلك بيومين"، "بعد ذلك بأسبوع": a span from the act just told.
  const after = s.tokens[at + 2];
  const spanFromThat = next.norm === 'ذلك' && !!after && after.norm.startsWith('ب') && after.keys.some((k) => SPAN.test(k));
  // "وقصفت قوات التحالف بعد ساعات بالمدفعية مواقع …": a span after the verb, counted from nothing named
  // ("بعد يومين من الهجوم" counts from another act), tells when this act came.
  const spanAfterVerb = word === 'بعد' && SPAN.test(next.norm) && !/^(من|علي)$/.test(after?.norm ?? '') && actVerbBefore(s, at);
  return (
    TIME_OF_DAY.test(next.norm) ||
    (word === 'قبل' && SPAN.test(next.norm)) ||
    spanFromThat ||
    spanAfterVerb ||
    OWN_MOVE.test(next.norm) ||
    (word === 'بعد' && OWN_HIT.test(next.norm) && !!after && /^ب/.test(after.norm))
  );
}

// "على المنطقة الخضراء وسط بغداد، حيث مقر السفارة الأمريكية": "where … is" describes the place hit, no new clause.
const HOUSES = /^(مقر|مقار|تقع|يقع|توجد|يوجد|تتواجد|يتواجد|تتمركز|يتمركز|تضم|يضم|تنتشر|ينتشر)$/;
function housesSite(s: SentenceFacts, at: number): boolean {
  return /^و?حيث$/.test(s.tokens[at].norm) && at + 1 < s.to && HOUSES.test(s.tokens[at + 1].norm);
}

// "وطالت الغارات كذلك مخزناً في اليوسفية": "also" right after an act verb and its subject is an adverb of that
// clause, not a boundary (the clause itself starts at the verb).
const TRAILING_ALSO = /^و?(كذلك|ايضا)$/;
const TRAILS_REACH = 2;
function trailsVerb(s: SentenceFacts, at: number): boolean {
  if (!TRAILING_ALSO.test(s.tokens[at].norm)) return false;
  return s.cues.some((c) => c.value === 'trigger' && c.from < at && c.from >= at - TRAILS_REACH);
}

// "دوّت انفجارات في قاعدتي حقل العمر وكونيكو إثر استهدافهما بقذائف صاروخية": the act that caused the blasts, told
// by its noun with a pronoun for the sites just named, is the same act: no boundary.
const CAUSE_WORD = /^و?(اثر|عقب|بعد|جراء|بسبب|نتيجه)$/;
const ACT_ON_THEM = /^(استهداف|قصف|تعرض|ضرب|مهاجمه)(ها|هما|هم|ه)$/;
const causeOfBlasts = (s: SentenceFacts, at: number) =>
  CAUSE_WORD.test(s.tokens[at].norm) && ACT_ON_THEM.test(s.tokens[at + 1]?.norm ?? '') && s.cues.some((c) => c.value === 'weak_trigger' && c.to <= at);

// "شيّعت الكتائب في بغداد ثم في كربلاء شهيدين": "then" and a preposition, no verb, go on with the clause before.
const THEN = /^و?ثم$/;
const PLACE_PREP = /^(في|الي|من|عبر|ب)$/;
// ("ثم إلى اغتيال القيادي": what follows must be the place itself, not an act.)
const thenInPlace = (s: SentenceFacts, at: number) =>
  THEN.test(s.tokens[at].norm) && PLACE_PREP.test(s.tokens[at + 1]?.norm ?? '') && s.places.some((p) => p.from === at + 2 || (p.from === at + 3 && !s.cues.some((c) => c.from === at + 2)));

// "وكان الحرس الثوري قد ردّ على الاغتيال بقصف قاعدة عين الأسد": after "قد" the word is the verb "responded", whose
// subject and act are one clause, not "ردّاً على" opening a cause.
const RESPONDED = /^(رد|ردت|ردوا)$/;
const respondedVerb = (s: SentenceFacts, at: number) => RESPONDED.test(s.tokens[at].norm) && /^[وف]?قد$/.test(s.tokens[at - 1]?.norm ?? '');

// A verb without the conjunction it may carry ("وقصفت"، "فاستهدفت").
const verbStem = (t: KeyToken) => t.norm.replace(/^[وف](?=..)/, '');

// An act verb opens the clause the span stands in ("وقصفت قوات التحالف بعد ساعات").
const SPAN_VERB_REACH = 4;
function actVerbBefore(s: SentenceFacts, at: number): boolean {
  for (let k = at - 1; k >= Math.max(s.from, at - SPAN_VERB_REACH); k--) if (CLAUSE_VERBS.has(verbStem(s.tokens[k]))) return true;
  return false;
}

/** Splits a sentence at discourse boundaries; each piece is a candidate segment. */
export function segmentsOf(s: SentenceFacts): Array<[number, number]> {
  const cuts = s.cues
    // "من بعد"، "على بعد 60 كلم" (at a distance) are no sequence.
    .filter(
      (c) =>
        c.value === 'boundary' &&
        c.from >= s.from + MIN_LEAD_TOKENS &&
        c.from <= s.to - MIN_TAIL_TOKENS &&
        !/^(من|علي)$/.test(s.tokens[c.from - 1].norm) &&
        !tellsTime(s, c.from) &&
        !housesSite(s, c.from) &&
        !trailsVerb(s, c.from) &&
        !causeOfBlasts(s, c.from) &&
        !thenInPlace(s, c.from) &&
        !respondedVerb(s, c.from),
    )
    .map((c) => c.from);
  cuts.push(
    ...commemorationStarts(s),
    ...datedClauseStarts(s),
    ...pluperfectClauseStarts(s),
    ...actClauseStarts(s),
    ...comparisonClauseStarts(s),
    ...concurrentActStarts(s),
    ...headlinePartStarts(s),
    ...whileClauseStarts(s),
    ...sinceActStarts(s),
    ...despiteClauseEnd(s),
    ...addedClauseStarts(s),
  );
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

// "… عن الهجوم، وهو يتزامن مع الذكرى السنوية الثانية لمقتل سليماني بضربة أمريكية قرب المطار": after an act, the
// anniversary opens what it commemorates, an old act of its own (background unless it is dated).
const ANNIVERSARY = /^(و|ل|في|ب|مع)?(ال)?ذكري$/;
function commemorationStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) if (ANNIVERSARY.test(s.tokens[k].norm) && s.cues.some((c) => c.value === 'trigger' && c.to <= k)) out.push(k);
  return out;
}

/** "…، وفي 28 منه قتل …": a clause opening with a date of its own tells another incident. */
function datedClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    if (!/^و(في|يوم)$/.test(s.tokens[k].norm)) continue;
    const next = s.tokens[k + 1];
    const datedHere = s.dates.some((d) => d.start >= next.start && d.start < s.tokens[Math.min(k + 2, s.to - 1)].end && pinsDay(d));
    if (datedHere) out.push(k);
  }
  return out;
}

// "…، وكانت مسيرة قد استهدفت القاعدة ذاتها قبل ذلك بيومين"، "… إذ كانت صواريخ قد سقطت عليه":
// a pluperfect clause inside a sentence recalls another, earlier incident.
const PLUPERFECT_LEAD = /^(وكانت|وكان|وكانوا|اذ|حيث)$/;
const PLUPERFECT_REACH = 6;
function pluperfectClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    if (!PLUPERFECT_LEAD.test(s.tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(s.to, k + PLUPERFECT_REACH); j++)
      if (s.tokens[j].norm === 'قد') {
        out.push(k);
        break;
      }
  }
  return out;
}

/** "…، ثم استهدفت موقعاً في الميادين"، "…، واستهدفت مخزناً": the segment opens with an act verb whose subject is elided. */
export function opensWithElidedSubject(s: SentenceFacts, a: number, b: number): boolean {
  const verb = THEN.test(s.tokens[a].norm) ? a + 1 : a;
  return verb < b && CLAUSE_VERBS.has(verbStem(s.tokens[verb])) && subjectElided(s, verb, b);
}

// "…، تولّت مسيّرة أميركية اغتيال قيادي …"، "…، قصفت طائرات …": after a comma, a finite act verb
// opens a clause with its own actor and place.
const LATEST = /^و?(اخرها|احدثها)$/;
const CLAUSE_VERBS = new Set(
  [
    'قصفت',
    'قصف',
    'استهدفت',
    'استهدف',
    'شنت',
    'شن',
    'نفذت',
    'نفذ',
    'ضربت',
    'ضرب',
    'اغارت',
    'اغار',
    'هاجمت',
    'هاجم',
    'دمرت',
    'دمر',
    'تولت',
    'تولي',
    'قامت',
    'قام',
    'اطلقت',
    'اطلق',
    'سقطت',
    'سقط',
    'ردت',
    'رد',
    'ردوا',
  ].map(foldWord),
);
// "…، وطالت الغارات كذلك مخزناً …": "reached" opens a clause when the act it tells is named after it; with its
// subject elided ("سلسلة غارات …، طالت محطة …") it only tells where the act before it fell.
const REACHED = new Set(['طالت', 'طال'].map(foldWord));
const ACT_NOUN_CUES = new Set(['trigger', 'strike_agent', 'air_agent', 'attack_agent']);
const actNamedAfter = (s: SentenceFacts, verb: number) => s.cues.some((c) => c.from === verb + 1 && ACT_NOUN_CUES.has(c.value)) || s.weapons.some((w) => w.from === verb + 1);
function actClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  let from = s.from;
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    const verb = verbStem(s.tokens[k]);
    if (!(CLAUSE_VERBS.has(verb) || (REACHED.has(verb) && actNamedAfter(s, k))) || !commaBefore(s, k)) continue;
    // Only after a clause that told an act of its own ("وفي وقت سابق يوم الاثنين، سقط صاروخ" is one clause).
    // ("غارات إسرائيلية على المطار فجر اليوم، واستهدفت …": strikes named as the subject told one.)
    if (!s.cues.some((c) => (c.value === 'trigger' || c.value === 'strike_agent' || LATEST.test(s.tokens[c.from].norm)) && c.from >= from && c.from < k)) continue;
    if (continuesPlacelessAct(s, from, k)) continue;
    out.push(k);
    from = k;
  }
  return out;
}

// "…، لتكون المسيرة الثالثة التي تسقط فوق القاعدة الشهر الماضي"، "…، وهو الهجوم الثالث منذ …":
// after a comma, an ordinal about the act just told; its time bounds a count, it dates nothing.
const COMPARING = /^(هذه|هذا|هي|هو|وهي|وهو|لكنه|لكنها|ليكون|لتكون|ليصبح|لتصبح|ويعد|وتعد|يعد|تعد|ويعتبر|وتعتبر|وهذه|وهذا|في)$/;
const ORDINAL =
  /^(الاول|الاولي|الثاني|الثانيه|الثالث|الثالثه|الرابع|الرابعه|الخامس|الخامسه|السادس|السادسه|السابع|السابعه|الثامن|الثامنه|التاسع|التاسعه|العاشر|العاشره|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اول|المره)$/;
const ORDINAL_REACH = 3;
const MONTH_OF_TWO = /^و?(كانون|تشرين)$/;
// "في الساعات الأولى من صباح اليوم": an ordinal of a time tells when, it compares nothing.
const TIME_NOUN = /^(الساعات|ساعات|اللحظات|لحظات|الدقايق|دقايق|الايام|ايام|الاسابيع|الاسبوع|الشهر|الشهور|الاشهر|الليله|الساعه|ساعه|الدفعه|دفعه)$/;
const isMonth = (t: KeyToken | undefined) => !!t && t.keys.some((k) => MONTH1.has(k) || MONTH2.has(k));
const dayOfMonth = (tokens: KeyToken[], j: number, to: number) => j + 2 < to && tokens[j + 1].norm === 'من' && isMonth(tokens[j + 2]);
export function comparesAt(tokens: KeyToken[], k: number, to: number): boolean {
  if (!COMPARING.test(tokens[k].norm)) return false;
  // ("هذه هي الضربة الجوية السابعة": the pronoun after the demonstrative, and an adjective, may stand before the ordinal.)
  const reach = ORDINAL_REACH + (k + 1 < to && /^(هي|هو)$/.test(tokens[k + 1].norm) ? 1 : 0);
  for (let j = k + 1; j < Math.min(to, k + 1 + reach); j++) {
    // "في 25 كانون الأول": the ordinal of a Levantine month name ("تشرين الثاني") is part of the date.
    if (ORDINAL.test(tokens[j].norm) && MONTH_OF_TWO.test(tokens[j - 1].norm)) return false;
    // "في الرابع من شباط": an ordinal day of a month is a date.
    if (ORDINAL.test(tokens[j].norm)) return !(j > k + 1 && TIME_NOUN.test(tokens[j - 1].norm)) && !dayOfMonth(tokens, j, to);
  }
  return false;
}
function comparisonClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    if (comparesAt(s.tokens, k, s.to) && commaBefore(s, k)) out.push(k);
  }
  return out;
}

// "غارات نفذتها طائرات أمريكية فجر اليوم، استهدفت معسكر عياش": a verb whose subject is elided
// (its object follows at once) continues the act before it. When that act has no place yet, the
// clause is where it happened, not another act.
const AGENT_CUES = new Set(['strike_agent', 'air_agent', 'attack_agent']);
// A subject stands right after its verb ("، استهدفت مسيرة أخرى"); "بمسيرة"، "للميليشيات" are no subject.
const SUBJECT_REACH = 2;
function continuesPlacelessAct(s: SentenceFacts, from: number, verb: number): boolean {
  // (Where mourners gathered, "شيّعت جماهير في كربلاء جثامين الذين ارتقوا بقصف …، استهدف مواقعهم في البوكمال", is no place of the act.)
  const mourners = gatheredAt(s.tokens, from, verb, s.cues, s.places);
  if (s.places.some((p) => p.from >= from && p.from < verb && !mourners.includes(p))) return false;
  if (!s.places.some((p) => p.from > verb)) return false;
  return subjectElided(s, verb, s.to);
}
/** No subject (an actor, a weapon, an agent) right after the verb at `verb`, within tokens before `to`. */
function subjectElided(s: SentenceFacts, verb: number, to: number): boolean {
  const reach = Math.min(to, verb + 1 + SUBJECT_REACH);
  const subject = (x: { from: number }) => x.from > verb && x.from < reach && !/^(ل|ب)/.test(s.tokens[x.from].norm);
  return !(s.actors.some(subject) || s.weapons.some(subject) || s.cues.some((c) => subject(c) && AGENT_CUES.has(c.value)));
}

// "…، في وقت تعرضت فيه قاعدة خراب الجير لهجوم مماثل"، "في الوقت الذي سقطت فيه صواريخ على …": "while" and an
// act verb open a clause telling another act at the same time. ("في وقت سابق، قصفت …" tells an earlier one: no
// clause of this kind.)
const WHILE_VERBS = new Set([...CLAUSE_VERBS, ...['تعرضت', 'تعرض', 'تتعرض', 'يتعرض', 'هوجمت', 'دوت', 'دوي'].map(foldWord)]);
const NOT_WHILE = /^(سابق|لاحق|متاخر|مبكر|قريب|قصير|واحد)$/;
const WHILE_REACH = 4;
// "في أعنف ضربة تتلقاها قوات التحالف منذ الصواريخ الإيرانية على عين الأسد في يناير": the act a time is counted from
// opens a clause of its own, an earlier act (see isRecall).
function sinceActStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) if (sinceActAt(s.tokens, k, s.to)) out.push(k);
  return out;
}

export function whileClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    if (!/^و?في$/.test(s.tokens[k].norm) || !/^(وقت|الوقت)$/.test(s.tokens[k + 1].norm) || NOT_WHILE.test(s.tokens[k + 2].norm)) continue;
    for (let j = k + 2; j < Math.min(s.to, k + 2 + WHILE_REACH); j++) {
      if (!WHILE_VERBS.has(verbStem(s.tokens[j]))) continue;
      out.push(k);
      break;
    }
  }
  return out;
}

// "تتبنى استهداف قاعدة الاحتلال في أربيل.. وعدوان أميركي على مقرات الحشد في بابل": two dots join the parts of a
// headline; each part placed on its own tells its own act ("انفجار يهز مخزناً قرب قاعدة بلد.. ومصدر: مسيرة وراء
// الحادث" tells the cause of the one act; three dots in a quote are an elision).
const HEADLINE_JOIN = /(^|[^.])\.\.([^.]|$)/;
function headlinePartStarts(s: SentenceFacts): number[] {
  const text = s.span.text;
  const joins: number[] = [];
  for (let k = s.from + 1; k < s.to; k++) if (HEADLINE_JOIN.test(text.slice(s.tokens[k - 1].end - s.span.start, s.tokens[k].start - s.span.start))) joins.push(k);
  const bounds = [s.from, ...joins, s.to];
  const placed = (a: number, b: number) => s.places.some((p) => p.from >= a && p.from < b && p.place.kind !== 'country');
  return joins.filter((k, i) => placed(bounds[i], k) && placed(k, bounds[i + 2]));
}

// "رغم إعلان الفصائل تعليق الهجمات على القوات الأمريكية، سقط صاروخان على قاعدة عين الأسد": a sentence opening with
// what its act came despite tells that matter up to the first comma, and the act after it.
/** "رغم"، "برغم"، "بالرغم": what an act came despite opens here. */
export const DESPITE_WORD = /^و?(رغم|برغم|بالرغم)$/;
function despiteClauseEnd(s: SentenceFacts): number[] {
  const first = s.tokens[s.from];
  const opens = !!first && (DESPITE_WORD.test(first.norm) || (/^و?علي$/.test(first.norm) && s.tokens[s.from + 1]?.norm === 'الرغم'));
  if (!opens) return [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) if (commaBefore(s, k)) return [k];
  return [];
}

// "… أن الصواريخ استهدفت القوات في قاعدة رميلان، …، وأضاف أن طائرة تابعة للتحالف ضربت المنصة": after an act told, "and he
// added that" opens another proposition with an act of its own.
const ADDED = /^و(اضاف|اضافت|اضافوا|تابع|تابعت|اشار|اشارت|لفت|لفتت|اكد|اكدت|اوضح|اوضحت)$/;
const THAT_CLAUSE = /^(ان|بان)$/;
const ACT_CUES = new Set(['trigger', 'strike_agent', 'air_agent']);
function addedClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    if (!ADDED.test(s.tokens[k].norm) || !THAT_CLAUSE.test(s.tokens[k + 1]?.norm ?? '') || !commaBefore(s, k)) continue;
    const before = s.cues.some((c) => ACT_CUES.has(c.value) && c.from >= (out.at(-1) ?? s.from) && c.from < k);
    const after = s.cues.some((c) => ACT_CUES.has(c.value) && c.from > k + 1);
    if (before && after) out.push(k);
  }
  return out;
}

/** A comma between token k-1 and token k. */
function commaBefore(s: SentenceFacts, k: number): boolean {
  const text = s.span.text;
  for (let i = s.tokens[k - 1].end - s.span.start; i < s.tokens[k].start - s.span.start; i++) if (text[i] === '،' || text[i] === ',') return true;
  return false;
}

// "وتزامن استهداف X في المشتل، مع قصف على مخازن …": what "coincided with" is another act.
const COINCIDED = /^و?(تزامن|تزامنت|يتزامن|تتزامن|ترافق|ترافقت|تزامنا|بالتزامن)$/;
const COINCIDED_REACH = 12;
export function concurrentActStarts(s: SentenceFacts): number[] {
  for (let k = s.from; k < Math.min(s.to, s.from + 3); k++) {
    if (!COINCIDED.test(s.tokens[k].norm)) continue;
    for (let j = k + 2; j < Math.min(s.to - 1, k + COINCIDED_REACH); j++) if (s.tokens[j].norm === 'مع') return [j];
  }
  return [];
}
