/** Socket-level failures: the server is not there (stopped, restarting, killed). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * PostgreSQL SQLSTATEs that mean "not now" rather than "your query is wrong": class 08
 * (connection exception), admin/crash shutdown, cannot connect now (starting up, recovering).
 */
const SQLSTATES = /^(08\d{3}|57P01|57P02|57P03)$/;
const MESSAGES = [
  /Connection terminated/i,
  /the database system is (shutting down|starting up|in recovery)/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
];

/**
 * Whether `err` (a pg or TypeORM error, possibly wrapping the driver's) says the database is
 * unreachable, so a caller answers 503 "retry shortly" instead of 500 "bug".
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SQLSTATES.test(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  // AggregateError (a refused connection to both IPv4 and IPv6), TypeORM's QueryFailedError, Error.cause.
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
