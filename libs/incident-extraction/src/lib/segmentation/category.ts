import type { IncidentCategory } from '@raseed/contracts';
import type { PlaceMention } from '../gazetteer/gazetteer';
import { DateMention, pinsDay, strongestDate } from '../dates/dates';
import { ActorTag } from '../lexicons/actors';
import { CueTag } from '../lexicons/cues';
import { KeyToken, wordBefore } from '../text/tokens';
import { DOING_VERBS, IRAN_LINKED, MILITIA_TAGS, STRIKERS, isAgent, militiaIsAgent, strikeWord } from './agents';
import { DISTANCE_UNIT } from './places';
import { Segment } from './segment';
import { Tagged } from './sentence-facts';
import { namesArmyAsHit } from './vetoes';
import { isPerson } from '../casualties/words';

// Which side was hit. Attack: something US is hit (base, forces, embassy, a US site) and no
// US / Israeli / unknown aircraft strikes. Strike: a striker (adjective on the strike,
// aircraft, "شنت الولايات المتحدة") or a militia hit by a strike word, or air raids in an
// article about this war. When both appear, an unidentified drone over a US site is an
// attack; a named striker with militia targets is a strike.

/** What the whole article says about who fights whom (for sentences that name no one). */
export interface ArticleContext {
  /** Iran-backed groups, the US or Israel are named somewhere. */
  ourWar: boolean;
  /** Russia or the Syrian government is named somewhere. */
  otherWar: boolean;
  /** Another war's aircraft are named ("طائرات أردنية"، "الطيران الروسي"، "مسيرة تركية"). */
  otherAircraft?: boolean;
  /** ISIS is named as a target somewhere ("مواقع لداعش"، "خلايا تنظيم الدولة"): strikes that name no Iran-backed target are that war's. */
  isisTargeted?: boolean;
  /** The Syrian army is named as the one hit before any Iran-backed group: the strikes are that army's war. */
  syrianArmyHit?: boolean;
  /** Iran's forces or groups are named before any Syrian army hit: the article is about them, and a strike told with regime soldiers as its only victims is still of this war ("وأسفرت عن إصابة جنديين من قوات النظام", as Damascus tells every strike). */
  iranFirst?: boolean;
  /** Published, or told, after the fall of the Assad government (8 Dec 2024): Iran's forces have left Syria. */
  afterAssad?: boolean;
  /** Sites of acts the article denies ("نفت الهيئة تقارير عن ضربة استهدفت قافلة قرب التاجي"), filled as segments are read. */
  deniedSites?: PlaceMention[];
  /** Every place the article names, in order: what a site told by its kind alone ("المطار") points back to. */
  places?: PlaceMention[];
  /** The day each place mention's sentence pins, if any: a site told by its kind later takes it with the site. */
  siteDays?: Map<PlaceMention, DateMention>;
  /** Turkey named as a party (its war on the PKK in Iraq's Kurdistan). */
  turkishWar?: boolean;
  /** Acts told in another theatre, and no town or site of ours named (see elsewhereOnly). */
  elsewhereOnly?: boolean;
  /** Convoys are told as carrying the US forces' supplies ("أرتال الشركات التي تنقل معدات قوات الاحتلال الأمريكي"): later bare convoys hit are theirs. */
  usConvoys?: boolean;
}

// A convoy and, shortly after it, whose supplies it carries: the US forces or the coalition.
const CONVOY = /^(ال)?(رتل|رتلا|ارتال|قافله|قوافل|شاحنات|الشاحنات)$/;
const CONVOY_OWNER_REACH = 10;
// A lorry or vehicle is a supply vehicle only when told as working for them ("عجلة لشركة متعاقدة مع التحالف"،
// "شاحنتان تنقلان معدات للتحالف"، "عجلة تابعة للقوات الأمريكية"); a vehicle and a US name may be a militia's car and
// the drone that hit it.
const VEHICLE = /^(ال)?(شاحنه|شاحنتان|شاحنتين|عجله|عجلات|عجلتان|عجلتين|صهريج|صهاريج)$/;
const FOR_THEM = /^(ل|ال)?(متعاقده|متعاقدتان|متعاقدتين|تنقل|ينقل|تنقلان|تحمل|معدات|امدادات|لوجستيه|تابعه|شركه|لشركه|لصالح)$/;
const VEHICLE_OWNER_AT = 1;
const ANOTHER_ACT = /^(و|ف)?(ال)?(ضربه|ضربات|غاره|غارات|هجوم|هجمات|قصف|عمليه)$/;
function toldAsUsConvoys(f: { actors: Tagged<ActorTag>[]; tokens: KeyToken[]; from: number; to?: number; cues?: Tagged<CueTag>[] }): boolean {
  const to = f.to ?? f.tokens.length;
  for (let k = f.from; k < to; k++) {
    const convoy = f.tokens[k].keys.some((x) => CONVOY.test(x));
    if (!convoy && !f.tokens[k].keys.some((x) => VEHICLE.test(x))) continue;
    const working = (from: number) => convoy || from - k <= VEHICLE_OWNER_AT || f.tokens.slice(k + 1, from).some((t) => FOR_THEM.test(t.norm));
    // ("الضربة على قافلة الصهاريج، ولا أول ضربة أمرت بها إدارة بايدن": a side named after another act is that act's.)
    const owned = (from: number) => from > k && from - k <= CONVOY_OWNER_REACH && working(from) && !f.tokens.slice(k + 1, from).some((t) => ANOTHER_ACT.test(t.norm));
    if (f.actors.some((x) => (x.value === 'us' || x.value === 'coalition') && owned(x.from)) || (f.cues ?? []).some((c) => c.value === 'us_target' && owned(c.from))) return true;
  }
  return false;
}
/** A bare convoy ("انفجرت عبوة على رتل") in the segment, in an article whose convoys are the US forces'. */
export function usConvoyHit(seg: { tokens: KeyToken[]; a: number; b: number }, ctx: ArticleContext): boolean {
  return !!ctx.usConvoys && seg.tokens.slice(seg.a, seg.b).some((t) => t.keys.some((x) => CONVOY.test(x) || VEHICLE.test(x)));
}

