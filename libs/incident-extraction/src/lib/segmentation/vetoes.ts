import { KeyToken, foldWord, wordBefore } from '../text/tokens';
import { threatens } from './framing';
import { destinations, tellsFind } from './places';
import { STRIKERS } from './agents';
import { Segment } from './segment';
import { DATE_STRENGTH } from '../dates/dates';
import { readNumber } from '../numbers/numbers';
import { FIRED_FROM_AFAR } from '../lexicons/weapons';

// Segments that name an act but tell no incident of this conflict: drills, threats, foiled
// plots and accidents; counts and series of attacks; other wars (Turkey, Russia and the
// Syrian government, ISIS, other theatres).

/** A drill, a threat or hedge, a foiled plot, an accident or a habit: no act happened. */
/** The act told is denied: by a denial before or after it, as untrue reports, or negated. */
export const deniesReport = (seg: Segment): boolean => deniesAct(seg) || deniesProposition(seg) || reportedUntrue(seg) || deniedAfter(seg) || negatesActs(seg);

// "نفى التحالف تنفيذ أي ضربات"، "لم ينفذ التحالف أي ضربات": who did it is denied; another may have.
const DOING = /^(تنفيذ|تنفيذه|تنفيذها|تنفيذهم|قيام|قيامه|قيامها|قيامهم|شن|شنه|شنها|ينفذ|تنفذ|يشن|تشن|يقم|تقم)$/;
const DOING_REACH = 5;
export function deniesDoing(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  if (deniesInvolvement(seg)) return true;
  for (let k = a; k < b; k++) if ((DENY.test(tokens[k].norm) || NOT_DONE.test(tokens[k].norm)) && tokens.slice(k + 1, Math.min(b, k + 1 + DOING_REACH)).some((t) => DOING.test(t.norm))) return true;
  return false;
}

export function framedAsNonEvent(seg: Segment): boolean {
  return (
    isDrill(seg) ||
    threatens(seg.cues, seg.tokens, seg.b) ||
    isFoiledPlot(seg) ||
    seg.count('non_hostile') > 0 ||
    isHabit(seg) ||
    practiceOnly(seg) ||
    deniesAct(seg) ||
    deniesProposition(seg) ||
    reportedUntrue(seg) ||
    deniedAfter(seg) ||
    negatesActs(seg) ||
    locatesByDistance(seg) ||
    chargedWith(seg) ||
    deniesInvolvement(seg) ||
    usNotTargeted(seg) ||
    asksOnly(seg) ||
    suspendedActs(seg) ||
    continuedOnly(seg) ||
    mayOnly(seg) ||
    interceptedInTransit(seg) ||
    mostTargeted(seg) ||
    insteadOf(seg) ||
    aimOnly(seg) ||
    describedByWhatTheyDo(seg)
  );
}

// "شبكات تمويل وإمداد الجماعات التي تستهدف القوات الأمريكية": who a group is, by what it does, in the present tense
// after "which": no act told.
const WHICH_DOES = /^(التي|الذي|الذين|اللتي)$/;
const DOES = /^(تستهدف|يستهدف|يستهدفون|تشن|يشن|يشنون|تهاجم|يهاجم|يهاجمون|تقصف|يقصف|يقصفون|تطلق|يطلق|يطلقون)$/;
function describedByWhatTheyDo(seg: Segment): boolean {
  const { tokens, a } = seg;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent');
  return acts.length > 0 && !seg.dates().some((d) => d.precision === 'day') && acts.every((c) => c.from > a && DOES.test(tokens[c.from].norm) && WHICH_DOES.test(tokens[c.from - 1].norm));
}

// "اعترضت طائرات سلاح الجو الملكي مسيّرات إيرانية متجهة نحو إسرائيل"، "أسقطت القوات الأمريكية مسيّرات أخرى فوق جنوب
// سوريا": drones or missiles downed on their way elsewhere, or downed by US forces over a region, attacked no site of
// either side. Only when every act word is the interception; not where a site is said to be their target ("أسقطت
// الدفاعات مسيّرة حاولت استهداف قاعدة حرير") or where they were downed over or near a site ("فوق قاعدة التنف").
const INTERCEPT = /^و?(اعترض|اعترضت|اعترضوا|يعترض|تعترض|اعتراض|اسقط|اسقطت|اسقطوا|يسقط|تسقط|اسقاط|تصدت|تصدي)$/;
// ("اعترض سلاح الجو صواريخ ومسيّرات اخترقت الأجواء الأردنية"، "عبرت الأجواء العراقية": crossing the air of a country is transit too.)
const HEADING = /^(متجهه|متجها|متجهات|متجهين|المتجهه|متوجهه|متوجها|طريقها|طريقهما|اخترقت|اخترق|اخترقتا|عبرت|عابره|العابره|دخلت|دخلتا)$/;
// "أُطلقتا من إيران باتجاه إسرائيل": bound for Israel, told by the way.
const TOWARD = /^(باتجاه|نحو|صوب|الي|اتجاه)$/;
const ISRAEL = /^(اسراييل|لاسراييل|الاراضي|فلسطين)$/;
const LAUNCHED = /^(اطلقت|اطلقتا|اطلق|اطلقا|اطلقها|اطلقوا)$/;
// "قوات التحالف المتمركزة في قاعدة عين الأسد": where the downers are stationed is not where the drones were downed.
const STATIONED_AT = /^(المتمركزه|المتمركزين|المتواجده|المتواجدين|الموجوده|الموجودين|المنتشره|المنتشرين)$/;
const STATIONED_REACH = 3;
function interceptedInTransit(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'weak_trigger');
  if (!acts.length || !acts.some((c) => INTERCEPT.test(tokens[c.from].norm))) return false;
  // (Their launch is part of the way: "أسقطت … مسيّرتين أُطلقتا من إيران باتجاه إسرائيل".)
  const toIsrael = tokens.slice(a, b - 1).some((t, i) => TOWARD.test(t.norm) && ISRAEL.test(tokens[a + i + 1].norm));
  if (toIsrael && acts.every((c) => INTERCEPT.test(tokens[c.from].norm) || LAUNCHED.test(tokens[c.from].norm)))
    return !seg.places().some((p) => p.place.us && !wordBefore(tokens, p.from, a, STATIONED_REACH, STATIONED_AT));
  if (!acts.every((c) => INTERCEPT.test(tokens[c.from].norm))) return false;
  const headingAt = tokens.slice(a, b).findIndex((t) => HEADING.test(t.norm));
  // ("كانت متجهة نحو قاعدة عين الأسد": on its way to a site of the other side, it was an attack on it.)
  if (headingAt >= 0 && seg.places().some((p) => p.place.us && p.from > a + headingAt)) return false;
  const usDowner = seg.cues.some((c) => c.value === 'us_target' && acts.some((x) => x.to === c.from || c.to === x.from));
  if (headingAt < 0 && !usDowner) return false;
  // Downed over or near a site of theirs (a base, an embassy): the site was the target.
  return !seg.places().some((p) => p.place.us);
}

