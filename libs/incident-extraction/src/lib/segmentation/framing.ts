import { CueTag } from '../lexicons/cues';
import { KeyToken } from '../text/tokens';
import { weekdayIn } from '../dates/date-words';
import { Tagged } from './sentence-facts';

// How a segment frames its act in time: as a threat or hedge, or as a recollection.

// A threat this close after the act qualifies it ("هجوم محتمل"); farther on it is aftermath.
const QUALIFIER_REACH = 2;

// A future, a warning or a hedge frames the act when it comes first ("توعدت … باستهداف") or
// qualifies it ("هجوم محتمل"); after an act already told, it is aftermath ("… إصابات دماغية
// محتملة"، "… وتوعدت واشنطن بالرد") and does not undo it.
// "هددت الفصائل بالانتقام للضربة …"، "وهي الغارة التي توعّد الحرس بالرد عليها": what is threatened is a response
// to the act, which was made; "بالرد على أي هجوم" answers none yet.
const RESPONSE = /^(ب|ل)?(ال)?(رد|انتقام|ثار|قصاص|اقتصاص)$/;
// (The subject may stand between: "توعّد حرس الثورة الإسلامية بالرد".)
const RESPONSE_REACH = 6;
const ANY = /^(اي|ايه|ايا|كل)$/;
// Only a vow ("لتجنب رد أمريكي" fears a response that has not come).
const VOW = /^(و|ف)?(توعد|توعدت|توعدوا|تتوعد|يتوعد|يتوعدون|هدد|هددت|هددوا|تهدد|يهدد|يهددون|تعهد|تعهدت|تعهدوا|تتعهد|يتعهد)$/;
function threatensResponse(tokens: KeyToken[], t: { from: number; to: number }, b: number): boolean {
  if (!VOW.test(tokens[t.from].norm)) return false;
  for (let k = t.to; k < Math.min(b, t.to + RESPONSE_REACH); k++) {
    if (!RESPONSE.test(tokens[k].norm)) continue;
    const next = tokens.slice(k + 1, Math.min(b, k + 3)).map((x) => x.norm);
    return !next.some((w) => ANY.test(w));
  }
  return false;
}

export function threatens(cues: Tagged<CueTag>[], tokens: KeyToken[], b: number): boolean {
  const acts = cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent');
  return cues.some((t) => {
    if (t.value !== 'threat' || threatensResponse(tokens, t, b)) return false;
    const before = acts.filter((c) => c.to <= t.from);
    return before.length === 0 || t.from - before[before.length - 1].to <= QUALIFIER_REACH;
  });
}

// "وكانت القاعدة قد تعرضت …": the pluperfect recalls an earlier incident. Not of a report or a
// count ("وكان المرصد قد وثق في حصيلة سابقة مقتل 18"، "وكانت حصيلة أولية قد تحدثت عن"): an earlier
// figure of the act just told.
const REPORTING =
  /^(زعم|زعمت|زعموا|ادعي|ادعت|ادعوا|اعلن|اعلنت|اعلنوا|قال|قالت|قالوا|افاد|افادت|افادوا|ذكر|ذكرت|اكد|اكدت|اكدوا|اشار|اشارت|اوضح|اوضحت|صرح|نقل|نقلت|كشف|كشفت|اعترف|اعترفت|نفي|نفت|حذر|حذرت|دعا|دعت|توعد|توعدت|هدد|هددت|وثق|وثقت|وثقوا|سجل|سجلت|سجلوا|احصي|احصت|احصوا|تحدث|تحدثت|تحدثوا|رصد|رصدت|رصدوا)$/;
// What a strike hits, told right after its verb: the object, so the subject is the act already told.
const OBJECT_NOUN =
  /^(سياره|سيارتين|سيارات|موكب|موكبا|موكبه|موكبهما|رتل|رتلا|مقر|مقرا|مقرات|موقع|موقعا|مواقع|مستودع|مستودعا|مستودعات|مخزن|مخزنا|مخازن|منزل|منزلا|شاحنه|شاحنات|اجتماع|اجتماعا|قياديا|قياديين|عناصر|مبني|مبنيين)$/;
