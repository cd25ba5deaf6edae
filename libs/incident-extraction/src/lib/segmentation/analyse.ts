import type { CasualtyMention } from '../casualties/casualties';
import { DATE_STRENGTH, pinsDay, strongestDate } from '../dates/dates';
import { MONTH1, MONTH2, PAST, SPAN_WORD, WEEKDAYS } from '../dates/date-words';
import { Gazetteer, PlaceMention } from '../gazetteer/gazetteer';
import { KeyToken, wordBefore } from '../text/tokens';
import { readAct } from './acts';
import { IRAN_LINKED } from './agents';
import { Candidate } from './candidate';
import { ArticleContext, intentStart, readCategory } from './category';
import { claimCandidate, claimFollowUp, claimsOwnAct } from './claims';
import { isRecall, sinceActAt } from './framing';
import { atBorderTown, bestOfGroup, countryDefault, groupPlaces, HOSPITAL, mostSpecific, selectPlaces } from './places';
import { comparesAt, concurrentActStarts, opensWithElidedSubject } from './segments';
import { Segment, segmentOf } from './segment';
import { SentenceFacts } from './sentence-facts';
import { commemorates, deniesDoing, deniesReport, framedAsNonEvent, hitsSyrianArmy, inAnotherTheatre, isAggregate, isOtherConflict, LIES } from './vetoes';
import { FIRED_FROM_AFAR } from '../lexicons/weapons';

// One segment → its candidates, in passes: is there an act (acts.ts), is it framed as no
// event or another war (vetoes.ts), a claim or a follow-up (claims.ts), where (places.ts),
// which side was hit (category.ts), then one candidate per distinct place.

export type { Candidate } from './candidate';
export { articleContext, type ArticleContext } from './category';
export { segmentsOf } from './segments';
export { sentenceFacts, type SentenceFacts, type Tagged } from './sentence-facts';

type Base = Omit<Candidate, 'category' | 'place' | 'placeIsDefault' | 'date' | 'claim' | 'target' | 'detail' | 'casualties'>;

