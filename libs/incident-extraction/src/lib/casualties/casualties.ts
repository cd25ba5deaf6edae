import { gluedFigures, readNumber } from '../numbers/numbers';
import { KeyToken } from '../text/tokens';
import { Side, Victims, ordinalAfter, othersAfter, readVictims } from './victims';
import {
  ACTIVE_INJURE,
  ACTIVE_KILL,
  ACT_SUBJECT,
  AVENGED,
  COMMEMORATION,
  DUAL,
  FELL,
  FELLED,
  HEAD_PRONOUN,
  WITH,
  IDIOMS,
  INJ_AFTER,
  INJ_COUNT_NOUN,
  INJ_DUAL_NOUN,
  INJ_HEAD,
  KILL_AFTER,
  KILL_COUNT_NOUN,
  KILL_DUAL_NOUN,
  KILL_HEAD,
  DIED,
  MOURNED,
  ONE_OF,
  PLURAL,
  MASDAR_HEAD,
  OPENER,
  PRONOUN_VALUE,
  SINGLE_NOUN,
  SUBJECT_VERB_HEAD,
  TALLY,
  TALLY_NOUN_INJURED,
  TALLY_NOUN_KILLED,
  THINGS_HIT,
  TOOK_LIVES_VERB,
  has,
  isPerson,
  set,
} from './words';
import { NEG, findZeros } from './zeros';
import { placeShares } from './place-shares';

// Killed / injured counts with their negations. A count is a number (digits or words), a
// dual, a singular victim with its companions, a coordinated group, or stated-but-unknown
// (عشرات، عدد من، آخرون = null); idioms of death count like "مقتل" ("فقدوا حياتهم",
// "أودى بحياة", "فأردته قتيلاً"). A toll inside a commemoration ("ذكرى مقتل …") is no toll;
// one inside a revenge clause ("ثأراً لمقتل …") is marked as another act's. Stated zeros: zeros.ts.

export type CasualtyKind = 'killed' | 'injured';

export interface CasualtyMention {
  kind: CasualtyKind;
  /** Count; null when stated without a number. */
  value: number | null;
  start: number;
  end: number;
  /** Whose people, when the text says ("لم يصب أي من الجنود العراقيين", "مقتل جنديين أمريكيين"). */
  side?: Side;
  /** Token of the revenge word when the toll is of an act avenged ("ثأراً لمقتل …", "ردا على هجوم أسفر عن مقتل …"), not of the revenge. */
  avengedAt?: number;
}

// How far back the subject of a verb told after its victims may start ("إن سبعة مقاتلين من قوات … قتلوا").
const SUBJECT_REACH = 14;
// How far an idiom's fixed noun may follow its verb ("لقي أربعة من عناصر الفصيل مصرعهم").
const IDIOM_REACH = 10;
// How far the victims may follow an act named as the subject ("قتلت هجمات أميركية على الحدود … أربعة").
const OBJECT_REACH = 10;
const WITH_REACH = 14;
const COMMEMORATION_REACH = 3;
const LIVES_REACH = 5;
const LIVES_WORD = /^(ب)?(حياه|ارواح)$/;
const AVENGED_REACH = 6;
const TREATED = set('يخضعون', 'يخضعان', 'خضعوا', 'خضعا', 'يتلقون', 'يتلقيان', 'تلقوا', 'تلقيا', 'يعالجون', 'يعالجان', 'يتلقى', 'تتلقى', 'يخضع', 'تخضع', 'يعالج', 'تعالج');
// ("لا يزال مقاتل ثالث يتلقى العلاج": one person named just before a singular verb of treatment.)
const TREATED_ONE = set('يتلقى', 'تتلقى', 'يخضع', 'تخضع', 'يعالج', 'تعالج');
const ONE_TREATED_REACH = 2;
// "N جنود يخضعون للفحص بسبب إصابات دماغية": treated for an injury is injured.
const INJURY_WORD = /^(اصاب|ارتجاج|جروح|دماغ|علاج|عولج)/;
const SINCE = set('منذ');
// How far a tally's figure may stand after its noun.
const TALLY_REACH = 20;
const TO = set('إلى', 'الى', 'ليصل', 'لتصل', 'بلغ', 'بلغت', 'ليبلغ', 'لتبلغ');
const DEFINITE = /^(و|ف)?(ب|ك)?(ال|لل)/;
const AGO = /^(ايام|يومين|يوم|ساعات|ساعه|ساعتين|اسبوع|اسبوعين|ليله|ليلتين|بضعه)$/;
const SHRAPNEL = /^(ال)?(شظايا|شظيه)$/;
const FELLED_VERB = /^(اردت|ارد|اردا)/;

