import { BadRequestException } from '@nestjs/common';

type Parsed<T> = { ok: true; query: T } | { ok: false; errors: string[] };

/** A validation failure becomes a 400 that lists every bad parameter. */
export function orBadRequest<T>(result: Parsed<T>): T {
  if (!result.ok) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: result.errors });
  return result.query;
}
