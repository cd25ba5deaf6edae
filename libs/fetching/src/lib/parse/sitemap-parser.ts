import { toIsoDate } from './feed-parser';
import { child, childrenNamed, findFirst, parseXml, textOf } from './xml-tree';

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  /** From the Google News extension (news:news). */
  title: string | null;
  publishedAt: string | null;
  publication: string | null;
}

export type ParsedSitemap = { kind: 'urlset'; urls: SitemapUrl[] } | { kind: 'index'; sitemaps: Array<{ loc: string; lastmod: string | null }> };

export class SitemapParseError extends Error {}

/** Parses a sitemap (with the news extension) or a sitemap index. */
export function parseSitemap(xml: string, baseUrl: string): ParsedSitemap {
  const root = parseXml(xml);
  const abs = (loc: string | null) => {
    if (!loc) return null;
    try {
      return new URL(loc, baseUrl).toString();
    } catch {
      return null;
    }
  };
  const index = findFirst(root, 'sitemapindex');
  if (index) {
    return {
      kind: 'index',
      sitemaps: childrenNamed(index, 'sitemap').flatMap((s) => {
        const loc = abs(textOf(child(s, 'loc')));
        return loc ? [{ loc, lastmod: toIsoDate(textOf(child(s, 'lastmod'))) }] : [];
      }),
    };
  }
  const urlset = findFirst(root, 'urlset');
  if (!urlset) throw new SitemapParseError('neither a urlset nor a sitemapindex');
  return {
    kind: 'urlset',
    urls: childrenNamed(urlset, 'url').flatMap((u) => {
      const loc = abs(textOf(child(u, 'loc')));
      if (!loc) return [];
      const news = child(u, 'news:news');
      const publication = news && child(news, 'news:publication');
      return [
        {
          loc,
          lastmod: toIsoDate(textOf(child(u, 'lastmod'))),
          title: textOf(news && child(news, 'news:title')),
          publishedAt: toIsoDate(textOf(news && child(news, 'news:publication_date'))),
          publication: textOf(publication && child(publication, 'news:name')),
        },
      ];
    }),
  };
}
