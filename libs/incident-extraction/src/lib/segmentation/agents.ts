import { ActorTag } from '../lexicons/actors';
import { CueTag } from '../lexicons/cues';
import { KeyToken, foldWord } from '../text/tokens';
import { Tagged } from './sentence-facts';

// Who acts in a segment: a force named as the subject of a strike or attack verb, in
// subject-verb or verb-subject order, within a few words of the verb.

export const MILITIA_TAGS = new Set<ActorTag>(['militia', 'pmf', 'irgc', 'hezbollah', 'nujaba', 'kataib_hezbollah', 'kataib_sayyid_al_shuhada', 'iran_backed', 'islamic_resistance_iraq']);
export const IRAN_LINKED = new Set<ActorTag>(['iran', 'iran_backed', 'irgc', 'pmf', 'hezbollah', 'nujaba', 'kataib_hezbollah', 'kataib_sayyid_al_shuhada', 'islamic_resistance_iraq']);

// Verbs whose subject right before them is the attacker (SVO) …
const STRIKE_VERBS = new Set(
  [
    'قصفت',
    'شنت',
    'نفذت',
    'استهدفت',
    'ضربت',
    'اغارت',
    'هاجمت',
    'قصف',
    'شن',
    'نفذ',
    'استهدف',
    'بدات',
    'بدا',
    'وجهت',
    'ترد',
    'ردت',
    'رد',
    'يرد',
    'تقصف',
    'يقصف',
    'اطلقت',
    'اطلق',
    'دمرت',
    'دمر',
    'قتلت',
    'تستهدف',
    'يستهدف',
    'تضرب',
    'يضرب',
    'تشن',
    'يشن',
    'تغير',
    'يغير',
    'ضربنا',
    'قصفنا',
    'استهدفنا',
    'نفذنا',
    'شننا',
    // "الاحتلال الأمريكي يعتدي على مواقع …": the aggressor, as Syrian-government media tell a strike.
    'اعتدت',
    'اعتدي',
    'يعتدي',
    'تعتدي',
  ].map(foldWord),
);
// … and verbs whose subject follows them (VSO) when they introduce strikes.
// "تبنت القوات الأمريكية الضربة": the one claiming a strike struck; "ردت القوات الأمريكية بقصف": the one responding.
// "أقدمت قوات الاحتلال الأمريكي على ارتكاب عدوان جوي": the one who proceeded to the act.
const LAUNCH_VERBS = new Set(
  [
    'شنت',
    'نفذت',
    'بدات',
    'وجهت',
    'شن',
    'نفذ',
    'اعلنت',
    // "قصف التحالف الدولي آليات": the verb, or the noun of the coalition's own shelling; never passive in news.
    'قصف',
    'قصفت',
    'ضربت',
    'ضرب',
    'اغارت',
    'تبنت',
    'تبنى',
    'اطلقت',
    'اطلق',
    'تولت',
    'تولى',
    'قامت',
    'قام',
    'ردت',
    'رد',
    'اقدمت',
    'اقدم',
    // "هجوم شنه الكيان الصهيوني"، "غارة نفذتها إسرائيل": the act's doer, in a relative clause after it.
    'شنه',
    'شنها',
    'شنته',
    'شنتها',
    'نفذه',
    'نفذها',
    'نفذته',
    'نفذتها',
    'ارتكبت',
    'ارتكب',
    'ترتكب',
    'يرتكب',
    'ارتكبه',
    'ارتكبها',
    'ارتكبته',
    'ارتكبتها',
  ].map(foldWord),
);
// "اتهمت قيادة العمليات القوات الأمريكية بتنفيذ ضربات"، "حمّلت واشنطن بشن الغارات": a force followed by
// "ب" and the noun of a strike is the one accused of it, or said to have done it.
const BY_STRIKE_NOUN = /^ب(تنفيذ|شن|قصف|استهداف|توجيه|ارتكاب|ضرب|مهاجمه)$/;
// "تواصل القوات الأمريكية ارتكاب جرائمها بحق أبناء الحشد"، "ارتكبت القوات الأمريكية جريمة جديدة": who commits the
// crimes an act is told as is its doer.
const COMMITTING = /^(ارتكاب|ارتكابها|ارتكابه|اقتراف)$/;
const BACKED = /^(ال)?(مدعوم|مدعومه|مدعومين|مدعومون|مدعومتين|مسنود|مسنوده|مدرب|مدربه|ممول|مموله)$/;
const OBJECT_MARK = /^(ضد|علي|الي|نحو|باتجاه|تجاه)$/;
/** The sides that strike Iran's men: the US, the coalition, Israel. */
export const STRIKERS = new Set<ActorTag>(['us', 'coalition', 'israel']);
const PREPOSITION = /^(الي|علي|في|من|عن|مع)$/;
// How far the verb may stand from its subject: an adjective or two ("القوات الأمريكية الخاصة").
const SUBJECT_VERB_REACH = 3;
// "لقي خمسة من لواء فاطميون حتفهم حين استهدفت طائرات مواقعهم": a verb after a word opening a clause of time or
// cause has its own subject; the side named before it is no subject of it.
const CLAUSE_OPENS = /^و?(حين|حينما|عندما|بعدما|لما|لدي|اثر|جراء|اثناء)$/;
// "قتل أربعة من عناصر النجباء بغارة استهدفت سيارتهم": the verb after the means they died by is the means' own.
const BY_MEANS = /^ب(ال)?(غاره|غارات|ضربه|ضربات|قصف|صاروخ|صواريخ|طايره|طايرات|مسيره|مسيرات|قذيفه|قذايف)$/;

