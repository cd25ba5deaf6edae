import { BadRequestException } from '@nestjs/common';
import { formatIssues, IncidentQuery, parseIncidentQuery, RawParams } from '@raseed/search';
import { z } from 'zod';
import { orBadRequest } from './query-params';

/** Parameters that choose what is returned rather than which incidents: not part of a follow-able search. */
const NOT_FILTERS = new Set(['sort', 'page', 'size']);

/**
 * The search filters of GET /api/incidents, validated by the same rules, with the endpoint's
 * `own` parameters (such as the export's format, validated by their zod object, which also
 * documents them) taken out first; the rest must be filters or paging.
 */
export function parseFilters<S extends z.AnyZodObject>(raw: RawParams, own: S): { query: IncidentQuery; own: z.infer<S> } {
  const rest: RawParams = { ...raw };
  const values: Record<string, string> = {};
  for (const k of Object.keys(own.shape)) {
    const v = rest[k];
    delete rest[k];
    if (Array.isArray(v)) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: [`${k}: must be given once`] });
    if (v !== undefined && v !== '') values[k] = v;
  }
  const query = orBadRequest(parseIncidentQuery(rest));
  const parsed = own.safeParse(values);
  if (!parsed.success) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: formatIssues(parsed.error) });
  return { query, own: parsed.data };
}

/** The filters back as URL parameters, in a fixed order: a search's canonical form (feed ids, links). */
export function filterParams(query: IncidentQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of Object.keys(query).sort() as (keyof IncidentQuery)[]) {
    if (NOT_FILTERS.has(key) || query[key] === undefined) continue;
    if (key === 'near' && query.near) p.set(key, `${query.near.lat},${query.near.lon},${query.near.km}`);
    else if (key === 'bbox' && query.bbox) p.set(key, `${query.bbox.minLon},${query.bbox.minLat},${query.bbox.maxLon},${query.bbox.maxLat}`);
    else {
      const v = query[key];
      p.set(key, Array.isArray(v) ? [...v].sort().join(',') : String(v));
    }
  }
  return p;
}

// The few Express request members used (no @types/express in the workspace).
export interface HttpRequest {
  protocol: string;
  originalUrl: string;
  get(name: string): string | undefined;
}

/** This server as the client reached it, for absolute links. */
export const requestOrigin = (req: HttpRequest) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
