import { DATE_STRENGTH, DateMention, shiftDays } from '../dates/dates';
import { DAY_MS } from '../dates/calendar';
import type { SentenceFacts } from '../segmentation/sentence-facts';

// «… وقع اليوم …» in a statement the article says was made yesterday: "today" is the speaker's
// day. A relative day inside a direct quotation is reckoned from the day of the statement it
// quotes, when the article dates that statement (in the reporting clause before the quote, or
// in the sentence before it).

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';
const QUOTE_MARK = /["“«„”»]/g;

/** Offsets inside a quotation, per sentence; `open` carries a quotation left open into the next sentence. */
function quotedStretches(s: SentenceFacts, open: boolean): { stretches: Array<[number, number]>; open: boolean; opens: number[] } {
  const stretches: Array<[number, number]> = [];
  const opens: number[] = [];
  let from = open ? 0 : -1;
  for (const m of s.span.text.matchAll(QUOTE_MARK)) {
    const ch = m[0];
    const i = m.index ?? 0;
    const closes = from >= 0 && (CLOSE.has(ch) || ch === STRAIGHT);
    if (closes) {
      stretches.push([s.span.start + from, s.span.start + i]);
      from = -1;
    } else if (from < 0 && (OPEN.has(ch) || ch === STRAIGHT)) {
      from = i + 1;
      opens.push(s.span.start + i);
    }
  }
  if (from >= 0) stretches.push([s.span.start + from, s.span.end]);
  return { stretches, open: from >= 0, opens };
}

const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / DAY_MS);
const statementDate = (d: DateMention) => d.strength === DATE_STRENGTH.reportedRelative && d.precision === 'day';

// "وقال: «…»"، "وأضاف المتحدث باسم الوزارة: «…»": the speaker of the sentence before goes on (a
// reporting verb, then the quote or a definite speaker); "وقال مصدر محلي: «…»" is someone new.
const GOES_ON = /^و(قال|قالت|اضاف|اضافت|تابع|تابعت|اوضح|اوضحت|اكد|اكدت)$/;
function goesOn(s: SentenceFacts, quoteAt: number): boolean {
  const verb = s.tokens[s.from];
  if (!verb || !GOES_ON.test(verb.norm)) return false;
  const speaker = s.tokens[s.from + 1];
  return !speaker || speaker.start >= quoteAt || speaker.norm.startsWith('ال');
}

export function reckonQuotedDays(facts: SentenceFacts[], pub: string): void {
  facts.forEach((s, i) => {
    const relative = s.dates.filter((d) => d.anchor === 'publication' && d.precision === 'day');
    if (!relative.length) return;
    // Only a sentence with a relative day is read for quotes (and the one before it, for a quote left open).
    const carried = i > 0 && quotedStretches(facts[i - 1], false).open;
    const q = quotedStretches(s, carried);
    const quoted = relative.filter((d) => q.stretches.some(([a, b]) => d.start >= a && d.end <= b));
    if (!quoted.length) return;
    // The statement: dated in this sentence's reporting clause (before the quote opens), else in the sentence before.
    const firstOpen = carried ? s.span.start : Math.min(...q.opens);
    const said = s.dates.filter((d) => d.end <= firstOpen && statementDate(d)).at(-1) ?? (i > 0 && goesOn(s, firstOpen) ? facts[i - 1].dates.filter(statementDate).at(-1) : undefined);
    if (!said || said.value === pub) return;
    for (const d of quoted) {
      d.value = shiftDays(said.value, dayDiff(d.value, pub));
    }
  });
}