// A verb takes only و / ف before it: "بالرد" (with a response) is a noun, not "ردّ".
const asVerb = (t: KeyToken) => STRIKE_VERBS.has(t.norm) || (/^[وف]/.test(t.norm) && STRIKE_VERBS.has(t.norm.slice(1)));

// "أطلقت القنصلية صافرات الإنذار"، "أطلقت قنابل ضوئية"، "أطلقت قسد حملة تمشيط": what is launched is no weapon.
const NOT_A_LAUNCH = /^(صافرات|صفارات|صافره|صفاره|قنابل|بالونات|مناشير|تحذير|تحذيرا|حمله|سراح|اسم|سراحه)$/;
export const launchesNothing = (tokens: KeyToken[], verbAt: number, to: number) =>
  /^و?ا?طلق/.test(tokens[verbAt].norm) && tokens.slice(verbAt + 1, Math.min(to, verbAt + 7)).some((t) => NOT_A_LAUNCH.test(t.norm));

/** The US, the coalition or Israel as the one striking ("الولايات المتحدة شنت", "شنت المقاتلات الأمريكية"). */
// "أعلنت وزارة الدفاع الأمريكية أن قاعدة عين الأسد تعرضت لهجوم": the one announcing is the striker
// only when what follows is its own act ("أنها شنت"، "أن قواتها نفذت"، "شن ضربات").
const ANNOUNCE = /^و?(اعلنت|اعلن)$/;
const THAT = /^(ان|بان)$/;
const THAT_IT = /^(انها|انه|انهم|بانها|بانه)$/;
// (Its own forces or aircraft, of either gender: "أعلن التحالف أن طائراته قصفت".)
const OWN_ACT_AFTER_THAT = /^(انها|انه|انهم|بانها|بانه|قواتها|قواته|طايراتها|طايراته|مقاتلاتها|مقاتلاته|طيرانها|طيرانه|مقاتلات|طايرات|طايره|قواتنا|جيشها|جيشه|الجيش|القوات|قوات|ضربات|غارات)$/;
const ANNOUNCED_REACH = 8;
// "أعلنت القيادة المركزية شن ضربات": an act named right after the announcer, without "أن".
const ANNOUNCED_ACT = /^(و|ب)?(شن|تنفيذ|ضربات|غارات|ضربه|غاره|قصف|استهداف|مهاجمه|قتل|مقتل|اغتيال|تدمير)$/;
function announcesOwnAct(tokens: KeyToken[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + ANNOUNCED_REACH); j++) {
    if (THAT_IT.test(tokens[j].norm)) return true;
    if (THAT.test(tokens[j].norm)) return j + 1 < to && OWN_ACT_AFTER_THAT.test(tokens[j + 1].norm);
    // "…، وفق ما أعلنت القيادة المركزية": a source of the report, with nothing of its own after it.
    if (ANNOUNCED_ACT.test(tokens[j].norm)) return true;
  }
  return false;
}

const ATTACKED = /^و?(هاجمت|هاجم|استهدفت|استهدف|دمرت|دمر)$/;
const STATE = /^(الولايات|واشنطن|امريكا|اميركا|اسراييل|تل|العدو|الاحتلال|الكيان)$/;
const SITE_NOUN = /^(قاعده|قاعدتي|قواعد|مطار|معسكر|حقل|سفاره|قنصليه|منشاه|منشات|مجمع|مقر|مقرات|موقع|مواقع|دوريه|رتل|قافله)$/;

