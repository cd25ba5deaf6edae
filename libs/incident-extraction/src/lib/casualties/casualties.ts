import { HEDGE_PATTERNS, isVague, readNumber } from '../numbers/numbers';
import { KeyToken, foldWord } from '../text/tokens';

// Killed / injured counts with their negations. A count is a number (digits or words),
// a dual noun (جنديين = 2), a singular victim (مقتل متعاقد = 1, plus "وأحد مرافقيه"),
// or stated-but-unknown (عشرات، عدد من، آخرون = null). "لم يسفر عن إصابات" and "دون
// وقوع إصابات" state zero; "دون ورود معلومات عن إصابات" states nothing.

export type CasualtyKind = 'killed' | 'injured';

export interface CasualtyMention {
  kind: CasualtyKind;
  /** Count; null when stated without a number. */
  value: number | null;
  start: number;
  end: number;
  /** Whose people a stated zero is about, when the text says ("لم يصب أي من الجنود العراقيين"). */
  side?: 'us' | 'local';
}

const set = (...w: string[]) => new Set(w.map(foldWord));

// Words that take the victims after them (noun or passive verb).
const KILL_HEAD = set('مقتل', 'قتل', 'استشهاد', 'مصرع', 'اغتيال', 'قتلت', 'وقتل');
const INJ_HEAD = set('إصابة', 'أصيب', 'أصيبت', 'جرح', 'إصابه', 'اصابة', 'وإصابة', 'جرحت');
// Verbs that follow their counted subject ("10 عناصر قتلوا").
const KILL_AFTER = set('قتلوا', 'قتلا', 'قضوا', 'لقوا', 'قتلو');
const INJ_AFTER = set('أصيبوا', 'أصيبا', 'جرحوا', 'عولجوا', 'أصيب', 'أصيبت', 'بجروح', 'مصابين', 'المصابين', 'مصابون', 'جرحى', 'الجرحى', 'جريحا', 'جريح');
// "لقي أربعة عناصر مصرعهم" / "لقيت … حتفها": met their death, the victims between verb and noun.
const MET = set('لقي', 'لقيت', 'ولقي', 'ولقيت');
const DEATH = /^(مصرع|حتف)/;
const KILL_COUNT_NOUN = set('قتلى', 'القتلى', 'قتيلا', 'قتيل', 'ضحايا', 'ضحية', 'شهداء', 'قتيلين');
const HEAD_PRONOUN: Record<string, number | null> = { [foldWord('مقتله')]: 1, [foldWord('مقتلها')]: 1, [foldWord('مقتلهما')]: 2, [foldWord('مقتلهم')]: null, [foldWord('إصابته')]: 1, [foldWord('إصابتهما')]: 2 };

const DUAL = set('جنديين', 'جنديان', 'شخصين', 'شخصان', 'عنصرين', 'عنصران', 'ضابطين', 'ضابطان', 'قياديين', 'قياديان', 'مستشارين', 'اثنين', 'اثنان', 'متعاقدين', 'مقاتلين اثنين', 'عسكريين اثنين', 'مدنيين اثنين', 'قائدين', 'قائدان', 'مسؤولين', 'مسؤولان');
const PLURAL = set('جنود', 'الجنود', 'عسكريين', 'العسكريين', 'أشخاص', 'الأشخاص', 'عناصر', 'العناصر', 'مقاتلين', 'المقاتلين', 'مسلحين', 'المسلحين', 'قادة', 'القادة', 'ضباط', 'الضباط', 'أفراد', 'الأفراد',
  'مدنيين', 'المدنيين', 'آخرون', 'آخرين', 'أخرون', 'عراقيين', 'العراقيين', 'أمريكيين', 'أميركيين', 'الأمريكيين', 'الأميركيين', 'إيرانيين', 'جنودا', 'عسكريون', 'مرافقيه', 'قتلى', 'جرحى', 'أعضاء', 'مستشارين', 'عدد', 'عدة');