export function analyseSegment(tokens: KeyToken[], s: SentenceFacts, a: number, b: number, order: number, gaz: Gazetteer, ctx: ArticleContext = { ourWar: true, otherWar: false }): Candidate[] {
  const seg = segmentOf(tokens, s, a, b);
  const base: Base = { sentence: s, from: a, to: b, order, weapons: seg.weapons, actors: seg.actors };
  const act = readAct(seg);
  if (framedAsNonEvent(seg)) {
    if (act.trigger > 0 && deniesReport(seg) && !deniesDoing(seg)) {
      // ("نفى السفير الإيراني في دمشق سقوط أي إيراني": where the envoy serves is no site denied.)
      const named = selectPlaces(seg, gaz).specific.filter((p) => !wordBefore(tokens, p.from, a, ENVOY_REACH, ENVOY));
      // ("ونفى المصدر تعرض القاعدة لأي هجوم": the site told by its kind, named before, when a denial says so; "ليس
      // الهجوم الأول على المطار" denies nothing.)
      const denied = seg.tokens.slice(seg.a, seg.b).some((t) => DENIAL_VERB.test(t.norm));
      const told = named.length === 0 && denied && toldSite(seg) ? siteToldOf(seg, ctx, gaz).siteTold : undefined;
      ctx.deniedSites?.push(...named, ...(told ? [told] : []));
    }
    return [];
  }
  // "وكانت القاعدة قد تعرضت الخميس الماضي لهجوم مماثل تبنته الفصائل": an earlier, other act with its own claim.
  const follow = isRecall(tokens, a, b, s.from) && toldAsAnother(seg) ? null : claimFollowUp(tokens, s, seg.cues, seg.actors, a, b);
  if (follow) return [claimCandidate(tokens, s, a, b, order, follow, seg.actors, seg.weapons)];
  if (act.trigger === 0 || locatesToldThing(seg)) return placeFollowUp(seg, base, gaz) ?? tollSites(seg, base, gaz) ?? countsFollowUp(seg, base);
  // "وهو الهجوم الثالث على القاعدة منذ مطلع الشهر": an ordinal about the act just told adds nothing, its time is a bound.
  if (comparesToOthers(seg))
    return [
      {
        ...base,
        category: 'attack_on_us_forces',
        place: null,
        placeIsDefault: false,
        date: null,
        casualties: beforeSince(seg),
        claim: false,
        target: null,
        detail: 0,
        continuation: true,
        comparison: true,
      },
    ];
  if (isAggregate(seg) || isOtherConflict(seg)) return [];

  const intent = intentStart(seg);
  const selected = selectPlaces(seg, gaz);
  const usable = selected.usable;
  // A US site in an intent clause is what they meant to hit, not where anything happened.
  const intended = (p: PlaceMention) => p.place.us && p.from >= intent;
  let specific = selected.specific.filter((p) => !intended(p));
  // "قتلت سليماني والمهندس بضربة قرب مطار بغداد": a US site only near where Iran's men were hit locates the strike.
  // Their men or their sites, told anywhere in the sentence ("قواعد يستخدمها الحشد … كان آخرها في مقر قرب قاعدة بلد").
  const iranHit = () => s.actors.some((x) => IRAN_LINKED.has(x.value) && wordBefore(tokens, x.from, s.from, HIT_MEN_REACH, HIT_MEN_BEFORE));
  // "الضربة التي قتلت سليماني والمهندس"، "اغتيل سليماني بغارة": Iran's men killed at a US site were what was hit there.
  const iranKilled = () => s.actors.some((x) => IRAN_LINKED.has(x.value) && wordBefore(tokens, x.from, s.from, KILLED_REACH, KILLED_BEFORE));
  // ("سقط صاروخ على منزل في الرضوانية قرب مطار بغداد": fire that fell near a US site told as the locator was aimed at it.)
  const firedNear = () => seg.weapons.some((w) => FIRED_FROM_AFAR.has(w.value)) && usable.some((p) => p.place.us && nearOnly(seg, p.from));
  const usPlace = (specific.some((p) => p.place.us && !(nearOnly(seg, p.from) && iranHit())) || (firedNear() && !iranHit())) && !iranKilled();
  let reading = readCategory(seg, usPlace, ctx);
  // "زفّت هيئة الحشد الشعبي الشهيد القائد …، الذي ارتقى إثر استهداف عجلته بطائرة مسيرة قرب القائم": an act
  // told after an opening with no act of its own takes the sides that opening names.
  // ("عقب القصف" points back to an act already told: nothing new.)
  // "قصفت طائرات أمريكية مقراً في القائم، ثم استهدفت موقعاً في الميادين": a verb opening the segment with its
  // subject elided has the subject of the act told before it in the sentence; both read the sentence up to here.
  const pointsBackToAct = seg.cues.some((c) => c.value === 'trigger' && /^(و|ف)?(ب|ل|ك)?(ال|لل)/.test(tokens[c.from].norm));
  const opensAfterNoAct = act.trigger > 0 && !pointsBackToAct && !s.cues.some((c) => ACT_CUE.has(c.value) && c.from >= s.from && c.from < a);
  if (!reading.category && a > s.from && (opensAfterNoAct || opensWithElidedSubject(s, a, b))) {
    const whole = readCategory(segmentOf(tokens, s, s.from, b), usPlace, ctx);
    if (whole.category) reading = whole;
  }
  // "أصيبوا في ضربة ثانية طاولت موقعاً في محافظة واسط": a second or another strike is one more of the strikes told.
  if (!reading.category && ctx.ourWar && !ctx.otherWar && anotherStrike(seg)) reading = { ...reading, category: 'strike_on_militias' };
  const { category, agents, usTargetCues, strikerWeight, explicit } = reading;
  const cas = seg.casualties();
  if (category && inAnotherTheatre(seg)) return [];
  // ("أحيت جماهير في بغداد ذكرى … الغارة التي استهدفت موكبهم فجر 3 كانون الثاني 2020": an act remembered, with no
  // place of its own, is background: where it is remembered is not where it happened. A place pointed back to,
  // "قرب المطار ذاته"، "قرب المطار", is its own.)
  if (category && !specific.length && !seg.count('same_place') && !toldSite(seg) && commemorates(seg)) return [];
  // ("بعد ساعات من انتهاء مراسم تشييع ضحايا الضربة الأمريكية قرب مطار بغداد"، "شيّع الآلاف ضحايا الغارة": an act told
  // only as whose victims were mourned came before; with no time of its own it is background.)
  if (category && victimsOf(seg) && !seg.dates().length) return [];
  // (Nor an unplaced strike in an article that tells only another theatre's acts.)
  if (category === 'strike_on_militias' && ctx.elsewhereOnly && !specific.length) return [];
  if (!category) return (specific.length ? (placeFollowUp(seg, base, gaz) ?? tollSites(seg, base, gaz)) : null) ?? uncategorised(seg, base, specific, ctx, gaz);
  const iranLinkedNamed = s.actors.some((x) => IRAN_LINKED.has(x.value));
  // "استشهد اثنان من الحشد بانفجار عبوة ناسفة": a roadside bomb or gunfire on Iran's men is no air, drone or missile
  // strike (ISIS's war, most often), unless aircraft are named.
  // ("قتل اثنان من عناصر الحشد إثر انفجار عبوة ناسفة": the means may be told in the clause after, in the sentence.)
  if (category === 'strike_on_militias' && (groundMeansOnly(seg) || (seg.weapons.length === 0 && groundMeansOnly(s)))) return [];
  // Strikes on the SDF (Turkish drones, ISIS cells) are another conflict.
  if (category === 'strike_on_militias' && seg.has('sdf') && !iranLinkedNamed) return [];
  // Israeli strikes on the Syrian army's sites name no Iran-backed target: that army's war, not this one.
  if (category === 'strike_on_militias' && !iranLinkedNamed && (ctx.syrianArmyHit || (hitsSyrianArmy(seg) && !ctx.iranFirst))) return [];
  // After the fall of Assad, Israel's strikes in Syria hit the new state's forces: not this war, unless Iran's men are named.
  if (
    category === 'strike_on_militias' &&
    ctx.afterAssad &&
    !iranLinkedNamed &&
    s.actors.some((x) => x.value === 'israel') &&
    !s.actors.some((x) => x.value === 'us' || x.value === 'coalition') &&
    !specific.some((p) => p.place.country !== 'SY')
  )
    return [];
  // "استهدفت طائرات حربية منازل في ريف السويداء … ورجحت مصادر أن تكون طائرات أردنية نفذتها": in an article that names
  // another war's aircraft (Jordan's raids on smugglers, Russia's, the Syrian government's, Turkey's drones) and none of
  // this war's sides, a strike naming no side of its own is that war's. (The Syrian army's ground war told beside a
  // strike is not enough: "تواصل قوات النظام ملاحقة خلايا داعش".)
  if (category === 'strike_on_militias' && ctx.otherAircraft && !ctx.ourWar && seg.count('militia_target') === 0) return [];
  // ("قال وزير الدفاع خلوصي أكار إن الطائرات الحربية قصفت ملاجئ ومخازن ذخيرة يستخدمها الحزب": in an article naming
  // Turkey as a party and none of this war's sides, whatever was struck is Turkey's war's. The Syrian army's ground
  // war told beside an unknown strike is not enough: that strike may be ours.)
  if (category === 'strike_on_militias' && ctx.turkishWar && !ctx.ourWar) return [];
  // In an article on the war with ISIS, a strike that names no Iran-backed target is that war's.
  if (category === 'strike_on_militias' && ctx.isisTargeted && !iranLinkedNamed && seg.count('militia_target') === 0) return [];
  // The US does not strike its own base: a US site in a strike's segment is where something else
  // happened ("قياديين متورطين في هجمات على قاعدة عين الأسد"), unless the strike was near it ("بغارة
  // أمريكية قرب مطار بغداد": the site only locates the target). Only a US site is a misreading.
  // ("آليتين تشكلان تهديداً لقوات التحالف في حامية التنف": the site of the forces a target threatened locates it too.)
  const threatenedThere = (p: PlaceMention) => seg.cues.some((c) => c.value === 'threat' && c.to <= p.from);
  const ownSite = (p: PlaceMention) => category === 'strike_on_militias' && p.place.us && !nearOnly(seg, p.from) && !threatenedThere(p) && !seg.has('israel') && !iranKilled();
  // "ضربات على مقرات للفصائل، مضيفة أن هجوم أربيل أدى إلى …": a place an attack is named by ("هجوم أربيل") is that
  // attack's; the strike may still be told without a place.
  if (category === 'strike_on_militias') specific = specific.filter((p) => !namesAttack(tokens, p, a));
  if (specific.some(ownSite)) {
    // Without the site, the region that enclosed it may be all the segment tells ("بريف دير الزور الشرقي").
    specific = mostSpecific(
      selected.named.filter((p) => !ownSite(p) && !intended(p)),
      gaz,
    );
    if (!specific.length) return [];
  }

  const date = strongestDate(seg.dates());
  // (A side held responsible by another claimed nothing.)
  const claim = !reading.heldResponsible && claimsOwnAct(seg, category, agents);
  const targetCue = (category === 'attack_on_us_forces' ? usTargetCues : seg.cues.filter((c) => c.value === 'militia_target'))[0];
  const target = targetCue ? s.span.text.slice(targetCue.start - s.span.start, targetCue.end - s.span.start) : null;

  const groups = groupPlaces(specific, s);
  let placeIsDefault = false;
  if (groups.length === 0 && category === 'attack_on_us_forces') {
    const def = countryDefault(usable, gaz);
    if (def) {
      groups.push([def]);
      placeIsDefault = true;
    }
  }
  const detail = (cas.length ? 1 : 0) + (pinsDay(date) ? 1 : 0) + (groups.length ? 1 : 0) + (strikerWeight > 0 || seg.actors.length ? 1 : 0);
  const weakOnly = act.trigger === act.blast && !seg.weapons.some((w) => w.value === 'ied');
  const cand: Candidate = {
    ...base,
    category,
    place: null,
    placeIsDefault,
    date,
    casualties: cas,
    claim,
    target,
    detail,
    recall: isRecall(tokens, a, b, s.from),
    ...(sinceAct(seg) && { measure: true }),
    weakOnly,
    another: toldAsAnother(seg),
    explicit,
    timeAnchor: namesTime(seg),
    cause: toldAsCause(seg),
    concurrent: concurrentActStarts(s).includes(a),
  };
  // "في وقت سابق … تعرضت القاعدة لهجوم": a recollection pointing back to the site just named happened there.
  // Its side is its own when it names a striker ("بغارة أمريكية قرب المطار ذاته"), else that of the report pointed back to.
  if (groups.length === 0)
    return [
      {
        ...cand,
        // (An act the news is measured from points back to nothing: "منذ الضربات الأمريكية الأخيرة".)
        samePlace: seg.count('same_place') > 0 || (!!cand.recall && !cand.measure && refersBack(seg, false, seg.b - seg.a)),
        atSiteTold: toldSite(seg),
        ...siteToldOf(seg, ctx, gaz),
        launchSite: category === 'strike_on_militias' && hitsLauncher(seg) ? lastLaunchSite(seg, ctx) : undefined,
        borrowsCategory: !(category === 'strike_on_militias' && seg.actors.some((x) => x.value === 'us' || x.value === 'israel')),
      },
    ];
  // "إعلام الحشد في بابل وصف ما جرى بأنه ضربة استهدفت مقار داخل القاعدة": a site told by its kind, named before, lies
  // within the only place the segment names: the act was there.
  const site = groups.length === 1 && toldSite(seg) ? siteToldOf(seg, ctx, gaz).siteTold : undefined;
  const within = (p: PlaceMention) => (site && site.place.ancestors.includes(p.place.id) && site.place.us === p.place.us ? site : p);
  return groups.map((g) => ({
    ...cand,
    place: within(groups.length === 1 && category === 'strike_on_militias' ? atBorderTown(bestOfGroup(g, category), [seg.s], gaz) : bestOfGroup(g, category)),
  }));
}

