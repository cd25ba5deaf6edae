import { toWesternDigits } from '@raseed/arabic-text';
import { KeyToken, foldWord } from '../text/tokens';

// Date expressions in news Arabic, resolved against the article's publish date:
// Levantine (كانون الثاني …), Egyptian/Gulf (يناير …) and Maghrebi (جانفي …) month names,
// numeric dates, weekdays ("الخميس"، "ليل الخميس - الجمعة"، "السبت الماضي") and relative
// words (أمس، اليوم، الشهر الماضي). Precision is "day" or "month".

export interface DateValue {
  value: string;
  precision: 'day' | 'month';
}

export interface DateMention extends DateValue {
  /** Character offsets of the expression. */
  start: number;
  end: number;
  /** How firmly the expression pins the day (explicit > relative > weekday > month). */
  strength: number;
}

const MONTHS: Array<[string, number]> = [
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8],
  ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
];
/** Single-word month keys, and the second word of two-word months keyed by the first. */
const MONTH1 = new Map<string, number>();
const MONTH2 = new Map<string, Map<string, number>>();
for (const [name, m] of MONTHS) {
  const parts = name.split(' ').map(foldWord);
  if (parts.length === 1) MONTH1.set(parts[0], m);
  else {
    const inner = MONTH2.get(parts[0]) ?? new Map<string, number>();
    inner.set(parts[1], m);
    MONTH2.set(parts[0], inner);
  }
}

