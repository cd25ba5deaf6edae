import { createHash } from 'crypto';
import { Parser } from 'htmlparser2';

export interface HtmlPageInfo {
  canonical: string | null;
  title: string | null;
  /** sha256 of the visible text, so rotating ads, nonces and timestamps in markup do not make a new version. */
  textHash: string;
}

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

/** One streaming pass over decoded HTML: rel=canonical, <title>, and a hash of the visible text. */
export function inspectHtml(html: string): HtmlPageInfo {
  let canonical: string | null = null;
  let title = '';
  let inTitle = false;
  let hidden = 0;
  const visible: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (HIDDEN.has(name)) hidden++;
        if (name === 'title') inTitle = true;
        if (name === 'link' && !canonical && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attrs.href) canonical = attrs.href.trim();
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (name === 'title') inTitle = false;
      },
      ontext(text) {
        if (inTitle) title += text;
        if (hidden === 0) visible.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const text = visible.join(' ').replace(/\s+/g, ' ').trim();
  return { canonical, title: title.trim() || null, textHash: createHash('sha256').update(text).digest('hex') };
}