const ACT_CUE = new Set(['trigger', 'weak_trigger', 'strike_agent', 'launch']);

const ENVOY = /^(ال)?(سفير|قنصل|ممثل|مندوب|مراسل|مكتب|سفاره)$/;
const ENVOY_REACH = 3;

// "قائد فيلق القدس"، "عنصران من الحشد"، "مقر للحرس"، "موكباً لكتائب …": Iran's men, sites or vehicles as the ones hit ("صواريخ إيرانية" is no victim).
const HIT_MEN_BEFORE =
  /^(قايد|قاده|القايد|رييس|نايب|قيادي|قياديا|قياديين|القيادي|عناصر|عنصر|عنصرا|عنصرين|عنصران|مقاتلين|مقاتلي|مستشار|مستشارين|المستشار|ضابط|ضباط|من|في|مقر|مقرا|مقرات|مقار|موقع|موقعا|مواقع|مستودع|مستودعا|مستودعات|مخزن|مخزنا|مخازن|معسكر|معسكرا|معسكرات|مركز|مركزا|مراكز|منشاه|منشات|قواعد|موكب|موكبا|رتل|رتلا|قافله|عجله|عجلات|سياره|سيارات|شاحنه|شاحنات|تابع|تابعا|تابعه|التابع|التابعه|يستخدمها|تستخدمها|يستخدمه|يستخدمونها|تقل|تقلان|يقل|يقلان|تنقل|ينقل|تقلهم|تقله)$/;
