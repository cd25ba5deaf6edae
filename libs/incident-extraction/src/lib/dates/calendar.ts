// Day arithmetic on ISO dates (UTC, no time zone ever applied).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const DAY_MS = 86_400_000;

/** Year, month and day of an ISO date or date-time; null when absent or not a real day. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  // Every sentence of an article asks for the same day: read it once.
  if (s === lastParsed[0]) return lastParsed[1] && { ...lastParsed[1] };
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  const t = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  const day = m && t!.getUTCMonth() === +m[2] - 1 && t!.getUTCDate() === +m[3] ? { y: +m[1], m: +m[2], d: +m[3] } : null;
  lastParsed = [s, day];
  return day && { ...day };
}
let lastParsed: [string | null | undefined, Ymd | null] = [undefined, null];

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const utcOf = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d);
export const isoDay = (x: Ymd) => `${x.y}-${pad2(x.m)}-${pad2(x.d)}`;
export const weekdayOf = (x: Ymd) => new Date(utcOf(x)).getUTCDay();
const fmtDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Days from the ISO day (or month) `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

export function shiftDays(iso: string, days: number): string {
  return fmtDay(utcOf(parseIsoDay(iso)!) + days * DAY_MS);
}

/** "YYYY-MM" moved by whole months. */
export function shiftMonths(ym: string, months: number): string {
  const [y, m] = ym.split('-').map(Number);
  const t = y * 12 + (m - 1) + months;
  return `${Math.floor(t / 12)}-${pad2((t % 12) + 1)}`;
}

// News reports the past, but a page may be stamped a day or two before the event's own
// calendar day (time zones, late edits).
const FUTURE_SLACK_DAYS = 2;

/** Year for a day/month without one: the latest such date not after publication. */
export function inferYear(m: number, d: number, pub: Ymd): number {
  const cand = Date.UTC(pub.y, m - 1, d);
  return cand > utcOf(pub) + FUTURE_SLACK_DAYS * DAY_MS ? pub.y - 1 : pub.y;
}

// Years outside this range in a "d-m-y" pattern are other numbers (phone numbers, ids).
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < FIRST_YEAR || y > LAST_YEAR) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
}
