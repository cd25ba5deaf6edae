import { ArticleFetchedV1, newEventId } from '@raseed/contracts';
import { createHash } from 'crypto';
import { basename, extname } from 'path';

export const INBOX_EXTENSIONS = ['.txt', '.html', '.htm', '.json'] as const;

export type InboxReadResult =
  | { ok: true; sourceKey: string; event: ArticleFetchedV1 }
  | { ok: false; sourceKey: string; articleId: string; reason: 'too_large' | 'undecodable' | 'empty'; detail: string };

/** JSON article envelope accepted in the inbox (the corpus format). */
interface JsonEnvelope {
  id?: unknown;
  url?: unknown;
  text?: unknown;
  html?: unknown;
  title?: unknown;
  published_at?: unknown;
  outlet?: unknown;
}

const SAFE_ID = /^[\w.-]{1,100}$/;

/**
 * Turns one inbox file into an articles.fetched.v1 event, or a clear reason it cannot be.
 * The article id is the JSON `id` or the file name without extension, so re-dropping the
 * same file maps to the same article (a changed body becomes a new version).
 */
export function readInboxFile(
  relativePath: string,
  bytes: Buffer,
  maxBytes: number,
  now = new Date(),
  folder: { name: string; keyPrefix: string } = { name: 'inbox', keyPrefix: 'inbox' },
): InboxReadResult {
  const sourceKey = `${folder.keyPrefix}:${relativePath}`;
  const ext = extname(relativePath).toLowerCase();
  const stem = basename(relativePath, extname(relativePath));
  const fallbackId = SAFE_ID.test(stem) ? stem : createHash('sha256').update(relativePath).digest('hex').slice(0, 20);
  if (bytes.length > maxBytes) {
    return { ok: false, sourceKey, articleId: fallbackId, reason: 'too_large', detail: `${bytes.length} bytes exceeds MAX_BODY_BYTES=${maxBytes}` };
  }
  if (bytes.length === 0) return { ok: false, sourceKey, articleId: fallbackId, reason: 'empty', detail: 'file is empty' };

  let body = bytes;
  let contentType = ext === '.txt' ? 'text/plain' : 'text/html';
  let articleId = fallbackId;
  let url: string | null = null;
  const hints: ArticleFetchedV1['hints'] = { title: null, publishedAt: null, outlet: null };
  if (ext === '.json') {
    let envelope: JsonEnvelope;
    try {
      envelope = JSON.parse(bytes.toString('utf8')) as JsonEnvelope;
    } catch (err) {
      return { ok: false, sourceKey, articleId, reason: 'undecodable', detail: `invalid JSON: ${(err as Error).message}` };
    }
    const text = typeof envelope.html === 'string' ? envelope.html : typeof envelope.text === 'string' ? envelope.text : null;
    if (text === null) return { ok: false, sourceKey, articleId, reason: 'undecodable', detail: 'JSON article needs a "text" or "html" string' };
    if (typeof envelope.id === 'string' && SAFE_ID.test(envelope.id)) articleId = envelope.id;
    url = typeof envelope.url === 'string' ? envelope.url : null;
    hints.title = typeof envelope.title === 'string' ? envelope.title : null;
    hints.publishedAt = typeof envelope.published_at === 'string' ? envelope.published_at : null;
    hints.outlet = typeof envelope.outlet === 'string' ? envelope.outlet : null;
    contentType = typeof envelope.html === 'string' ? 'text/html' : 'text/plain';
    body = Buffer.from(text, 'utf8');
  }
  return {
    ok: true,
    sourceKey,
    event: {
      schema: 'articles.fetched.v1',
      eventId: newEventId(),
      articleId,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      source: { kind: 'inbox', name: folder.name },
      url,
      fileName: relativePath,
      fetchedAt: now.toISOString(),
      contentType,
      // JSON is UTF-8 by definition; for .txt/.html the normaliser sniffs.
      declaredCharset: ext === '.json' ? 'utf-8' : null,
      headers: {},
      bodyBase64: body.toString('base64'),
      hints,
    },
  };
}