// 0 = Sunday, as Date.getUTCDay.
const WEEKDAYS = new Map<string, number>(
  ([['الأحد', 0], ['الاحد', 0], ['الإثنين', 1], ['الاثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6]] as Array<[string, number]>)
    .map(([w, d]) => [foldWord(w), d]),
);

const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفايت', 'السابق'].map(foldWord));
/** Words after which a date bounds a period instead of dating an event. */
const PERIOD = new Set(['منذ', 'حتي', 'لغايه', 'بين', 'مطلع العام'].map(foldWord));

// A relative date right after a reporting word ("في بيان اليوم"، "أعلن أمس") dates the
// statement, not the event: it only counts when nothing else dates the event.
const REPORTING = /^(و?(بيان|بيانها|بيانه|اعلن|اعلنت|قال|قالت|افاد|افادت|اكد|اكدت|ذكر|ذكرت|صرح|اوضح|اوضحت|نشر|نشرت|كشف|كشفت|اعترف|اعترفت)|ببيان)$/;

// Words that can start a date expression; every other token is skipped at once.
const DATE_WORDS = new Set<string>([
  ...MONTH1.keys(), ...MONTH2.keys(), ...WEEKDAYS.keys(),
  'امس', 'البارحه', 'ليله', 'اليوم', 'واليوم', 'الليله', 'شهر', 'اسبوع', 'قبل', 'هذا', 'منذ', 'منه',
]);

// Ordinal days: "في الثامن من يناير", "الحادي والعشرين من آذار".
const ORD_UNIT = new Map<string, number>(
  ([['الاول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10]] as Array<[string, number]>),
);
const ORD_TENS = new Map<string, number>([['العشرين', 20], ['الثلاثين', 30], ['والعشرين', 20], ['والثلاثين', 30]]);

/** Ordinal day ending at token `end - 1`; returns [day, first token] or null. */
function ordinalBefore(tokens: KeyToken[], end: number, from: number): [number, number] | null {
  const last = tokens[end - 1];
  const prev = end - 2 >= from ? tokens[end - 2] : undefined;
  if (!last || end - 1 < from) return null;
  if (last.norm.startsWith('و') && ORD_TENS.has(last.norm) && prev) {
    const u = ORD_UNIT.get(prev.norm);
    if (u && u < 10) return [ORD_TENS.get(last.norm)! + u, end - 2];
  }
  const n = last.norm.replace(/^(في|ف|و)(?=ال)/, '');
  if (n === 'عشر' && prev) { const u = ORD_UNIT.get(prev.norm.replace(/^و(?=ال)/, '')); if (u && u < 10) return [u + 10, end - 2]; }
  const tens = ORD_TENS.get(n);
  if (tens !== undefined) return [tens, end - 1];
  const u = ORD_UNIT.get(n);
  return u ? [u, end - 1] : null;
}

interface Ymd { y: number; m: number; d: number }

/** Year, month and day of an ISO date or date-time; null when absent or not a real day. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return t.getUTCMonth() === +m[2] - 1 && t.getUTCDate() === +m[3] ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fmtDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d);
const DAY = 86_400_000;

export function shiftDays(iso: string, days: number): string {
  const p = parseIsoDay(iso)!;
  return fmtDay(utc(p) + days * DAY);
}

/** Year for a day/month without one: the latest such date not after publication (+2 days of slack). */
function inferYear(m: number, d: number, pub: Ymd): number {
  const cand = Date.UTC(pub.y, m - 1, d);
  return cand > utc(pub) + 2 * DAY ? pub.y - 1 : pub.y;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1;
}

/**
 * Every date expression in tokens[from, to), resolved against `publishedAt` (ISO day or
 * null). Expressions that only bound a period ("منذ 17 أكتوبر") are skipped.
 */
export function findDates(text: string, tokens: KeyToken[], publishedAt: string | null, from = 0, to = tokens.length): DateMention[] {
  const pub = parseIsoDay(publishedAt);
  const found: DateMention[] = [];
  const reported = (i: number) => {
    for (let k = i - 1; k >= Math.max(from, i - 5); k--) if (REPORTING.test(tokens[k].norm)) return true;
    return false;
  };
  const out = {
    /** `at`: token index of a relative or weekday expression (checked for a reporting verb before it). */
    push: (at: number, d: DateMention) => {
      if (at >= 0 && d.strength <= 3 && d.strength >= 2 && reported(at)) d = { ...d, strength: 1.5 };
      found.push(d);
    },
  };
  const covered = new Set<number>();
  const isPeriod = (i: number) => {
    for (let k = i - 1; k >= Math.max(from, i - 2); k--) if (tokens[k].keys.some((x) => PERIOD.has(x))) return true;
    return false;
  };

  // Numeric dates: 26-1-2024, 22/02/2024, 2024-01-26.
  if (to > from) {
    const a = tokens[from].start;
    const b = tokens[to - 1].end;
    const span = toWesternDigits(text.slice(a, b));
    for (const m of span.matchAll(/(?<![\d])(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?![\d])|(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g)) {
      const [y, mo, d] = m[1] ? [+m[3], +m[2], +m[1]] : [+m[4], +m[5], +m[6]];
      if (!validDay(y, mo, d)) continue;
      const start = a + (m.index ?? 0);
      const end = start + m[0].length;
      for (let k = from; k < to; k++) if (tokens[k].start >= start && tokens[k].end <= end) covered.add(k);
      out.push(-1, { value: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', start, end, strength: 4 });
    }
  }

  for (let i = from; i < to; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i];
    if (!t.keys.some((k) => DATE_WORDS.has(k))) continue;
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    // Month names (one or two words).
    let month: number | undefined;
    let mEnd = i + 1;
    for (const k of t.keys) {
      const two = MONTH2.get(k);
      if (two && next) {
        const m2 = two.get(next.norm) ?? two.get(next.keys[next.keys.length - 1]);
        if (m2) { month = m2; mEnd = i + 2; break; }
      }
      if (MONTH1.has(k)) { month = MONTH1.get(k); break; }
    }
    // آب (August) is also أب (father), ماي also a word: only with a day number before or a year/"الماضي" after.
    if (month !== undefined && (t.keys.includes('اب') || t.norm === 'ماي')) {
      const dayBefore = i > from && /^\d{1,2}$/.test(tokens[i - 1].norm);
      const after = next && (/^\d{4}$/.test(next.norm) || next.keys.some((k) => PAST.has(k)));
      if (!dayBefore && !after) month = undefined;
    }
    if (month !== undefined) {
      // A second spelling of the same month ("أيلول/سبتمبر", "ديسمبر كانون الأول") is one expression.
      let j = mEnd;
      for (let guard = 0; guard < 2 && j < to; guard++) {
        const tj = tokens[j];
        const tn = j + 1 < to ? tokens[j + 1] : undefined;
        const two = MONTH2.get(tj.norm);
        if (two && tn && two.get(tn.norm) === month) { j += 2; continue; }
        if (tj.keys.some((k) => MONTH1.get(k) === month)) { j += 1; continue; }
        break;
      }
      let day: number | null = null;
      let dFrom = i;
      const prev = i - 1 >= from ? tokens[i - 1] : undefined;
      const prev2 = i - 2 >= from ? tokens[i - 2] : undefined;
      const asDay = (tk?: KeyToken) => (tk && /^\d{1,2}$/.test(tk.keys[tk.keys.length - 1]) ? +tk.keys[tk.keys.length - 1] : null);
      if (asDay(prev) !== null) { day = asDay(prev); dFrom = i - 1; }
      else if (prev?.norm === 'من' && asDay(prev2) !== null) { day = asDay(prev2); dFrom = i - 2; }
      else {
        const ord = ordinalBefore(tokens, prev?.norm === 'من' ? i - 1 : i, from);
        if (ord) { day = ord[0]; dFrom = ord[1]; }
      }
      let year: number | null = null;
      if (j < to && /^\d{4}$/.test(tokens[j].norm)) { year = +tokens[j].norm; j++; }
      const past = j < to && tokens[j].keys.some((k) => PAST.has(k));
      if (past) j++;
      for (let k = dFrom; k < j; k++) covered.add(k);
      if (isPeriod(dFrom)) continue;
      const y = year ?? (pub ? inferYear(month, day ?? 1, pub) : null);
      if (y === null) continue;
      const start = tokens[dFrom].start;
      const end = tokens[j - 1].end;
      if (day !== null && validDay(y, month, day)) out.push(-1, { value: `${y}-${pad(month)}-${pad(day)}`, precision: 'day', start, end, strength: 4 });
      else out.push(-1, { value: `${y}-${pad(month)}`, precision: 'month', start, end, strength: 1 });
      continue;
    }
    // "وفي 28 منه", "في الثاني منه": a day of the month the text has just named.
    if (t.norm === 'منه') {
      const told = [...found].reverse().find((d) => d.end <= t.start);
      const prev = i - 1 >= from ? tokens[i - 1] : undefined;
      const num = prev && /^\d{1,2}$/.test(prev.keys[prev.keys.length - 1]) ? [+prev.keys[prev.keys.length - 1], i - 1] : ordinalBefore(tokens, i, from);
      const [y, m] = told ? told.value.split('-').map(Number) : [];
      if (told && num && validDay(y, m, num[0])) {
        out.push(-1, { value: `${told.value.slice(0, 7)}-${pad(num[0])}`, precision: 'day', start: tokens[num[1]].start, end: t.end, strength: 4 });
      }
      continue;
    }
    if (!pub) continue;
    const pubIso = `${pub.y}-${pad(pub.m)}-${pad(pub.d)}`;
    // Relative days.
    // "قبل يومين"، "قبل ثلاثة أيام": days back from publication.
    if (t.norm === 'قبل' && next) {
      let back: number | null = null;
      let end = i + 1;
      if (/^يومين$/.test(next.norm)) back = 2;
      else if (/^(يوم|يوما)$/.test(next.norm)) back = 1;
      else {
        const n = /^\d{1,2}$/.test(next.norm) ? +next.norm : null;
        const unit = i + 2 < to ? tokens[i + 2] : undefined;
        const words: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6 };
        const v = n ?? words[next.norm];
        if (v && unit && /^(ايام|يوما)$/.test(unit.norm)) { back = v; end = i + 2; }
      }
      if (back !== null) {
        out.push(i, { value: shiftDays(pubIso, -back), precision: 'day', start: t.start, end: tokens[end].end, strength: 3 });
        continue;
      }
    }
    if (t.keys.includes('امس') || t.norm === 'البارحه') {
      // "أمس الأول" and "أول أمس" are both the day before yesterday.
      if (next && next.norm === 'الاول') {
        out.push(i, { value: shiftDays(pubIso, -2), precision: 'day', start: t.start, end: next.end, strength: 3 });
        covered.add(i + 1);
        continue;
      }
      const before = i - 1 >= from && tokens[i - 1].norm === 'اول';
      out.push(i, { value: shiftDays(pubIso, before ? -2 : -1), precision: 'day', start: tokens[before ? i - 1 : i].start, end: t.end, strength: 3 });
      covered.add(i);
      if (next && next.keys.some((k) => WEEKDAYS.has(k))) covered.add(i + 1);
      continue;
    }
    if (t.keys.includes('ليله') && next && next.keys.some((k) => PAST.has(k))) {
      out.push(i, { value: shiftDays(pubIso, -1), precision: 'day', start: t.start, end: next.end, strength: 3 });
      covered.add(i + 1);
      continue;
    }
    // "هذا المساء"، "قبل قليل"، "منذ قليل": today.
    if ((t.norm === 'هذا' && next && /^(المساء|الصباح)$/.test(next.norm)) || (/^(قبل|منذ)$/.test(t.norm) && next && next.norm === 'قليل')) {
      out.push(i, { value: pubIso, precision: 'day', start: t.start, end: next!.end, strength: 3 });
      covered.add(i + 1);
      continue;
    }
    if ((t.norm === 'اليوم' || t.norm === 'واليوم' || t.norm === 'الليله') && !(next && /^(الاول|التالي|الثاني|نفسه|ذاته)$/.test(next.norm))) {
      // "اليوم الأربعاء" in a statement quoted on Friday: the weekday dates it, not publication.
      const wdNext = next ? next.keys.map((k) => WEEKDAYS.get(k)).find((v) => v !== undefined) : undefined;
      if (wdNext !== undefined && wdNext !== new Date(utc(pub)).getUTCDay()) continue;
      out.push(i, { value: pubIso, precision: 'day', start: t.start, end: t.end, strength: 3 });
      covered.add(i);
      if (wdNext !== undefined) covered.add(i + 1);
      continue;
    }
    const lastMonth = t.keys.includes('شهر') && !!next && next.keys.some((k) => PAST.has(k));
    const thisMonth = t.keys.includes('شهر') && !!next && /^(الجاري|الحالي)$/.test(next.norm);
    if (lastMonth || thisMonth) {
      const mm = lastMonth ? (pub.m === 1 ? 12 : pub.m - 1) : pub.m;
      const yy = lastMonth && pub.m === 1 ? pub.y - 1 : pub.y;
      covered.add(i + 1);
      // "في 11 من الشهر الماضي", "في العاشر من الشهر الجاري": a day of that month.
      const prevTok = i - 1 >= from ? tokens[i - 1] : undefined;
      if (prevTok?.norm === 'من') {
        const dTok = i - 2 >= from ? tokens[i - 2] : undefined;
        const day = dTok && /^\d{1,2}$/.test(dTok.keys[dTok.keys.length - 1]) ? +dTok.keys[dTok.keys.length - 1] : ordinalBefore(tokens, i - 1, from)?.[0];
        if (day && validDay(yy, mm, day)) {
          out.push(-1, { value: `${yy}-${pad(mm)}-${pad(day)}`, precision: 'day', start: (dTok ?? t).start, end: next!.end, strength: 4 });
          continue;
        }
      }
      out.push(-1, { value: `${yy}-${pad(mm)}`, precision: 'month', start: t.start, end: next!.end, strength: 1 });
      continue;
    }
    // "الأسبوع الماضي": some day of the week before; only its month is certain enough to tell.
    if (t.keys.includes('اسبوع') && !!next && next.keys.some((k) => PAST.has(k))) {
      out.push(-1, { value: shiftDays(pubIso, -7).slice(0, 7), precision: 'month', start: t.start, end: next.end, strength: 1 });
      covered.add(i + 1);
      continue;
    }
    // Weekdays: the latest such day on or before publication; "الماضي" forces a past week.
    const wd = t.keys.map((k) => WEEKDAYS.get(k)).find((v) => v !== undefined);
    if (wd !== undefined) {
      if (isPeriod(i)) continue;
      const past = next && next.keys.some((k) => PAST.has(k));
      const pubDow = new Date(utc(pub)).getUTCDay();
      let diff = (pubDow - wd + 7) % 7;
      if (past && diff === 0) diff = 7;
      out.push(i, { value: shiftDays(pubIso, -diff), precision: 'day', start: t.start, end: (past ? next! : t).end, strength: 2 });
      // "ليل الخميس - الجمعة": the night is dated by its first day; skip the second.
      const nextIsDay = !!next && next.keys.some((k) => WEEKDAYS.has(k));
      if (nextIsDay && ((i > from && tokens[i - 1].keys.includes('ليل')) || /[-–]/.test(text.slice(t.end, next!.start)))) covered.add(i + 1);
      if (past) covered.add(i + 1);
      continue;
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** The expression that best dates an event: the strongest, then the earliest. */
export function bestDate(mentions: DateMention[]): DateMention | null {
  let best: DateMention | null = null;
  for (const m of mentions) if (!best || m.strength > best.strength) best = m;
  return best;
}