// Words that can start a count; most tokens are none of them and are skipped at once.
const ALL_WORDS = new Set<string>([
  ...KILL_HEAD,
  ...INJ_HEAD,
  ...KILL_AFTER,
  ...INJ_AFTER,
  ...KILL_COUNT_NOUN,
  ...INJ_COUNT_NOUN,
  ...KILL_DUAL_NOUN,
  ...INJ_DUAL_NOUN,
  ...TREATED,
  ...TOOK_LIVES_VERB,
  ...ACTIVE_INJURE,
  ...MOURNED,
  ...IDIOMS.flatMap((x) => [...x.verbs]),
]);

const PRONOUN_HEADS = new Set(Object.keys(HEAD_PRONOUN));
const NAME_HEAD = /^و?(ل|ب)?(ال)?(سيد|مقبره|ساحه|جسر|شارع|حي|لواء|كتايب|سرايا|مسجد|مستشفي|مدرسه|ميدان|دوار|مجمع|قاعه|نصب|موسسه|هييه|عوايل|ذوي)$/;
// "نافيةً رواية بعض وسائل الإعلام عن «ستة قتلى»"، "ونفت الهيئة أنباء عن مقتل عشرة": a figure denied is no toll.
// (Only with what was denied named, a report or news: "نفى … وقوع إصابات" is a zero, read with the zeros.)
const DENY_VERB = /^و?(نفت|نفي|تنفي|ينفي|نافيه|نافيا|كذبت|كذب|تكذب|يكذب|مكذبه|مكذبا)$/;
const DENIED_REPORT = /^(روايه|روايات|انباء|الانباء|تقارير|التقارير|اخبار|الاخبار|ادعاءات|الادعاءات|مزاعم|المزاعم|شايعات|الشايعات|ما)$/;
const DENIED_REACH = 8;
function deniedFigure(tokens: KeyToken[], at: number, from: number): boolean {
  let report = false;
  for (let k = at - 1; k >= Math.max(from, at - DENIED_REACH); k--) {
    if (DENIED_REPORT.test(tokens[k].norm)) report = true;
    if (DENY_VERB.test(tokens[k].norm)) return report;
  }
  return false;
}
const ILLNESS = /^(بنوبه|بازمه|بجلطه|بسكته|بمرض|بوعكه)$/;
const ILLNESS_REACH = 2;
// "توفي عن عمر ناهز 80 عاماً"، "وفاة جندي في حادث غير قتالي"، "إثر حادث سير": a death of age, illness or an accident.
// (Or of an illness, as ILLNESS tells it.)
const NATURAL_DEATH = /^(عمر|قتالي|سير|مرض|طبيعيه|انتحار|انتحارا|منتحرا|غرقا)$/;
const NATURAL_DEATH_REACH = 8;
const SINGULAR_DEATH = /^و?(ارتقي|استشهد|قتل|اغتيل|قضي)$/;
function startsCount(t: KeyToken): boolean {
  for (const k of t.keys) if (ALL_WORDS.has(k) || PRONOUN_HEADS.has(k) || (k.startsWith('ارد') && FELLED.test(k))) return true;
  return false;
}

