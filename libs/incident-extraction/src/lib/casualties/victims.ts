import { HEDGE_PATTERNS, isVague, ordinalValue, readNumber } from '../numbers/numbers';
import { KeyToken, foldWord } from '../text/tokens';
import {
  ACTIVE_INJURE,
  ALL_OF,
  COMPANION,
  TWO_COMPANIONS,
  DUAL,
  INJ_HEAD,
  KILL_COUNT_NOUN,
  INJ_COUNT_NOUN,
  KILL_HEAD,
  LOCAL_SIDE,
  MILITIA_SIDE,
  NOT_VICTIM,
  ONE_OF,
  PHRASE_STOP,
  PLURAL,
  US_SIDE,
  WITH,
  has,
  isPerson,
  isPersonKey,
  set,
} from './words';

// A victim phrase: who was killed or hurt, as a count. Reads one group (a number, a dual,
// a counted plural, "one of", "all … five", a singular person), then the groups coordinated
// with it ("جنديين أمريكيين وبريطاني" = 3, "5 من قوات الأمن ومدني" = 6) and companions
// ("ومرافقه", "مع سائقه"); a subset ("بينهم أميركيان") adds nothing.

export type Side = 'us' | 'local' | 'militia';
export interface Victims {
  /** Token where the phrase starts. */
  from: number;
  /** Count; null when stated without a number. */
  value: number | null;
  /** Token one past the phrase. */
  end: number;
  /** Whose people, when the phrase says. */
  side?: Side;
}

const HEDGES = HEDGE_PATTERNS.map((h) => h.split(' ').map(foldWord));
const isYear = (v: number) => v >= 1900 && v < 2100;
// Modifiers a group may carry before the next conjunct ("من قوات الأمن العراقية").
const MODIFIER_REACH = 6;
// How far a singular victim's companion may stand ("مقتل القيادي في الفصيل أبو علي وسائقه").
const COMPANION_REACH = 14;
const OTHERS = set('آخرين', 'آخرون', 'أخرين', 'اخرين');
// Sound plurals of people ("موظفين", "مترجمون"): several, uncounted unless a number follows.
const SOUND_PLURAL = /(ين|ون)$/;
const RESUMPTIVE = set('فيه', 'فيها', 'فيهما', 'خلاله', 'خلالها', 'به', 'بها', 'جراءه', 'جراءها', 'إثره', 'إثرها');
const ADDITION = set('إضافة', 'بالإضافة', 'علاوة');
const KUNYA = /^و?(ابو|ابي|ابا|ام)$/;
// "اثنين من المستشارين في الحرس الثوري، إضافة إلى عنصرين": "in" a force or its ranks says whose men they were, a
// modifier of the group; the place or the act "في" leads to elsewhere ends the phrase.
const FORCE_AFTER_IN = /^(ال)?(حرس|حزب|حشد|كتايب|حركه|فيلق|قوه|قوات|لواء|الويه|جيش|صفوف|فصيل|فصايل|ميليشيا|مليشيا|ميليشيات|مليشيات|مقاومه|جماعه)$/;
const forceAfterIn = (tokens: KeyToken[], k: number) => tokens[k].norm === 'في' && FORCE_AFTER_IN.test(tokens[k + 1]?.norm ?? '');

function skipHedge(tokens: KeyToken[], j: number, to: number): number {
  for (const h of HEDGES) {
    if (j + h.length > to) continue;
    if (h.every((w, k) => tokens[j + k].keys.includes(w))) return j + h.length;
  }
  return j;
}

/**
 * Victims starting at token j (before `to`). `strict`: a lone word must name a person (after
 * "إصابة", which also means a hit: "إصابة قاعدة"). Returns null when j starts no victim.
 */
export function readVictims(tokens: KeyToken[], j: number, to: number, strict: boolean): Victims | null {
  // "هجوم قتل فيه جنديان": the pronoun points back to the act; the victims follow it.
  const at = has(tokens[j], RESUMPTIVE) ? j + 1 : j;
  const first = readGroup(tokens, skipHedge(tokens, at, to), to, strict);
  if (!first) return null;
  const more = othersAfter(tokens, first.end, to, !!first.single);
  const value = first.value === null ? null : more ? (more.value === null ? null : first.value + more.value) : first.value;
  const end = more ? more.end : first.end;
  return { from: j, value, end, side: sideOf(tokens, j, end, to) };
}