/** The day the Assad government fell; after it, Israel's strikes in Syria hit the new state's forces, not Iran's. */
export const ASSAD_FELL = '2024-12-08';
// "منذ سقوط نظام الأسد"، "الحكومة السورية الجديدة"، "الإدارة الجديدة في دمشق".
const FALL = /^(سقوط|انهيار|رحيل)$/;
const FALLEN = /^(النظام|نظام|الاسد|حكم)$/;
const NEW_STATE = /^(ال)?(حكومه|اداره|سلطات|سلطه)$/;
function toldAfterAssad(f: { tokens: KeyToken[]; from: number; to?: number }): boolean {
  const { tokens, from } = f;
  const to = f.to ?? tokens.length;
  for (let k = from; k + 1 < to; k++) {
    if (FALL.test(tokens[k].norm) && FALLEN.test(tokens[k + 1].norm)) return true;
    if (tokens[k].keys.some((x) => NEW_STATE.test(x)) && k + 2 < to && ((tokens[k + 1].norm === 'السوريه' && tokens[k + 2].norm === 'الجديده') || tokens[k + 1].norm === 'الجديده')) return true;
  }
  return false;
}

// Words before ISIS that make it the one hit ("the coalition against ISIS" is only a name).
const HIT_BEFORE_ISIS = /^(مواقع|موقع|عناصر|عنصر|عناصره|خلايا|خليه|معاقل|اوكار|تجمع|تجمعا|تجمعات|اليه|اليات|قيادي|قياديا|مسلحي|مقاتلي|مخابي|مخباه|مقر|مقرات|معسكرات|معسكر|فلول|ضد)$/;
const HIT_REACH = 2;

// "طائرات أردنية"، "الطيران الروسي"، "أن تكون المسيرة تركية": another war's side named as the one flying.
const AIRCRAFT_WORD = /^(ال)?(طايره|طايرات|طيران|مقاتلات|مقاتله|مسيره|مسيرات|المسيره|سلاح)$/;
const AIRCRAFT_REACH = 3;
function aircraftOf(tokens: KeyToken[], x: Tagged<ActorTag>, from: number): boolean {
  for (let k = Math.max(from, x.from - AIRCRAFT_REACH); k < x.to; k++) if (tokens[k].keys.some((y) => AIRCRAFT_WORD.test(y))) return true;
  return false;
}

const regimeWar = (f: { actors: Tagged<ActorTag>[] }) => f.actors.some((x) => x.value === 'russia_regime') && !f.actors.some((x) => STRIKERS.has(x.value));

const THE_ORGANISATION = /^(و|ف)?(ب|ل)?(ال|لل)تنظيم$/;
const tellsAct = (f: { cues?: Tagged<CueTag>[] }) => !f.cues || f.cues.some((c) => c.value === 'trigger' || c.value === 'strike_agent' || c.value === 'air_agent');
const hitBefore = (tokens: KeyToken[], at: number, from: number) => {
  for (let k = at - 1; k >= Math.max(from, at - HIT_REACH); k--) if (tokens[k].keys.some((y) => HIT_BEFORE_ISIS.test(y))) return true;
  return false;
};

const HIT_PAST = /^و?(استهدفت|استهدف|طالت|طال|اصابت|اصاب|ضربت|ضرب|قصفت|قصف|دمرت|دمر)$/;

