// The few Express members used (no @types/express in the workspace).
interface Req {
  originalUrl: string;
}
interface Res {
  status(code: number): { json(body: unknown): void };
}

/**
 * A NUL byte (`?place=%00`) can never be valid in a parameter, and PostgreSQL rejects it in
 * any text value (which surfaced as a 500 with a stack trace): refuse it up front, for every
 * route, with a 400 that says so.
 */
export function rejectNulBytes(req: Req, res: Res, next: () => void): void {
  if (/%00/i.test(req.originalUrl) || req.originalUrl.includes('\0')) {
    res.status(400).json({ statusCode: 400, error: 'Bad Request', message: ['request parameters must not contain NUL bytes (%00)'] });
    return;
  }
  next();
}