export function findCasualties(tokens: KeyToken[], from = 0, to = tokens.length): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  const push = (kind: CasualtyKind, value: number | null, a: number, b: number, at: number, side?: Side) => {
    if (commemorated(tokens, at, from)) return;
    if (deniedFigure(tokens, Math.min(a, at), from)) return;
    // "قتل فيها أكثر من 400 شخص منذ مطلع أكتوبر": a toll over a period is no act's.
    // (The counted noun may stand between: the group ends at its figure.)
    // ("وإصابة 40 آخرين منذ أيام": days or hours ago, one act.)
    if (b > a && [b, b + 1].some((k) => k < to && tokens[k].norm === 'منذ' && !AGO.test(tokens[k + 1]?.norm ?? ''))) return;
    // "أصيب بنوبة قلبية بينما كان يحتمي": taken ill, not wounded.
    if (kind === 'injured' && tokens.slice(at + 1, Math.min(to, Math.max(at, b) + ILLNESS_REACH + 1)).some((t) => ILLNESS.test(t.norm))) return;
    if (kind === 'killed' && has(tokens[at], DIED) && tokens.slice(at + 1, Math.min(to, Math.max(at, b) + NATURAL_DEATH_REACH)).some((t) => NATURAL_DEATH.test(t.norm) || ILLNESS.test(t.norm))) return;
    const m: CasualtyMention = { kind, value, start: tokens[a].start, end: tokens[Math.max(a, b - 1)].end };
    if (side) m.side = side;
    const avenged = avengedBy(tokens, at, from);
    if (avenged >= 0) m.avengedAt = avenged;
    out.push(m);
  };
  const pushV = (kind: CasualtyKind, v: Victims, a: number, at: number) => push(kind, v.value, Math.min(a, v.from), Math.max(v.end, a + 1), at, v.side);

  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!startsCount(t)) continue;
    // "كتائب سيد الشهداء"، "ساحة الشهداء": a name, not the dead.
    if (i > from && NAME_HEAD.test(tokens[i - 1].norm) && has(t, KILL_COUNT_NOUN)) continue;
    const felled = t.keys.some((k) => FELLED.test(k));
    const pron = t.keys.map((k) => HEAD_PRONOUN[k]).find((v) => v !== undefined);
    if (pron !== undefined || felled) {
      // "مقتله ومرافقه", "فأردته قتيلاً مع سائقه": the pronoun, plus the companions told after it.
      if (felled && !(has(tokens[i + 1], KILL_COUNT_NOUN) || has(tokens[i + 1], KILL_DUAL_NOUN))) continue;
      const value = pron !== undefined ? pron : (PRONOUN_VALUE[t.keys.find((k) => FELLED.test(k))!.replace(FELLED_VERB, '')] ?? null);
      const after = felled ? i + 2 : i + 1;
      const more = othersAfter(tokens, after, to, value === 1);
      const total = value === null || (more && more.value === null) ? null : value + (more?.value ?? 0);
      push(t.norm.includes('صاب') ? 'injured' : 'killed', total, i, more ? more.end : after, i);
      continue;
    }
    // "الساعدي ارتقى مع اثنين من رفاقه": a singular verb with its subject told before, and companions with him.
    // ("ارتقى شهيداً ليلة الخميس مع خمسة وعشرين من إخوته": "a martyr" and the time may stand between.)
    const withAt = SINGULAR_DEATH.test(t.norm) ? tokens.slice(i + 1, Math.min(to, i + 1 + WITH_REACH)).findIndex((x) => has(x, WITH)) : -1;
    if (withAt >= 0) {
      const more = othersAfter(tokens, i + 1 + withAt, to, true);
      if (more) {
        push('killed', more.value === null ? null : 1 + more.value, i, more.end, i);
        continue;
      }
    }
    const idiom = IDIOMS.find((x) => has(t, x.verbs));
    if (idiom) {
      const k = nounAfter(tokens, i + 1, Math.min(to, i + IDIOM_REACH), idiom.noun);
      if (k === i + 1) {
        const v = subjectBefore(tokens, i, from);
        if (v) pushV('killed', v, i, i);
      } else if (k > i + 1) {
        const v = readVictims(tokens, i + 1, k, false);
        if (v) push('killed', v.value, i, k + 1, i, v.side);
      }
      continue;
    }
    if (has(t, MOURNED)) {
      const v = objectAfter(tokens, i + 1, Math.min(to, i + OBJECT_REACH));
      if (v) pushV('killed', v, i, i);
      continue;
    }
    if (has(t, TOOK_LIVES_VERB)) {
      // "أودى القصف بحياة سبعة": the act may stand between the verb and the lives.
      const k = nounAfter(tokens, i + 1, Math.min(to, i + LIVES_REACH), LIVES_WORD);
      const v = k > 0 ? readVictims(tokens, k + 1, to, false) : null;
      if (v) pushV('killed', v, i, i);
      continue;
    }
    if (has(t, ACTIVE_INJURE) && !(i > from && has(tokens[i - 1], NEG))) {
      // "أصابت المسيرة اثنين من الجنود": the act or its shrapnel may stand between the verb and the victims;
      // "أصابت ثلاثة صواريخ القاعدة" counts what hit, not who.
      const subject = ACT_SUBJECT.test(tokens[i + 1]?.keys.at(-1) ?? '') || SHRAPNEL.test(tokens[i + 1]?.norm ?? '');
      const v = subject ? objectAfter(tokens, i + 2, Math.min(to, i + OBJECT_REACH)) : readVictims(tokens, i + 1, to, true);
      const phrase = v ? tokens.slice(v.from, Math.min(to, v.end + 1)) : [];
      // ("أصاب اثنان منها طائرتين": two of them, the rockets, are what hit.)
      const ofThings = !subject && !!v && (tokens[v.end]?.norm === 'منها' || phrase.some((x) => THINGS_HIT.test(x.norm)));
      if (v && !ofThings && !phrase.some((x) => ACT_SUBJECT.test(x.keys.at(-1) ?? ''))) {
        pushV('injured', v, i, i);
      }
      continue;
    }
    const killHead = has(t, KILL_HEAD);
    const injHead = has(t, INJ_HEAD);
    if (killHead || injHead) {
      // Negated heads ("لم يقتل") are handled with the zeros; "الاغتيال" with the article names the event.
      if (i > from && has(tokens[i - 1], NEG)) continue;
      if (MASDAR_HEAD.has(t.norm.replace(DEFINITE, '')) && DEFINITE.test(t.norm)) continue;
      // ("قتل بغارة أمريكية": by a strike, the verb passive.)
      if (has(t, ACTIVE_KILL) && ACT_SUBJECT.test(tokens[i + 1]?.keys.at(-1) ?? '') && !tokens[i + 1].norm.startsWith('ب')) {
        // ("قتلت صاروخان أمريكيان أربعة": the dual nisba after a dual subject is its adjective, not two Americans.)
        const adjective = /(ان|ين)$/.test(tokens[i + 1].norm) && /(يان|يين)$/.test(tokens[i + 2]?.norm ?? '');
        const v = objectAfter(tokens, adjective ? i + 3 : i + 2, Math.min(to, i + OBJECT_REACH));
        if (v) pushV('killed', v, i, i);
        continue;
      }
      // "قتلت ثلاثة صواريخ أطلقتها طائرات إسرائيلية رضي موسوي": the number counts what killed, not whom.
      // ("قتلت صاروخان أمريكيان أربعة عناصر": a dual is its own count.)
      const counted = has(t, ACTIVE_KILL) ? readNumber(tokens, i + 1) : null;
      const weaponAt = !counted
        ? -1
        : ACT_SUBJECT.test(tokens[counted.to - 1].keys.at(-1) ?? '')
          ? counted.to - 1
          : counted.to < to && ACT_SUBJECT.test(tokens[counted.to].keys.at(-1) ?? '')
            ? counted.to
            : -1;
      if (weaponAt > i) {
        const end = Math.min(to, weaponAt + 1 + OBJECT_REACH);
        const v = objectAfter(tokens, weaponAt + 1, end);
        if (v) pushV('killed', v, i, i);
        // With no victim noun counted or not, the one killed is named ("… رضي موسوي").
        else if (!tokens.slice(weaponAt + 1, end).some((x) => isPerson(x) || has(x, PLURAL))) push('killed', 1, i, i + 1, i);
        continue;
      }
      // "مقتل وإصابة عدد": the object is shared with the next head.
      const shared = i + 1 < to && (has(tokens[i + 1], INJ_HEAD) || has(tokens[i + 1], KILL_HEAD));
      // "وأصيب في ذلك الهجوم جنديان": a verb's victims may follow a phrase telling in what.
      // ("ارتقى عصر هذا اليوم خمسة من مجاهدينا"، "قتل مساء أمس أربعة عناصر": when, between the verb and its victims.)
      let at = shared ? i + 2 : i + 1;
      for (let k = at; k < Math.min(to, at + WHEN_REACH) && WHEN_WORD.test(tokens[k].norm); k++) if (k + 1 < to && !WHEN_WORD.test(tokens[k + 1].norm)) at = k + 1;
      const v = readVictims(tokens, at, to, injHead && !killHead) ?? (has(t, SUBJECT_VERB_HEAD) ? victimsAfterPhrase(tokens, at, to, injHead && !killHead) : null);
      if (v) {
        // "مقتل وإصابة 10": ten dead and wounded together; how many of each is not told.
        // "أن متعاقدا قتل وأصيب خمسة": the dead stand before the verb, the figure counts the wounded.
        if (killHead && shared && has(tokens[i + 1], INJ_HEAD)) {
          const dead = has(t, SUBJECT_VERB_HEAD) ? subjectBefore(tokens, i, from) : null;
          if (dead) {
            pushV('killed', dead, i, i);
            pushV('injured', v, i, i);
          } else {
            const both = { ...v, value: null };
            pushV('killed', both, i, i);
            pushV('injured', both, i, i);
          }
          i = v.end - 1;
          continue;
        }
        pushV(killHead ? 'killed' : 'injured', v, i, i);
        continue;
      }
      if (has(t, SUBJECT_VERB_HEAD)) {
        const s = subjectBefore(tokens, i, from);
        if (s) {
          pushV(killHead ? 'killed' : 'injured', s, i, i);
          continue;
        }
      }
      if (injHead && t.norm.startsWith('اصيب')) {
        const nb = numberBefore(tokens, i, from, 4);
        if (nb) push('injured', nb[0], nb[1], i + 1, i);
      }
      continue;
    }
    if (has(t, TREATED)) {
      let injury = false;
      for (let k = i + 1; k < Math.min(to, i + 7); k++) if (tokens[k].keys.some((x) => INJURY_WORD.test(x))) injury = true;
      if (!injury) continue;
      const nb = numberBefore(tokens, i, from, 4);
      if (nb) push('injured', nb[0], nb[1], i + 1, i);
      else if (i > from && readVictims(tokens, i - 1, i, true)?.value === 2) push('injured', 2, i - 1, i + 1, i);
      else if (has(t, TREATED_ONE)) {
        const who = tokens.slice(Math.max(from, i - ONE_TREATED_REACH), i).findIndex((x) => isPerson(x) && !has(x, PLURAL));
        if (who >= 0) push('injured', 1, Math.max(from, i - ONE_TREATED_REACH) + who, i + 1, i);
      }
      continue;
    }
    countWord(tokens, i, from, to, push);
  }
  out.push(...placeShares(tokens, from, to, out, startsCount));
  findZeros(tokens, from, to, out);
  return out;
}

