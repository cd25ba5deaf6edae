import { KeyToken } from '../text/tokens';
import { isoDay, weekdayOf } from './calendar';
import { weekdayIn } from './date-words';

// An article without a publication day is read against a stand-in day, so its relative dates
// ("اليوم"، "أمس"، "الأربعاء الماضي"، "الشهر الماضي") still tell apart the incidents it reports on
// different days. Dates reckoned from the stand-in are compared, never shown.

export interface ReadingDay {
  /** ISO day relative dates are resolved against. */
  day: string;
  /** The article has no publication day: `day` is a stand-in. */
  standIn: boolean;
  /** The stand-in's weekday is the article's ("اليوم الأربعاء"), not a guess. */
  weekdayKnown: boolean;
}

// A mid-month stand-in keeps "this week" inside one month; its year is far from any news.
const STAND_IN = { y: 2000, m: 6, d: 11 };

/** The day relative dates are read against: publication, else a stand-in with the weekday the article gives it. */
export function readingDay(pub: string | null, tokens: KeyToken[]): ReadingDay {
  if (pub) return { day: pub, standIn: false, weekdayKnown: true };
  const told = toldWeekday(tokens);
  const first = told === null ? tokens.map((t) => weekdayIn(t)).find((w) => w !== undefined) : undefined;
  // Unknown: the day after the first weekday named (news is mostly told the day of or after the act).
  const wd = told ?? (first !== undefined ? (first + 1) % 7 : weekdayOf(STAND_IN));
  const shift = (wd - weekdayOf(STAND_IN) + 7) % 7;
  return { day: isoDay({ ...STAND_IN, d: STAND_IN.d + shift }), standIn: true, weekdayKnown: told !== null };
}

// "اليوم الأربعاء" names the day of publication; "أمس الثلاثاء" the day before it.
const DAYS_BACK: Array<[RegExp, number]> = [[/^و?(اليوم)$/, 0], [/^و?(امس|البارحه)$/, 1]];
function toldWeekday(tokens: KeyToken[]): number | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const wd = weekdayIn(tokens[i + 1]);
    if (wd === undefined) continue;
    for (const [word, back] of DAYS_BACK) {
      if (!word.test(tokens[i].norm)) continue;
      const twoBack = back === 1 && tokens[i - 1]?.norm === 'اول';
      return (wd + back + (twoBack ? 1 : 0)) % 7;
    }
  }
  return null;
}
