import { z } from 'zod';
import { Actor, Evidence, EVIDENCE_FIELDS, IncidentCategory, IncidentMention, Place, Weapon } from '@raseed/contracts';
import type { CanonicalIncident } from '@raseed/incident-clustering';
import type { ArticleDocument, ArticleSearchResult, IncidentDocument, IncidentSearchResult } from './search.port';

/*
 * The search API's answers as zod schemas, for the OpenAPI document (apps/api). The interfaces in
 * search.port.ts stay the source the code is written against; the type checks at the end make
 * any difference between the two a compile error, so the document cannot drift from the code.
 */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const nullableString = z.string().nullable();

const SourceRef = z.object({ articleId: z.string(), mentionIndex: z.number().int(), outlet: nullableString });
const attributed = <T extends z.ZodTypeAny>(value: T) => z.object({ value, sources: z.array(SourceRef) });
const resolution = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    chosen: value.nullable().describe('the value the rule chose'),
    rule: z.string().describe('the rule that chose it'),
    values: z.array(attributed(value)).describe('every reported value with the sources that gave it'),
    conflicting: z.boolean(),
  });

const IncidentDate = IncidentMention.shape.date.unwrap();

const CanonicalIncidentSchema = z.object({
  id: z.string(),
  category: IncidentCategory,
  date: IncidentDate.nullable(),
  dateFrom: nullableString.describe('earliest reported date (ISO day)'),
  dateTo: nullableString.describe('latest reported date (ISO day)'),
  place: Place.nullable(),
  target: nullableString,
  weapon: Weapon.nullable(),
  actor: Actor.nullable(),
  claimedBy: Actor.nullable(),
  killed: z.number().int().nullable(),
  injured: z.number().int().nullable(),
  killedMax: z.number().int().nullable(),
  injuredMax: z.number().int().nullable(),
  sources: z.array(z.object({ articleId: z.string(), outlet: nullableString, url: nullableString, publishedAt: nullableString })),
  fields: z.object({
    date: resolution(IncidentDate),
    place: resolution(Place),
    target: resolution(z.string()),
    weapon: resolution(Weapon),
    actor: resolution(Actor),
    claimed_by: resolution(Actor),
    killed: resolution(z.number()),
    injured: resolution(z.number()),
  }),
  mentionKeys: z.array(z.string()),
  firstReportedAt: nullableString,
  lastReportedAt: nullableString,
  confidence: z.number(),
});

// Written out, not z.record over the field names: a record with enum keys documents every key as required.
const evidenceByField = z.object({
  category: Evidence.optional(),
  date: Evidence.optional(),
  place: Evidence.optional(),
  target: Evidence.optional(),
  weapon: Evidence.optional(),
  actor: Evidence.optional(),
  claimed_by: Evidence.optional(),
  killed: Evidence.optional(),
  injured: Evidence.optional(),
});
// …and the same field names as the contracts' (a field added there must be added here).
const evidenceFieldsMatch: Same<keyof z.infer<typeof evidenceByField>, (typeof EVIDENCE_FIELDS)[number]> = true;
void evidenceFieldsMatch;

const MentionEvidence = z.object({
  articleId: z.string(),
  index: z.number().int(),
  outlet: nullableString,
  url: nullableString,
  publishedAt: nullableString,
  confidence: z.number(),
  evidence: evidenceByField.describe('per field, the sentence that gave it and its offsets in the article text'),
  link: z
    .object({ score: z.number().nullable(), reasons: z.array(z.string()) })
    .optional()
    .describe('why this source joined the incident (absent for a single source)'),
});

/** GET /api/incidents/:id */
export const incidentDocumentSchema = CanonicalIncidentSchema.extend({ mentions: z.array(MentionEvidence) }).describe('An incident with every source, value and evidence sentence');

const FacetBucket = z.object({ value: z.string(), count: z.number().int() });
const TotalRelation = z.enum(['eq', 'gte']).describe('gte: more matches than counted exactly (total and facets are lower bounds)');

/** GET /api/incidents */
export const incidentSearchResultSchema = z.object({
  total: z.number().int(),
  totalRelation: TotalRelation,
  items: z.array(
    z.object({
      id: z.string(),
      category: IncidentCategory,
      date: nullableString,
      datePrecision: z.enum(['day', 'month']).nullable(),
      place: z.object({ id: nullableString, name_ar: z.string(), name_en: z.string(), lat: z.number(), lon: z.number() }).nullable(),
      weapon: Weapon.nullable(),
      actor: Actor.nullable(),
      claimedBy: Actor.nullable(),
      target: nullableString,
      killed: z.number().int().nullable(),
      injured: z.number().int().nullable(),
      sourceCount: z.number().int(),
      outlets: z.array(z.string()),
      score: z.number().nullable(),
      highlight: nullableString.describe('matched text with <mark> around the hits'),
    }),
  ),
  facets: z.object({ category: z.array(FacetBucket), actor: z.array(FacetBucket), weapon: z.array(FacetBucket) }),
});

/** GET /api/articles/:id */
export const articleDocumentSchema = z.object({
  id: z.string(),
  contentHash: z.string(),
  url: nullableString,
  outlet: nullableString,
  title: nullableString,
  publishedAt: nullableString,
  lang: z.string(),
  text: z.string().describe('the display text the evidence offsets index'),
  duplicateOf: nullableString.describe('the article this one is a near-duplicate of'),
  incidentIds: z.array(z.string()),
});

/** GET /api/articles */
export const articleSearchResultSchema = z.object({
  total: z.number().int(),
  totalRelation: TotalRelation,
  items: z.array(
    z.object({
      id: z.string(),
      url: nullableString,
      outlet: nullableString,
      title: nullableString,
      publishedAt: nullableString,
      incidentIds: z.array(z.string()),
      score: z.number().nullable(),
      highlight: nullableString,
    }),
  ),
});

// Compile-time: each schema describes exactly its interface (a field added, removed or retyped on one side fails `npm run typecheck`).
const sameShapes: [
  Same<z.infer<typeof CanonicalIncidentSchema>, CanonicalIncident>,
  Same<z.infer<typeof incidentDocumentSchema>, IncidentDocument>,
  Same<z.infer<typeof incidentSearchResultSchema>, IncidentSearchResult>,
  Same<z.infer<typeof articleDocumentSchema>, ArticleDocument>,
  Same<z.infer<typeof articleSearchResultSchema>, ArticleSearchResult>,
] = [true, true, true, true, true];
void sameShapes;