const HIT_MEN_REACH = 2;

// A killing verb, not its noun: "ذكرى مقتل سليماني" is a commemoration, the act told is another.
const KILLED_BEFORE = /^(قتلت|قتل|اغتيل|اغتالت|اغتال|تقتل|يقتل)$/;
const KILLED_REACH = 2;

// "قرب"، "بالقرب من"، "في محيط": the place named next only locates the act.
// ("رتلاً … كان يتقدم شمال غربي قاعدة التنف"، "اقترب من قاعدة التنف"، "على طريق التنف": a bearing from a site,
// the way to it or coming close to it locates, as "near" does.)
// ("مسلحين تقدموا نحو حامية التنف": heading for it.)
const NEAR_WORD = /^(قرب|بقرب|بالقرب|محيط|بمحيط|قريب|قريبا|مقربه|بمقربه|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|طريق|اقترب|اقتربت|يقترب|تقترب|اقتربوا|اقتربا|يقتربون|نحو|صوب)$/;
// ("اقتربوا من قاعدة الشدادي": the site's noun and "من" between.)
const NEAR_REACH = 3;
const nearOnly = (seg: Segment, at: number) => wordBefore(seg.tokens, at, seg.a, NEAR_REACH, NEAR_WORD);

// "هجوم مماثل"، "مقرا آخر": another act than the one just told.
// "ردا على …"، "انتقاما لـ …"، "في أعقاب …": the segment tells another act, answered or followed ("ردا على هجوم أربيل"،
// "بعد ساعات من هجوم"); with "إثر"، "جراء"، "بسبب" it tells a cause, which may be of an effect just told ("مقتل سائق …
// إثر انفجار عبوة").
const OTHER_ACT_WORDS = ['ردا', 'رد', 'ردت', 'انتقاما', 'ثارا', 'اعقاب', 'عقب', 'بعد', 'خلفيه', 'بناء', 'كرد', 'كرده', 'غداه'];
const OTHER_ACT_LEAD = new RegExp(`^و?(${OTHER_ACT_WORDS.join('|')})$`);
const CAUSE_LEAD = new RegExp(`^و?(${[...OTHER_ACT_WORDS, 'اثر', 'جراء', 'بسبب'].join('|')})$`);
const CAUSE_REACH = 3;
const leadsWith = (seg: Segment, lead: RegExp) => seg.tokens.slice(seg.a, Math.min(seg.b, seg.a + CAUSE_REACH)).some((t) => t.keys.some((k) => lead.test(k)));
const toldAsCause = (seg: Segment) => leadsWith(seg, CAUSE_LEAD);
const toldAsOtherAct = (seg: Segment) => leadsWith(seg, OTHER_ACT_LEAD);
// "… منذ الصواريخ الإيرانية على عين الأسد": the act a time is counted from.
const sinceAct = (seg: Segment) => sinceActAt(seg.tokens, seg.a, seg.b);

// ("ووفقاً لتوثيقات المرصد، فإن هذه هي الضربة السابعة …": after whose count it is, «فإن» opens the comparison.)
const THAT_OPENS = /^(فان|ان|بان)$/;
const COMPARISON_LEAD_REACH = 8;
/** "وهو الهجوم الثالث"، "لكنه الأول على السفارة منذ …"، "في ثاني هجوم خلال …": an ordinal about the act just told. */
function comparesToOthers(seg: Segment): boolean {
  for (let k = seg.a; k < Math.min(seg.b, seg.a + COMPARISON_LEAD_REACH); k++) if ((k < seg.a + 4 || THAT_OPENS.test(seg.tokens[k - 1].norm)) && comparesAt(seg.tokens, k, seg.b)) return true;
  return false;
}
// "… منذ مطلع الشهر الفائت، قُتل فيها أكثر من 20 عنصراً": a toll told after the span the count runs over is the series'.
function beforeSince(seg: Segment): CasualtyMention[] {
  const since = seg.tokens.slice(seg.a, seg.b).findIndex((t) => t.norm === 'منذ');
  return since < 0 ? seg.casualties() : seg.casualties().filter((c) => c.start < seg.tokens[seg.a + since].start);
}

// Words that name a time even where the article's own date is unknown and nothing resolves.
// "في الرابع من الشهر الجاري"، "مطلع الأسبوع": a time an undated page cannot resolve is still a time.
const TIME_WORDS = new Set<string>([
  ...WEEKDAYS.keys(),
  ...MONTH1.keys(),
  ...MONTH2.keys(),
  ...PAST,
  'امس',
  'البارحه',
  'اليوم',
  'الليله',
  'الشهر',
  'الاسبوع',
  'الجاري',
  'مطلع',
  'منتصف',
  'اواخر',
  'اواسط',
  'اوايل',
]);

// "بالتزامن مع هجوم مماثل على …"، "في وقت تعرضت فيه …": an act at the time of the one told before it.
const AT_THAT_TIME = /^و?(بالتزامن|تزامنا|تزامن|تزامنت|وقت|الوقت)$/;
const AT_THAT_TIME_REACH = 2;
const atThatTime = (seg: Segment) => seg.tokens.slice(seg.a, Math.min(seg.b, seg.a + AT_THAT_TIME_REACH)).some((t) => AT_THAT_TIME.test(t.norm));

