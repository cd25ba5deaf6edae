import { extractIncidents } from '../src/lib/extract-incidents';

/** The fields a spec usually checks, for sentences written for the tests (published Friday 15 March 2024 unless told). */
export const brief = (text: string, publishedAt: string | null = '2024-03-15') =>
  extractIncidents({ text, publishedAt }).map((m) => ({
    category: m.category,
    place: m.place?.name_en ?? null,
    date: m.date?.value ?? null,
    weapon: m.weapon,
    actor: m.actor,
    killed: m.killed,
    injured: m.injured,
  }));
