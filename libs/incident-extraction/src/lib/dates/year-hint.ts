import { KeyToken } from '../text/tokens';
import { MONTH1, MONTH2 } from './date-words';
import { findDates } from './dates';

const YEAR_OPENING_CHARS = 400;
const YEAR_ALONE = /(?:^|[\s(])((?:19|20)\d\d)(?=$|[\s).,:،؛]|م\b)/u;
const YEAR_TOKEN = /^(19|20)\d\d$/;

/**
 * The year an undated article's days and months without a year belong to: its first full date, else its first
 * month told with a year ("تسلسل زمني للتصعيد (آب 2022)" … "الاثنين 15 آب: …"), even one that only starts a period
 * ("منذ توسّع الحرب على لبنان في أيلول 2024" … "• 31 تشرين الأول: …": the months after it are of its year or the next).
 */
export function yearHintOf(text: string, tokens: KeyToken[]): string | null {
  const told = findDates(text, tokens, null);
  const day = told.find((d) => d.precision === 'day');
  if (day) return day.value;
  const month = told.find((d) => d.precision === 'month' && !d.anchor);
  if (month) return `${month.value}-01`;
  const bound = monthBeforeYear(tokens);
  if (bound) return bound;
  // "رحلة الضربات: كيف لاحقت إسرائيل «الحرس الثوري» في سوريا مطلع 2024": a year alone, in the page's opening.
  const year = YEAR_ALONE.exec(text.slice(0, YEAR_OPENING_CHARS));
  return year ? `${year[1]}-01-01` : null;
}

/** The first month name written right before a year ("أيلول 2024", "كانون الأول 2023"), as its first day. */
function monthBeforeYear(tokens: KeyToken[]): string | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!YEAR_TOKEN.test(tokens[i].norm)) continue;
    const one = tokens[i - 1].keys.map((k) => MONTH1.get(k)).find((m) => m !== undefined);
    const two = i > 1 ? tokens[i - 2].keys.map((k) => MONTH2.get(k)?.get(tokens[i - 1].norm)).find((m) => m !== undefined) : undefined;
    const m = two ?? one;
    if (m !== undefined) return `${tokens[i].norm}-${String(m).padStart(2, '0')}-01`;
  }
  return null;
}
