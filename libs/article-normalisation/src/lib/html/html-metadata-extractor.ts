import type { Document, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { textOf } from './dom-text';

const { findAll, findOne, getAttributeValue } = DomUtils;

export interface PageMetadata {
  title: string | null;
  /** As the page wrote it (ISO from meta/JSON-LD/<time>); parsed later. */
  publishedAt: string | null;
  author: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  /** The page's declared language (<html lang>), if any. */
  declaredLang: string | null;
  /** JSON-LD articleBody: the story as the publisher's structured data gives it. */
  articleBody: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|WebPage|LiveBlogPosting)$/;

/** Title, date, author, outlet and canonical URL from meta tags, JSON-LD, <time> and <title>. */
export function extractPageMetadata(doc: Document): PageMetadata {
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const titleTag = findOne((e) => e.name === 'title', doc.children);
  const rawTitleTag = titleTag ? collapse(textOf(titleTag)) : null;
  const h1 = findOne((e) => e.name === 'h1', doc.children);
  const headline = meta.get('og:title') ?? meta.get('twitter:title') ?? str(ld, 'headline') ?? (h1 ? collapse(textOf(h1)) : null);
  const split = splitTitleTag(rawTitleTag, headline);
  const outlet = meta.get('og:site_name') ?? str(ld?.['publisher'], 'name') ?? meta.get('application-name') ?? split.site;
  const title = headline ?? split.headline;
  return {
    title: title ? stripSiteName(title, outlet) : null,
    publishedAt:
      meta.get('article:published_time') ??
      meta.get('og:published_time') ??
      str(ld, 'datePublished') ??
      meta.get('datepublished') ??
      meta.get('pubdate') ??
      meta.get('publishdate') ??
      meta.get('parsely-pub-date') ??
      meta.get('sailthru.date') ??
      meta.get('dc.date.issued') ??
      meta.get('dc.date') ??
      meta.get('date') ??
      timeElement(doc),
    author: authorOf(meta, ld, doc),
    outlet,
    canonicalUrl: linkHref(doc, 'canonical') ?? meta.get('og:url') ?? str(ld, 'url') ?? null,
    declaredLang: htmlLang(doc),
    articleBody: typeof ld?.['articleBody'] === 'string' && ld['articleBody'].trim() ? ld['articleBody'] : null,
  };
}

function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of findAll((e) => e.name === 'meta', doc.children)) {
    const key = (getAttributeValue(el, 'property') ?? getAttributeValue(el, 'name') ?? getAttributeValue(el, 'itemprop') ?? '').toLowerCase();
    const content = getAttributeValue(el, 'content') ?? getAttributeValue(el, 'datetime');
    if (key && content && content.trim() && !out.has(key)) out.set(key, collapse(content));
  }
  return out;
}

type Json = Record<string, unknown>;

function jsonLdArticle(doc: Document): Json | null {
  for (const script of findAll((e) => e.name === 'script' && (getAttributeValue(e, 'type') ?? '').includes('ld+json'), doc.children)) {
    let data: unknown;
    try {
      data = JSON.parse(textOf(script));
    } catch {
      continue; // broken JSON-LD is common; other sources still apply
    }
    const found = findArticleObject(data);
    if (found) return found;
  }
  return null;
}

function findArticleObject(data: unknown): Json | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleObject(item);
      if (found) return found;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const o = data as Json;
  const types = Array.isArray(o['@type']) ? (o['@type'] as unknown[]) : [o['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && (o['headline'] || o['datePublished'])) return o;
  return findArticleObject(o['@graph']);
}

/** A string field, or the named field of an object field, or the first of an array. */
function str(value: unknown, field: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = Array.isArray(value) ? value[0] : (value as Json)[field];
  if (Array.isArray(value)) return str(v, field);
  if (typeof v === 'string' && v.trim()) return collapse(v);
  return null;
}

function authorOf(meta: Map<string, string>, ld: Json | null, doc: Document): string | null {
  const fromMeta = meta.get('author') ?? meta.get('article:author') ?? meta.get('parsely-author') ?? meta.get('dc.creator');
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  const ldAuthor = ld?.['author'];
  if (typeof ldAuthor === 'string' && ldAuthor.trim()) return collapse(ldAuthor);
  const named = str(ldAuthor, 'name');
  if (named) return named;
  const rel = findOne((e) => e.name === 'a' && (getAttributeValue(e, 'rel') ?? '').split(/\s+/).includes('author'), doc.children);
  if (rel) return collapse(textOf(rel)) || null;
  const prop = findOne((e) => getAttributeValue(e, 'itemprop') === 'author', doc.children);
  return prop ? collapse(textOf(prop)) || null : null;
}

function timeElement(doc: Document): string | null {
  const published = findOne((e) => getAttributeValue(e, 'itemprop') === 'datePublished', doc.children);
  if (published) return getAttributeValue(published, 'datetime') ?? getAttributeValue(published, 'content') ?? (collapse(textOf(published)) || null);
  const time = findOne((e) => e.name === 'time' && !!getAttributeValue(e, 'datetime'), doc.children);
  return time ? (getAttributeValue(time, 'datetime') ?? null) : null;
}

function linkHref(doc: Document, rel: string): string | null {
  const link = findOne((e: Element) => e.name === 'link' && (getAttributeValue(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes(rel), doc.children);
  return link ? (getAttributeValue(link, 'href') ?? null) : null;
}

function htmlLang(doc: Document): string | null {
  const html = findOne((e) => e.name === 'html', doc.children);
  return html ? (getAttributeValue(html, 'lang') ?? null) : null;
}

const TITLE_SEPARATORS = /\s+(?:[|\-–—«»:~•]|::|\|\|)\s+/;

/**
 * Splits "العنوان - اسم الموقع" (or "الموقع :: العنوان") into headline and site name. The
 * part that matches the known headline is the headline; otherwise the longest part is.
 */
function splitTitleTag(title: string | null, knownHeadline: string | null): { headline: string | null; site: string | null } {
  if (!title) return { headline: null, site: null };
  const parts = title
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return { headline: title, site: null };
  let index = knownHeadline ? parts.findIndex((p) => p === knownHeadline) : -1;
  if (index < 0) index = parts.reduce((best, p, i) => (p.length > parts[best].length ? i : best), 0);
  const others = parts.filter((_, i) => i !== index);
  // Only the ends of a <title> carry the site name; a middle part is a section.
  const site = index === 0 ? parts[parts.length - 1] : index === parts.length - 1 ? parts[0] : others[others.length - 1];
  return { headline: parts[index], site: site.length < parts[index].length ? site : null };
}

function stripSiteName(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].trim();
  const first = parts[0].trim();
  if (outlet && last === outlet) return parts.slice(0, -1).join(' - ').trim();
  if (outlet && first === outlet) return parts.slice(1).join(' - ').trim();
  return title;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