export function articleContext(
  facts: Array<{ actors: Tagged<ActorTag>[]; tokens: KeyToken[]; from: number; to?: number; cues?: Tagged<CueTag>[]; places?: PlaceMention[]; dates?: DateMention[] }>,
  pub: string | null = null,
): ArticleContext {
  let ourWar = false;
  let otherWar = false;
  let isisTargeted = false;
  let armyHit = false;
  let iranLinked = false;
  let otherAircraft = false;
  let turkishWar = false;
  for (const f of facts)
    for (const x of f.actors) {
      // Whichever the article names first is its subject: the army hit, or Iran's groups.
      if (IRAN_LINKED.has(x.value) && !armyHit) iranLinked = true;
      if (namesArmyAsHit(f.tokens, x, f.from) && !iranLinked) armyHit = true;
      if (IRAN_LINKED.has(x.value) || STRIKERS.has(x.value)) ourWar = true;
      if (x.value === 'russia_regime' || x.value === 'turkey') otherWar = true;
      if (x.value === 'turkey') turkishWar = true;
      if ((x.value === 'russia_regime' || x.value === 'turkey') && aircraftOf(f.tokens, x, f.from)) otherAircraft = true;
      // ISIS hit in a sentence that tells an act ("حماية الحدود من فلول داعش" is a duty, not a strike).
      // (The Syrian army pursuing ISIS remnants, "تواصل وحدات الجيش السوري ملاحقة فلول داعش", is that army's war.)
      if (x.value === 'isis' && tellsAct(f) && hitBefore(f.tokens, x.from, f.from) && !regimeWar(f)) isisTargeted = true;
    }
  // "ضربات جوية على أوكار للتنظيم": in an article naming ISIS, "the Organisation" is ISIS.
  if (!isisTargeted && facts.some((f) => f.actors.some((x) => x.value === 'isis')))
    isisTargeted = facts.some((f) => tellsAct(f) && f.tokens.slice(f.from, f.to).some((t, i) => THE_ORGANISATION.test(t.norm) && hitBefore(f.tokens, f.from + i, f.from)));
  // ("… قتلى من قوات النظام بقصف إسرائيلي … / وذكر المرصد أن الضربات استهدفت مواقع لميليشيات مدعومة من إيران": Iran's
  // men or sites named after a verb of hitting in the past tense make it this war whoever was named first; "تقول
  // إسرائيل إنها تستهدف مواقع إيرانية" tells a habit, not this strike.)
  if (armyHit && facts.some((f) => f.tokens.slice(f.from, f.to).some((t, i) => HIT_PAST.test(t.norm) && f.actors.some((x) => IRAN_LINKED.has(x.value) && x.from > f.from + i)))) {
    armyHit = false;
    iranLinked = true;
  }
  const afterAssad = (!!pub && pub >= ASSAD_FELL) || facts.some(toldAfterAssad);
  const usConvoys = facts.some(toldAsUsConvoys);
  const siteDays = new Map<PlaceMention, DateMention>();
  for (const f of facts) {
    const day = strongestDate((f.dates ?? []).filter(pinsDay));
    if (day) for (const p of f.places ?? []) siteDays.set(p, day);
  }
  return {
    ourWar,
    otherWar,
    otherAircraft,
    isisTargeted,
    syrianArmyHit: armyHit,
    iranFirst: iranLinked && !armyHit,
    afterAssad,
    deniedSites: [],
    places: facts.flatMap((f) => f.places ?? []),
    usConvoys,
    siteDays,
    elsewhereOnly: elsewhereOnly(facts),
    turkishWar,
  };
}

/**
 * "استهدفت غارة إسرائيلية مبنى في حارة حريك في الضاحية الجنوبية لبيروت": an article whose acts are told in another
 * theatre (Lebanon, Yemen, Gaza) and which names no town or site of ours: its unplaced strikes are that theatre's.
 */
function elsewhereOnly(facts: Array<{ actors: Tagged<ActorTag>[]; cues?: Tagged<CueTag>[]; places?: PlaceMention[] }>): boolean {
  // (US strikes stay this war's wherever else the article looks.)
  return (
    facts.some((f) => tellsAct(f) && f.actors.some((x) => x.value === 'elsewhere')) &&
    !facts.some((f) => (f.places ?? []).some((p) => p.place.kind !== 'country') || f.actors.some((x) => x.value === 'us' || x.value === 'coalition'))
  );
}

export interface CategoryReading {
  category: IncidentCategory | null;
  /** The US, the coalition or Israel named as the one striking. */
  agents: Tagged<ActorTag>[];
  /** US targets named in the segment (not the striker's own name). */
  usTargetCues: Tagged<CueTag>[];
  /** Striker evidence: strike adjectives, aircraft, agents. */
  strikerWeight: number;
  /** Both sides named: a striker and an Iran-backed target, or a US target (for an attack). */
  explicit: boolean;
  /** The striker is only held responsible by another (no claim of its own). */
  heldResponsible?: boolean;
}

// "أعلن البنتاغون أن اثنين من عناصره أصيبا": the people or forces of a US actor named just before, as victims.
const POSSESSED_FORCES = /^(جنود|عناصر|افراد|قوات|عسكريي|موظفي|مستشاري|دبلوماسيي|رعايا|مواطني)(ه|ها|هم|نا)$/;
const POSSESSOR_REACH = 8;
const VICTIM_BEFORE = /^(من|علي|ضد|استهدف|استهدفت|هاجمت|هاجم|طالت|طال|اصابت|اصاب|تعرض|تعرضت|تعرضه|استهداف|مهاجمه)$/;
const HURT_AFTER = /^(اصيب|اصيبوا|اصيبا|قتل|قتلوا|قتلا|جرح|جرحوا|لقي|لقوا)/;
const HURT_REACH = 3;

// "أعلن التحالف الدولي أن قاعدة تابعة له في إقليم كردستان تعرضت لهجوم": a site "belonging to it", the US side named
// before it in the sentence.
const SITE = /^(قاعده|قواعد|موقع|مواقع|مقر|مقرات|منشاه|منشات|قافله|رتل|دوريه)$/;
const BELONGING = /^(ال)?(تابعه|تابع|التابعه|التابع)$/;
const TO_IT = /^(له|لها|لهم|لهما)$/;
function ownedUsSites(seg: Segment): number {
  const { tokens, a, b } = seg;
  const owners = usOwners(seg);
  let n = 0;
  for (let k = Math.max(a, seg.s.from); k + 2 < b; k++) if (SITE.test(tokens[k].norm) && BELONGING.test(tokens[k + 1].norm) && TO_IT.test(tokens[k + 2].norm) && owners.some((o) => o.to <= k)) n++;
  return n;
}