// Words that cannot be a victim right after the head (prepositions, conjunctions, time words).
const NOT_VICTIM = set('في', 'على', 'من', 'إلى', 'الى', 'عن', 'خلال', 'بعد', 'قبل', 'أو', 'و', 'مع', 'منذ', 'حتى', 'إثر', 'جراء', 'نتيجة', 'بسبب', 'داخل', 'أي', 'اي', 'الهدف', 'أهدافها', 'هدفها', 'أهداف',
  'مباشرة', 'المبنى', 'القاعدة', 'الموقع', 'مواقع', 'هذا', 'هذه', 'ذلك', 'تلك', 'أحد', 'إحدى', 'بشكل', 'طفيفة', 'الصواريخ', 'بدقة', 'دقيقة', 'قرب', 'ب', 'الطائرة', 'السيارة', 'سيارة', 'مبنى');
const COMPANION = [['واحد', 'مرافقيه'], ['ومرافقه'], ['ومرافقيه'], ['وشخص', 'اخر'], ['واخر'], ['ومعاونه'], ['مع', 'معاونه'], ['وسائقه'], ['ونجله']].map((ws) => ws.map(foldWord));

const HEDGES = HEDGE_PATTERNS.map((h) => h.split(' ').map(foldWord));
const NEG = set('لم', 'ولم', 'دون', 'بدون', 'ودون', 'عدم', 'لا', 'ولا', 'وبدون', 'فلم');
const ZERO_BOTH = set('إصابات', 'اصابات', 'ضحايا', 'خسائر بشرية', 'أضرار بشرية', 'أضرار جسدية', 'إصابة', 'مصابين', 'الإصابات', 'أحد', 'خسائر', 'الخسائر');
// "دون خسائر مادية": losses of property say nothing about people.
const MATERIAL = set('مادية', 'المادية', 'مادي', 'بالمعدات', 'بالممتلكات');
const FIRST_OF_PAIR = new Set([...ZERO_BOTH].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]));
const ZERO_KILLED = set('قتلى', 'يقتل', 'مقتل', 'وفيات');
const ZERO_INJURED = set('جرحى', 'يصب', 'يصاب', 'يصيب', 'جرح');
const UNSTATED = set('معلومات', 'معلومة', 'أنباء', 'تفاصيل', 'يعرف', 'تعرف', 'يتضح', 'تتضح', 'تتوفر', 'يتوفر', 'واضح', 'ترد', 'ورود', 'يتسن', 'حجم', 'عدد', 'تأكيد', 'تؤكد');
const SERIOUS = set('خطيرة', 'خطيره', 'بالغة', 'خطير');
// "N جنود يخضعون للفحص بسبب إصابات دماغية": treated for an injury is injured.
const TREATED = set('يخضعون', 'يخضعان', 'خضعوا', 'خضعا', 'يتلقون', 'يتلقيان', 'تلقوا', 'تلقيا', 'يعالجون', 'يعالجان');
const INJURY_WORD = /^(اصاب|ارتجاج|جروح|دماغ|علاج|عولج)/;
// Whose side a stated zero is about: the US and coalition, or locals (Iraqi / Syrian forces, civilians).
const US_SIDE = /^(ال)?(امريكي|اميركي|امريكان|الامريكان|تحالف)/;
const LOCAL_SIDE = /^(ال)?(عراقي|سوري|مدني|كردي|بيشمركه|قسد|اهالي|سكان|المواطنين|مواطن)/;

// Words that can start a count; most tokens are none of them and are skipped at once.
const ALL_WORDS = new Set<string>([...KILL_HEAD, ...INJ_HEAD, ...KILL_AFTER, ...INJ_AFTER, ...KILL_COUNT_NOUN, ...TREATED, ...MET]);
const has = (t: KeyToken | undefined, s: Set<string>): boolean => {
  if (!t) return false;
  const keys = t.keys;
  for (let i = 0; i < keys.length; i++) if (s.has(keys[i])) return true;
  return false;
};

function skipHedge(tokens: KeyToken[], j: number, to: number): number {
  for (const h of HEDGES) {
    if (j + h.length > to) continue;
    if (h.every((w, k) => tokens[j + k].keys.includes(w))) return j + h.length;
  }
  return j;
}

