import { child, childrenNamed, findFirst, parseXml, textOf, XmlNode } from './xml-tree';

/** What a feed says about one article, before the article page is fetched. */
export interface FeedItem {
  link: string;
  title: string | null;
  /** ISO 8601 when the feed's date parses, else the feed's own string. */
  publishedAt: string | null;
  updatedAt: string | null;
  guid: string | null;
  /** Inline HTML body (content:encoded / Atom content), when the feed carries one. */
  content: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {}

export function toIsoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

/** Parses RSS 2.0 (also 0.9x/1.0 RDF) and Atom 1.0; relative links resolve against `baseUrl`. */
export function parseFeed(xml: string, baseUrl: string): ParsedFeed {
  const root = parseXml(xml);
  const atom = findFirst(root, 'feed');
  if (atom) return { format: 'atom', title: textOf(child(atom, 'title')), items: childrenNamed(atom, 'entry').flatMap((e) => atomEntry(e, atom.attrs['xml:base'] ?? baseUrl)) };
  const rss = findFirst(root, 'rss', 'rdf:rdf');
  if (!rss) throw new FeedParseError('neither an RSS nor an Atom document');
  const channel = child(rss, 'channel');
  // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
  const items = [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(rss, 'item')];
  return { format: 'rss', title: textOf(channel && child(channel, 'title')), items: items.flatMap((i) => rssItem(i, baseUrl)) };
}

function resolve(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return null;
  }
}

function rssItem(item: XmlNode, base: string): FeedItem[] {
  const guid = child(item, 'guid');
  const guidText = textOf(guid);
  // A permalink guid is a usable link when <link> is missing.
  const guidLink = guid && guid.attrs.ispermalink !== 'false' && guidText && /^https?:/i.test(guidText) ? guidText : null;
  const link = resolve(textOf(child(item, 'link')) ?? guidLink ?? item.attrs['rdf:about'] ?? null, base);
  if (!link) return [];
  return [
    {
      link,
      title: textOf(child(item, 'title')),
      publishedAt: toIsoDate(textOf(child(item, 'pubdate', 'dc:date'))),
      updatedAt: toIsoDate(textOf(child(item, 'atom:updated', 'dcterms:modified'))),
      guid: guidText,
      content: textOf(child(item, 'content:encoded')) ?? textOf(child(item, 'description')),
    },
  ];
}

function atomEntry(entry: XmlNode, base: string): FeedItem[] {
  const links = childrenNamed(entry, 'link');
  const alternate = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && (!l.attrs.type || /html/i.test(l.attrs.type))) ?? links[0];
  const link = resolve(alternate?.attrs.href ?? null, entry.attrs['xml:base'] ?? base);
  if (!link) return [];
  return [
    {
      link,
      title: textOf(child(entry, 'title')),
      publishedAt: toIsoDate(textOf(child(entry, 'published', 'issued'))) ?? toIsoDate(textOf(child(entry, 'updated'))),
      updatedAt: toIsoDate(textOf(child(entry, 'updated', 'modified'))),
      guid: textOf(child(entry, 'id')),
      content: textOf(child(entry, 'content')) ?? textOf(child(entry, 'summary')),
    },
  ];
}