// "… الولايات المتحدة بقتل"، "… القوات الأمريكية باستهداف": a side with the act it is accused of right after it.
const ACCUSED_OF = /^ب(قتل|استهداف|قصف|شن|تنفيذ|اغتيال|ضرب|مهاجمه)$/;
const accusedOfAct = (tokens: KeyToken[], x: Tagged<ActorTag>) => x.to < tokens.length && ACCUSED_OF.test(tokens[x.to].norm);
/**
 * The US side named in the sentence, whose sites or men a possessive points to; not the side accused of the act
 * ("اتهمت كتائب حزب الله الولايات المتحدة بقتل اثنين من عناصرها": they are the accuser's).
 */
const usOwners = (seg: Segment) => seg.s.actors.filter((x) => (x.value === 'us' || x.value === 'coalition') && !accusedOfAct(seg.tokens, x));

function possessedUsVictims(seg: Segment): number {
  const { tokens, a, b } = seg;
  // The possessor may be named earlier in the sentence ("شنت الولايات المتحدة ضربات … ردا على مقتل ثلاثة من جنودها").
  const owners = usOwners(seg);
  let n = 0;
  for (let k = a; k < b; k++) {
    if (!tokens[k].keys.some((x) => POSSESSED_FORCES.test(x))) continue;
    if (!owners.some((o) => o.to <= k && (k - o.to < POSSESSOR_REACH || o.from < a))) continue;
    const before = k > a && VICTIM_BEFORE.test(tokens[k - 1].norm.replace(/^و/, ''));
    let hurt = false;
    for (let j = k + 1; j < Math.min(b, k + 1 + HURT_REACH); j++) if (HURT_AFTER.test(tokens[j].norm)) hurt = true;
    if (before || hurt) n++;
  }
  return n;
}

// "وبحسب التقييم الأولي للجيش الأمريكي"، "وفق بيان للقوات الأمريكية": whose account it is, not who was hit.
const ACCOUNT = /^(بحسب|حسب|وفق|وفقا|طبقا|نقلا|تقييم|التقييم|بيان|البيان|تقرير|التقرير|تقديرات|روايه|لروايه|تصريحات|احصاء|احصاييه)$/;
const ACCOUNT_REACH = 3;

// "قال مسؤول عسكري أمريكي": the one who tells, not one who was hit.
const SOURCE = /^(مسوول|مسوولا|مسوولون|مسوولين|المسوول|مصدر|مصادر|المصدر|متحدث|المتحدث|ناطق|الناطق|وزير|الوزير|قايد|مستشار)$/;

// "كانوا يستعدون لإطلاق صواريخ على قوات أمريكية"، "مسيرة كانت معدة لاستهداف قاعدة": what an
// intent clause aims at was not hit. The clause runs from its intent word to the segment's end.
// ("مواقع قال إنها كانت ستُستخدم لمهاجمة منشأة تتمركز فيها قوات أمريكية": what they would have been used for.)
const INTENT = /^(يستعدون|يستعد|يستعدان|تستعد|استعدادهم|استعداده|معده|معد|معدا|المعده|المعد|حاولوا|يحاولون|محاولتهم|ينوون|يعتزمون|يخططون|بهدف|ستستخدم|سيستخدم|ستستعمل|لاستخدامها|لاستخدامه)$/;
export function intentStart(seg: Segment): number {
  for (let k = seg.a; k < seg.b; k++) if (seg.tokens[k].keys.some((x) => INTENT.test(x))) return k;
  return seg.b;
}

const THREAT_REACH = 2;
const BARE_BASES = /^(ال)?(قاعدتين|قاعدتيه|قاعدته|قاعدتها|قاعدتهم)$/;

// "قال أوستن إن الضربات استهدفت موقعين": strikes told as such, by whoever, are air or missile strikes.
const STRIKE_NOUN = /^(ال)?(ضربات|ضربه|غارات|غاره)$/;

// "سلامة الأفراد الأمريكيين"، "لحماية القوات الأمريكية"، "دفاعا عن قواتنا": what a strike protects was not hit.
const PROTECTION = /^(سلامه|لسلامه|بسلامه|حمايه|لحمايه|بحمايه|امن|لامن|الدفاع|للدفاع|دفاعا|حفاظا|للحفاظ|حرصا)$/;
const PROTECTION_REACH = 3;

// "وهم يؤدون واجبهم في مواجهة قواعد الاحتلال"، "في التصدي للقوات الأمريكية": what the side hit was confronting, a
// duty told of the dead, was not hit.
const CONFRONTING = /^(ل|ب|في)?(ال)?(مواجهه|تصدي|مقاومه|مقارعه|قتال|منازله)(هم|ها|ه|هما)?$/;
const CONFRONTING_REACH = 1;

// "خرق لشروط بقاء القوات الأمريكية"، "المطالبة برحيل القوات الأجنبية": US forces named by their presence
// or departure, a matter of policy, not of a hit.
const PRESENCE = /^(ل|ب)?(بقاء|وجود|تواجد|انسحاب|رحيل|خروج|اخراج|الوجود|التواجد|الانسحاب)$/;
const PRESENCE_REACH = 1;

