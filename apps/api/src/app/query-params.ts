import { BadRequestException } from '@nestjs/common';
import { formatIssues, RawParams } from '@raseed/search';
import { z } from 'zod';

type Parsed<T> = { ok: true; query: T } | { ok: false; errors: string[] };

/** A validation failure becomes a 400 that lists every bad parameter. */
export function orBadRequest<T>(result: Parsed<T>): T {
  if (!result.ok) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: result.errors });
  return result.query;
}

/**
 * Parameters validated by a zod object (strict: an unknown name is refused), each given at
 * most once; an empty value is "not set", as in the search parameters.
 */
export function parseParams<S extends z.AnyZodObject>(schema: S, raw: RawParams): z.infer<S> {
  const errors: string[] = [];
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (Array.isArray(v)) errors.push(`${k}: must be given once`);
    else if (v !== undefined && v !== '') params[k] = v;
  }
  const parsed = schema.safeParse(params);
  return orBadRequest(parsed.success && !errors.length ? { ok: true, query: parsed.data } : { ok: false, errors: [...errors, ...(parsed.success ? [] : formatIssues(parsed.error))] });
}
