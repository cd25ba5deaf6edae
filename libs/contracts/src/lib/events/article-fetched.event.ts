import { z } from 'zod';

/** A raw article as fetched: bytes untouched (base64) so the normaliser owns charset decoding. */
export const ArticleFetchedV1 = z.object({
  schema: z.literal('articles.fetched.v1'),
  eventId: z.string().min(1),
  /** Stable id: hash of the canonical URL, or of the inbox file name. Also the message key. */
  articleId: z.string().min(1),
  /** Content hash of the body: a changed article is a new version with the same articleId. */
  contentHash: z.string().min(1),
  source: z.object({
    kind: z.enum(['inbox', 'feed', 'sitemap', 'page', 'replay']),
    name: z.string(),
  }),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  fetchedAt: z.string().datetime(),
  contentType: z.string(),
  /** Charset declared by the transport (HTTP header), if any. */
  declaredCharset: z.string().nullable(),
  headers: z.record(z.string()),
  bodyBase64: z.string(),
  /** Metadata the feed or the JSON envelope gave, before the page itself was read. */
  hints: z.object({
    title: z.string().nullable(),
    publishedAt: z.string().nullable(),
    outlet: z.string().nullable(),
  }),
  /** How the body was fetched over HTTP (absent for inbox files). Additive, optional: v1 stays compatible. */
  fetch: z
    .object({
      status: z.number().int(),
      requestedUrl: z.string(),
      finalUrl: z.string(),
      /** The page's rel=canonical, when it was accepted as the article's identity. */
      canonicalUrl: z.string().nullable(),
      redirects: z.number().int(),
      etag: z.string().nullable(),
      lastModified: z.string().nullable(),
      attempts: z.number().int(),
      durationMs: z.number(),
      detectedCharset: z.string().nullable(),
      charsetSource: z.string().nullable(),
      /** 1 for the first emission of this article, +1 per changed content. */
      version: z.number().int(),
    })
    .optional(),
  /** The feed item or sitemap entry that led to this article. Additive, optional. */
  item: z
    .object({
      link: z.string(),
      title: z.string().nullable(),
      publishedAt: z.string().nullable(),
      updatedAt: z.string().nullable(),
      guid: z.string().nullable(),
    })
    .optional(),
});
export type ArticleFetchedV1 = z.infer<typeof ArticleFetchedV1>;