/** A time named in the segment, resolved or not (an article without a date resolves no weekday). */
function namesTime(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  if (a > seg.s.from && atThatTime(seg)) return true;
  // "قبل أسبوعين"، "منذ 3 أيام"، "قبل ذلك بيومين".
  const spanBack = (k: number) =>
    (/^و?(قبل|منذ)$/.test(tokens[k].norm) && k + 1 < b && SPAN_WORD.test(tokens[k + 1].norm)) ||
    (k > a && tokens[k - 1].norm === 'ذلك' && tokens[k].norm.startsWith('ب') && tokens[k].keys.some((x) => SPAN_WORD.test(x)));
  return seg.dates().length > 0 || tokens.slice(a, b).some((t, i) => t.keys.some((k) => TIME_WORDS.has(k)) || spanBack(a + i));
}

const STRIKE_NOUN_INDEF = /^(و|ف)?(ب|ل|في)?(ضربه|غاره|ضربات|غارات|ضربتان|ضربتين|غارتان|غارتين)$/;
const NEXT_ONE = /^(ثانيه|ثالثه|رابعه|اخري|اخريان|اخريين|اخرتان|اخرتين)$/;
const anotherStrike = (seg: Segment) => seg.tokens.slice(seg.a, seg.b - 1).some((t, k) => STRIKE_NOUN_INDEF.test(t.norm) && NEXT_ONE.test(seg.tokens[seg.a + k + 1].norm));

// "هجوم آخر" and "مقرا آخر" are another act; "مسيرة أخرى" and "مرة أخرى" may be the same one.
export const SIMILAR = /^(مماثل|مماثله|مماثلا|مشابه|مشابهه|مشابها)$/;
const RANKED = /^(الاعلي|الاكبر|الاعنف|الاكثر|الاشد|الادمي|اعلي|اكبر|اعنف|اكثر|اشد)$/;
const RANKED_REACH = 3;
const OTHER = /^(اخر|اخري|اخرا)$/;
const ACT_OR_TARGET = /^(هجوم|هجوما|هجمه|ضربه|غاره|قصف|قصفا|عمليه|استهداف|اعتداء|مقر|مقرا|موقع|موقعا|هدف|هدفا)$/;
function toldAsAnother(seg: Segment): boolean {
  for (let k = seg.a + 1; k < seg.b; k++) {
    const t = seg.tokens[k].norm;
    // ("في حصيلة هي الأعلى لضربة مماثلة": a ranking among similar acts, not another act.)
    if (SIMILAR.test(t) && seg.tokens.slice(Math.max(seg.a, k - RANKED_REACH), k).some((x) => RANKED.test(x.norm))) continue;
    if (SIMILAR.test(t) || (OTHER.test(t) && seg.tokens[k - 1].keys.some((x) => ACT_OR_TARGET.test(x)))) return true;
  }
  return false;
}

// "ووقعت الغارات في محيط البوكمال"، "وجرى ذلك في قاعدة خراب الجير": a definite act or target, or
// "ذلك", pointing back to what was just told.
const BACK_NOUN =
  /^(و|ف)?(ب|ل)?(ال|لل)(غارات|غاره|ضربات|ضربتان|ضربتين|ضربه|هجوم|هجمات|قصف|استهداف|عمليه|مقر|مقرات|مستودع|مستودعات|مخزن|مخازن|شاحنه|شاحنات|سياره|قاعده|معسكر|حقل|مطار|سفاره|موقع|مواقع|منشاه|منشات|صواريخ|مسيره|مسيرات|قافله|رتل|هدف|اهداف)$/;
const THAT = /^و?ذلك$/;
// "على القاعدة"، "استُهدفت القاعدة": a site named by its kind alone is the one already told.
const SITE_TOLD = /^(و|ف)?(ب|ل)?(ال|لل)(قاعده|معسكر|مطار|حقل|سفاره|منشاه|مقر|مجمع|مخزن|مستودع)$/;
const DENIAL_VERB = /^(و|ف)?(نفي|نفت|ينفي|تنفي|نافيا|نافيه|نفوا)$/;
// "أُطلقت خمسة صواريخ من بلدة زمار باتجاهها": fired toward it, the site told before.
const TOWARD_IT = /^(باتجاه|نحو|تجاه|صوب)(ها|ه)$/;
// "أصابت ثلاثة صواريخ القسم العسكري منه"، "سقط صاروخ داخلها": a part of it, or inside or around it (not "المدينة
// ومحيطها", the place just named and its surroundings).
const IN_IT = /^(ب|في)?(داخل|محيط|سياج|مدرج|بوابه|مدخل|ساحه)(ه|ها)$/;
const PART = /^(ال)?(قسم|جزء|جانب|شطر|جناح)$/;
const OF_IT = /^(منه|منها)$/;
const PART_REACH = 2;
const partOfIt = (all: readonly KeyToken[], i: number) => OF_IT.test(all[i].norm) && all.slice(Math.max(0, i - PART_REACH), i).some((t) => PART.test(t.norm));
const pointsToSite = (t: KeyToken, i: number, all: readonly KeyToken[]) => SITE_TOLD.test(t.norm) || TOWARD_IT.test(t.norm) || IN_IT.test(t.norm) || partOfIt(all, i);
const toldSite = (seg: Segment) => seg.tokens.slice(seg.a, seg.b).some(pointsToSite);
// The kinds of place each site noun names.
const SITE_KINDS: Array<[RegExp, ReadonlySet<string>]> = [
  [/مطار$/, new Set(['airport'])],
  [/(قاعده|معسكر)$/, new Set(['base', 'camp'])],
  [/سفاره$/, new Set(['facility'])],
  [/حقل$/, new Set(['oilfield'])],
  // A headquarters, compound or facility lies in a camp, a base or a town ("مقر للحشد داخل معسكر كالسو").
  // (A depot too: "هزت انفجارات معسكر الصقر … ورجحت أن يكون المخزن قد استُهدف".)
  [/(مقر|مجمع|منشاه|مخزن|مستودع)$/, new Set(['base', 'camp', 'facility', 'airport', 'oilfield', 'town', 'village', 'neighbourhood', 'city'])],
];
/** The site a report told by its kind points back to, and the day the sentence naming it pins. */
function siteToldOf(seg: Segment, ctx: ArticleContext, gaz: Gazetteer): Pick<Candidate, 'siteTold' | 'siteToldDay'> {
  const siteTold = namedSiteOfKind(seg, ctx) ?? baseBeside(seg, ctx, gaz);
  const siteToldDay = siteTold && ctx.siteDays?.get(siteTold);
  return siteToldDay ? { siteTold, siteToldDay } : { siteTold };
}
// "داخل القاعدة الملاصقة للمطار"، "القاعدة المجاورة لمطار بغداد": the US base that lies at the airport (or
// other site) told, named by the gazetteer as its part.
const BESIDE = /^(ال)?(ملاصقه|مجاوره|محاذيه|قريبه|واقعه|تابعه)$/;
const BESIDE_REACH = 2;
function baseBeside(seg: Segment, ctx: ArticleContext, gaz: Gazetteer): PlaceMention | undefined {
  const { tokens, a, b } = seg;
  for (let k = a; k + 1 < b; k++) {
    if (!/^(ال|بال|لل|وال)قاعده$/.test(tokens[k].norm)) continue;
    const near = tokens.slice(k + 1, Math.min(b, k + 1 + BESIDE_REACH)).findIndex((t) => BESIDE.test(t.norm));
    if (near < 0) continue;
    let at = k + 1 + near + 1;
    if (at < b && /^(من|عن)$/.test(tokens[at].norm)) at++;
    // The site beside it: named right there, or told by its kind ("للمطار") and named earlier.
    const named = seg.places().find((p) => p.from >= at && p.from <= at + 1);
    const kind = named ? undefined : SITE_KINDS.find(([re]) => at < b && re.test(tokens[at].norm))?.[1];
    const site = named ?? (kind ? (ctx.places ?? []).filter((p) => p.end <= tokens[at].start && kind.has(p.place.kind)).at(-1) : undefined);
    if (!site) continue;
    const base = gaz.all().find((p) => p.kind === 'base' && p.us && p.parent === site.place.id);
    if (base) return { ...site, place: base };
  }
  return undefined;
}