// "العقوبات … تستهدف حرمان الفصائل من موارد مالية": "targets" an aim (a verbal noun of depriving, curbing,
// weakening), not a site.
const AIMS_AT = /^و?(تستهدف|يستهدف|تهدف|يهدف|استهدفت|استهدف)$/;
const AIM = /^(ال)?(حرمان|تجفيف|منع|الحد|حد|اضعاف|تقويض|تقليص|ردع|وقف|قطع|تحجيم|عزل|محاسبه|معاقبه)$/;
function aimOnly(seg: Segment): boolean {
  const { tokens, b } = seg;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'weak_trigger');
  return acts.length > 0 && acts.every((c) => AIMS_AT.test(tokens[c.from].norm) && c.to < b && AIM.test(tokens[c.to].norm));
}

// "اختيار أهداف محدودة، بدلاً من ضرب البنية القيادية للفصائل في البوكمال": what was not done instead.
const INSTEAD = /^(بدلا|عوضا|بدل|عوض)$/;
const INSTEAD_REACH = 2;
function insteadOf(seg: Segment): boolean {
  return everyActGoverned(seg, INSTEAD_REACH, (t) => INSTEAD.test(t.norm));
}

/** Every act word of the segment (there is one) is governed so: a word right before it, within `reach`. */
function everyActGoverned(seg: Segment, reach: number, governs: (t: KeyToken, act: number, at: number) => boolean): boolean {
  const { tokens, a } = seg;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'weak_trigger');
  return (
    acts.length > 0 &&
    acts.every((c) => {
      for (let k = Math.max(a, c.from - reach); k < c.from; k++) if (governs(tokens[k], c.from, k)) return true;
      return false;
    })
  );
}

// "إلى واحدة من أكثر النقاط الأمريكية استهدافاً"، "قائمة المواقع الأكثر استهدافاً"، "من أكثر المواقع التي تعرضت
// لهجمات": how often a site is hit ranks it; it tells no act.
const MOST = /^(اكثر|اكثرها|اشد|الاكثر)$/;
const OFTEN_HIT = /^(استهدافا|تعرضا|عرضه|قصفا)$/;
const RELATIVE = /^(التي|الذي|الذين|اللتين|اللذين)$/;
const MOST_REACH = 4;
function mostTargeted(seg: Segment): boolean {
  const { tokens } = seg;
  return everyActGoverned(seg, MOST_REACH, (t, act, at) => MOST.test(t.norm) && (OFTEN_HIT.test(tokens[act].norm) || tokens.slice(at + 1, act).some((x) => RELATIVE.test(x.norm))));
}

// "وقد تستهدف المصالح الأمريكية": "قد" before a present tense tells what may happen, not what did.
// ("وقد استهدفت": before a past tense it is "indeed".)
const MAY = /^(و|ف)?قد$/;
const PRESENT_ACT = /^(ت|ي)(ستهدف|قصف|ضرب|هاجم|طال|تعرض|شن|نفذ)/;
// "قد يعرّضها لضربات إسرائيلية"، "قد تلجأ الفصائل إلى استهداف القاعدة": a present tense after "قد" that
// governs the act a few words on. Not "قد تعرضت" (a past: the pluperfect's "قد"), nor "قد يكون" (a hedge on
// who struck or how, "غارة قد تكون إسرائيلية"), nor any "قد" after an act already told (what it may lead to).
// A "ت" word is a present unless it is a past of the forms that begin with it ("وقد تعرض الموقع لقصف").
const MAY_PRESENT = /^(ي\S{2,}|ت\S{2,}[^ت])$/;
const COPULA = /^(يكون|تكون|يكونوا|يكونان|تكونان)$/;
const PAST_WITH_T = /^(تعرض|تسبب|تمكن|تبني|تكبد|تضرر|تلقي|تحول|توفي|تجاوز|تراجع|تصاعد|تزايد|تواصل|تجدد|تولي|تحقق|تبين|تكرر|تعطل|تاثر|تبادل|تقدم|تسلل|توجه)/;
const MAY_REACH = 5;
function mayOnly(seg: Segment): boolean {
  const { tokens, a } = seg;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'weak_trigger' || c.value === 'strike_agent');
  const mayGoverns = (at: number) => {
    for (let k = Math.max(a, at - MAY_REACH); k < at - 1; k++)
      if (MAY.test(tokens[k].norm) && MAY_PRESENT.test(tokens[k + 1].norm) && !COPULA.test(tokens[k + 1].norm) && !PAST_WITH_T.test(tokens[k + 1].norm) && !acts.some((c) => c.to <= k)) return true;
    return false;
  };
  return everyActGoverned(seg, 1, (t, act) => MAY.test(t.norm) && PRESENT_ACT.test(seg.tokens[act].norm)) || (acts.length > 0 && acts.every((c) => mayGoverns(c.from)));
}

// "واصلت جهات مجهولة استهداف أرتال الشركات": a campaign kept up, told with no place of its own, is a series.
// ("واصلت الطائرات قصف مواقع في البوكمال" names where it went on.)
const CONTINUED = /^(و|ف)?(واصلت|واصل|يواصل|تواصل|يواصلون|واصلوا|مواصله|تواصلت|استمرت|استمر|يستمر|تستمر)$/;
const CONTINUED_REACH = 3;
function continuedOnly(seg: Segment): boolean {
  const carriedTo = destinations(seg, seg.places());
  if (seg.places().some((p) => p.place.kind !== 'country' && !carriedTo.includes(p))) return false;
  return everyActGoverned(seg, CONTINUED_REACH, (t) => CONTINUED.test(t.norm));
}

// "أعلنت الفصائل هدنة مشروطة في استهداف المصالح الأمريكية"، "تعليق العمليات ضد القوات"، "استئناف الهجمات":
// attacks truced, suspended or resumed in general are a policy, not an act; "خلية متورطة في التخطيط لهجمات
// بمسيرات" planned them. Only when every act named is so.
const SUSPEND = /^(و|ب|ل)?(ال)?(هدنه|تعليق|ايقاف|تجميد|توقف|استيناف|استءناف|وقف|تخطيط|خطط|تخطط|يخطط|يخططون|خططوا|خططت)$/;
const SUSPEND_REACH = 4;
// ("ورغم الهدنة، استهدفت ثلاثة صواريخ المطار": an act told after the truce it came despite, set off by a comma, broke
// it; it happened. "برغم وقف استهداف القواعد" still names the targeting stopped.)
const DESPITE = /^و?(رغم|برغم|بالرغم|الرغم)$/;
const DESPITE_REACH = 3;
function suspendedActs(seg: Segment): boolean {
  const { tokens, a, s } = seg;
  const despite = (at: number) => tokens.slice(Math.max(a, at - DESPITE_REACH), at).some((t) => DESPITE.test(t.norm));
  const setOff = (at: number, act: number) => /[،,]/.test(s.span.text.slice(tokens[at].end - s.span.start, tokens[act].start - s.span.start));
  return everyActGoverned(seg, SUSPEND_REACH, (t, act, at) => SUSPEND.test(t.norm) && !(despite(at) && setOff(at, act)));
}

