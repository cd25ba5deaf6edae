import { z } from 'zod';

export const ArticleNormalisedV1 = z.object({
  schema: z.literal('articles.normalised.v1'),
  eventId: z.string().min(1),
  articleId: z.string().min(1),
  contentHash: z.string().min(1),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO date-time, or null when neither the page nor the feed gave one. */
  publishedAt: z.string().nullable(),
  lang: z.string(),
  /** Display text: main-story paragraphs joined by newlines. */
  text: z.string(),
  /** Boilerplate lines removed from the page, kept for audit. */
  removed: z.array(z.string()),
  /** Article this one is a near-duplicate of (syndicated copy); both are kept. */
  duplicateOf: z.string().nullable(),
  fingerprint: z.string(),
  normalisedAt: z.string().datetime(),
});
export type ArticleNormalisedV1 = z.infer<typeof ArticleNormalisedV1>;

/** Input the normaliser refused (not Arabic, empty, binary), with why: never dropped silently. */
export const ArticleRejectedV1 = z.object({
  schema: z.literal('articles.rejected.v1'),
  eventId: z.string().min(1),
  articleId: z.string().min(1),
  reason: z.enum(['not_arabic', 'empty', 'binary', 'undecodable', 'too_large']),
  detail: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  rejectedAt: z.string().datetime(),
});
export type ArticleRejectedV1 = z.infer<typeof ArticleRejectedV1>;