/**
 * The people coordinated after a group ending at `from`: conjuncts and companions ("وبريطاني",
 * "ومرافقه", "مع سائقه"); `single`: the group is one person, whose companion may stand
 * after a title and a name. Null when none.
 */
export function othersAfter(tokens: KeyToken[], from: number, to: number, single: boolean): Group | null {
  let value: number | null = 0;
  let end = from;
  // (Whose men they were, "في الحرس الثوري", lengthens the modifiers by its two words.)
  let whose = 0;
  for (let k = from; value !== null && k < Math.min(to, end + MODIFIER_REACH + whose); k++) {
    const t = tokens[k];
    const inForce = forceAfterIn(tokens, k);
    if (inForce) whose = 2;
    // ("أبو علي": a name after a kunya, not the preposition "على" it folds to.)
    const named = k > 0 && KUNYA.test(tokens[k - 1].norm);
    if ((has(t, PHRASE_STOP) && !named && !(t.norm === 'الي' && tokens[k + 1]?.norm === 'جانب') && !inForce) || has(t, KILL_HEAD) || has(t, INJ_HEAD) || has(t, OTHERS)) break;
    // "إصابة ثلاثة من عناصره، إلى جانب اثنين من جنود الدفاع الجوي": "alongside" coordinates too.
    if (t.norm === 'الي' && tokens[k + 1]?.norm === 'جانب' && k + 2 < to) {
      const beside = conjunct(tokens, k + 2, to, false);
      if (!beside) break;
      value = beside.value === null ? null : value + beside.value;
      end = beside.end;
      k = end - 1;
      continue;
    }
    // "وإصابة خمسة من أفراد الخدمة إضافة إلى مقاول": "in addition to" coordinates too.
    if (has(t, ADDITION) && tokens[k + 1]?.norm === 'الي' && k + 2 < to) {
      const added = conjunct(tokens, k + 2, to, false);
      if (!added) break;
      value = added.value === null ? null : value + added.value;
      end = added.end;
      k = end - 1;
      continue;
    }
    const withWord = has(t, WITH);
    if (!withWord && (!t.norm.startsWith('و') || t.norm.length < 3)) continue;
    const next = companionAt(tokens, k, to) ?? (withWord || tamyiz(tokens, from, k) ? null : conjunct(tokens, k, to));
    if (!next) break;
    value = next.value === null ? null : value + next.value;
    end = next.end;
    k = end - 1;
  }
  if (end > from) return { value, end };
  // "مقتل القيادي في الفصيل أبو علي وسائقه".
  if (single) {
    for (let k = from; k < Math.min(to, from + COMPANION_REACH); k++) {
      // ("فتقتل متعاقداً وتصيب خمسة ومتعاقداً آخر": the other one was hurt, told after the verb of wounding.)
      if (has(tokens[k], KILL_HEAD) || has(tokens[k], INJ_HEAD) || has(tokens[k], ACTIVE_INJURE)) break;
      const c = companionAt(tokens, k, to);
      if (c) return c;
    }
  }
  return null;
}

export interface Group {
  value: number | null;
  end: number;
  single?: boolean;
}