/** "بضربة قرب المطار" after "قاعدة فكتوريا الملاصقة لمطار بغداد": the last place of the kind told, named before it. */
const SITE_FIRED_AT = new Set(['base', 'camp', 'airport', 'facility', 'oilfield']);
function namedSiteOfKind(seg: Segment, ctx: ArticleContext): PlaceMention | undefined {
  const at = seg.tokens.slice(seg.a, seg.b).findIndex(pointsToSite);
  if (at < 0) return undefined;
  const noun = seg.tokens[seg.a + at];
  const kinds = TOWARD_IT.test(noun.norm) || IN_IT.test(noun.norm) || OF_IT.test(noun.norm) ? SITE_FIRED_AT : SITE_KINDS.find(([re]) => re.test(noun.norm))?.[1];
  if (!kinds) return undefined;
  const before = (ctx.places ?? []).filter((p) => p.end <= noun.start && kinds.has(p.place.kind));
  return before[before.length - 1];
}
// "نفذت ضربة ضد منصة الإطلاق عقب الهجوم": a strike on the launcher, where the attack was launched from.
const LAUNCHER = /^(ال)?(منصه|منصات|راجمه|راجمات|عجله|اليه|شاحنه)$/;
// ("ضربت المنصة": the definite platform is the launcher already told; a launch site must have been told before.)
const hitsLauncher = (seg: Segment) =>
  seg.tokens
    .slice(seg.a, seg.b)
    .some((t, i, all) => LAUNCHER.test(t.norm.replace(/^(و|ف)?(ب|ل)?/, '')) && (!/منص/.test(t.norm) || /^(ال)?اطلاق$/.test(all[i + 1]?.norm ?? '') || /^(و|ف)?(ب|ل)?المنصه$/.test(t.norm)));
const LAUNCHED = /^(انطلقت|انطلق|انطلقا|اطلقت|اطلق|اطلقها|اطلقتها|اطلقوا|انطلاقا)$/;
const LAUNCH_REACH = 4;
/** The last place named as where an act was launched from ("انطلقت من بلدة زمار"), before the segment. */
function lastLaunchSite(seg: Segment, ctx: ArticleContext): PlaceMention | undefined {
  const { tokens } = seg;
  const before = (ctx.places ?? []).filter((p) => p.to <= seg.a && p.from > 0 && p.place.kind !== 'country');
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i];
    let k = p.from - 1;
    if (/^(بلده|منطقه|قضاء|ناحيه|مدينه|قريه)$/.test(tokens[k]?.norm ?? '')) k--;
    if (!/^(من|في)$/.test(tokens[k]?.norm ?? '')) continue;
    for (let j = k - 1; j >= Math.max(0, k - LAUNCH_REACH); j--) if (LAUNCHED.test(tokens[j].norm)) return p;
  }
  return undefined;
}
const BACK_REACH = 8;

const refersBack = (seg: Segment, orThat = false, reach = BACK_REACH) => seg.tokens.slice(seg.a, Math.min(seg.b, seg.a + reach)).some((t) => BACK_NOUN.test(t.norm) || (orThat && THAT.test(t.norm)));

// "ويقع المخزن المذكور في قاعدة بلد، وأسفر الانفجار عن …": where a thing already told lies; what befell
// it was told with it. Not "ويقع الهجوم في سياق …" (an act said to fall within something).
const ACT_SUBJECT = /^(الهجوم|الهجمات|الاستهداف|القصف|الحادث|الحادثه)$/;
const locatesToldThing = (seg: Segment) => {
  const { tokens, a, b } = seg;
  return LIES.test(tokens[a].norm) && a + 1 < b && /^ال/.test(tokens[a + 1].norm) && !ACT_SUBJECT.test(tokens[a + 1].norm);
};

