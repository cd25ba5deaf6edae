import { toWesternDigits } from '@raseed/arabic-text';
import { pad2, validDay } from './calendar';
import { DATE_STRENGTH } from './date-mention';
import { DateScan, emit } from './date-scan';

const NUMERIC = /(?<![\d])(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?![\d])|(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;

/** Numeric dates over the whole range: 26-1-2024, 22/02/2024, 2024-01-26 (day first unless ISO). */
export function numericDates(scan: DateScan): void {
  const { text, tokens, from, to } = scan;
  if (to <= from) return;
  const a = tokens[from].start;
  const span = toWesternDigits(text.slice(a, tokens[to - 1].end));
  for (const m of span.matchAll(NUMERIC)) {
    const [y, mo, d] = m[1] ? [+m[3], +m[2], +m[1]] : [+m[4], +m[5], +m[6]];
    if (!validDay(y, mo, d)) continue;
    const start = a + (m.index ?? 0);
    const end = start + m[0].length;
    for (let k = from; k < to; k++) if (tokens[k].start >= start && tokens[k].end <= end) scan.covered.add(k);
    emit(scan, -1, { value: `${y}-${pad2(mo)}-${pad2(d)}`, precision: 'day', start, end, strength: DATE_STRENGTH.explicit });
  }
}
