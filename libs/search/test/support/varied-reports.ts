import { IncidentsExtractedV1, Place } from '@raseed/contracts';
import { PLACES, ev, extracted, mention } from './fixtures';

/** A small deterministic generator (tests must give the same reports on every run). */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const SITES: Place[] = [PLACES.tanf, PLACES.shaddadiBase, PLACES.shaddadi, PLACES.ainAlAsad, PLACES.erbil];

/**
 * Reports of a dozen days of attacks on five sites, as outlets give them: mostly the day, some a
 * day late, some only the month or no date; a weapon or none; an injured figure or none. Which of
 * them join depends on everything else stored (undated and month reports bridge days), so an
 * indexer that sees a bounded neighbourhood per batch can decide differently per batching.
 */
export function variedReports(count: number, seed: number): IncidentsExtractedV1[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const iso = (d: number) => `2024-02-${String(d).padStart(2, '0')}`;
  return Array.from({ length: count }, (_, i) => {
    const site = pick(SITES);
    const d = 1 + Math.floor(random() * 12);
    const form = random();
    const date =
      form < 0.6
        ? { value: iso(d), precision: 'day' as const }
        : form < 0.75
          ? { value: iso(d + 1), precision: 'day' as const }
          : form < 0.85
            ? { value: '2024-02', precision: 'month' as const }
            : null;
    const weapon = pick(['drone', 'drone', 'rocket', null] as const);
    const injured = random() < 0.5 ? null : Math.floor(random() * 5);
    const sentence = `هجوم على ${site.name_ar} في التقرير ${i}`;
    return extracted(`r${i}`, [mention(0, { date, place: site, weapon, injured, evidence: ev(sentence) })], {
      publishedAt: `${iso(d + 1)}T08:00:00Z`,
      outlet: `outlet-${i % 7}`,
    });
  });
}

/** Each item placed by a seeded shuffle. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
