import { readNumber } from '../numbers/numbers';
import { KeyToken } from '../text/tokens';
import type { CasualtyMention } from './casualties';
import { LOCAL_SIDE, US_SIDE, has, set } from './words';

// Stated zeros: a negation or a denial followed within a few words by a casualty noun
// ("لم يسفر عن إصابات", "نفت وقوع خسائر بشرية"), unless the words between say the
// information is missing ("دون ورود معلومات عن إصابات", "دون حديث عن الخسائر").

// (Iraqi and Levantine pages say it in dialect: "والحمد لله ماكو إصابات"، "ما في ضحايا".)
export const NEG = set('لم', 'ولم', 'دون', 'بدون', 'ودون', 'عدم', 'لا', 'ولا', 'وبدون', 'فلم', 'ماكو', 'وماكو', 'مافي', 'ومافي', 'مافيه');
// A denial states a zero as firmly: "نفت غرفة العمليات وقوع خسائر بشرية".
const DENY = set('نفت', 'نفى', 'تنفي', 'ينفي', 'ونفت', 'ونفى', 'نافية', 'نافيا');
const NEG_OR_DENY = new Set([...NEG, ...DENY]);
const ZERO_BOTH = set('إصابات', 'اصابات', 'ضحايا', 'خسائر بشرية', 'أضرار بشرية', 'أضرار جسدية', 'إصابة', 'مصابين', 'الإصابات', 'أحد', 'خسائر', 'الخسائر');
// "دون خسائر مادية": losses of property say nothing about people.
const MATERIAL = set('مادية', 'المادية', 'مادي', 'بالمعدات', 'بالممتلكات');
const FIRST_OF_PAIR = new Set([...ZERO_BOTH].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]));
const ZERO_KILLED = set('قتلى', 'يقتل', 'مقتل', 'وفيات', 'شهداء');
const ZERO_INJURED = set('جرحى', 'يصب', 'يصاب', 'يصيب', 'جرح');
const UNSTATED = set(
  'معلومات',
  'معلومة',
  'أنباء',
  'تفاصيل',
  'يعرف',
  'تعرف',
  'يتضح',
  'تتضح',
  'تتوفر',
  'يتوفر',
  'واضح',
  'ترد',
  'ورود',
  'يتسن',
  'حجم',
  'عدد',
  'تأكيد',
  'تؤكد',
  'حديث',
  'ذكر',
  'الإشارة',
  'تحديد',
  'يحدد',
  'تحدد',
  'الكشف',
  'يكشف',
  'تكشف',
  'إذا',
);
const CIVILIANS = /^(ب|ل)?(ال)?(مدنيين|مدنيون|مدني|المدنيين|مدنيه)$/;
const CIVILIANS_REACH = 3;
const SOLDIERS = /^(و|ا|او)?(ال)?(عسكريين|العسكريين|جنود|الجنود|قوات|القوات|المقاتلين|مقاتلين|عناصر|العناصر)$/;
const SERIOUS = set('خطيرة', 'خطيره', 'بالغة', 'خطير');
// How far after the negation the casualty noun may stand.
const ZERO_REACH = 9;

// "أسفر الهجوم عن أضرار مادية فقط"، "اقتصرت الأضرار على الماديات": only property was lost, so nobody.
const LOSS_NOUN = /^(ب|ال)?(اضرار|خساير|الاضرار|الخساير)$/;
const MATERIAL_ONLY = /^(ماديه|الماديه|الماديات)$/;
const ONLY = /^(فقط|فحسب)$/;
const LIMITED = /^و?(اقتصرت|اقتصر|تقتصر|يقتصر)$/;
const ONLY_REACH = 4;
function materialOnly(tokens: KeyToken[], from: number, to: number): [number, number] | null {
  for (let i = from; i + 1 < to; i++) {
    if (LOSS_NOUN.test(tokens[i].norm) && MATERIAL_ONLY.test(tokens[i + 1].norm) && i + 2 < to && ONLY.test(tokens[i + 2].norm)) return [i, i + 3];
    if (LIMITED.test(tokens[i].norm)) for (let k = i + 1; k < Math.min(to, i + 1 + ONLY_REACH); k++) if (MATERIAL_ONLY.test(tokens[k].norm)) return [i, k + 1];
  }
  return null;
}