function readGroup(tokens: KeyToken[], j: number, to: number, strict: boolean): Group | null {
  const t = tokens[j];
  if (!t || j >= to) return null;
  const num = readNumber(tokens, j);
  if (num && !isYear(num.value)) return { value: num.value, end: num.to };
  if (isVague(t)) return { value: null, end: j + 1 };
  if (has(t, DUAL)) return { value: 2, end: j + 1 };
  if (has(t, ALL_OF)) {
    // "جميع المسلحين الخمسة": the figure, if any, follows the noun.
    if (!isPerson(tokens[j + 1])) return null;
    const n = j + 2 < to ? readNumber(tokens, j + 2) : null;
    return n ? { value: n.value, end: n.to } : { value: null, end: j + 2 };
  }
  if (has(t, ONE_OF)) {
    // "مقتل أحد العمال" = one; "إصابة إحدى القواعد" names no person.
    const n = tokens[j + 1];
    return n && j + 1 < to && (isPerson(n) || (!strict && !has(n, NOT_VICTIM))) ? { value: 1, end: j + 2 } : null;
  }
  const person = isPerson(t);
  if (has(t, PLURAL) || person) {
    // "مدنيين اثنين", "جنود ثلاثة", "مترجمين أمريكيين اثنين": the count may follow the noun.
    // ("القيادي وأحد مرافقيه": "وأحد" folds to "واحد", one; a noun counted after is two or more.)
    const after = j + 1 < to ? readNumber(tokens, j + 1) : null;
    if (after && after.value > 1 && after.value < 1000) return { value: after.value, end: after.to };
    const after2 = j + 2 < to ? readNumber(tokens, j + 2) : null;
    if (after2 && after2.value < 100 && /^(امريكي|اميركي|عراقي|سوري|بريطاني)/.test(tokens[j + 1].norm)) return { value: after2.value, end: after2.to };
    if (has(t, PLURAL) || t.keys.some((k) => SOUND_PLURAL.test(k))) return { value: null, end: j + 1 };
  }
  if (has(t, NOT_VICTIM) || /^\d/.test(t.norm) || has(t, KILL_COUNT_NOUN) || has(t, INJ_COUNT_NOUN)) return null;
  if (strict && !person) return null;
  return { value: 1, end: j + 1, single: true };
}

/** A coordinated group at token k ("وبريطاني", "وثلاثة من …", "ومتعاقدين"): a number, a dual or an indefinite person. */
function conjunct(tokens: KeyToken[], k: number, to: number, waw = true): Group | null {
  // Read the word without its "و" ("واحدة" is one word, not "and" + "احدة").
  const t = tokens[k];
  const view = tokens.slice(k, Math.min(to, k + 4));
  // Same shape as the tokeniser's tokens: other shapes would make every reader of tokens polymorphic.
  if (waw) view[0] = { start: t.start, end: t.end, norm: t.norm.slice(1), keys: t.keys.filter((x) => x !== t.norm) };
  const g = readGroup(view, 0, view.length, true);
  if (!g || g.value === null) return null;
  // "مساء الأربعاء السادس والعشرين": a definite numeral completes an ordinal or names a group told before.
  if (view[0].norm.startsWith('ال') && readNumber(view, 0)) return null;
  // "30 قتيلاً و 90 جريحاً": a figure of another kind is no conjunct.
  if (has(view[g.end], KILL_COUNT_NOUN) || has(view[g.end], INJ_COUNT_NOUN)) return null;
  // "… الأمريكية والعراقية": an adjective, not another victim.
  if (g.single && view[0].norm.startsWith('ال')) return null;
  return { ...g, end: k + g.end };
}

/** "عشرين مدنياً وعسكرياً": after a counted singular (the tamyiz), another singular names a kind, not a person more. */
function tamyiz(tokens: KeyToken[], from: number, k: number): boolean {
  if (!tokens[k].norm.endsWith('ا')) return false;
  for (let q = from; q < k; q++) if (tokens[q].norm.endsWith('ا') && isPerson(tokens[q]) && !SOUND_PLURAL.test(tokens[q].norm)) return true;
  return false;
}