export function isAgent(tokens: KeyToken[], x: Tagged<ActorTag>, from: number, to: number, others: readonly Tagged<ActorTag>[] = []): boolean {
  // "العدو الصهيوني المدعوم أمريكياً": the one who backs, named as a manner of the backing, acts in nothing told.
  if (x.from - 1 >= from && BACKED.test(tokens[x.from - 1].norm)) return false;
  for (let k = x.to; k < Math.min(to, x.to + SUBJECT_VERB_REACH); k++) {
    // "العدو الصهيوني المدعوم أمريكياً استهدف مجاهدو …": a party described as backed is named, the verb is another's.
    if (BACKED.test(tokens[k].norm) || CLAUSE_OPENS.test(tokens[k].norm)) break;
    // "دفع واشنطن إلى رد غير مسبوق": after a preposition the word is a noun ("ردّ"), not the verb.
    if (k > x.to && PREPOSITION.test(tokens[k - 1].norm)) continue;
    if ((asVerb(tokens[k]) && !launchesNothing(tokens, k, to)) || BY_STRIKE_NOUN.test(tokens[k].norm) || COMMITTING.test(tokens[k].norm)) return true;
  }
  for (let k = x.from - 1; k >= Math.max(from, x.from - SUBJECT_VERB_REACH); k--) {
    // "هاجمت الولايات المتحدة أكثر من 85 هدفاً": a state right after a verb of attack is its subject.
    // (Not when the verb's subject was told before it: "مؤكدة أنها استهدفت الاحتلال الأمريكي".)
    if (k === x.from - 1 && ATTACKED.test(tokens[k].norm) && STATE.test(tokens[x.from].norm) && !(k > from && THAT_IT.test(tokens[k - 1].norm))) return true;
    if (!tokens[k].keys.some((y) => LAUNCH_VERBS.has(y)) || launchesNothing(tokens, k, to)) continue;
    // "ضرب قاعدة حرير الأمريكية": the adjective of a site named after the verb owns the site; it strikes nothing.
    if (tokens.slice(k + 1, x.from).some((t) => t.keys.some((y) => SITE_NOUN.test(y)))) return false;
    if (ANNOUNCE.test(tokens[k].norm) && !announcesOwnAct(tokens, x.to, to)) return false;
    // "قصفت الفصائل القوات الأمريكية": a militia (or any other party) right after the verb is its subject; the
    // force is the object, as it is after a preposition ("الهجوم الذي نفذه التنظيم ضد قوات أميركية").
    if (tokens.slice(k + 1, x.from).some((t) => OBJECT_MARK.test(t.norm))) return false;
    return !others.some((y) => !STRIKERS.has(y.value) && y.from > k && y.to <= x.from);
  }
  return false;
}

// Militants as the subject of an attack verb ("الميليشيات الإيرانية قصفت …").
// Past and present ("الحرس الثوري يقصف أربيل"), and with the thing launched as a pronoun ("صواريخ أطلقها الحرس").
const ATTACK_VERBS = new Set(
  [
    ...['قصفت', 'استهدفت', 'اطلقت', 'شنت', 'هاجمت', 'استهدف', 'اطلق', 'شن', 'هاجم', 'تبنت', 'تبنى', 'اعلنت', 'اعلن'],
    ...['يقصف', 'تقصف', 'يستهدف', 'تستهدف', 'يطلق', 'تطلق', 'يشن', 'تشن', 'يهاجم', 'تهاجم'],
    ...['اطلقها', 'اطلقه', 'اطلقتها', 'اطلقته', 'شنها', 'شنه', 'شنته', 'شنتها', 'نفذها', 'نفذه', 'نفذتها', 'نفذته', 'شنوه', 'شنوها', 'نفذوه', 'نفذوها', 'اطلقوها'],
  ].map(foldWord),
);
// Doing the act, not claiming or announcing it ("أعلنت هيئة الحشد مقتل أربعة من منتسبيها").
const CLAIM_VERBS = new Set(['تبنت', 'تبنى', 'اعلنت', 'اعلن'].map(foldWord));
export const DOING_VERBS = new Set([...ATTACK_VERBS].filter((v) => !CLAIM_VERBS.has(v)));
// "وقال الحرس الثوري في بيان إنه استهدف …": the one telling of its own act did it.
const SAYS = /^و?(قال|قالت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت)$/;
export function militiaIsAgent(tokens: KeyToken[], actors: Tagged<ActorTag>[], a: number, b: number, verbs: ReadonlySet<string> = ATTACK_VERBS): boolean {
  return actors.some((x) => {
    if (!MILITIA_TAGS.has(x.value)) return false;
    for (let k = x.to; k < Math.min(b, x.to + SUBJECT_VERB_REACH) && !CLAUSE_OPENS.test(tokens[k].norm) && !BY_MEANS.test(tokens[k].norm); k++)
      if (tokens[k].keys.some((y) => verbs.has(y))) return true;
    if (x.from - 1 >= a && SAYS.test(tokens[x.from - 1].norm) && tellsOwnAct(tokens, x.to, b)) return true;
    // Verb-subject order: the group right after the verb, not in a genitive ("استهدفت مقرا لكتائب").
    const prev = x.from - 1 >= a ? tokens[x.from - 1] : null;
    return !!prev && prev.keys.some((y) => verbs.has(y)) && !/^(ل|لل|بال|ب)/.test(tokens[x.from].norm);
  });
}

const OWN_ACT_REACH = 6;
function tellsOwnAct(tokens: KeyToken[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to - 1, from + OWN_ACT_REACH); j++) if (THAT_IT.test(tokens[j].norm)) return tokens[j + 1].keys.some((y) => ATTACK_VERBS.has(y));
  return false;
}

// A strike is told with a strike word; a bare "الهجوم" next to a militia is their attack.
const STRIKE_WORD = /^(قصف|غار|ضرب|استهدف|اغتيال|اغتال|مقتل|قتل|طال|دك)/;
export function strikeWord(tokens: KeyToken[], cues: Tagged<CueTag>[]): boolean {
  return cues.some((c) => c.value === 'trigger' && tokens[c.from].keys.some((k) => STRIKE_WORD.test(k)));
}
