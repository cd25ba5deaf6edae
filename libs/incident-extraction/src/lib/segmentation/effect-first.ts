import { pinsDay, strongestDate } from '../dates/dates';
import { KeyToken } from '../text/tokens';
import { Candidate } from './candidate';
import { SentenceFacts } from './sentence-facts';

// "خرج مطار دمشق الدولي عن الخدمة إثر ضربة إسرائيلية استهدفت مدرجه", "تصاعد الدخان من قاعدة
// التنف إثر سقوط صاروخين عليها": the effect is told first, at a place, and the act that
// caused it after "إثر / جراء / بعد", naming no place of its own.
const CAUSE = /^و?(اثر|جراء|عقب|بسبب|نتيجه|بعد)$/;

/** `idle`: the segment just before, which told no incident of its own. */
export function placeEffectFirst(found: Candidate[], idle: [number, number] | null, s: SentenceFacts, tokens: KeyToken[]): void {
  if (!idle) return;
  const named = s.places.filter((p) => p.from >= idle[0] && p.from < idle[1] && p.place.kind !== 'country');
  // "في مدينة الميادين شرقي دير الزور"، "بريف دير الزور الشرقي": a place enclosing another named only locates it.
  const place = named.filter((p) => !named.some((q) => q !== p && q.place.ancestors.includes(p.place.id))).at(-1);
  if (!place) return;
  // "عاد مطار بغداد الدولي مساء اليوم الأحد إلى واجهة الأحداث، بعد سقوط صواريخ في محيطه": the effect's time is the act's.
  const [from, to] = [tokens[idle[0]].start, tokens[idle[1] - 1].end];
  const told = strongestDate(s.dates.filter((d) => d.start >= from && d.start < to));
  for (const c of found) {
    if (c.place || !CAUSE.test(tokens[c.from].norm)) continue;
    const date = c.date ?? told;
    if (!c.continuation) Object.assign(c, { place, date });
    else if (place.place.us && c.weapons.length > 0) {
      // An impact with no side of its own, at a US site: an attack on it.
      Object.assign(c, { place, date, category: 'attack_on_us_forces', continuation: false, detail: 1 + (pinsDay(date) ? 1 : 0) + (c.casualties.length ? 1 : 0) });
    }
  }
}