// "هل تستهدف هذه الفصائل الأمريكيين وحدهم؟": a question tells no act. A yes/no question never does; another
// question does only when it names where or when ("من يقف وراء قصف قاعدة حرير فجر اليوم؟" presumes the act).
const QUESTION_END = /[؟?]\s*["»”'()]*\s*$/;
const YES_NO = /^(هل|وهل|فهل|الم)$/;
function asksOnly(seg: Segment): boolean {
  if (!QUESTION_END.test(seg.s.span.text)) return false;
  const first = seg.s.tokens[seg.s.from];
  if (first && YES_NO.test(first.norm)) return true;
  return seg.places().length === 0 && !seg.dates().some((d) => d.strength >= DATE_STRENGTH.weekday);
}

// "قال مسؤول أمريكي إن الصواريخ لم تستهدف منشآت أو أفراداً أمريكيين": US forces told as not the target; what
// fell near their site in the same breath is not an attack on them.
const HIT_VERB = /^(تستهدف|يستهدف|تطل|يطل)$/;
const NOT_TARGETED_REACH = 6;
function usNotTargeted(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  for (let k = a + 1; k < b; k++) {
    if (!HIT_VERB.test(tokens[k].norm) || !(NOT_DONE.test(tokens[k - 1].norm) || NEGATION.test(tokens[k - 1].norm))) continue;
    if (seg.cues.some((c) => c.value === 'us_target' && c.from > k && c.from <= k + NOT_TARGETED_REACH)) return true;
  }
  return false;
}

// "نفى التحالف الدولي بقيادة واشنطن أي علاقة له بالهجوم"، "نفى البنتاغون مشاركة القوات الأمريكية في الضربة": who
// did the act told is denied, the act is not; the segment adds no incident (and denies no site).
const INVOLVEMENT = /^(ب|ل)?(ال)?(علاقه|صله|مشاركه|ضلوع|تورط|دور)(ه|ها|هم|هما)?$/;
const INVOLVEMENT_REACH = 7;
// (Only a denial told before the act: "قتل متعاقد في هجوم على قاعدة قرب كركوك، وهو ما تنفي الكتائب أي صلة لها به"
// tells the act, then the denial.)
function deniesInvolvement(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  const firstAct = Math.min(b, ...seg.cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent').map((c) => c.from));
  for (let k = a; k < firstAct; k++)
    if (DENY.test(tokens[k].norm) && tokens.slice(k + 1, Math.min(b, k + 1 + INVOLVEMENT_REACH)).some((t) => INVOLVEMENT.test(t.norm))) return !toldInFull(seg, firstAct);
  return false;
}

// "نفت إيران أي صلة لها بالهجوم بالطائرة المسيّرة الذي أودى بحياة ثلاثة جنود أميركيين في قاعدة البرج 22": the act
// denied a part in is told in full (what it did, in a clause of its own): the act is news, only its author is denied.
const WHICH = /^(الذي|التي)$/;
const DID_TO = /^(اودي|اودت|اسفر|اسفرت|قتل|قتلت|اوقع|اوقعت|استهدف|استهدفت|طال|طالت|ادي|ادت)$/;
const WHICH_REACH = 5;
function toldInFull(seg: Segment, act: number): boolean {
  const { tokens, b } = seg;
  for (let k = act + 1; k < Math.min(b - 1, act + WHICH_REACH); k++) if (WHICH.test(tokens[k].norm) && DID_TO.test(tokens[k + 1].norm)) return true;
  return false;
}

// "يواجه اتهامات بالتورط في اغتيال الناشط … إلى جانب تحقيقات تتعلق بهجمات على قاعدة عين الأسد": what
// someone is charged with or investigated for, with no day of its own, is a case, not a report of the act.
// ("أحكام بالسجن على خلية متهمة بإطلاق صواريخ على مطار أربيل": the accused, too.)
const CHARGE =
  /^(اتهامات|الاتهامات|باتهامات|تهم|التهم|بتهم|بتهمه|تهمه|تحقيقات|التحقيقات|بالتورط|التورط|بتورطه|بتورطهم|متهم|متهمه|متهمين|متهمون|المتهم|المتهمه|المتهمين|المتهمون|المدانين|مدانين|مدانه|ادانتهم|ادانته|ادانتها|بادانه|لادانتهم|ادانه|ادين|ادينوا|ادانت)$/;
const CHARGE_REACH = 4;
function chargedWith(seg: Segment): boolean {
  const { tokens, a } = seg;
  if (seg.dates().some((d) => d.precision === 'day')) return false;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent');
  return acts.length > 0 && acts.every((c) => tokens.slice(Math.max(a, c.from - CHARGE_REACH), c.from).some((t) => CHARGE.test(t.norm)));
}

// "وتقع منطقة الاستهداف على بعد 30 كيلومتراً من قاعدة للتحالف"، "وتبعد القرية 20 كم عن القاعدة": where a
// place lies, measured from a base.
/** "وتقع …"، "ويقع …": where something lies. */
export const LIES = /^و?(تقع|يقع)$/;
const IS_FAR = /^و?(تبعد|يبعد)$/;
function locatesByDistance(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  if (IS_FAR.test(tokens[a].norm)) return true;
  if (!LIES.test(tokens[a].norm)) return false;
  for (let k = a + 1; k + 1 < b; k++) if (/^و?علي$/.test(tokens[k].norm) && tokens[k + 1].norm === 'بعد') return true;
  return false;
}

// "ولا استهداف"، "وليس هجوما"، "لا صحة لاستهداف": every act word negated.
// "لم ينفذ أي ضربات"، "لم تشن الطائرات غارات": a verb of doing negated before the act.
const NEGATION = /^و?(لا|ليس|ليست|غير)$/;
const NOT_DONE = /^و?(لم|لن)$/;
const DO_VERB = /^(ينفذ|تنفذ|يشن|تشن|يطلق|تطلق|يستهدف|تستهدف|يقصف|تقصف|تقم|يقم|تسجل|يسجل|تشهد|يشهد)$/;
const ANY = /^(اي|ايه)$/;
// "الفيديو لا يُظهر استهداف القاعدة"، "الصور لم تُثبت قصف المقر": what a source is said not to show (a fact
// check) did not happen there. ("لم يؤكد التحالف الهجوم" only leaves it unconfirmed.)
const SHOW_VERB = /^(يظهر|تظهر|يثبت|تثبت|يوثق|توثق|يظهران|تظهران)$/;
function negatesActs(seg: Segment): boolean {
  const { tokens, a } = seg;
  const triggers = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'weak_trigger');
  const negated = (at: number) => {
    if (at > a && NEGATION.test(tokens[at - 1].norm)) return true;
    // "لم ينفذ أي ضربات"، "لم تشن الطائرات الأمريكية غارات": up to the subject between verb and act.
    for (let k = at - 1; k > Math.max(a, at - 5); k--) if (DO_VERB.test(tokens[k].norm) && NOT_DONE.test(tokens[k - 1].norm)) return true;
    for (let k = at - 1; k > Math.max(a, at - 3); k--) if (SHOW_VERB.test(tokens[k].norm) && (NOT_DONE.test(tokens[k - 1].norm) || NEGATION.test(tokens[k - 1].norm))) return true;
    return at - 1 > a && ANY.test(tokens[at - 1].norm) && NOT_DONE.test(tokens[at - 2].norm);
  };
  return triggers.length > 0 && triggers.every((c) => negated(c.from));
}

// "الأنباء عن استهداف قافلة للحشد في التاجي غير صحيحة"، "… عارية عن الصحة": reports told as untrue.
const UNTRUE = /^(كاذبه|مفبركه|ملفقه|عاريه|باطله)$/;
const TRUE_WORD = /^(صحيحه|دقيقه|صحه|الصحه|اساس)$/;
const UNTRUE_REACH = 14;
function reportedUntrue(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  const rep = tokens.slice(a, b).findIndex((t) => REPORTS.test(t.norm));
  if (rep < 0) return false;
  for (let k = a + rep + 1; k < Math.min(seg.s.to, a + rep + 1 + UNTRUE_REACH); k++) {
    if (UNTRUE.test(tokens[k].norm)) return true;
    if (TRUE_WORD.test(tokens[k].norm) && k > a && /^(غير|لا|ليست|ليس|عن)$/.test(tokens[k - 1].norm)) return true;
  }
  return false;
}

// "تداولت منصات أنباء عن استهداف القاعدة، قبل أن تنفي القيادة ذلك"، "… لكن البيشمركة نفت الأمر": a report
// denied later in its sentence, by a denial pointing back at it.
const DENIED_BACK = /^(ذلك|الامر|الخبر|الانباء|الاخبار|التقارير|هذه|هذا|صحتها|صحته|صحه|وقوعه|حدوثه)$/;
const DENIED_BACK_REACH = 4;
const ABOUT = /^(عن|بشان|حول|بخصوص)$/;
function deniedAfter(seg: Segment): boolean {
  const { tokens, s } = seg;
  const act = seg.cues.find((c) => c.value === 'trigger' || c.value === 'weak_trigger');
  if (!act) return false;
  for (let k = act.to; k < s.to; k++) {
    if (!DENY.test(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(s.to, k + 1 + DENIED_BACK_REACH); j++) {
      // "نفى الحشد مسؤوليته عن ذلك"، "نفت وقوع خسائر": who did it, or the losses, not the act.
      if (LOSSES.test(tokens[j].norm) || RESPONSIBILITY.test(tokens[j].norm)) break;
      // "نفت التقارير عن سقوط قتلى": reports of something else, named after them, not the act before.
      if (DENIED_BACK.test(tokens[j].norm)) return !(j + 1 < s.to && ABOUT.test(tokens[j + 1].norm));
    }
  }
  return false;
}

// "نفى البنتاغون تعرض قاعدة عين الأسد لأي هجوم": the act itself denied. Not "نفت وقوع إصابات في
// الهجوم": a denial of losses leaves the act.
// ("…، نافياً ما تداولته مواقع التواصل عن غارة": the participle, told after the speaker's own account.)
const DENY = /^و?(نفي|نفت|ينفي|تنفي|نفوا|نفيا|نفتا|ينفيان|تنفيان|ينفون|نافيا|نافيه|نافين)$/;
// ("سنتكوم تنفي قصف رتل للحشد قرب القائم": the act's verbal noun itself, denied.)
const DENIED_EVENT = /^(تعرض|تعرضها|تعرضه|وقوع|حدوث|استهداف|سقوط|اي|لاي|صحه|انباء|الانباء|اخبار|الاخبار|تقارير|التقارير|شايعات|الشايعات|ما|قصف|ضرب|مهاجمه)$/;
// "نفى الحشد مسؤوليته عن استهداف القاعدة": who did it is denied, not that it happened.
const RESPONSIBILITY = /^(مسووليته|مسووليتها|مسووليتهم|مسووليه|المسووليه|علاقته|علاقتها|علاقتهم|صلته|صلتها|صلتهم|ضلوعه|ضلوعها|تورطه|تورطها|مشاركته|مشاركتها|مشاركتهم|دوره|دورها|دورهم)$/;
const LOSSES = /^(اصابات|اصابه|ضحايا|خساير|قتلي|جرحي|اضرار|مقتل)$/;
// The denier may be named between the verb and what is denied ("نفت وزارة الدفاع الأمريكية وقوع هجوم").
const DENIED_REACH = 8;
// "نفت الوزارة الأنباء التي تداولتها مواقع التواصل عن تعرض المطار لهجوم": reports denied, and the act
// they told named in a clause of its own after them.
const REPORTS = /^(انباء|الانباء|اخبار|الاخبار|تقارير|التقارير|شايعات|الشايعات|روايات|الروايات|معلومات|المعلومات|ادعاءات|الادعاءات|مزاعم|المزاعم|ما)$/;
// The denier may be long ("نفت هيئة الحشد الشعبي في العراق والتحالف الدولي بقيادة الولايات المتحدة، السبت، تقارير …").
const REPORTS_REACH = 16;
const REPORTED_ACT_REACH = 10;
// What the reports told: any word of an act ("عن سقوط صواريخ"، "عن غارة أمريكية").
const REPORTED_ACT = new Set(['weak_trigger', 'strike_agent', 'air_agent']);
function deniesAct(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  for (let k = a; k < b; k++) {
    if (!DENY.test(tokens[k].norm)) continue;
    let reach = DENIED_REACH;
    for (let j = k + 1; j < Math.min(b, k + 1 + REPORTS_REACH); j++) if (REPORTS.test(tokens[j].norm)) reach = j - k + REPORTED_ACT_REACH;
    const reported = reach > DENIED_REACH;
    const act = seg.cues.find((c) => (c.value === 'trigger' || (reported && REPORTED_ACT.has(c.value))) && c.from > k);
    if (!act || act.from - k > reach) continue;
    const between = tokens.slice(k + 1, act.from + 1);
    // (Not a part in it denied: "نفت إيران أي صلة لها بالهجوم", see deniesInvolvement.)
    if (between.some((t) => DENIED_EVENT.test(t.norm) || REPORTS.test(t.norm)) && !between.some((t) => LOSSES.test(t.norm) || RESPONSIBILITY.test(t.norm) || INVOLVEMENT.test(t.norm))) return true;
  }
  return false;
}

// "نفى قائد في اللواء أن يكون مقر اللواء قد تعرض للقصف"، "نافياً أن تكون مقرات الحشد قد استهدفت": a proposition
// denied, whose verb is the act. Not "أن يكون القصف قد أوقع قتلى" (its losses) nor "أن تكون طائراته قد نفذت
// الغارة" (who did it): there the verb after "قد" is no act of its own.
const THAT = /^(ان|بان)$/;
const PROPOSITION_REACH = 10;
const DID = /^(نفذ|نفذت|نفذوا|شن|شنت|شنوا|قام|قامت|قاموا|اطلق|اطلقت|اطلقوا)$/;
function deniesProposition(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  const actAt = (k: number) => seg.cues.some((c) => c.value === 'trigger' && c.from === k);
  for (let k = a; k < b; k++) {
    if (!DENY.test(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(b - 1, k + 1 + REPORTS_REACH); j++) {
      if (!THAT.test(tokens[j].norm) || !COPULA.test(tokens[j + 1].norm)) continue;
      for (let m = j + 2; m < Math.min(b - 1, j + 2 + PROPOSITION_REACH); m++) if (MAY.test(tokens[m].norm)) return actAt(m + 1) && !DID.test(tokens[m + 1].norm);
      return false;
    }
  }
  return false;
}

// "وتتخذ الميليشيات من القرى منصات لإطلاق الصواريخ نحو القاعدة"، "وتستخدم الفصائل الطرق الصحراوية لشن
// هجماتها": a practice told in the present, its act only an aim ("ل" + a verbal noun), no time of its own.
const PRESENT_VERB = /^و?(ت|ي)\S{3,}$/;
const PURPOSE = /^ل(اطلاق|شن|ضرب|مهاجمه|استهداف|قصف)$/;
const SUBJECTED = /^و?(تعرض|تعرضت|يتعرض|تتعرض|تعرضها|تعرضه|عرضه|معرضه)$/;
function practiceOnly(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  const acts = seg.cues.filter((c) => c.value === 'trigger' || c.value === 'launch' || c.value === 'strike_agent');
  if (!acts.length || seg.dates().length) return false;
  const aims = acts.every((c) => PURPOSE.test(tokens[c.from].norm) && !(c.from > a && SUBJECTED.test(tokens[c.from - 1].norm)));
  return aims && tokens.slice(a, Math.min(b, a + 2)).some((t) => PRESENT_VERB.test(t.norm));
}

// "الهجوم الأكثر دموية منذ أشهر": a superlative over a period ranks one act, it tells no habit.
const SUPERLATIVE = /^(الاكثر|الاعنف|الاكبر|الاشد|الاول|الاولي|الاخطر|الاوسع|اعنف|اكبر|اشد|اول|اخطر)$/;
const SUPERLATIVE_REACH = 4;
// "في هجوم وصفه مسؤولون بأنه الأكثر مباشرة ضد البعثة منذ أشهر": a period ("منذ"، "على مدى") may be ranked
// from farther back, the superlative's own complement standing between; a count ("مرارا") is never ranked.
const PERIOD_HABIT = /^(منذ|علي)$/;
const PERIOD_SUPERLATIVE_REACH = 6;
// "مجرد حلقة في سلسلة الاستهدافات التي دأبت عليها الفصائل منذ سنوات": a habit told, in a relative clause, of the
// series the act is set against.
const SERIES_RELATIVE_REACH = 8;
function describesSeries(seg: Segment, at: number): boolean {
  const { tokens } = seg;
  return seg.cues.some((q) => q.value === 'aggregate' && q.to < at && at - q.to <= SERIES_RELATIVE_REACH && RELATIVE.test(tokens[q.to].norm));
}

function isHabit(seg: Segment): boolean {
  const { tokens, a } = seg;
  return seg.cues.some((c) => {
    if (c.value !== 'habitual' || describesSeries(seg, c.from)) return false;
    const reach = PERIOD_HABIT.test(tokens[c.from].norm) ? PERIOD_SUPERLATIVE_REACH : SUPERLATIVE_REACH;
    for (let k = c.from - 1; k >= Math.max(a, c.from - reach); k--) if (SUPERLATIVE.test(tokens[k].norm)) return false;
    return true;
  });
}

// "في واحد من أخطر الاستهدافات"، "أحد أعنف الهجمات": a plural after a superlative ranks one act among others.
// ("أكثر الهجمات" is "most attacks": a series.)
const RANKING = /^(اخطر|اعنف|اكبر|اشد|ادمي|اوسع|اقوي)$/;
const ranksOneAct = (tokens: KeyToken[], at: number, a: number) => at > a && RANKING.test(tokens[at - 1].norm);
// "أكثر تلك الضربات دموية وقعت فجر 13 كانون الثاني": "the most" with a degree after the plural ranks one act too.
const DEGREE = /^(دمويه|عنفا|ضراوه|فتكا|خطوره|تدميرا|شده)$/;
const DEGREE_REACH = 2;
const rankedByDegree = (tokens: KeyToken[], c: { from: number; to: number }, a: number, b: number) =>
  [c.from - 1, c.from - 2].some((k) => k >= a && tokens[k].norm === 'اكثر') && tokens.slice(c.to, Math.min(b, c.to + DEGREE_REACH)).some((t) => DEGREE.test(t.norm));

// "معسكر تدريب"، "مركز للتدريب"، "أكاديمية عسكرية للتدريب": a training facility, which a strike may hit.
const FACILITY = /^(مركز|مراكز|معسكر|معسكرات|اكاديميه|ساحه|منشاه|مدرسه|مقر|مقرات|قاعده|معهد|ميدان|كليه|مخيم)ا?$/;
const FACILITY_REACH = 2;

function isDrill(seg: Segment): boolean {
  const { tokens } = seg;
  return seg.cues.some((c) => {
    if (c.value !== 'exercise') return false;
    for (let k = c.from - 1; k >= Math.max(seg.a, c.from - FACILITY_REACH); k--) if (tokens[k].keys.some((x) => FACILITY.test(x))) return false;
    return true;
  });
}

// A foiled *plot* never happened; an attack foiled by shooting down its drone or rockets did.
const PLOT = /^(مخطط|مخططا|خطه|موامره|ضبط|ضبطت|معده|معد|معدا|عثرت|عثر|تفكيك|منصه|منصات|محاوله|قبل)$/;

// "قدرة الحكومة على ضبط الفصائل المسلحة": restraining groups or a situation is no seizure.
const RESTRAINED = /^(ال)?(فصايل|فصيل|جماعات|مليشيات|ميليشيات|وضع|اوضاع|امن|حدود|نفس|شارع|ايقاع|سلاح|امور)$/;
function isFoiledPlot(seg: Segment): boolean {
  const { tokens, b } = seg;
  const foiled = seg.cues.filter((c) => c.value === 'foiled' && !(/^و?(ضبط|ضبطت)$/.test(tokens[c.from].norm) && c.to < b && RESTRAINED.test(tokens[c.to].norm)));
  // "عثرت القوات على منصات إطلاق صواريخ قرب قاعدة حرير": launchers found, and no strike or attack told, are a find.
  const found = seg.cues.some((c) => tellsFind(tokens, c));
  if (found && !seg.cues.some((c) => c.value === 'trigger' || c.value === 'strike_agent' || c.value === 'air_agent')) return true;
  if (foiled.length === 0) return false;
  // ("أكد الجيش الإسرائيلي أن طائراته قصفت مواقع … في عقربا، قائلاً إنه أحبط بذلك خطة لإطلاق مسيّرات": a strike told,
  // by its striker, before what it foiled was made; the plot foiled was the other side's.)
  const before = (c: { to: number }) => c.to <= foiled[0].from;
  const strikerBefore = seg.cues.some((c) => (c.value === 'air_agent' || c.value === 'strike_agent') && before(c)) || seg.actors.some((x) => STRIKERS.has(x.value) && before(x));
  if (strikerBefore && seg.cues.some((c) => c.value === 'trigger' && before(c))) return false;
  const airborne = seg.weapons.some((w) => FIRED_FROM_AFAR.has(w.value));
  const plot = seg.tokens.slice(seg.a, seg.b).some((t) => t.keys.some((k) => PLOT.test(k)));
  return !airborne || plot;
}

// Counted or plural series ("عدة هجمات"، "عشرات الضربات") are aggregates wherever they stand.
const STRONG_AGGREGATE = /^(لعده|عده|بعده|عشرات|لعشرات|بعشرات|تلك|هذه)$/;
// "خلال الأسابيع الماضية"، "على مدى الأشهر": weeks or months are many times, wherever told, unless
// they only rank one act ("الهجوم الأعنف خلال الأشهر الماضية").
const WEEKS = /^(ال)?(اسابيع|اشهر|شهور|ايام|سنوات|اعوام)$/;
const spansWeeks = (tokens: KeyToken[], c: { from: number; to: number }, a: number) =>
  tokens.slice(c.from, c.to).some((t) => WEEKS.test(t.norm)) && !tokens.slice(Math.max(a, c.from - SUPERLATIVE_REACH), c.from).some((t) => SUPERLATIVE.test(t.norm));
const COUNTED_ACT_NUMBER = /^\d{1,3}$/;
// Operations and strikes counted from two up ("بي-1 ضربات" is a bomber's name).
const COUNTED_OPS_NUMBER = /^([2-9]|\d{2,3}|ميه|مايه|ميات|الف|الاف)$/;
const PLURAL_ACTS = /^(و|ف)?(ل|ب)?(ال)?(ضربات|هجمات|عمليات|استهدافات|اعتداءات)$/;
const LISTED_SITES = 3;
const COUNTED_ACT = /^(عمليه|عمليات|ضربه|ضربات|غاره|غارات|هجمه|هجمات|استهدافا|اعتداء|اعتداءات)$/;
const DUAL_ACTS = /^(ل|ب)?(هجومين|هجومان|هجمتين|هجمتان|ضربتين|ضربتان|غارتين|غارتان|عمليتين|عمليتان)$/;
// A present tense narrates one act when a single act follows ("قوات الاحتلال تتعرض لهجوم صاروخي"),
// a habit when acts in the plural do ("تتعرض لهجمات متكررة").
const PRESENT = /^(تتعرض|يتعرض|تشن|يشن|تشهد|يشهد)$/;
const ONE_ACT = /^(هجوم|هجوما|ضربه|غاره|قصف|قصفا|استهداف|اعتداء|عدوان|هجمه)$/;
// "إن الهجمات بدأت نحو الساعة 7:20 مساء، عندما سقطت صواريخ …": the acts just told, made definite, as the subject of
// how they unfolded, are no series.
const THE_ACTS = /^(و|ف)?(ال)(هجمات|ضربات|غارات|استهدافات|اعتداءات)$/;
const UNFOLDED = /^(بدات|بدا|وقعت|جرت|انطلقت|تمت|استمرت)$/;
const narrates = (tokens: KeyToken[], at: number, b: number) =>
  (PRESENT.test(tokens[at].norm.replace(/^و/, '')) && tokens.slice(at + 1, Math.min(b, at + 3)).some((t) => t.keys.some((k) => ONE_ACT.test(k)))) ||
  (THE_ACTS.test(tokens[at].norm) && at + 1 < b && UNFOLDED.test(tokens[at + 1].norm));

// After the act, only a series (plural acts, a list of places, a commemoration) makes it background,
// not a period ("في أول عملية خلال العام").
const SERIES = /^(و|ف)?(ل|ب)?(ال)?(هجمات|استهدافات|اعتداءات|سلسله)$|^(من|بينها|ابرزها|وابرزها|ومنها|بما|ومن|جميعها|كلها|جميع|كل|عشرات|قواعد|عده|اكثر)$/;

// "طالت الضربات مواقع في محافظة بابل، بينها مقر في الحلة": a list of the sites one act hit, not of acts.
const SITES_HIT = /^(ال)?(مواقع|مقرات|منشات|اهداف|اهدافا|هدفا|مخازن|مستودعات|نقاط|مراكز|مباني|معسكرات)$/;
const SITES_HIT_REACH = 8;
const US_SITE_AFTER = /^(ال)?(امريكي|اميركي|امريكيه|اميركيه|للتحالف|للقوات)$/;
function listsSitesHit(tokens: KeyToken[], at: number, a: number): boolean {
  for (let k = at - 1; k >= Math.max(a, at - SITES_HIT_REACH); k--)
    // Not US sites: "استهدفت الفصائل مواقع أمريكية مرات عدة، أبرزها التنف" lists bases hit over time.
    if (tokens[k].keys.some((x) => SITES_HIT.test(x))) return !US_SITE_AFTER.test(tokens[k + 1]?.norm ?? '');
  return false;
}

/**
 * Counts, series and habits ("هجمات"، "مؤخراً") before any act, or counted attacks ("78 هجوماً"),
 * or a series after the act ("تعرضت القواعد لهجمات") when no day or toll makes it one wave.
 */
// "قياديين متورطين في هجمات"، "فصيل مسؤول عن هجمات"، "منشآت تستخدمها لتنسيق هجمات": a series that describes
// who or what was hit, not the act.
const DESCRIBES =
  /^(تستخدمها|يستخدمها|تستخدمه|يستخدمه|المستخدمه|لتنسيق|مرتبطه|المرتبطه|مرتبطين|المرتبطين|متورط|متورطين|متورطون|متورطه|المتورط|المتورطين|مسوول|مسوولا|مسوولين|مسوولون|مسووله|المسوول|المسوولين|المسووله|متورطا|اتهم|يتهم|متهم|متهما|متهمين|المتهم|المتهمين|ضالع|ضالعين|ضالعون)$/;
const DESCRIBES_REACH = 3;
const describesTarget = (tokens: KeyToken[], at: number, a: number) => wordBefore(tokens, at, a, DESCRIBES_REACH, DESCRIBES);

// "يحيي العراقيون ذكرى … الذين قتلوا بغارة … فجر 3 كانون الثاني 2020": a commemoration recalls an
// old act, which is still an incident when the text gives it a calendar day of its own (or a month of a year told:
// "استذكرت الألوية شهداء القصف الذي طال مقراتها قرب البوكمال أواخر شباط 2021").
const COMMEMORATION = /^(و|ل|في|ب)?(ذكري|الذكري|لذكري|احياء|احيا|يحيي|تحيي|مستذكرا|مستذكره|مستذكرين|استذكر|استذكرت|يستذكر|تستذكر|استذكار)$/;
const calendarDay = (seg: Segment) => seg.dates().some((d) => d.precision === 'day' && d.strength >= DATE_STRENGTH.explicit);
/** The segment commemorates the act it tells: a word of remembrance before its first act word. */
export function commemorates(seg: Segment): boolean {
  const act = Math.min(...seg.cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent').map((c) => c.from));
  return seg.tokens.slice(seg.a, Math.min(seg.b, act)).some((t) => COMMEMORATION.test(t.norm));
}

// "تتواصل التحقيقات في الهجوم": what goes on is named right after the verb, and it is not acts.
const GOES_ON = /^و?(تتواصل|يتواصل|تتزايد|يتزايد|تتصاعد|يتصاعد)$/;
const ACTS_NOUN = /^(ال)?(هجمات|ضربات|غارات|عمليات|استهدافات|اعتداءات|هجوم|قصف)$/;
const goesOnWithOther = (tokens: KeyToken[], at: number, b: number) => GOES_ON.test(tokens[at].norm) && at + 1 < b && /^ال/.test(tokens[at + 1].norm) && !ACTS_NOUN.test(tokens[at + 1].norm);
// "… تستخدمها ميليشيات عدة، بينها كتائب حزب الله": "among them" lists groups, not acts or sites hit.
const AMONG = /^و?(من)?(بينها|بينهم|منها|منهم|ابرزها)$/;
const GROUPS_REACH = 2;
const listsGroups = (seg: Segment, at: number) => AMONG.test(seg.tokens[at].norm) && seg.actors.some((x) => x.from > at && x.from <= at + GROUPS_REACH);

// "أعلن البنتاغون تعرض قواته لعشرات الهجمات خلال أسابيع، في حين نفذ ضربات على منشآت في سوريا": acts told
// alongside a series ("في حين"، "فيما"، "بينما"), with no day and no place below a country of their own, share its span.
const WHILE = /^(فيما|بينما|حين)$/;
function sharesSeries(seg: Segment): boolean {
  const { tokens, a, s } = seg;
  if (a === s.from || ![a, a + 1].some((k) => k < seg.b && WHILE.test(tokens[k].norm))) return false;
  if (seg.dates().length > 0 || seg.places().some((p) => p.place.kind !== 'country')) return false;
  return s.cues.some((c) => c.value === 'aggregate' && c.to <= a && (STRONG_AGGREGATE.test(tokens[c.from].norm) || spansWeeks(tokens, c, s.from)));
}

// "تصاعدت الضربات الإسرائيلية على الأراضي السورية"، "تزايدت الغارات المجهولة"، "تكثيف الهجمات": acts told by how
// they rose are many, unless the segment pins a day.
const RISE = /^و?(تصاعدت|تصاعد|تتصاعد|يتصاعد|تزايدت|تزايد|تتزايد|يتزايد|تكثفت|تكثف|تتكثف|تكثيف|ازدادت|ازداد|تزداد|يزداد|ازدياد|تواترت|تتواتر)$/;
const PLURAL_ACT_NOUN = /^(ال)?(ضربات|غارات|هجمات|استهدافات|اعتداءات|عمليات)$/;
// ("الضربات الإسرائيلية تتكرر على مواقع الميليشيات"، "تكررت الغارات على المطار": acts told as recurring, likewise,
// the verb before or after them.)
const RECUR = /^و?(تتكرر|تكررت|يتكرر|تكرر|تتوالي|توالت|تتواصل|تواصلت)$/;
const RECUR_REACH = 3;
function toldByRise(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  if (seg.dates().some((d) => d.precision === 'day')) return false;
  for (let k = a; k + 1 < b; k++) if (RISE.test(tokens[k].norm) && PLURAL_ACT_NOUN.test(tokens[k + 1].norm)) return true;
  for (let k = a; k < b; k++) if (RECUR.test(tokens[k].norm) && tokens.slice(Math.max(a, k - RECUR_REACH), Math.min(b, k + 2)).some((t) => PLURAL_ACT_NOUN.test(t.norm))) return true;
  return false;
}

// "شنت الميليشيات، اليوم الثلاثاء، ثلاث هجمات صاروخية على الأقل على القاعدة الأمريكية في حقل العمر": a few attacks
// on one day at the one US site named are that day's incident there, as a salvo is; more, or on several sites, a tally.
const FEW_ATTACKS = 5;
const onOneSitesDay = (seg: Segment) => seg.dates().some((d) => d.precision === 'day') && usSitesNamed(seg) === 1;
/** How many distinct US sites the segment names. */
const usSitesNamed = (seg: Segment) =>
  new Set(
    seg
      .places()
      .filter((p) => p.place.us)
      .map((p) => p.place.id),
  ).size;

export function isAggregate(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  if (toldByRise(seg)) return true;
  const dated = calendarDay(seg) || seg.dates().some((d) => d.precision === 'month' && !d.anchor);
  const cues = seg.cues.filter(
    (c) =>
      c.value !== 'aggregate' ||
      (!describesTarget(tokens, c.from, a) &&
        !ranksOneAct(tokens, c.from, a) &&
        !rankedByDegree(tokens, c, a, b) &&
        !(dated && COMMEMORATION.test(tokens[c.from].norm)) &&
        !goesOnWithOther(tokens, c.from, b) &&
        !listsGroups(seg, c.from)),
  );
  const firstTrigger = Math.min(...cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent').map((c) => c.from));
  const oneWave = seg.dates().some((d) => d.precision === 'day') || seg.casualties().length > 0;
  const series = (c: { from: number }) => SERIES.test(tokens[c.from].norm) && !listsSitesHit(tokens, c.from, a);
  if (
    cues.some(
      (c) => c.value === 'aggregate' && !narrates(tokens, c.from, b) && (c.from < firstTrigger || STRONG_AGGREGATE.test(tokens[c.from].norm) || spansWeeks(tokens, c, a) || (series(c) && !oneWave)),
    )
  )
    return true;
  if (sharesSeries(seg)) return true;
  // "في صد ضربات المجاهدين على قواعدها في عين الأسد وحرير والشدادي": acts in the plural over a list of
  // three sites or more, with no day, are a series.
  if (!seg.dates().some((d) => d.precision === 'day') && tokens.slice(a, b).some((t) => PLURAL_ACTS.test(t.norm)) && usSitesNamed(seg) >= LISTED_SITES) return true;
  for (let k = a; k + 1 < b; k++) {
    const num = tokens[k].keys[tokens[k].keys.length - 1];
    // "أكثر من 170 عملية ضد قواعد الاحتلال"، "نحو 60 ضربة": counted operations and strikes too.
    if (COUNTED_ACT_NUMBER.test(num) && tokens[k + 1].keys.some((x) => x.startsWith('هجوم') || x === 'مره' || x === 'مرات')) return true;
    // ("أكثر من عشرين هجوماً": the count in words.)
    const words = /^(\d|ال)/.test(tokens[k].norm) ? null : readNumber(tokens, k);
    if (words && words.value >= 2 && words.value < 1000 && words.to < b && /^(هجوم|هجمات|مرات)/.test(tokens[words.to].norm) && !(words.value <= FEW_ATTACKS && onOneSitesDay(seg))) return true;
    if (COUNTED_OPS_NUMBER.test(num) && tokens[k + 1].keys.some((x) => COUNTED_ACT.test(x))) return true;
    // "هجومين اثنين على قاعدة تل بيدر": a dual counted out loud is a line of a tally; a bare dual
    // ("في هجومين صاروخيين استهدفا …") tells two acts.
    if (DUAL_ACTS.test(tokens[k].norm) && /^(اثنين|اثنان|اثنتين|اثنتان)$/.test(tokens[k + 1].norm)) return true;
  }
  return false;
}

// Words before a force that make it a victim or an affiliation, not the one striking.
const NOT_AGENT_BEFORE = /^(موالين|الموالين|مواليه|المواليه|تابعه|التابعه|مواقع|عناصر|جنود|مقاتلي|ضد|علي|لصالح|حواجز|حاجز)$/;
const COALITION_WORDS = new Set(['التحالف', 'تحالف', 'العزم', 'المهام', 'الدولي'].map(foldWord));
// "التحالف الدولي لمحاربة تنظيم داعش": how far back the coalition's name may start.
const COALITION_NAME_REACH = 6;

// "المثلث الحدودي السوري العراقي التركي"، "قرب الحدود التركية": Turkey only locates the place.
const BORDER = /^(حدود|الحدود|حدودي|الحدودي|حدوديه|الحدوديه|المثلث|مثلث|الشريط|شريط|المعبر|معبر|التقاء)$/;
const BORDER_REACH = 5;
const isBorderWord = (tokens: KeyToken[], at: number, a: number) => {
  for (let k = at - 1; k >= Math.max(a, at - BORDER_REACH); k--) if (tokens[k].keys.some((x) => BORDER.test(x))) return true;
  return false;
};

// "مواقع عسكرية تابعة للجيش السوري"، "عناصر من الجيش السوري الجديد": the Syrian army named as the one hit.
const ARMY_HIT_BEFORE = /^(مواقع|موقع|مقرات|مقر|عناصر|عنصرين|جنود|نقاط|نقطه|مستودعات|مستودع|مخازن|كتيبه|كتايب|لواء|فرقه|ثكنه|ثكنات|دفاعات|تابعه|التابعه|تابع|التابع|تتبع|يتبع|من)$/;
/** The Syrian army named as the one hit ("للجيش السوري"، "عناصر من الجيش السوري"), not as a striker. */
export function namesArmyAsHit(tokens: KeyToken[], x: { value: string; from: number }, a: number): boolean {
  return x.value === 'russia_regime' && (/^(ل|لل)/.test(tokens[x.from].norm) || (x.from - 1 >= a && ARMY_HIT_BEFORE.test(tokens[x.from - 1].norm) && !armyActs(tokens, x.from, a)));
}
// "تواصل وحدات من الجيش العربي السوري عمليات تمشيط البادية": units of the army doing something are its subject.
const ARMY_UNITS = /^(وحدات|قوات|تشكيلات)$/;
const ARMY_DOES = /^(و|ف)?(تواصل|واصلت|يواصل|تقوم|قامت|نفذت|تنفذ|بدات|تبدا|شنت|تشن|تمكنت|تتقدم|تقدمت|استعادت|تابعت|تتابع)$/;
function armyActs(tokens: KeyToken[], at: number, a: number): boolean {
  return at - 3 >= a && tokens[at - 1].norm === 'من' && ARMY_UNITS.test(tokens[at - 2].norm) && ARMY_DOES.test(tokens[at - 3].norm);
}

// "مواقع عسكرية تابعة للجيش السوري": the sites named just before the army are the army's.
const ARMY_SITE_REACH = 3;
/** The Syrian army (not Iran's groups) is what a strike hit, and every site named is the army's: a war of its own. */
export function hitsSyrianArmy(seg: Segment): boolean {
  const { tokens, actors, a } = seg;
  const army = actors.filter((x) => namesArmyAsHit(tokens, x, a));
  if (!army.length) return false;
  return seg.cues.filter((c) => c.value === 'militia_target').every((c) => army.some((x) => x.from >= c.to && x.from - c.to <= ARMY_SITE_REACH));
}

/** Another war: Turkey named as a party, Russian or Syrian-government strikes, ISIS as party. */
export function isOtherConflict(seg: Segment): boolean {
  const { tokens, actors, a } = seg;
  if (actors.some((x) => x.value === 'turkey' && !isBorderWord(tokens, x.from, a))) return true;
  // Russian or Syrian-government strikes (on rebels, ISIS) unless the US/Israel is named too.
  const otherStriker = actors.some((x) => x.value === 'russia_regime' && !/^(ل|لل)/.test(tokens[x.from].norm) && !(x.from - 1 >= a && NOT_AGENT_BEFORE.test(tokens[x.from - 1].norm)));
  const ourSideNamed = actors.some((x) => STRIKERS.has(x.value)) || seg.count('us_target') > 0;
  if (otherStriker && !ourSideNamed) return true;
  // Iran's strikes on the Kurdish opposition in Iraq's Kurdistan ("قصف الحرس الثوري مقار أحزاب كردية إيرانية معارضة").
  if (kurdishOpposition(seg) && !ourSideNamed) return true;
  // ISIS as perpetrator or target; "the coalition against ISIS" is only a name, and a unit's mission against it
  // ("مقر اللواء … المكلف بمنع تسلل عصابات داعش") describes the target.
  return actors.some((x) => x.value === 'isis' && !namedInCoalition(tokens, x.from, a) && !wordBefore(tokens, x.from, a, MISSION_REACH, MISSION_AGAINST));
}

const PARTIES = /^(ل|ب)?(ال)?(احزاب|حزب|المعارضه|معارضه|جماعات|فصايل|مقار|مقرات)$/;
const KURDISH = /^(ال)?(كرديه|الكرديه|كردي|الكردي|الكردستاني)$/;
const KURDISH_REACH = 2;
const kurdishOpposition = (seg: Segment) =>
  seg.tokens.slice(seg.a, seg.b).some((t, i, all) => PARTIES.test(t.norm) && all.slice(i + 1, i + 1 + KURDISH_REACH).some((u) => KURDISH.test(u.norm))) &&
  seg.actors.some((x) => x.value === 'irgc' || x.value === 'iran');

const MISSION_AGAINST = /^(و|ب|ل)?(ال)?(منع|تسلل|ملاحقه|محاربه|مكافحه|قتال|مواجهه|تقاتل|يقاتل|التصدي)$/;
const MISSION_REACH = 3;

function namedInCoalition(tokens: KeyToken[], at: number, a: number): boolean {
  for (let k = at - 1; k >= Math.max(a, at - COALITION_NAME_REACH); k--) if (tokens[k].keys.some((y) => COALITION_WORDS.has(y))) return true;
  return false;
}

/**
 * Another theatre (Yemen, Lebanon, Gaza …) and no place of ours named; or a border crossing struck on its Lebanese
 * side ("قطعت غارة الطريق بين نقطة المصنع ونقطة جديدة يابوس، بعدما أحدثت حفرة في الجهة اللبنانية"): Lebanon's
 * ("من الجهة السورية" keeps it ours).
 */
export function inAnotherTheatre(seg: Segment): boolean {
  const ours = seg.places().filter((p) => p.place.kind !== 'country');
  return (seg.has('elsewhere') && !ours.length) || (onTheLebaneseSide(seg) && ours.every((p) => p.place.kind === 'crossing'));
}

const BORDER_SIDE = /^(و|ف)?(في|من|ب)?(ال)?(جهه|جانب|طرف|شق)$/;
const LEBANESE = /^(ال)?لبناني(ه)?$/;
const onTheLebaneseSide = (seg: Segment) => seg.tokens.slice(seg.a, seg.b - 1).some((t, i) => BORDER_SIDE.test(t.norm) && LEBANESE.test(seg.tokens[seg.a + i + 1].norm));
