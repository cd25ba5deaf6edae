import { IncidentMention } from '@raseed/contracts';
import type { ArticleMention } from './article-mention';
import { isRareToll } from './toll-rarity';

const DAY_MS = 86_400_000;

/** When a mention may have happened, in epoch days (inclusive), and how it is known. */
export interface DateWindow {
  from: number;
  to: number;
  kind: 'day' | 'month' | 'published' | 'open';
  /** The weekday a report without any date names for the act (0 Sunday … 6 Saturday). */
  weekday?: number;
  /** Of a publication window: the first of the article's last days, the ones it most likely tells. */
  recentFrom?: number;
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

/** How far back an undated mention most likely refers: news reports an attack within days. */
export const UNDATED_LOOKBACK_DAYS = 10;
/**
 * How far back an undated mention told with a rare toll may refer: an act told in passing ("the
 * attack that killed three soldiers") may be weeks old, and its toll is what ties it to its
 * incident. Beyond the last days it joins only on such evidence (dateScore), as an undated
 * article's report does. (Any other undated mention would only widen every neighbourhood.)
 */
export const UNDATED_REACH_DAYS = 92;

/** Whether `w` is a publication window and `other` lies wholly before its last days (`slack` days allowed). */
export function beforeRecentDays(w: DateWindow, other: DateWindow, slack: number): boolean {
  return w.recentFrom !== undefined && other.to < w.recentFrom - slack;
}

/**
 * The window a mention's date allows. An undated mention in a dated article happened shortly
 * before publication (or, told with a rare toll, within UNDATED_REACH_DAYS of it); an undated
 * mention in an undated article could be any time.
 */
export function dateWindow(date: IncidentMention['date'], publishedAt: string | null, weekday?: number | null, toldWithRareToll = false): DateWindow {
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
    if (!toldWithRareToll) return { from: p - UNDATED_LOOKBACK_DAYS, to: p, kind: 'published' };
    return { from: p - UNDATED_REACH_DAYS, to: p, kind: 'published', recentFrom: p - UNDATED_LOOKBACK_DAYS };
  }
  const open: DateWindow = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, kind: 'open' };
  if (weekday !== null && weekday !== undefined) open.weekday = weekday;
  return open;
}

/** A mention's window (dateWindow): its date, its weekday, and whether it is told with a rare toll. */
export function mentionWindow(m: ArticleMention): DateWindow {
  return dateWindow(m.mention.date, m.publishedAt, m.mention.weekday, isRareToll(m.mention.killed ?? 0, m.mention.category));
}