// "في الهجوم"، "في ذلك القصف"، "خلاله"، "جراء الغارة": what the victims fell in, told between verb and victims.
const IN_WHAT = /^(في|خلال|جراء|اثر|عقب|بسبب)$/;
const IN_IT = /^(فيه|فيها|خلاله|خلالها|جراءه|جراءها|اثره|اثرها|بالهجوم|بالقصف|بالضربه|بالغاره|بالانفجار)$/;
const THAT_ONE = /^(ذلك|تلك|هذا|هذه)$/;
function victimsAfterPhrase(tokens: KeyToken[], at: number, to: number, injured: boolean): Victims | null {
  if (at >= to) return null;
  if (IN_IT.test(tokens[at].norm)) return readVictims(tokens, at + 1, to, injured);
  if (!IN_WHAT.test(tokens[at].norm) || at + 1 >= to) return null;
  let k = at + 1;
  if (THAT_ONE.test(tokens[k].norm)) k++;
  if (k >= to || !DEFINITE.test(tokens[k].norm)) return null;
  // "وقتل في الهجوم ذاته جنديان": "the same" closes the phrase.
  if (k + 1 < to && /^(ذاته|ذاتها|نفسه|نفسها)$/.test(tokens[k + 1].norm)) k++;
  return readVictims(tokens, k + 1, to, injured);
}