// ("مع خمسة وعشرين من إخوته المجاهدين": his brothers in arms.)
const COMPANIONS_OF = /^(مرافقي|معاوني|حراس|مساعدي|رفاق|رفقاء|زملاء|اخوته|اخوتها|اخوانه|اخوانها)/;
const COMPANION_NOUN = /^(مرافق|سايق|معاون|حارس|مساعد)$/;
// "أحد منتسبي الهيئة"، "أحد عناصره": one of a body of men.
const PERSONS_OF = /^(مرافقي|معاوني|حراس|مساعدي|منتسبي|عناصر|مقاتلي|افراد|اعضاء)/;
/** A companion at token k: "ومرافقه", "مع سائقه", "وأحد مرافقيه", "واثنين من مرافقيه", "وآخر". */
function companionAt(tokens: KeyToken[], k: number, to: number): Group | null {
  const t = tokens[k];
  // "ومعه أحد منتسبي الهيئة": "with him" and the one counted after it.
  const withHim = /^و?(معه|معها|برفقته|برفقتها)$/.test(t.norm);
  const withWord = has(t, WITH) || withHim;
  const lead = withWord ? k + 1 : k;
  if (lead >= to || (!withWord && !t.norm.startsWith('و'))) return null;
  const bare = withWord ? tokens[lead].norm : t.norm.slice(1);
  const next = tokens[lead + 1];
  if (COMPANION.test(bare)) return { value: TWO_COMPANIONS.test(bare) ? 2 : 1, end: lead + 1 };
  // "ومرافق له"، "وسائق لها": an indefinite companion of his; "ومرافقَين له": two.
  if (next && lead + 1 < to && /^(له|لها)$/.test(next.norm)) {
    if (COMPANION_NOUN.test(bare)) return { value: 1, end: lead + 2 };
    if (/(ين|ان)$/.test(bare) && COMPANION_NOUN.test(bare.slice(0, -2))) return { value: 2, end: lead + 2 };
  }
  if (withHim && /^(احد|واحد)$/.test(bare) && next && lead + 1 < to && PERSONS_OF.test(next.norm)) return { value: 1, end: lead + 2 };
  if (/^(احد|واحد)$/.test(bare) && next && lead + 1 < to && COMPANIONS_OF.test(next.norm)) return { value: 1, end: lead + 2 };
  if (!withWord && bare === 'اخر') return { value: 1, end: lead + 1 };
  if (!withWord && isPersonKey(bare) && next?.norm === 'اخر') return { value: 1, end: lead + 2 };
  const n = readNumber(tokens, lead);
  if (n && tokens[n.to]?.norm === 'من' && n.to + 1 < to && COMPANIONS_OF.test(tokens[n.to + 1].norm)) return { value: n.value, end: n.to + 2 };
  return null;
}

// Words that continue a victim phrase towards whose people they are ("من عناصر كتائب …", "في صفوف القوات …").
const NP_LINK = set(
  'من',
  'في',
  'صفوف',
  'قوات',
  'القوات',
  'الجيش',
  'جيش',
  'عناصر',
  'مقاتلي',
  'أعضاء',
  'أفراد',
  'منتسبي',
  'جنود',
  'التابع',
  'التابعة',
  'التابعين',
  'المنضوي',
  'المنضوية',
  'المنضوين',
  'الأمن',
  'الشعبي',
  'الله',
  'موال',
  'موالين',
  'الموالين',
  'الموالية',
  'لإيران',
  'لطهران',
  'مسلح',
  'مسلحة',
  'المسلحة',
);
// Syrian opposition forces beside US troops (al-Tanf), told by their name's last word.
const PARTNER = set('الحر', 'الحرة', 'مغاوير');
const sideWord = (t: KeyToken) => has(t, PARTNER) || t.keys.some((x) => US_SIDE.test(x) || MILITIA_SIDE.test(x) || LOCAL_SIDE.test(x));

/** Whose people a phrase [from, end) names, or the words that extend it: the US or coalition, a militia, or locals. */
export function sideOf(tokens: KeyToken[], from: number, end: number, to: number): Side | undefined {
  let local = false;
  let militia = false;
  for (let k = from; k < Math.min(to, end + MODIFIER_REACH); k++) {
    const t = tokens[k];
    if (k >= end && !has(t, NP_LINK) && !sideWord(t) && !isPerson(t)) break;
    if (t.keys.some((x) => US_SIDE.test(x))) return 'us';
    // "فصائل الجيش السوري الحر": the partner forces' factions are on the side attacked.
    if (has(t, PARTNER)) return 'local';
    if (t.keys.some((x) => MILITIA_SIDE.test(x))) militia = true;
    else if (t.keys.some((x) => LOCAL_SIDE.test(x))) local = true;
  }
  return militia ? 'militia' : local ? 'local' : undefined;
}

/** "القتيل الثاني": at least as many as the ordinal. */
export function ordinalAfter(tokens: KeyToken[], i: number): number | null {
  return ordinalValue(tokens[i + 1]);
}
