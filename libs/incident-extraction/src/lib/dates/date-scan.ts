import { KeyToken } from '../text/tokens';
import { Ymd } from './calendar';
import { claimWordBefore, reportingWordBefore } from './date-words';
import { DATE_STRENGTH, DateMention } from './date-mention';

const OPENING = /[“«„]/g;
const CLOSING = /[”»]/g;

/** A quotation opens in the stretch and stays open (a quoted name, «… "المقاومة الإسلامية"، يوم الاثنين», does not). */
function opensQuote(stretch: string): boolean {
  const straight = (stretch.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (stretch.match(OPENING) ?? []).length > (stretch.match(CLOSING) ?? []).length;
}

/** The state one findDates walk shares between its passes. */
export interface DateScan {
  text: string;
  tokens: KeyToken[];
  from: number;
  to: number;
  /** Publication day; relative expressions need it. */
  pub: Ymd | null;
  /** In an article without a publication day, the first full date it tells: the year of a day and month told without one. */
  yearHint?: Ymd | null;
  found: DateMention[];
  /** Tokens already read as part of an expression. */
  covered: Set<number>;
}

/**
 * Records an expression. `at` is the token of a relative or weekday expression, checked for
 * a reporting verb before it ("أعلن أمس"); -1 for calendar dates, which date the event wherever they stand.
 */
export function emit(scan: DateScan, at: number, d: DateMention): void {
  const demotable = d.strength >= DATE_STRENGTH.weekday && d.strength <= DATE_STRENGTH.relative;
  const claimed = at >= 0 && demotable ? claimWordBefore(scan.tokens, at, scan.from) : -1;
  const said = at >= 0 && demotable ? (claimed >= 0 ? claimed : reportingWordBefore(scan.tokens, at, scan.from)) : -1;
  // «أعلن الجيش في بيان: "تعرضت القاعدة أمس …"»: inside the quotation the day is the speaker's, of the act.
  if (said >= 0 && !opensQuote(scan.text.slice(scan.tokens[said].end, scan.tokens[at].start))) d = { ...d, strength: DATE_STRENGTH.reportedRelative, ...(claimed >= 0 && { claimed: true }) };
  scan.found.push(d);
}

export const tokenAt = (scan: DateScan, i: number): KeyToken | undefined => (i >= scan.from && i < scan.to ? scan.tokens[i] : undefined);

/** A pass reads the expression starting at token i; true when it consumed that token (matched or ruled out). */
export type DatePass = (scan: DateScan, i: number) => boolean;