type Push = (kind: CasualtyKind, value: number | null, a: number, b: number, at: number, side?: Side) => void;

/** Count nouns and verbs told after their victims: "30 قتيلاً", "ارتقاء شهيدين", "عدد القتلى إلى 7", "ستة … قتلوا". */
// "12 قتيلا وجريحا"، "15 إصابة بين قتيل وجريح": one figure for the dead and the wounded together.
const AND_WOUNDED = /^و(جريح|جريحا|جرحي|مصاب|مصابا|مصابين)$/;
const AND_KILLED_NOUN = /^(قتيل|قتيلا|قتلي)$/;
const DIED_REACH = 3;
const WHEN_WORD = /^(فجر|صباح|ظهر|عصر|مساء|ليل|ليله|اليوم|امس|البارحه|هذا|الماضي|الماضيه|الفايت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|يوم)$/;
const WHEN_REACH = 4;

function countWord(tokens: KeyToken[], i: number, from: number, to: number, push: Push): void {
  const t = tokens[i];
  if (AND_KILLED_NOUN.test(t.norm) && i + 1 < to && AND_WOUNDED.test(tokens[i + 1].norm)) {
    const nb = numberBefore(tokens, i, from, 1);
    if (nb) {
      push('killed', null, nb[1], i + 2, i);
      push('injured', null, nb[1], i + 2, i);
    }
    return;
  }
  if (AND_WOUNDED.test(t.norm) && i > from && AND_KILLED_NOUN.test(tokens[i - 1].norm)) return;
  // ("توفي جريحان"، "وفاة اثنين من المصابين": the wounded who died are counted dead.)
  const diedBefore = tokens.slice(Math.max(from, i - DIED_REACH), i).some((x) => has(x, DIED));
  const killedNoun = has(t, KILL_COUNT_NOUN) || has(t, KILL_DUAL_NOUN) || diedBefore;
  const kind: CasualtyKind = has(t, KILL_AFTER) || killedNoun ? 'killed' : 'injured';
  if (has(t, KILL_DUAL_NOUN) || has(t, INJ_DUAL_NOUN)) {
    const nb = numberBefore(tokens, i, from, 1);
    push(kind, nb ? nb[0] : 2, nb ? nb[1] : i, i + 1, i);
    return;
  }
  if (i > from && has(tokens[i - 1], TALLY) && (has(t, TALLY_NOUN_KILLED) || has(t, TALLY_NOUN_INJURED))) {
    // "ارتفعت حصيلة القتلى إلى 7": the figure follows.
    for (let k = i + 1; k < Math.min(to, i + 4); k++) {
      const n = readNumber(tokens, k);
      if (n) {
        push(has(t, TALLY_NOUN_KILLED) ? 'killed' : 'injured', n.value, i - 1, n.to, i);
        return;
      }
      if (!has(tokens[k], TO)) break;
    }
    // "ارتفع عدد المصابين بارتجاج في الدماغ جراء هجوم عين الأسد إلى 109": what they suffered and
    // from what may stand between the tally and its figure.
    for (let k = i + 1; k + 1 < Math.min(to, i + TALLY_REACH); k++) {
      // "… منذ السابع من أكتوبر إلى 30 ألفا": a tally over a period is no incident's toll.
      if (has(tokens[k], KILL_HEAD) || has(tokens[k], INJ_HEAD) || has(tokens[k], TALLY) || tokens[k].norm === 'منذ') break;
      if (!has(tokens[k], TO)) continue;
      const n = readNumber(tokens, k + 1);
      if (n && !(n.value >= 1900 && n.value < 2100)) push(has(t, TALLY_NOUN_KILLED) ? 'killed' : 'injured', n.value, i - 1, n.to, i);
      return;
    }
  }
  const ordinal = killedNoun ? ordinalAfter(tokens, i) : null;
  if (ordinal) {
    push('killed', ordinal, i, i + 2, i);
    return;
  }
  const countNoun = killedNoun || has(t, INJ_COUNT_NOUN) || (!has(t, KILL_AFTER) && !/^(اصيب|جرح|عولج)/.test(t.keys.at(-1) ?? '') && has(t, INJ_AFTER));
  if (!countNoun && (has(t, KILL_AFTER) || has(t, INJ_AFTER))) {
    // A verb after its subject: read the subject from the start of its clause.
    const s = subjectBefore(tokens, i, from);
    if (s && s.value !== null) {
      push(kind, s.value, s.from, i + 1, i, s.side);
      return;
    }
  }
  const nb = numberBefore(tokens, i, from, countNoun || t.norm.includes('جرحي') ? 1 : 5);
  if (nb) push(kind, nb[0], nb[1], i + 1, i);
  else if (has(t, SINGLE_NOUN) && i > from && has(tokens[i - 1], FELL)) push(kind, 1, i - 1, i + 1, i);
  // ("أوقع القصف قتيلاً": the verb's subject may stand between.)
  else if (has(t, SINGLE_NOUN) && i - 1 > from && has(tokens[i - 2], FELL) && /^ال/.test(tokens[i - 1].norm)) push(kind, 1, i - 2, i + 1, i);
  else if (t.norm === 'ضحيه') push('killed', 1, i, i + 1, i);
  else if (has(t, KILL_COUNT_NOUN)) push('killed', null, i, i + 1, i);
}