/** Reads the victims right after a head word at i; returns [value, end token]. */
function victimsAfter(tokens: KeyToken[], i: number, to: number): [number | null, number] | null {
  let j = i + 1;
  // "مقتل وإصابة عدد": the object is shared with the next head.
  if (j < to && (has(tokens[j], INJ_HEAD) || has(tokens[j], KILL_HEAD))) j++;
  j = skipHedge(tokens, j, to);
  const t = tokens[j];
  if (!t || j >= to) return null;
  const num = readNumber(tokens, j);
  if (num && !(num.value >= 1900 && num.value < 2100)) return [num.value, num.to];
  if (isVague(t)) return [null, j + 1];
  if (has(t, DUAL)) return [2, j + 1];
  if (has(t, PLURAL)) {
    // "مدنيين اثنين", "جنود ثلاثة": the count may follow the noun.
    const after = readNumber(tokens, j + 1);
    if (after && j + 1 < to && after.value < 1000) return [after.value, after.to];
    const after2 = j + 2 < to ? readNumber(tokens, j + 2) : null;
    if (after2 && after2.value < 100 && /^(امريكي|اميركي|عراقي|سوري)/.test(tokens[j + 1].norm)) return [after2.value, after2.to];
    return [null, j + 1];
  }
  if (has(t, NOT_VICTIM) || /^\d/.test(t.norm)) return null;
  // A singular victim (title, name, "متعاقد", "قيادي"): one, plus a companion nearby.
  for (let k = j + 1; k < Math.min(to, j + 14); k++) {
    for (const c of COMPANION) {
      if (k + c.length <= to && c.every((w, q) => tokens[k + q].keys.includes(w) || tokens[k + q].norm === w)) return [2, k + c.length];
    }
  }
  return [1, j + 1];
}

/** Number ending just before token i (skipping up to `gap` words), for subject-first verbs. */
function numberBefore(tokens: KeyToken[], i: number, from: number, gap: number): [number, number] | null {
  for (let k = i - 1; k >= Math.max(from, i - 1 - gap); k--) {
    const n = readNumber(tokens, k);
    if (n && n.to <= i && !(n.value >= 1900 && n.value < 2100)) return [n.value, k];
    if (has(tokens[k], KILL_HEAD) || has(tokens[k], INJ_HEAD)) return null;
  }
  return null;
}