/** A segment with no act of its own that only tells where the act just told happened. */
function placeFollowUp(seg: Segment, base: Base, gaz: Gazetteer): Candidate[] | null {
  if (!refersBack(seg, true)) return null;
  const groups = groupPlaces(selectPlaces(seg, gaz).specific, seg.s);
  // "الضربات طالت مستودعاً في مدينة دير الزور وموقعاً قرب الميادين": each site of the strikes told,
  // when strikes are what is followed up (an attack happens at one place).
  if (!groups.length || (groups.length > 1 && !seg.tokens.slice(seg.a, seg.b).some((t) => STRIKES_TOLD.test(t.norm)) && !sitesHitTold(seg))) return null;
  // ("وتستعيد الضربة في أذهان المقاتلين الغارة التي استهدفت … الهري في حزيران 2018": a date told in full, with its
  // year, is when that place was struck; the act followed up may be another.)
  const told = strongestDate(seg.dates().filter((d) => !d.anchor && d.strength !== DATE_STRENGTH.reportedRelative));
  const cands = placeOnly(base, groups, 'attack_on_us_forces', groups.length === 1 ? seg.casualties() : []).map((c) => (told ? { ...c, date: told } : c));
  return sitesHitTold(seg) ? cands.map((c) => ({ ...c, sitesHit: true })) : cands;
}

/** One follow-up per group of places, telling only where (the category is that of the incident it joins). */
function placeOnly(base: Base, groups: PlaceMention[][], category: Candidate['category'], casualties: Candidate['casualties'], tollSites?: true): Candidate[] {
  return groups.map((g) => ({
    ...base,
    category,
    place: bestOfGroup(g, 'strike_on_militias'),
    placeIsDefault: false,
    date: null,
    casualties,
    claim: false,
    target: null,
    detail: 0,
    continuation: true,
    placeOnly: true,
    ...(tollSites && { tollSites }),
  }));
}
const STRIKES_TOLD = /^(و|ف)?(ب|ل)?(ال|لل)(غارات|ضربات|ضربتان|ضربتين)$/;
// "المستودعات التي استُهدفت في دير الزور والميادين": the sites the strikes hit, told in the plural.
const SITES_HIT_TOLD = /^(و|ف)?(ب|ل)?(ال|لل)(مستودعات|مخازن|مقرات|مواقع|منشات|اهداف)$/;
const HIT_VERB = /^(استهدفت|استهدفتها|قصفت|قصفتها|ضربت|ضربتها|طالتها|اصيبت)$/;
const sitesHitTold = (seg: Segment) => seg.tokens.slice(seg.a, seg.b).some((t, i, all) => SITES_HIT_TOLD.test(t.norm) && all.slice(i + 1, i + 3).some((u) => HIT_VERB.test(u.norm)));

// "وثق المرصد مقتل 8، 6 منهم في مستودع بحي هرابش في مدينة دير الزور، و2 في موقع قرب الميادين"، "توزعت
// بقية الحصيلة على مواقع في بادية الميادين ومحيط البوكمال": a toll told place by place names where the
// strikes just told fell, each place a site of them.
const TOLL_WORD = /^(و|ف|ب|ل)?(ال)?(حصيله|منهم|منهما|قتلي|مقتل)$/;
function tollSites(seg: Segment, base: Base, gaz: Gazetteer): Candidate[] | null {
  const { tokens, a, b } = seg;
  if (!tokens.slice(a, b).some((t) => TOLL_WORD.test(t.norm)) || seg.count('aggregate')) return null;
  // "تنقل القتلى والجرحى إلى مشافي الميادين والبوكمال": where the hurt were taken, not where they fell.
  const taken = (p: PlaceMention) => tokens.slice(Math.max(a, p.from - TAKEN_REACH), p.from).some((t) => t.keys.some((k) => HOSPITAL.test(k)));
  const groups = groupPlaces(
    selectPlaces(seg, gaz).specific.filter((p) => !taken(p)),
    seg.s,
  );
  if (!groups.length) return null;
  // "مقتل أحد عناصرها وإصابة اثنين في الضربة على القائم، و… مقتل اثنين في جرف الصخر": each figure is of the first
  // place told after it.
  const firstAfter = (x: CasualtyMention) =>
    groups
      .flat()
      .filter((p) => p.start >= x.end)
      .sort((p, q) => p.start - q.start)[0];
  const counts = seg.casualties().filter((x) => x.value !== null);
  return groups.map(
    (g) =>
      placeOnly(
        base,
        [g],
        'strike_on_militias',
        counts.filter((x) => g.includes(firstAfter(x)!)),
        true,
      )[0],
  );
}
const TAKEN_REACH = 2;

/** "وقال المرصد إن 6 عناصر قتلوا": counts without an act word follow the incident before. */
function countsFollowUp(seg: Segment, base: Base): Candidate[] {
  const counts = seg.casualties().filter((c) => c.value !== null);
  const placed = seg.places().some((p) => p.place.kind !== 'country');
  if (!counts.length || placed || seg.count('aggregate')) return [];
  return [{ ...base, category: 'attack_on_us_forces', place: null, placeIsDefault: false, date: null, casualties: counts, claim: false, target: null, detail: 0, continuation: true }];
}

/**
 * An act with no side of its own: "the same base" again, an earlier act there ("وفي وقت سابق، سقط
 * صاروخ داخل مجمع السفارة"), or a follow-up about the incident just told ("وأوضحت المصادر أن الهجوم
 * وقع مساء الخميس").
 */
