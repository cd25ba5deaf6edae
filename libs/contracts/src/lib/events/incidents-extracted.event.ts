import { z } from 'zod';
import { Actor, DatePrecision, EVIDENCE_FIELDS, IncidentCategory, Weapon } from './incident-vocabulary';

export const Evidence = z.object({
  sentence: z.string(),
  /** Character offsets of the sentence in the article's display text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Place = z.object({
  /** Gazetteer id, null when the place is not in the gazetteer. */
  id: z.string().nullable(),
  name_ar: z.string(),
  name_en: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  /** Gazetteer ids of the enclosing places, nearest first (base → town → governorate). */
  ancestors: z.array(z.string()),
});
export type Place = z.infer<typeof Place>;

/** One incident as one article tells it. Counts: null = not stated, 0 = stated none. */
export const IncidentMention = z.object({
  index: z.number().int().nonnegative(),
  category: IncidentCategory,
  date: z.object({ value: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/), precision: DatePrecision }).nullable(),
  /**
   * The day of the week the text names for the act (0 Sunday … 6 Saturday) when no date could be
   * reckoned (a page without a publication date: "مساء السبت"); null or absent otherwise.
   */
  weekday: z.number().int().min(0).max(6).nullable().optional(),
  place: Place.nullable(),
  target: z.string().nullable(),
  weapon: Weapon.nullable(),
  actor: Actor.nullable(),
  claimed_by: Actor.nullable(),
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  evidence: z.record(z.enum(EVIDENCE_FIELDS), Evidence),
  confidence: z.number().min(0).max(1),
});
export type IncidentMention = z.infer<typeof IncidentMention>;

/** Everything one article yields; an empty incident list is meaningful (it clears old mentions). */
export const IncidentsExtractedV1 = z.object({
  schema: z.literal('incidents.extracted.v1'),
  eventId: z.string().min(1),
  articleId: z.string().min(1),
  contentHash: z.string().min(1),
  extractorVersion: z.string(),
  article: z.object({
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    publishedAt: z.string().nullable(),
    lang: z.string(),
    text: z.string(),
    duplicateOf: z.string().nullable(),
    /** The normaliser's near-duplicate fingerprint: the indexer links copies by it, whatever their order (optional: absent in older events). */
    fingerprint: z.string().nullable().optional(),
  }),
  incidents: z.array(IncidentMention),
  extractedAt: z.string().datetime(),
});
export type IncidentsExtractedV1 = z.infer<typeof IncidentsExtractedV1>;
