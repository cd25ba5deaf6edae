import { DATE_STRENGTH } from './date-mention';
import { DateScan } from './date-scan';
import { inferYear, isoDay } from './calendar';

// Feasts on a fixed Gregorian day, as reports name the day of an act ("يوم عيد الميلاد"، "ليلة رأس السنة").
// The year is the latest such day not after publication (or the article's first full date).
// ("عيد ميلاده" is a birthday: only the definite feast counts.)

interface Feast {
  first: string;
  second: string;
  m: number;
  d: number;
  /** The evening or eve before it ("ليلة رأس السنة"، "عشية عيد الميلاد") is the day before. */
  eve: [number, number];
}
// Folded words.
const FEASTS: Feast[] = [
  { first: 'عيد', second: 'الميلاد', m: 12, d: 25, eve: [12, 24] },
  { first: 'راس', second: 'السنه', m: 1, d: 1, eve: [12, 31] },
];
const EVE = /^(ليله|عشيه)$/;

export function holidayDates(scan: DateScan): void {
  const { tokens, from, to } = scan;
  const anchor = scan.pub ?? scan.yearHint;
  if (!anchor) return;
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i].norm.replace(/^(و|ف|ب|ل)/, '');
    const f = FEASTS.find((x) => (t === x.first || tokens[i].norm === x.first) && tokens[i + 1].norm === x.second);
    if (!f || scan.covered.has(i)) continue;
    const eve = i > from && EVE.test(tokens[i - 1].norm.replace(/^و/, ''));
    const [m, d] = eve ? f.eve : [f.m, f.d];
    const start = eve ? i - 1 : i;
    scan.found.push({ value: isoDay({ y: inferYear(m, d, anchor), m, d }), precision: 'day', start: tokens[start].start, end: tokens[i + 1].end, strength: DATE_STRENGTH.explicit });
    for (let k = start; k <= i + 1; k++) scan.covered.add(k);
  }
}
