// The page's view of GET /health (Terminus: { status, info, error, details }): which parts of the
// stack are down and why, in the words the API gives (the launcher's "being restarted" included).

export interface DownPart {
  /** The health check's key: kafka, database, stack, search. */
  part: string;
  message: string;
}

/** What is down, from a /health body; empty when everything is up or the body is not Terminus's. */
export function downParts(body: unknown): DownPart[] {
  if (!body || typeof body !== 'object') return [];
  const details = (body as { details?: unknown; error?: unknown }).error ?? (body as { details?: unknown }).details;
  if (!details || typeof details !== 'object') return [];
  const out: DownPart[] = [];
  for (const [part, v] of Object.entries(details as Record<string, unknown>)) {
    if (!v || typeof v !== 'object' || (v as { status?: unknown }).status !== 'down') continue;
    const message = (v as { message?: unknown }).message;
    out.push({ part, message: typeof message === 'string' ? message : 'down' });
  }
  return out;
}