// "من الأراضي السورية التي تنشط فيها القوات الأميركية": US forces told as stationed somewhere, where a drone came
// from, were not hit.
const STATIONED = /^(تنشط|ينشط|تتواجد|يتواجد|تنتشر|ينتشر|تتمركز|يتمركز|تسيطر|يسيطر)$/;
const STATIONED_REACH = 2;

// "إن أي منشآت أو أفراد أمريكيين لم يُستهدفوا": a US target said not to have been hit.
const NOT = /^(لم|لن)$/;
const HIT_VERB = /^(يستهدف|تستهدف|يتعرض|تتعرض|يصب|تصب|يصاب|تصاب)/;
const NOT_HIT_REACH = 3;
const AMONG = /^(بين|صفوف|بصفوف)$/;
function notHit(tokens: KeyToken[], from: number, to: number): boolean {
  for (let k = from; k + 1 < Math.min(to, from + NOT_HIT_REACH + 1); k++) if (NOT.test(tokens[k].norm) && HIT_VERB.test(tokens[k + 1].norm)) return true;
  return false;
}

// "وحمّل إعلام الحشد القوات الأمريكية مسؤولية الاعتداء": the side held responsible did it; it was not hit.
const RESPONSIBILITY = /^(ال)?مسووليه$/;
const HELD_REACH = 2;
const heldResponsible = (tokens: KeyToken[], c: Tagged<CueTag>, b: number) => tokens.slice(c.to, Math.min(b, c.to + HELD_REACH)).some((t) => RESPONSIBILITY.test(t.norm));

// "وحمّلت القيادة قوات التحالف مسؤولية هذا الاعتداء"، "محمّلاً القوات الأمريكية مسؤولية الضربة": a striker held
// responsible for an act pointed back to struck it. (Not the consequences of a policy: the act must follow.)
const HOLD_VERB = /^(و|ف)?(حمل|حملت|حملوا|يحمل|تحمل|نحمل|محملا|محمله|محملين|محملتا)$/;
const HOLD_REACH = 6;
const HELD_ACT_REACH = 4;
function heldResponsibleStriker(seg: Segment): Tagged<ActorTag> | undefined {
  const { tokens, a, b, cues } = seg;
  return seg.actors.find((x) => {
    if (!STRIKERS.has(x.value)) return false;
    if (!wordBefore(tokens, x.from, a, HOLD_REACH, HOLD_VERB)) return false;
    const held = tokens.slice(x.to, Math.min(b, x.to + HELD_REACH)).findIndex((t) => RESPONSIBILITY.test(t.norm));
    if (held < 0) return false;
    const at = x.to + held;
    return cues.some((c) => c.value === 'trigger' && c.from > at && c.from - at <= HELD_ACT_REACH);
  });
}

const ACCUSED_REACH = 2;
// ("وتتهم أربيل وواشنطن فصائل مرتبطة بإيران": a side followed by the groups it accuses is the accuser.)
const ACCUSED_AFTER_ACCUSER = 1;
/** The one accused right after an accusation is the US, the coalition or Israel. */
function accusesStriker(seg: Segment): boolean {
  const accuser = (x: Tagged<ActorTag>) => seg.actors.some((y) => (IRAN_LINKED.has(y.value) || MILITIA_TAGS.has(y.value)) && y.from >= x.to && y.from - x.to <= ACCUSED_AFTER_ACCUSER);
  // ("في غارة قالت سوريا وإيران إن إسرائيل نفذتها": the striker as the subject right before the verb of doing it.)
  const doerBefore = (c: Tagged<CueTag>) =>
    DID_IT.test(seg.tokens[c.from].norm) && seg.actors.some((x) => (x.value === 'us' || x.value === 'israel') && x.to <= c.from && c.from - x.to <= DOER_BEFORE_REACH);
  // ("اتهمت جماعة كتائب سيد الشهداء العراقية المسلحة الولايات المتحدة بقتل أحد مقاتليها": however long the accuser's
  // name, the striker the act is pinned on, "ب" + the act right after it, is the accused.)
  return seg.cues.some(
    (c) =>
      c.value === 'attribution' &&
      (doerBefore(c) ||
        seg.actors.some((x) => STRIKERS.has(x.value) && x.from >= c.to && ((x.from - c.to <= ACCUSED_REACH && !accuser(x)) || (x.from - c.to <= ACCUSER_NAME_REACH && accusedOfAct(seg.tokens, x))))),
  );
}
const ACCUSER_NAME_REACH = 14;
const DID_IT = /^(نفذتها|نفذها|نفذته|شنتها|شنها|شنته)$/;
const DOER_BEFORE_REACH = 1;

// "دوي انفجارات في محيط مطار خراب الجير، وتحليق لطيران مروحي للتحالف": aircraft told flying over did not strike.
const FLYING = /^و?(تحليق|تحليقا|حلق|حلقت|يحلق|تحلق|تحوم|يحوم|حامت|حام)$/;
const FLYING_REACH = 2;
const onlyFlying = (seg: Segment, c: Tagged<CueTag>) => wordBefore(seg.tokens, c.from, seg.a, FLYING_REACH, FLYING);