/** The victims standing as the subject of a verb at i: from the clause opener ("إن", "أن") or the sentence start. */
const WAS = /^و?(كان|كانت|كانوا|كانا)$/;
function subjectBefore(tokens: KeyToken[], i: number, from: number): Victims | null {
  // "وكان مستشار بارز في الحرس، هو …، قد قتل": the pluperfect's subject stands between "كان" and "قد".
  if (i - 1 > from && tokens[i - 1].norm === 'قد')
    for (let k = i - 2; k >= Math.max(from, i - SUBJECT_REACH); k--)
      if (WAS.test(tokens[k].norm)) {
        const v = readVictims(tokens, k + 1, i - 1, true);
        return v && v.value !== null ? v : null;
      }
  let start = -1;
  for (let k = i - 1; k >= Math.max(from, i - SUBJECT_REACH); k--) {
    if (has(tokens[k], OPENER)) {
      start = k + 1;
      break;
    }
    if (has(tokens[k], KILL_HEAD) || has(tokens[k], INJ_HEAD) || has(tokens[k], KILL_AFTER)) return null;
    if (k === from) start = from;
  }
  // ("12:30 - عسكري أميركي أصيب": a live blog's clock time opens the line.)
  while (start >= 0 && start + 1 < i && gluedFigures(tokens[start], tokens[start + 1])) start += 2;
  if (start < 0 || start >= i) return null;
  const v = readVictims(tokens, start, i, true);
  if (v && v.value !== null) return v;
  // A dual right before the verb ("شخصين أصيبا").
  const d = readVictims(tokens, i - 1, i, true);
  return d && d.value === 2 ? d : v;
}