export function findCasualties(tokens: KeyToken[], from = 0, to = tokens.length): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  const push = (kind: CasualtyKind, value: number | null, a: number, b: number) =>
    out.push({ kind, value, start: tokens[a].start, end: tokens[Math.max(a, b - 1)].end });

  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.keys.some((k) => ALL_WORDS.has(k) || HEAD_PRONOUN[k] !== undefined)) continue;
    const pron = t.keys.map((k) => HEAD_PRONOUN[k]).find((v) => v !== undefined);
    if (pron !== undefined) { push(t.norm.includes('صاب') ? 'injured' : 'killed', pron, i, i + 1); continue; }
    if (has(t, MET)) {
      let k = i + 1;
      while (k < Math.min(to, i + 10) && !DEATH.test(tokens[k].norm)) k++;
      const v = k < Math.min(to, i + 10) ? victimsAfter(tokens, i, k) : null;
      if (v) push('killed', v[0], i, k + 1);
      continue;
    }
    const killHead = has(t, KILL_HEAD);
    const injHead = has(t, INJ_HEAD);
    if (killHead || injHead) {
      // Negated heads ("لم يقتل") are handled with the zeros below.
      if (i > from && has(tokens[i - 1], NEG)) continue;
      const v = victimsAfter(tokens, i, to);
      if (v) {
        const [value, end] = v;
        // "مقتل وإصابة N": both heads share the count.
        if (killHead && i + 1 < to && has(tokens[i + 1], INJ_HEAD)) { push('killed', value, i, end); push('injured', value, i, end); i = end - 1; continue; }
        push(killHead ? 'killed' : 'injured', value, i, end);
        continue;
      }
      if (injHead && t.norm.startsWith('اصيب')) {
        const nb = numberBefore(tokens, i, from, 4);
        if (nb) push('injured', nb[0], nb[1], i + 1);
      }
      continue;
    }
    if (has(t, TREATED)) {
      let injury = false;
      for (let k = i + 1; k < Math.min(to, i + 7); k++) if (tokens[k].keys.some((x) => INJURY_WORD.test(x))) injury = true;
      if (!injury) continue;
      const nb = numberBefore(tokens, i, from, 4);
      if (nb) push('injured', nb[0], nb[1], i + 1);
      else if (i > from && has(tokens[i - 1], DUAL)) push('injured', 2, i - 1, i + 1);
      continue;
    }
    if (has(t, KILL_AFTER) || has(t, INJ_AFTER) || has(t, KILL_COUNT_NOUN)) {
      const kind: CasualtyKind = has(t, KILL_AFTER) || has(t, KILL_COUNT_NOUN) ? 'killed' : 'injured';
      const nb = numberBefore(tokens, i, from, has(t, KILL_COUNT_NOUN) || t.norm.includes('جرحي') ? 1 : 5);
      if (nb) push(kind, nb[0], nb[1], i + 1);
      else if (has(t, KILL_COUNT_NOUN) && (t.norm === 'ضحيه')) push('killed', 1, i, i + 1);
      else if (has(t, KILL_COUNT_NOUN)) push('killed', null, i, i + 1);
    }
  }

  // Stated zeros: a negation followed within a few words by a casualty noun.
  for (let i = from; i < to; i++) {
    if (!NEG.has(tokens[i].norm) && !has(tokens[i], NEG)) continue;
    let blocked = false;
    for (let k = i + 1; k < Math.min(to, i + 9); k++) {
      const t = tokens[k];
      if (has(t, UNSTATED)) { blocked = true; break; }
      if (k > i + 1 && has(t, NEG)) break;
      const next = tokens[k + 1];
      // Two-word nouns ("خسائر بشرية") are only tried after their first word.
      const pair = next && k + 1 < to && has(t, FIRST_OF_PAIR);
      const both = has(t, ZERO_BOTH) || (pair && t.keys.some((x) => next.keys.some((y) => ZERO_BOTH.has(`${x} ${y}`))));
      const killed = has(t, ZERO_KILLED);
      const injured = has(t, ZERO_INJURED);
      if (!both && !killed && !injured) continue;
      if (has(tokens[k + 1], SERIOUS) || has(tokens[k + 2], SERIOUS)) { blocked = true; break; }
      if (has(tokens[k + 1], MATERIAL)) { blocked = true; break; }
      // "أحد" alone only counts as "nobody" right after a verb of harm ("لم يصب أحد").
      if (both && t.keys.includes('احد') && !has(tokens[k - 1], ZERO_INJURED) && !has(tokens[k - 1], ZERO_KILLED)) continue;
      if (both || killed) push('killed', 0, i, k + 1);
      if (both || injured) push('injured', 0, i, k + 1);
      const side = sideOf(tokens, k + 1, Math.min(to, k + 5));
      if (side) for (const m of out) if (m.value === 0 && m.start === tokens[i].start) m.side = side;
      break;
    }
    if (blocked) continue;
  }
  return out;
}

/** Side named right after a zero's noun ("… أي من الجنود العراقيين", "… في صفوف القوات الأمريكية"). */
function sideOf(tokens: KeyToken[], from: number, to: number): 'us' | 'local' | undefined {
  for (let k = from; k < to; k++) {
    const keys = tokens[k].keys;
    if (keys.some((x) => US_SIDE.test(x))) return 'us';
    if (keys.some((x) => LOCAL_SIDE.test(x))) return 'local';
  }
  return undefined;
}

/** One figure per kind: the largest stated count, else a stated zero, else null. */
export function resolveCount(mentions: CasualtyMention[], kind: CasualtyKind): CasualtyMention | null {
  let best: CasualtyMention | null = null;
  let zero: CasualtyMention | null = null;
  for (const m of mentions) {
    if (m.kind !== kind) continue;
    if (m.value === 0) { zero ??= m; continue; }
    if (m.value !== null && (!best || best.value === null || m.value > best.value)) best = m;
  }
  return best ?? zero;
}