// "بقصف نفذته طائرتان مسيّرتان على عجلتين للحشد": aircraft that did it strike; the militia named is hit.
const DOER_REACH = 2;
const AIR_MEANS = new Set(['drone', 'airstrike', 'missile']);
const AIRCRAFT = /^(طايره|طايرات|طايرتان|طايرتين|مقاتله|مقاتلات|مقاتلتان|مروحيه|مروحيات)$/;
function doneByAircraft(seg: Segment): boolean {
  const { tokens, b } = seg;
  return seg.cues.some(
    (c) => c.value === 'attribution' && (seg.weapons.some((w) => AIR_MEANS.has(w.value) && w.from >= c.to && w.from - c.to <= DOER_REACH) || (c.to < b && AIRCRAFT.test(tokens[c.to].norm))),
  );
}

// "استهدفوا تجمعاً لجنود الجيش الإسرائيلي"، "قصفوا موقعاً للجيش الإسرائيلي": the side whose men or site an act hit
// right before is its victim, not a striker (Hezbollah's war with Israel is neither category).
const SIDE_HIT_REACH = 8;
const MEN_OR_SITE = /^(ل)?(جنود|جندي|عناصر|افراد|اليه|اليات|دبابه|دبابات|جرافه|موقع|موقعا|مواقع|ثكنه|تجمع|تجمعا|تجمعات|دوريه|قوه|مقر|مقرا)$/;
function sideHit(seg: Segment, c: Tagged<CueTag>): boolean {
  const { tokens, a, cues } = seg;
  if (c.from <= a) return false;
  return MEN_OR_SITE.test(tokens[c.from - 1].norm) && cues.some((q) => q.value === 'trigger' && q.to <= c.from && c.from - q.to <= SIDE_HIT_REACH);
}

