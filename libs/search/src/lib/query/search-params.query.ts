import { z } from 'zod';
import { Actor, IncidentCategory, Weapon } from '@raseed/contracts';
import { ArticleQuery, IncidentQuery } from '../search.port';
import { bbox } from './bbox.query';

export type RawParams = Record<string, string | string[] | undefined>;
export type ParseResult<T> = { ok: true; query: T } | { ok: false; errors: string[] };

export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 1000;
export const MAX_QUERY_LENGTH = 500;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'is not a real calendar date');

// A signed number is read as one, so page=-1 hears "must be at least 1", not "not a whole number".
const intIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^[+-]?\d+$/, 'must be a whole number (e.g. 2)')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** Comma-separated or repeated values from a closed vocabulary. */
const listOf = <T extends [string, ...string[]]>(vocab: z.ZodEnum<T>) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .superRefine((xs, ctx) => {
      const allowed: readonly string[] = vocab.options;
      const bad = xs.filter((x) => !allowed.includes(x));
      if (bad.length) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be one of ${allowed.join(', ')} (got ${bad.join(', ')})` });
      else if (xs.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not be empty' });
    })
    .transform((xs) => [...new Set(xs)] as T[number][]);

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Query text: punctuation alone would search for nothing (and used to return everything). */
const queryText = text(MAX_QUERY_LENGTH).refine((s) => /[\p{L}\p{N}]/u.test(s), 'has no letters or digits to search for (punctuation and operators are not query syntax)');

const near = z
  .string()
  .regex(/^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*$/, 'must be lat,lon,km (e.g. 33.8,42.4,50)')
  .transform((s) => s.split(',').map(Number))
  .pipe(
    z.tuple([
      z.number().min(-90, 'latitude must be within -90..90').max(90, 'latitude must be within -90..90'),
      z.number().min(-180, 'longitude must be within -180..180').max(180, 'longitude must be within -180..180'),
      z.number().gt(0, 'radius must be above 0 km').max(1000, 'radius must be at most 1000 km'),
    ]),
  )
  .transform(([lat, lon, km]) => ({ lat, lon, km }));

/**
 * GET /api/incidents parameters (also the filters of its export and feed), one description
 * each: the validator and the OpenAPI document are both made from this object.
 */
export const incidentQueryParams = z
  .object({
    q: queryText.optional().describe('Arabic (or English) full-text query, normalised like the index'),
    from: isoDate.optional().describe('earliest incident date, YYYY-MM-DD'),
    to: isoDate.optional().describe('latest incident date, YYYY-MM-DD'),
    category: listOf(IncidentCategory)
      .optional()
      .describe(`incident category, comma-separated or repeated: ${IncidentCategory.options.join(' | ')}`),
    actor: listOf(Actor)
      .optional()
      .describe(`actor code(s), comma-separated or repeated: ${Actor.options.join(' | ')}`),
    weapon: listOf(Weapon)
      .optional()
      .describe(`weapon code(s), comma-separated or repeated: ${Weapon.options.join(' | ')}`),
    place: text(200).optional().describe('place name (Arabic or English) or gazetteer id'),
    near: near.optional().describe('lat,lon,km: incidents within km of the point'),
    bbox: bbox.optional().describe('minLon,minLat,maxLon,maxLat: incidents whose place lies in this box (the area drawn on the map)'),
    minKilled: intIn(0, 100000).optional().describe('at least this many killed'),
    sort: z
      .enum(['date', 'relevance'], { errorMap: () => ({ message: 'must be date or relevance' }) })
      .optional()
      .describe('date | relevance (default: relevance with q, else date)'),
    page: intIn(1, MAX_PAGE).default('1').describe(`page number, 1-${MAX_PAGE}`),
    size: intIn(1, MAX_PAGE_SIZE).default('20').describe(`page size, 1-${MAX_PAGE_SIZE}`),
  })
  .strict();

const incidentParams = incidentQueryParams.refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] });

/** GET /api/articles parameters: the validator and the OpenAPI document are both made from this object. */
export const articleQueryParams = z
  .object({
    q: queryText.optional().describe('Arabic (or English) full-text query over titles and text'),
    from: isoDate.optional().describe('earliest publication date, YYYY-MM-DD'),
    to: isoDate.optional().describe('latest publication date, YYYY-MM-DD'),
    outlet: text(200).optional().describe('outlet name, exactly as the articles give it'),
    page: intIn(1, MAX_PAGE).default('1').describe(`page number, 1-${MAX_PAGE}`),
    size: intIn(1, MAX_PAGE_SIZE).default('20').describe(`page size, 1-${MAX_PAGE_SIZE}`),
  })
  .strict();

const articleParams = articleQueryParams.refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] });

/** Single-valued parameters given twice are an error, not a silent pick. */
function singleValued(raw: RawParams, multi: string[]): { params: Record<string, unknown>; errors: string[] } {
  const params: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && !multi.includes(k)) {
      if (v.length > 1) errors.push(`${k}: must be given once`);
      if (v.length >= 1) params[k] = v[0];
      continue;
    }
    // An empty or blank value means "not set" (e.g. ?q=&category= or q of spaces), alike.
    if ((typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.every((x) => x.trim() === ''))) continue;
    params[k] = v;
  }
  return { params, errors };
}

/** A zod error as the API's 400 lists it: `name: problem`, unknown names together. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') return `unknown parameter(s): ${i.keys.join(', ')}`;
    const path = i.path.filter((p) => typeof p === 'string').join('.');
    return `${path || 'query'}: ${i.message}`;
  });
}

/** Validates GET /api/incidents parameters; every problem is reported, none is guessed around. */
export function parseIncidentQuery(raw: RawParams): ParseResult<IncidentQuery> {
  const { params, errors } = singleValued(raw, ['category', 'actor', 'weapon']);
  const parsed = incidentParams.safeParse(params);
  if (!parsed.success || errors.length) return { ok: false, errors: [...errors, ...(parsed.success ? [] : formatIssues(parsed.error))] };
  const p = parsed.data;
  const query: IncidentQuery = {
    ...p,
    // Relevance only means something with a query text.
    sort: p.sort ?? (p.q ? 'relevance' : 'date'),
    page: p.page,
    size: p.size,
  };
  for (const k of Object.keys(query) as (keyof IncidentQuery)[]) if (query[k] === undefined) delete query[k];
  return { ok: true, query };
}

/** Validates GET /api/articles parameters. */
export function parseArticleQuery(raw: RawParams): ParseResult<ArticleQuery> {
  const { params, errors } = singleValued(raw, []);
  const parsed = articleParams.safeParse(params);
  if (!parsed.success || errors.length) return { ok: false, errors: [...errors, ...(parsed.success ? [] : formatIssues(parsed.error))] };
  const query: ArticleQuery = { ...parsed.data };
  for (const k of Object.keys(query) as (keyof ArticleQuery)[]) if (query[k] === undefined) delete query[k];
  return { ok: true, query };
}
