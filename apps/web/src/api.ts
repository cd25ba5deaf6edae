import type { LagReport } from '@raseed/operations';
import type { ArticleDocument, ArticleText, IncidentDocument, IncidentSearchResult } from './types';
import { LagSnapshot, lagSnapshot } from './lib/lag';
import { DownPart, downParts } from './lib/health';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const body = (await res.json()) as { message?: string | string[] };
      if (body.message) detail = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    } catch {
      /* not JSON */
    }
    throw new HttpError(res.status, detail);
  }
  return (await res.json()) as T;
}

export const searchIncidents = (query: string, signal?: AbortSignal) => getJson<IncidentSearchResult>(`/api/incidents?${query}`, signal);

export const getIncident = (id: string, signal?: AbortSignal) => getJson<IncidentDocument>(`/api/incidents/${encodeURIComponent(id)}`, signal);

/**
 * Optional endpoints are discovered from the OpenAPI document once, so the page never requests
 * a missing route (a 404 would be a console error in the browser).
 */
let capabilities: Promise<Set<string>> | null = null;
export function apiPaths(): Promise<Set<string>> {
  capabilities ??= getJson<{ paths?: Record<string, unknown> }>('/api/docs-json')
    .then((doc) => new Set(Object.keys(doc.paths ?? {})))
    .catch(() => new Set<string>());
  return capabilities;
}

export async function getArticleText(id: string, signal?: AbortSignal): Promise<ArticleText | null> {
  const paths = await apiPaths();
  if (!paths.has('/api/articles/{id}')) return null;
  try {
    const doc = await getJson<ArticleDocument>(`/api/articles/${encodeURIComponent(id)}`, signal);
    return { id: doc.id, title: doc.title, text: doc.text };
  } catch {
    return null;
  }
}

/** null: the API has no lag endpoint. */
export async function getLag(signal?: AbortSignal): Promise<LagSnapshot | null> {
  const paths = await apiPaths();
  if (!paths.has('/api/lag')) return null;
  return lagSnapshot(await getJson<LagReport>('/api/lag', signal));
}

/** What /health says is down (a 503 carries the same body as a 200). */
export async function getDown(signal?: AbortSignal): Promise<DownPart[]> {
  const res = await fetch('/health', { signal, headers: { accept: 'application/json' } });
  try {
    return downParts(await res.json());
  } catch {
    return res.ok ? [] : [{ part: 'api', message: `${res.status} ${res.statusText}` }];
  }
}