export function readCategory(seg: Segment, usPlace: boolean, ctx: ArticleContext): CategoryReading {
  const { tokens, s, a, b, cues, actors, weapons } = seg;
  const agents = actors.filter((x) => STRIKERS.has(x.value) && isAgent(tokens, x, a, b, actors) && !speaker(tokens, x.from, a));
  const intent = intentStart(seg);
  // "طائرة تابعة للتحالف": the owner of the aircraft is who strikes, not who is hit.
  const ownerOfAircraft = (c: Tagged<CueTag>) => cues.some((q) => (q.value === 'strike_agent' || q.value === 'air_agent') && q.from <= c.from && q.to >= c.to);
  // "لم توقع إصابات بين الأمريكيين": only where nobody was hurt, they are no target.
  const noneHurt = seg.casualties().length > 0 && seg.casualties().every((x) => x.value === 0);
  // "آليتين رأت أنهما تشكلان تهديداً لقوات التحالف": what a threat is to was not hit.
  // "قال الجيش الإسرائيلي إنه استهدف قدرات في القاعدتين": bases told by no side's name after Israel are not the US side's.
  const israelBefore = (c: Tagged<CueTag>) => actors.some((x) => x.value === 'israel' && x.to <= c.from);
  const threatened = (c: Tagged<CueTag>) => cues.some((q) => q.value === 'threat' && q.to <= c.from && c.from - q.to < THREAT_REACH);
  const usTargetCues = cues.filter(
    (c) =>
      c.value === 'us_target' &&
      c.from < intent &&
      // ("قصفت القوات الأمريكية بالمدافع من قاعدتها في حقل العمر قرى …": the striker's own base it fired from.)
      !cues.some((q) => q.value === 'launch' && q.from <= c.from && q.to >= c.to) &&
      !agents.some((g) => g.from <= c.from && g.to >= c.from) &&
      !ownerOfAircraft(c) &&
      !(c.from > a && tokens[c.from - 1].keys.some((k) => SOURCE.test(k))) &&
      !wordBefore(tokens, c.from, a, PROTECTION_REACH, PROTECTION) &&
      !wordBefore(tokens, c.from, a, PRESENCE_REACH, PRESENCE) &&
      !wordBefore(tokens, c.from, a, CONFRONTING_REACH, CONFRONTING) &&
      !wordBefore(tokens, c.from, a, STATIONED_REACH, STATIONED) &&
      !wordBefore(tokens, c.from, a, ACCOUNT_REACH, ACCOUNT) &&
      !notHit(tokens, c.to, b) &&
      !heldResponsible(tokens, c, b) &&
      !threatened(c) &&
      !(israelBefore(c) && BARE_BASES.test(tokens[c.from].norm) && c.to - c.from === 1) &&
      !measuredFrom(tokens, c.from, a) &&
      !(c.from > a && AMONG.test(tokens[c.from - 1].norm) && noneHurt),
  );
  const possessed = possessedUsVictims(seg) + ownedUsSites(seg);
  // ("قاعدة يونيون 3 التي تضم مقار للتحالف الدولي": the sites of the US side are not Iran's men's.)
  const milTargets = cues.filter((c) => c.value === 'militia_target' && !actors.some((x) => (x.value === 'us' || x.value === 'coalition') && x.from === c.to)).length;
  const usT = usTargetCues.length + (usPlace ? 1 : 0) + possessed + (milTargets === 0 && usConvoyHit(seg, ctx) ? 1 : 0);
  const aircraft = cues.filter((c) => (c.value === 'strike_agent' || c.value === 'air_agent') && !sideHit(seg, c) && !onlyFlying(seg, c)).length;
  const stA = aircraft + agents.length;
  const milT = milTargets + actors.filter((x) => MILITIA_TAGS.has(x.value)).length;
  const israel = seg.has('israel');
  // "مسيرة معادية": hostile, as a side calls the other's aircraft; over a US site, as unknown as "مجهولة".
  const unknownAir = cues.some((c) => (c.value === 'strike_agent' || c.value === 'air_agent') && /مجهول|معادي/.test(tokens[c.to - 1].norm));
  const sentenceNames = (test: (t: ActorTag) => boolean) => s.actors.some((x) => test(x.value));
  let category: IncidentCategory | null = null;
  // A strike told with a side's adjective or name inside it ("بغارة أمريكية"، "غارات إسرائيلية"، "طيران التحالف
  // الدولي": the name may run on past the aircraft).
  const strikeToldAs = (sides: readonly ActorTag[]) =>
    cues.some((c) => (c.value === 'strike_agent' || c.value === 'air_agent') && !onlyFlying(seg, c) && actors.some((x) => sides.includes(x.value) && x.from >= c.from && x.from < c.to));
  // Told as American or Israeli, a strike names its striker as an agent does.
  const namedStriker = agents.length > 0 || strikeToldAs(['us', 'israel']);
  // The strike's own adjective, or Israel as the agent: a US force named near a verb may be the host
  // of the site hit, Israel never is.
  const usStrike =
    strikeToldAs(['us', 'coalition', 'israel']) || agents.some((g) => g.value === 'israel' || (institution(tokens, g) && strikesOut(tokens, cues))) || agentBeforeVerb(tokens, agents, a);
  if (stA > 0 && usT === 0) category = milT > 0 || israel || agents.length > 0 || aircraft > 0 ? 'strike_on_militias' : null;
  // "البنتاغون يؤكد ضرب منصات صواريخ قرب القرية الخضراء": launchers or militia sites hit near a US site, no US target
  // named, in a sentence naming the US side, are its strike.
  else if (usT > 0 && stA === 0 && milTargets > 0 && usTargetCues.length + possessed === 0 && sentenceNames((t) => t === 'us' || t === 'coalition' || t === 'israel')) category = 'strike_on_militias';
  // "إحدى الغارات طالت منشأة نفطية في ريف رميلان": air raids at a place with a US site, no US target named, are
  // someone's strikes there (militias launch rockets and drones, they do not raid).
  else if (usT > 0 && stA === 0 && usTargetCues.length + possessed === 0 && airRaidsOnly(tokens, cues)) category = milT > 0 ? 'strike_on_militias' : null;
  else if (usT > 0 && stA === 0) category = 'attack_on_us_forces';
  // A strike told as American near a US site ("بغارة أمريكية قرب مطار بغداد") is where the US struck:
  // only something named as hit (forces, a base) makes it an attack on them.
  else if (usT > 0 && stA > 0 && usStrike && usTargetCues.length + possessed === 0) category = 'strike_on_militias';
  else if (usT > 0 && stA > 0) category = unknownAir || (usPlace && !namedStriker) ? 'attack_on_us_forces' : milT > 0 && stA >= usT ? 'strike_on_militias' : 'attack_on_us_forces';
  // "واتهم الولايات المتحدة بتنفيذها": the side accused is the striker.
  else if (milT > 0 && seg.count('attribution') > 0) category = accusesStriker(seg) || doneByAircraft(seg) ? 'strike_on_militias' : 'attack_on_us_forces';
  else if (milT > 0 && !militiaIsAgent(tokens, actors, a, b) && sentenceNames((t) => IRAN_LINKED.has(t)) && (seg.count('militia_target') > 0 || strikeWord(tokens, cues)))
    category = 'strike_on_militias';
  // "قُتل 26 مقاتلاً، معظمهم إيرانيون، في ضربة صاروخية": Iran's men as the victims of a strike told as such.
  else if (iranVictims(seg) && cues.some((c) => c.value === 'trigger' && tokens[c.from].keys.some((k) => STRIKE_NOUN.test(k))) && !militiaIsAgent(tokens, actors, a, b, DOING_VERBS))
    category = 'strike_on_militias';
  // Strikes told as such in a sentence naming the US, the coalition or Israel, and not Iran or its groups (theirs may be the strike).
  else if (
    cues.some((c) => c.value === 'trigger' && tokens[c.from].keys.some((k) => STRIKE_NOUN.test(k))) &&
    sentenceNames((t) => t === 'us' || t === 'israel' || t === 'coalition') &&
    !sentenceNames((t) => IRAN_LINKED.has(t))
  )
    category = 'strike_on_militias';
  // Air raids with no one named: ours when the sentence or the article is about this war.
  else if (
    weapons.some((w) => w.value === 'airstrike') &&
    !militiaIsAgent(tokens, actors, a, b, DOING_VERBS) &&
    (sentenceNames((t) => IRAN_LINKED.has(t) || t === 'us' || t === 'israel' || t === 'coalition' || t === 'unknown') || (ctx.ourWar && !ctx.otherWar))
  )
    category = 'strike_on_militias';
  // "الشهيد القائد … الذي ارتقى إثر استهداف عجلته بطائرة مسيرة": a drone that killed Iran's men, no US site named.
  else if (
    weapons.some((w) => w.value === 'drone') &&
    sentenceNames((t) => IRAN_LINKED.has(t)) &&
    s.casualties.some((c) => c.kind === 'killed' && c.value !== 0) &&
    !militiaIsAgent(tokens, s.actors, s.from, s.to, DOING_VERBS)
  )
    category = 'strike_on_militias';
  // "وحمّلت القيادة قوات التحالف مسؤولية هذا الاعتداء": the striker held responsible for an act told (without its side).
  const held = category ? undefined : heldResponsibleStriker(seg);
  if (held) {
    category = 'strike_on_militias';
    agents.push(held);
  }
  // A striker: strike adjectives, aircraft, an agent, or air weapons in a sentence naming the US or Israel.
  const striker = stA > 0 || (weapons.some((w) => w.value === 'airstrike') && sentenceNames((t) => t === 'us' || t === 'israel' || t === 'coalition'));
  const explicit = category === 'strike_on_militias' ? striker && (milT > 0 || sentenceNames((t) => IRAN_LINKED.has(t))) : category === 'attack_on_us_forces' && usTargetCues.length + possessed > 0;
  return { category, agents, usTargetCues, strikerWeight: stA, explicit, ...(held && { heldResponsible: true }) };
}