/** After "قتلت غارة …": the first counted group of people ("أربعة من أعضائها", "عنصرين"). */
// "قتلت الصواريخ طفلة وأصابت خمسة مدنيين": one person, indefinite, is the object; the next verb starts another count.
const ONE_PERSON = /^(طفل|طفلا|طفله|جنديا|مدنيا|شخصا|امراه|رجلا|مواطنا|مواطنه|متعاقدا|عنصرا|مقاتلا|سايقا|شابا|صبيا|فتاه)$/;
function objectAfter(tokens: KeyToken[], from: number, to: number): Victims | null {
  for (let k = from; k < to; k++) {
    if (k > from && /^و/.test(tokens[k].norm) && (has(tokens[k], ACTIVE_INJURE) || has(tokens[k], INJ_HEAD))) return null;
    if (ONE_PERSON.test(tokens[k].norm)) return { from: k, value: 1, end: k + 1 };
    const n = readNumber(tokens, k);
    // ("تنعى الكتائب أحد مجاهديها": one of them is a count too.)
    if (!n && !has(tokens[k], DUAL) && !has(tokens[k], ONE_OF)) continue;
    const v = readVictims(tokens, k, to, true);
    if (v && v.value !== null && (!n || isPerson(tokens[n.to]) || tokens[n.to]?.norm === 'من')) return v;
  }
  return null;
}