export function findZeros(tokens: KeyToken[], from: number, to: number, out: CasualtyMention[]): void {
  const push = (kind: CasualtyMention['kind'], a: number, b: number) => out.push({ kind, value: 0, start: tokens[a].start, end: tokens[Math.max(a, b - 1)].end });
  const only = materialOnly(tokens, from, to);
  if (only) {
    push('killed', only[0], only[1]);
    push('injured', only[0], only[1]);
  }
  for (let i = from; i < to; i++) {
    if (!has(tokens[i], NEG_OR_DENY)) continue;
    const reach = Math.min(to, reachOf(tokens, i, to));
    for (let k = i + 1; k < reach; k++) {
      const t = tokens[k];
      if (has(t, UNSTATED)) break;
      if (k > i + 1 && has(t, NEG)) break;
      const next = tokens[k + 1];
      // Two-word nouns ("خسائر بشرية") are only tried after their first word.
      const pair = next && k + 1 < to && has(t, FIRST_OF_PAIR);
      const both = has(t, ZERO_BOTH) || (pair && t.keys.some((x) => next.keys.some((y) => ZERO_BOTH.has(`${x} ${y}`))));
      const killed = has(t, ZERO_KILLED);
      const injured = has(t, ZERO_INJURED);
      if (!both && !killed && !injured) continue;
      if (has(tokens[k + 1], SERIOUS) || has(tokens[k + 2], SERIOUS)) break;
      if (has(tokens[k + 1], MATERIAL)) break;
      // ("نافيةً رواية … عن «ستة قتلى»": a figure denied is no zero, nor a toll.)
      if ((k - 1 > i && readNumber(tokens, k - 1)) || (killed && readNumber(tokens, k + 1))) break;
      // "من دون مؤشرات على سقوط ضحايا مدنيين"، "دون إصابات في صفوف المدنيين": nobody hurt among civilians says
      // nothing of the fighters or soldiers the act was aimed at.
      // ("بين المدنيين أو العسكريين": both, nobody.)
      const after = tokens.slice(k + 1, Math.min(to, k + 1 + CIVILIANS_REACH + 2));
      if (after.slice(0, CIVILIANS_REACH).some((x) => CIVILIANS.test(x.norm)) && !after.some((x) => SOLDIERS.test(x.norm))) break;
      // "أحد" alone only counts as "nobody" right after a verb of harm ("لم يصب أحد").
      if (both && t.keys.includes('احد') && !has(tokens[k - 1], ZERO_INJURED) && !has(tokens[k - 1], ZERO_KILLED)) continue;
      const at = out.length;
      if (both || killed) push('killed', i, k + 1);
      if (both || injured) push('injured', i, k + 1);
      const side = zeroSide(tokens, k + 1, Math.min(to, k + 5));
      if (side) for (let q = at; q < out.length; q++) out[q].side = side;
      break;
    }
  }
}

// "لم يسفر الهجوم بالمسيرة على قاعدة حرير عن وقوع إصابات": after a verb of result the act may be
// long; the noun is looked for a few words past its preposition.
const RESULT_VERB = set('يسفر', 'تسفر', 'يؤد', 'تؤد', 'يوقع', 'توقع', 'يخلف', 'تخلف', 'يسفرا', 'تسفرا');
const RESULT_PREP = /^(عن|الي)$/;
const RESULT_SUBJECT_REACH = 12;
const AFTER_PREP_REACH = 5;
function reachOf(tokens: KeyToken[], i: number, to: number): number {
  if (!has(tokens[i + 1], RESULT_VERB)) return i + ZERO_REACH;
  for (let k = i + 2; k < Math.min(to, i + 2 + RESULT_SUBJECT_REACH); k++) if (RESULT_PREP.test(tokens[k].norm)) return Math.max(i + ZERO_REACH, k + AFTER_PREP_REACH);
  return i + ZERO_REACH;
}

/** Side named right after a zero's noun ("… أي من الجنود العراقيين", "… في صفوف القوات الأمريكية"). */
function zeroSide(tokens: KeyToken[], from: number, to: number): 'us' | 'local' | undefined {
  for (let k = from; k < to; k++) {
    const keys = tokens[k].keys;
    if (keys.some((x) => US_SIDE.test(x))) return 'us';
    if (keys.some((x) => LOCAL_SIDE.test(x))) return 'local';
  }
  return undefined;
}
