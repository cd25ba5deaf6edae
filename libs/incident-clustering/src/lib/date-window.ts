import { IncidentMention } from '@raseed/contracts';

const DAY_MS = 86_400_000;

/** When a mention may have happened, in epoch days (inclusive), and how it is known. */
export interface DateWindow {
  from: number;
  to: number;
  kind: 'day' | 'month' | 'published' | 'open';
  /** The weekday a report without any date names for the act (0 Sunday … 6 Saturday). */
  weekday?: number;
}

/** The weekday a window tells: a day's own, or the one an undated report names. */
export function weekdayOf(w: DateWindow): number | undefined {
  // Epoch day 0 (1970-01-01) was a Thursday.
  return w.kind === 'day' ? (((w.from + 4) % 7) + 7) % 7 : w.weekday;
}

export function epochDay(iso: string): number {
  return Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** How far back an undated mention may refer: news reports an attack within days. */
export const UNDATED_LOOKBACK_DAYS = 10;

/**
 * The window a mention's date allows. An undated mention in a dated article happened shortly
 * before publication; an undated mention in an undated article could be any time.
 */
export function dateWindow(date: IncidentMention['date'], publishedAt: string | null, weekday?: number | null): DateWindow {
  if (date && date.precision === 'day' && date.value.length === 10) {
    const d = epochDay(date.value);
    return { from: d, to: d, kind: 'day' };
  }
  if (date) {
    const [y, m] = date.value.slice(0, 7).split('-').map(Number);
    const from = Math.floor(Date.UTC(y, m - 1, 1) / DAY_MS);
    const to = Math.floor(Date.UTC(y, m, 1) / DAY_MS) - 1;
    return { from, to, kind: 'month' };
  }
  if (publishedAt && !Number.isNaN(Date.parse(publishedAt))) {
    const p = epochDay(publishedAt);
    return { from: p - UNDATED_LOOKBACK_DAYS, to: p, kind: 'published' };
  }
  const open: DateWindow = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, kind: 'open' };
  if (weekday !== null && weekday !== undefined) open.weekday = weekday;
  return open;
}