function nounAfter(tokens: KeyToken[], from: number, to: number, noun: RegExp): number {
  for (let k = from; k < to; k++) if (tokens[k].keys.some((x) => noun.test(x))) return k;
  return -1;
}

/** Number ending just before token i (skipping up to `gap` words), for subject-first verbs. */
function numberBefore(tokens: KeyToken[], i: number, from: number, gap: number): [number, number] | null {
  for (let k = i - 1; k >= Math.max(from, i - 1 - gap); k--) {
    let n = readNumber(tokens, k);
    // "18 ألف شهيد": the figure may start a word earlier than its last word.
    const wider = k > from ? readNumber(tokens, k - 1) : null;
    if (n && wider && wider.to > k) {
      n = wider;
      k--;
    }
    if (n && n.to <= i && !(n.value >= 1900 && n.value < 2100)) return [n.value, k];
    if (has(tokens[k], KILL_HEAD) || has(tokens[k], INJ_HEAD)) return null;
  }
  return null;
}

/** "ذكرى مقتل …", "منذ اغتيال …": a toll told as a memory. */
function commemorated(tokens: KeyToken[], i: number, from: number): boolean {
  if (i > from && has(tokens[i - 1], SINCE)) return true;
  for (let k = i - 1; k >= Math.max(from, i - COMMEMORATION_REACH); k--) if (has(tokens[k], COMMEMORATION) && !has(tokens[k], SINCE)) return true;
  return false;
}

/** Token of a revenge word governing the toll at i ("ثأراً لمقتل …", "ردا على هجوم أسفر عن مقتل …"), or -1. */
function avengedBy(tokens: KeyToken[], i: number, from: number): number {
  for (let k = i; k >= Math.max(from, i - AVENGED_REACH); k--) if (has(tokens[k], AVENGED)) return k;
  return -1;
}

/** One figure per kind: the largest stated count, else a stated zero, else null. */
export function resolveCount(mentions: CasualtyMention[], kind: CasualtyKind): CasualtyMention | null {
  let best: CasualtyMention | null = null;
  let zero: CasualtyMention | null = null;
  for (const m of mentions) {
    if (m.kind !== kind) continue;
    if (m.value === 0) {
      zero ??= m;
      continue;
    }
    if (m.value !== null && (!best || best.value === null || m.value > best.value)) best = m;
  }
  return best ?? zero;
}