// The definite act as the pluperfect's subject is the act just told; so are the definite munitions it fired
// ("وكانت الصواريخ قد أُطلقت باتجاه قاعدة …" after "مجموعة أطلقت صواريخ": the rockets just told).
const TOLD_ACT = /^(الضربه|الضربات|الغاره|الغارات|الهجوم|الهجمه|القصف|الاستهداف|الانفجار|العمليه|الصواريخ|الصاروخ|القذايف|القذيفه)$/;
const RECALL_LEAD = /^(وكانت|وكان|وكانوا|كانت|كان|كانوا|وسبق|سبق)$/;
// "كان … قد": the particle closes the auxiliary within a clause ("وكان هجوم صاروخي على المطار في منتصف
// شباط/فبراير قد أودى": a subject with its place and time between).
const PLUPERFECT_REACH = 12;
/** An act a time is counted from, after "منذ" ("منذ الصواريخ الإيرانية على عين الأسد"). */
const SINCE_ACT = /^(ال)?(قصف|هجوم|هجمات|ضربه|ضربات|غاره|غارات|صواريخ|استهداف|اعتداء|عدوان|عمليه)$/;
/** "منذ" and an act noun at tokens[k], within tokens before `b`. */
export const sinceActAt = (tokens: KeyToken[], k: number, b: number) => /^و?منذ$/.test(tokens[k].norm) && k + 1 < b && SINCE_ACT.test(tokens[k + 1].norm);
export function isRecall(tokens: KeyToken[], a: number, b: number, sentenceFrom = a): boolean {
  // "… بعد أن استهدفته مسيرة الشهر الماضي": the act after "بعد أن" came before the one told.
  // Not when the verb's subject is elided and its object follows ("الغارة … أسفرت عن مقتل 8، بعد أن
  // استهدفت سيارتين"): that is the act just told, going on. Nor after a clause of losses with no act
  // of its own ("قتل متعاقد وأصيب خمسة، بعد أن ضربت مسيرة منشأة"): that act caused them.
  if (/^و?(بعد|عقب)$/.test(tokens[a].norm) && tokens[a + 1]?.norm === 'ان' && a + 2 < b)
    return !REPORTING.test(tokens[a + 2].norm) && !reportedEarlier(tokens, a + 2, b) && !(a + 3 < b && OBJECT_NOUN.test(tokens[a + 3].norm)) && !onlyLossesBefore(tokens, sentenceFrom, a);
  // "… في أول هجوم منذ أن شنت الولايات المتحدة ضربات": the act a time is counted from came before.
  if (/^و?منذ$/.test(tokens[a].norm) && tokens[a + 1]?.norm === 'ان' && a + 2 < b) return true;
  // "… منذ الصواريخ الإيرانية على عين الأسد": so is the act named after "since".
  if (sinceActAt(tokens, a, b)) return true;
  // "وفي وقت سابق، …" (earlier) also opens a recollection.
  if (/^و?في$/.test(tokens[a].norm) && tokens[a + 1]?.norm === 'وقت' && tokens[a + 2]?.norm === 'سابق' && a + 2 < b) return true;
  // "إذ كانت صواريخ قد سقطت"، "حيث كان … قد": the same, after a linking word.
  if (/^(اذ|حيث)$/.test(tokens[a].norm) && a + 1 < b && /^كان/.test(tokens[a + 1].norm)) a += 1;
  if (!RECALL_LEAD.test(tokens[a].norm)) return false;
  if (/سبق/.test(tokens[a].norm)) return true;
  // "وكانت الضربة، التي نفذتها طائرتان، قد أسفرت عن …": the act already told, its effect told after.
  if (a + 1 < b && TOLD_ACT.test(tokens[a + 1].norm)) return false;
  // "وكان مصدر قد أعلن …": the report came earlier, not the act; unless it was made days ago
  // ("وكان مسؤولون قد أعلنوا، الأربعاء الماضي، أن …"): then so was the act it told.
  for (let k = a + 1; k < Math.min(b, a + PLUPERFECT_REACH); k++)
    // (Nor a vow to answer an act, "وكانت الغرفة قد توعدت بالرد على غارات …": the act came before the vow.)
    if (tokens[k].norm === 'قد')
      return !(k + 1 < b && REPORTING.test(tokens[k + 1].norm)) || daysAgo(tokens, k + 2, Math.min(b, k + 2 + DAYS_AGO_REACH)) || threatensResponse(tokens, { from: k + 1, to: k + 2 }, b);
  return false;
}

// "بعد أن كان المرصد قد وثّق في وقت سابق مقتل 17": an earlier report, its subject between "كان" and the verb.
const WAS = /^(كان|كانت|كانوا)$/;
function reportedEarlier(tokens: KeyToken[], at: number, b: number): boolean {
  if (!WAS.test(tokens[at].norm)) return false;
  for (let k = at + 1; k < Math.min(b, at + PLUPERFECT_REACH); k++) if (REPORTING.test(tokens[k].norm)) return true;
  return false;
}

const HURT = /^و?(قتل|قتلوا|قتلا|اصيب|اصيبوا|اصيبا|جرح|جرحوا|لقي|لقوا|استشهد|استشهدوا)$/;
const ACT_NOUN = /^(ب|في|ل|و)?(ال)?(هجوم|هجمات|غاره|غارات|ضربه|ضربات|قصف|استهداف|انفجار|عمليه|اعتداء|عدوان)$/;
function onlyLossesBefore(tokens: KeyToken[], from: number, to: number): boolean {
  const before = tokens.slice(from, to);
  return before.some((t) => HURT.test(t.norm)) && !before.some((t) => ACT_NOUN.test(t.norm));
}

// The report's own time, right after its verb: a past weekday, "last week", "days ago".
const DAYS_AGO_REACH = 4;
const PAST_WORD = /^(الماضي|الماضيه|المنصرم|الفايت|السابق)$/;
const WEEK_OR_DAYS = /^(الاسبوع|اسبوع|ايام|اسابيع|يومين)$/;
function daysAgo(tokens: KeyToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k].norm;
    const next = tokens[k + 1]?.norm ?? '';
    // "الأربعاء الماضي"، "الأسبوع الماضي"، "قبل أيام/أسبوع/يومين".
    if (PAST_WORD.test(next) && (weekdayIn(tokens[k]) !== undefined || WEEK_OR_DAYS.test(t))) return true;
    if (/^و?قبل$/.test(t) && WEEK_OR_DAYS.test(next)) return true;
  }
  return false;
}