// "شنت الولايات المتحدة ضربات"، "أعلن التحالف الدولي أن طائراته قصفت"، "أعلنت القيادة المركزية أن طائراتها ضربت":
// a state, the alliance or a command is never the host of a site hit, as "قوات أمريكية" named before a verb may be
// ("قاعدة … تستضيف قوات أمريكية، استهدفت بطائرة").
const INSTITUTION = /^(الولايات|واشنطن|امريكا|اميركا|التحالف|القياده|البنتاغون|البنتاجون|وزاره|الجيش|سنتكوم)$/;
const institution = (tokens: KeyToken[], g: Tagged<ActorTag>) => INSTITUTION.test(tokens[g.from].norm);
// ("أعلنت القيادة الوسطى أن قواتها أسقطت مسيرة دخلت المجال الجوي لقاعدة التنف": shooting down what came at its
// base is defence; the base was attacked.)
const DEFENCE = /^(و|ف)?(اسقطت|اسقط|اسقطنا|اسقاط|اعترضت|اعترض|اعترضنا|اعتراض|تصدت|تصدي|تتصدي|يتصدي)$/;
const strikesOut = (tokens: KeyToken[], cues: readonly Tagged<CueTag>[]) => cues.some((c) => c.value === 'trigger' && !DEFENCE.test(tokens[c.from].norm));

// Iran's men named as the dead or wounded: after a head or a share of the victims ("معظمهم إيرانيون"، "بينهم
// إيرانيون")، or as the adjective of a person counted ("26 مقاتلاً إيرانياً").
const VICTIM_LEAD = /^(قتل|قتلوا|مقتل|اصيب|اصيبوا|اصابه|معظمهم|بينهم|منهم|غالبيتهم|اغلبهم)$/;
const VICTIM_REACH = 3;
function iranVictims(seg: Segment): boolean {
  const { tokens, a, actors } = seg;
  return actors.some((x) => IRAN_LINKED.has(x.value) && (wordBefore(tokens, x.from, a, VICTIM_REACH, VICTIM_LEAD) || (x.from > a && isPerson(tokens[x.from - 1]))));
}

// "التحالف اعتدى على إحدى نقاطنا على طريق التنف": the side named as the subject right before the verb of striking
// is who struck, whatever site of its own stands near.
// (Verbs with no passive reading: "قوات أمريكية استهدفت" may be the forces that were targeted.)
const AGGRESSION_VERB = /^(اعتدي|اعتدت|اغار|اغارت)$/;
function agentBeforeVerb(tokens: KeyToken[], agents: readonly Tagged<ActorTag>[], a: number): boolean {
  return agents.some((g) => g.value !== 'israel' && g.from >= a && AGGRESSION_VERB.test(tokens[g.to]?.norm ?? ''));
}

// "منشأة نفطية في ريف رميلان، على بعد كيلومترات من قاعدة تضم قوات للتحالف": a site measured from is no target.
// (The forces the base hosts may be the cue: "من قاعدة تضم قوات".)
const MEASURED_REACH = 3;
function measuredFrom(tokens: KeyToken[], at: number, a: number): boolean {
  for (let j = at - 1; j >= Math.max(a + 1, at - MEASURED_REACH); j--) {
    if (tokens[j].norm !== 'من') continue;
    return DISTANCE_UNIT.test(tokens[j - 1].norm) || (tokens[j - 1].norm === 'بعد' && j - 2 >= a && tokens[j - 2].norm === 'علي');
  }
  return false;
}

const AIR_RAID = /^(و|ف)?(ب|ل)?(ال)?(غاره|غارات)$/;
// (What the raid did: "الغارات طالت …".)
const REACHED = /^(طال|طالت|اصاب|اصابت)$/;
const airRaidsOnly = (tokens: KeyToken[], cues: readonly Tagged<CueTag>[]): boolean => {
  const acts = cues.filter((c) => c.value === 'trigger');
  return acts.some((c) => AIR_RAID.test(tokens[c.from].norm)) && acts.every((c) => AIR_RAID.test(tokens[c.from].norm) || REACHED.test(tokens[c.from].norm));
};

// "قال مسؤول عسكري أمريكي إن الهجوم استهدف …": the side of the one who speaks, not of who struck.
const SPEAKER_REACH = 2;
const speaker = (tokens: KeyToken[], at: number, a: number): boolean => {
  for (let k = at - 1; k >= Math.max(a, at - SPEAKER_REACH); k--) if (tokens[k].keys.some((x) => SOURCE.test(x))) return true;
  return false;
};