function uncategorised(seg: Segment, base: Base, specific: PlaceMention[], ctx: ArticleContext, gaz: Gazetteer): Candidate[] {
  const placed = specific.length > 0;
  const date = strongestDate(seg.dates());
  const casualties = seg.casualties();
  const common = { ...base, category: 'attack_on_us_forces' as const, place: null, placeIsDefault: false, date, casualties, claim: false, target: null };
  const recall = isRecall(seg.tokens, seg.a, seg.b, seg.s.from);
  // ("وفي وقت سابق من يوم السبت، أعلنت الفصائل تنفيذ هجومين بطائرات مسيّرة على أهداف في إيلات": an act in another
  // theatre, told with no place of ours, happened there, not at the place just named.)
  if (!casualties.length && inAnotherTheatre(seg)) return [];
  // What coincided with the act just told happened where it did, unless it names another place.
  const concurrent = concurrentActStarts(seg.s).includes(seg.a);
  if ((seg.count('same_place') > 0 || recall || concurrent || hitsItAgain(seg)) && !placed)
    return [
      {
        ...common,
        detail: 1,
        samePlace: true,
        borrowsCategory: true,
        recall,
        another: toldAsAnother(seg),
        timeAnchor: namesTime(seg),
        concurrent,
        ...siteToldOf(seg, ctx, gaz),
        ...(((toldAsAnother(seg) && toldAsOtherAct(seg)) || sinceAct(seg)) && { measure: true }),
      },
    ];
  // A follow-up, if it names no other place.
  if (!placed && (casualties.length > 0 || seg.weapons.length > 0 || (refersBack(seg) && date)))
    return [{ ...common, detail: 0, continuation: true, atSiteTold: toldSite(seg), ...siteToldOf(seg, ctx, gaz), ...(strikesPointedBack(seg) && { actOf: 'strike_on_militias' as const }) }];
  // "طائرة مسيّرة استهدفت مقراً أمنياً في بغداد": an act at one place naming no side; the side may be told next
  // ("وحمّلت القيادة التحالف مسؤولية هذا الاعتداء"). Kept only for that (see lendForward).
  const groups = groupPlaces(specific, seg.s);
  // (Two places of one act told in the dual, "ضربتان متزامنتان على مطاري دمشق وحلب", are each kept so: only a
  // striker's timeline makes them its strikes; an act of one place alone lends its place forward.)
  const dual = groups.length === 2 && seg.tokens.slice(seg.a, seg.b).some((t) => DUAL_ACT.test(t.norm));
  if ((groups.length === 1 || dual) && !toldAsOtherAct(seg))
    return groups.map((g) => ({ ...common, place: bestOfGroup(g, 'strike_on_militias'), detail: 0, continuation: true, placeOnly: true, unsided: true }));
  return [];
}

const VICTIMS = /^(و|ل|ب)?(ال)?(ضحايا|شهداء|قتلي|جثامين|جثمان)$/;
const ACT_HEAD = /^(ال)?(ضربه|ضربات|غاره|غارات|هجوم|قصف|عدوان|اعتداء|استهداف)$/;
// (Mourned: "ارتفع عدد ضحايا الضربة إلى خمسة" is the toll of the act told.)
const MOURNED = /^و?(تشييع|شيع|شيعت|شيعوا|يشيع|تشيع|جنازه|مراسم|عزاء|تابين)$/;
const MOURNED_REACH = 3;
/** The segment's first act is told as the one whose victims were mourned ("تشييع ضحايا الضربة الأمريكية"). */
function victimsOf(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  const first = tokens.slice(a, b).findIndex((t) => ACT_HEAD.test(t.norm));
  return first > 0 && VICTIMS.test(tokens[a + first - 1].norm) && wordBefore(tokens, a + first - 1, a, MOURNED_REACH, MOURNED);
}

const DUAL_ACT = /^(ضربتان|ضربتين|غارتان|غارتين|هجومان|هجومين)$/;

// "ففي 20 تشرين الأول 2021 هاجمتها خمس طائرات مسيّرة": an act verb whose object is a pronoun hit the site just told.
const HIT_IT = /^(و|ف)?(هاجمت|هاجم|هاجموا|استهدفت|استهدف|استهدفوا|قصفت|قصف|قصفوا|ضربت|ضرب|طالت|طال)(ها|ه)$/;
const HIT_IT_REACH = 8;
const hitsItAgain = (seg: Segment) => seg.tokens.slice(seg.a, Math.min(seg.b, seg.a + HIT_IT_REACH)).some((t) => HIT_IT.test(t.norm));

// "قالت الحكومة إن الضربات أسفرت عن مقتل عنصر": the strikes told before, not the attack they answered.
const STRIKES_BACK = /^(و|ف)?(ب|ل)?(ال|لل)(ضربه|ضربات|غاره|غارات)$/;
const strikesPointedBack = (seg: Segment): boolean => seg.cues.some((c) => c.value === 'trigger' && STRIKES_BACK.test(seg.tokens[c.from].norm));

// An attack named by its place, in construct ("هجوم أربيل"، "هجمات عين الأسد"، "لهجوم التنف").
const ATTACK_BY_PLACE = /^(و|ف)?(ب|ل|ك)?(هجوم|هجمات|هجومي)$/;
function namesAttack(tokens: KeyToken[], p: PlaceMention, a: number): boolean {
  return p.from - 1 >= a && ATTACK_BY_PLACE.test(tokens[p.from - 1].norm);
}

const GROUND_MEANS = new Set(['ied', 'small_arms']);
const groundMeansOnly = ({ weapons, cues }: Pick<Segment, 'weapons' | 'cues'>): boolean =>
  weapons.length > 0 && weapons.every((w) => GROUND_MEANS.has(w.value)) && !cues.some((c) => c.value === 'strike_agent' || c.value === 'air_agent');
