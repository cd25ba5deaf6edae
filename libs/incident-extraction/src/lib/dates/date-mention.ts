// What a date expression resolves to, and how firmly it pins the event's day.

export interface DateValue {
  value: string;
  precision: 'day' | 'month';
}

export interface DateMention extends DateValue {
  /** Character offsets of the expression. */
  start: number;
  end: number;
  /** How firmly the expression pins the day: one of DATE_STRENGTH. */
  strength: number;
  /**
   * What the value was reckoned from, when the text does not tell it in full: the publication
   * day ("أمس"، "الشهر الماضي"، "قبل ساعات"), a weekday on or before it, or a year inferred for a
   * day and month ("3 آذار"). Absent for dates told in full.
   */
  anchor?: DateAnchor;
  /** The day a claim was made ("تبنت الفصائل، يوم الاثنين، الهجوم"): the act came that day or before. */
  claimed?: boolean;
}

export type DateAnchor = 'publication' | 'weekday' | 'year';

/**
 * Ranks of date expressions, compared wherever two dates compete for one incident.
 * A calendar date names the day outright; "أمس"/"اليوم" depend only on publication; a
 * weekday may be a week off; a relative day right after a reporting verb may date the
 * statement rather than the event; a month alone does not pin a day.
 */
export const DATE_STRENGTH = {
  explicit: 4,
  relative: 3,
  weekday: 2,
  reportedRelative: 1.5,
  month: 1,
} as const;

/** A day the text itself pins (a weekday or firmer), not a month or a reported "today". */
export const pinsDay = (d: { strength: number } | null | undefined): boolean => !!d && d.strength >= DATE_STRENGTH.weekday;

/** The expression that best dates an event: the strongest, then the earliest. */
export function strongestDate<T extends { strength: number }>(dates: readonly T[]): T | null {
  let best: T | null = null;
  for (const d of dates) if (!best || d.strength > best.strength) best = d;
  return best;
}
