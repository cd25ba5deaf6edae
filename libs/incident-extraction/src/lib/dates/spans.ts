import { readNumber } from '../numbers/numbers';
import { KeyToken } from '../text/tokens';

// Lengths of time ("ساعتين"، "ثلاثة أيام"، "قرابة أربعة أشهر"، "بضع ساعات"), read where a date
// is told as a span from another moment: publication ("قبل ساعات") or another incident
// ("بعد يومين من هجوم مماثل"، "قبل ذلك بأسبوع").

export type SpanUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TimeSpan {
  unit: SpanUnit;
  /** How many units; null for a few ("ساعات"، "بضعة أيام"). */
  count: number | null;
  /** Index of the span's last token. */
  end: number;
  /** Told as "less than", "more than" or "about": not a count to reckon a month from. */
  hedged?: boolean;
}

const UNITS: Array<[SpanUnit, RegExp, RegExp, RegExp]> = [
  // unit, one (singular or accusative), two (dual), several (plural)
  ['hour', /^(ساعه)$/, /^(ساعتين|ساعتان)$/, /^(ساعات)$/],
  ['day', /^(يوم|يوما)$/, /^(يومين|يومان)$/, /^(ايام)$/],
  ['week', /^(اسبوع|اسبوعا)$/, /^(اسبوعين|اسبوعان)$/, /^(اسابيع)$/],
  ['month', /^(شهر|شهرا)$/, /^(شهرين|شهران)$/, /^(اشهر|شهور)$/],
  ['year', /^(عام|عاما|سنه)$/, /^(عامين|عامان|سنتين)$/, /^(اعوام|سنوات)$/],
];
// "نحو"، "قرابة"، "أقل من"، "أكثر من": the stated figure stands.
const ABOUT = /^(نحو|قرابه|حوالي|زهاء)$/;
const SEVERAL = /^(بضع|بضعه|عده)$/;

// "بأسبوع"، "بيومين"، "بنحو": the span after "قبل ذلك ب…" carries the preposition (never the article:
// "اليوم" is no span).
const forms = (t: KeyToken) => [t.norm, t.norm.replace(/^[وف]?ب/, '')];

function unitOf(t: KeyToken | undefined): [SpanUnit, 'one' | 'two' | 'several'] | null {
  if (!t) return null;
  for (const k of forms(t)) {
    for (const [unit, one, two, several] of UNITS) {
      if (one.test(k)) return [unit, 'one'];
      if (two.test(k)) return [unit, 'two'];
      if (several.test(k)) return [unit, 'several'];
    }
  }
  return null;
}

/** The span starting at token i (before `to`), or null. */
export function readSpan(tokens: KeyToken[], i: number, to = tokens.length): TimeSpan | null {
  let k = i;
  const is = (t: KeyToken | undefined, re: RegExp) => !!t && forms(t).some((x) => re.test(x));
  let bound = false;
  if (k < to && is(tokens[k], /^(اقل|اكثر)$/) && tokens[k + 1]?.norm === 'من') {
    k += 2;
    bound = true;
  } else if (k < to && is(tokens[k], ABOUT)) k += 1;
  if (k >= to) return null;
  const span = readBareSpan(tokens, k, to, is);
  // "less than a year", "about two years": no month can be told from them ("about two months" still tells one).
  return span && (bound || (k > i && span.unit === 'year')) ? { ...span, hedged: true } : span;
}

function readBareSpan(tokens: KeyToken[], k: number, to: number, is: (t: KeyToken | undefined, re: RegExp) => boolean): TimeSpan | null {
  if (is(tokens[k], SEVERAL)) {
    const u = unitOf(tokens[k + 1]);
    return u && k + 1 < to ? { unit: u[0], count: null, end: k + 1 } : null;
  }
  const bare = unitOf(tokens[k]);
  if (bare) {
    const count = bare[1] === 'one' ? 1 : bare[1] === 'two' ? 2 : null;
    // "ساعات قليلة": still a few; "يوم واحد": still one.
    const after = tokens[k + 1]?.norm;
    const end = k + 1 < to && ((bare[1] === 'several' && after === 'قليله') || (bare[1] === 'one' && /^(واحد|واحده)$/.test(after ?? ''))) ? k + 1 : k;
    return { unit: bare[0], count, end };
  }
  // "بـ٣ أيام": a single digit keeps its preposition in the token's keys.
  const digit = forms(tokens[k]).find((x) => /^\d+$/.test(x));
  const n = digit ? { value: +digit, to: k + 1 } : readNumber(tokens, k);
  if (!n || n.to >= to) return null;
  const u = unitOf(tokens[n.to]);
  if (!u || u[1] === 'two') return null;
  return { unit: u[0], count: n.value, end: n.to };
}

/** Whole days a span covers: hours under a day are the same day; a few days or more is no count. */
export function spanDays(s: TimeSpan): number | null {
  if (s.unit === 'hour') return s.count === null ? 0 : Math.floor(s.count / 24);
  if (s.count === null) return null;
  return s.unit === 'day' ? s.count : s.unit === 'week' ? 7 * s.count : null;
}
