export interface JsonEnvelope {
  id: string | null;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  /** The article body: plain text, or HTML when the envelope carried a page. */
  body: string;
  bodyIsHtml: boolean;
}

/** Reads an inbox JSON article ({id, url, published_at, title, text | html | content}); null if it is not one. */
export function readJsonEnvelope(text: string): JsonEnvelope | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) if (typeof o[k] === 'string' && (o[k] as string).trim() !== '') return o[k] as string;
    return null;
  };
  const html = str('html', 'raw_html');
  const body = html ?? str('text', 'content', 'body') ?? '';
  return {
    id: str('id') ?? (typeof o['id'] === 'number' ? String(o['id']) : null),
    url: str('url', 'link'),
    title: str('title', 'headline'),
    publishedAt: str('published_at', 'publishedAt', 'date'),
    outlet: str('outlet', 'source', 'site_name'),
    body,
    bodyIsHtml: html !== null || /^\s*</.test(body),
  };
}
