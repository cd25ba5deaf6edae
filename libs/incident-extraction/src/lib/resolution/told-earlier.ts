import type { Candidate } from '../segmentation/candidate';
import { readSpan } from '../dates/dates';

// How a segment places its act in time against the one told before it: as a recollection
// ("وكانت القاعدة قد تعرضت …"، "وفي وقت سابق")، as an act before it ("وقبل ذلك بيومين"، "بعد
// أيام من هجوم مماثل" — the similar attack came first), or as the cause it answers ("ردا على"،
// "انتقاما لـ"، "على خلفية"). Such an act borrows no date from the one told before it.

export type ToldAs = 'recall' | 'before' | 'cause';

// "ردا على"، "انتقاما لـ"، "ثأرا لـ"، "عقب"، "في أعقاب"، "على خلفية"، "بعد هجوم …".
const CAUSE_LEAD = /^و?(ردا|رد|للرد|انتقاما|ثارا|عقب|اعقاب|بعد)$/;
const CAUSE_PAIR = /^و?(في|علي)$/;
const CAUSE_SECOND = /^(اعقاب|خلفيه)$/;
const BEFORE_LEAD = /^و?(قبل|قبلها)$/;
// "بعد منتصف الليل"، "بعد ظهر اليوم": a time of day; "بعد ذلك": a later act; "بعد أن": a step of one story.
const TIME_OF_DAY = /^(منتصف|ظهر|الظهر|عصر|العصر|الظهيره|الفجر|ظهيره)$/;
export const ANCHOR_WORD = /^(ذلك|ذاك|هذا)$/;
const CLAUSE_BREAK = /[،,;؛:]/;

/** How candidate c is told against the act before it, or null for the news itself. */
export function toldAs(c: Candidate): ToldAs | null {
  if (c.recall) return 'recall';
  // Not Candidate.cause: it also holds "بناء على توجيهاتي نفذت …"، "إثر"، "جراء", which tell the act itself.
  const byLead = toldByLead(c);
  return byLead === 'news' ? null : byLead;
}

/** What the segment's first words tell; 'news' when a cause closes before the act ("ردا على …، استهدف …"). */
function toldByLead(c: Candidate): ToldAs | 'news' | null {
  const t = c.sentence.tokens;
  const lead = t[c.from].norm;
  const next = c.from + 1 < c.to ? t[c.from + 1].norm : '';
  // "وقبل ذلك بيومين"، "قبل أسبوع، في 3 آذار"، "وقبلها": an act before; "قبل أن تنسحب" tells a later step, "قبل الفجر" a time.
  if (BEFORE_LEAD.test(lead)) return /ها$/.test(lead) || ANCHOR_WORD.test(next) || readSpan(t, c.from + 1, c.to) ? 'before' : null;
  const paired = CAUSE_PAIR.test(lead) && CAUSE_SECOND.test(next);
  if (!paired && !CAUSE_LEAD.test(lead)) return null;
  if (/بعد$/.test(lead)) {
    // "بعد أن حلقت فوق …": the next step of one story.
    if (TIME_OF_DAY.test(next) || ANCHOR_WORD.test(next) || next === 'ان') return null;
    // "بعد يومين من هجوم مماثل": the act after the span came first.
    const span = readSpan(t, c.from + 1, c.to);
    if (span && /^(من|علي)$/.test(t[span.end + 1]?.norm ?? '')) return 'before';
  }
  // "ردا على الجرائم في غزة، استهدف مجاهدو المقاومة قاعدة …": the cause closes at the comma and the act after it is the news.
  if (c.place && c.place.from > c.from && c.place.from < c.to && closesBefore(c, c.place.from)) return 'news';
  return 'cause';
}

/** Told as earlier than the act before it, in any way. */
export const toldEarlier = (c: Candidate): boolean => toldAs(c) !== null;

/** Told as an earlier act in its own right (a recollection, an act before): not the news of the day. */
export const recalledBefore = (c: Candidate): boolean => {
  const as = toldAs(c);
  return as === 'recall' || as === 'before';
};

function closesBefore(c: Candidate, k: number): boolean {
  const { tokens, span } = c.sentence;
  return CLAUSE_BREAK.test(span.text.slice(tokens[c.from].end - span.start, tokens[k].start - span.start));
}
