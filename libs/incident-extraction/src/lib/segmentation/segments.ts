import { pinsDay } from '../dates/dates';
import { SentenceFacts } from './sentence-facts';

// A segment is a stretch of a sentence between discourse boundaries ("ردا على"، "بعد"،
// "فيما" …), so "US strikes … in response to the attack on Tower 22" yields two candidates,
// each with its own place, date and counts.

// A boundary word this close to either end opens or closes the sentence itself ("بعد ذلك،").
const MIN_LEAD_TOKENS = 2;
const MIN_TAIL_TOKENS = 3;

/** Splits a sentence at discourse boundaries; each piece is a candidate segment. */
export function segmentsOf(s: SentenceFacts): Array<[number, number]> {
  const cuts = s.cues
    .filter((c) => c.value === 'boundary' && c.from >= s.from + MIN_LEAD_TOKENS && c.from <= s.to - MIN_TAIL_TOKENS && s.tokens[c.from - 1].norm !== 'من')
    .map((c) => c.from);
  cuts.push(...datedClauseStarts(s));
  cuts.sort((x, y) => x - y);
  const out: Array<[number, number]> = [];
  let a = s.from;
  for (const c of cuts) {
    if (c > a) out.push([a, c]);
    a = c;
  }
  out.push([a, s.to]);
  return out;
}

/** "…، وفي 28 منه قتل …": a clause opening with a date of its own tells another incident. */
function datedClauseStarts(s: SentenceFacts): number[] {
  const out: number[] = [];
  for (let k = s.from + MIN_LEAD_TOKENS; k <= s.to - MIN_TAIL_TOKENS; k++) {
    if (!/^و(في|يوم)$/.test(s.tokens[k].norm)) continue;
    const next = s.tokens[k + 1];
    const datedHere = s.dates.some((d) => d.start >= next.start && d.start < s.tokens[Math.min(k + 2, s.to - 1)].end && pinsDay(d));
    if (datedHere) out.push(k);
  }
  return out;
}
