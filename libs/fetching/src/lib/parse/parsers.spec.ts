import { acceptCanonical, canonicaliseUrl, inspectHtml, parseFeed, parseSitemap } from '@raseed/fetching';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with title, link, pubDate, guid and inline content', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>الجزيرة</title>
      <item><title><![CDATA[قصف على قاعدة]]></title><link>/news/1?utm_source=rss</link><pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate><guid>g1</guid><content:encoded><![CDATA[<p>نص</p>]]></content:encoded></item>
      <item><title>بدون رابط</title><guid isPermaLink="true">https://ex.org/news/2</guid></item>
      <item><title>لا شيء</title></item>
    </channel></rss>`;
    const feed = parseFeed(xml, 'https://ex.org/rss.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'الجزيرة' });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({ link: 'https://ex.org/news/1?utm_source=rss', title: 'قصف على قاعدة', publishedAt: '2024-03-12T10:00:00.000Z', updatedAt: null, guid: 'g1', content: '<p>نص</p>' });
    expect(feed.items[1].link).toBe('https://ex.org/news/2');
  });

  it('reads Atom entries, preferring the alternate link and published date', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>urn:1</id><title>خبر</title>
      <link rel="self" href="https://ex.org/api/1"/><link rel="alternate" type="text/html" href="https://ex.org/a/1"/>
      <published>2024-03-12T08:00:00+03:00</published><updated>2024-03-13T08:00:00Z</updated><summary>ملخص</summary></entry></feed>`;
    const feed = parseFeed(xml, 'https://ex.org/atom');
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ link: 'https://ex.org/a/1', title: 'خبر', publishedAt: '2024-03-12T05:00:00.000Z', updatedAt: '2024-03-13T08:00:00.000Z', guid: 'urn:1', content: 'ملخص' });
  });

  it('rejects documents that are not feeds', () => {
    expect(() => parseFeed('<html><body>x</body></html>', 'https://ex.org/')).toThrow(/neither an RSS nor an Atom/);
  });
});

describe('parseSitemap', () => {
  it('reads news sitemaps with publication metadata', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://ex.org/a/1</loc><lastmod>2024-03-12</lastmod><news:news><news:publication><news:name>المنار</news:name><news:language>ar</news:language></news:publication>
      <news:publication_date>2024-03-12T09:00:00Z</news:publication_date><news:title>عنوان</news:title></news:news></url>
      <url><loc>https://ex.org/a/2</loc></url></urlset>`;
    const map = parseSitemap(xml, 'https://ex.org/sitemap.xml');
    if (map.kind !== 'urlset') throw new Error('expected urlset');
    expect(map.urls[0]).toEqual({ loc: 'https://ex.org/a/1', lastmod: '2024-03-12T00:00:00.000Z', title: 'عنوان', publishedAt: '2024-03-12T09:00:00.000Z', publication: 'المنار' });
    expect(map.urls[1]).toMatchObject({ loc: 'https://ex.org/a/2', lastmod: null, title: null });
  });

  it('reads sitemap indexes', () => {
    const map = parseSitemap('<sitemapindex><sitemap><loc>/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>', 'https://ex.org/index.xml');
    expect(map).toEqual({ kind: 'index', sitemaps: [{ loc: 'https://ex.org/s1.xml', lastmod: '2024-01-01T00:00:00.000Z' }] });
  });
});

describe('canonicaliseUrl', () => {
  it('drops fragments, tracking parameters, default ports and sorts the rest', () => {
    expect(canonicaliseUrl('HTTPS://Ex.ORG:443/a/b/../c?utm_source=x&id=2&fbclid=y&a=1#top')).toBe('https://ex.org/a/c?a=1&id=2');
    expect(canonicaliseUrl('http://ex.org/news?utm_medium=rss')).toBe('http://ex.org/news');
    expect(canonicaliseUrl('/x', 'https://ex.org/feed')).toBe('https://ex.org/x');
    expect(canonicaliseUrl('javascript:alert(1)')).toBeNull();
    expect(canonicaliseUrl('ftp://ex.org/x')).toBeNull();
  });

  it('accepts rel=canonical on the same site only', () => {
    expect(acceptCanonical('https://m.ex.org/a?x=1', 'https://www.ex.org/a#c')).toBe('https://www.ex.org/a');
    expect(acceptCanonical('https://ex.org/a', '/b?utm_campaign=z')).toBe('https://ex.org/b');
    expect(acceptCanonical('https://ex.org/a', 'https://other.example/a')).toBeNull();
  });
});

describe('inspectHtml', () => {
  it('finds rel=canonical and title, and hashes visible text only', () => {
    const a = inspectHtml('<html><head><title>عنوان</title><link rel="canonical" href="https://ex.org/a"><script>var t=1</script></head><body><p>نص   الخبر</p></body></html>');
    const b = inspectHtml('<html><head><title>عنوان</title><script>var t=2</script></head><body><!-- ad 9 --><p>نص الخبر</p></body></html>');
    const c = inspectHtml('<html><head><title>عنوان</title></head><body><p>نص الخبر المحدث</p></body></html>');
    expect(a.canonical).toBe('https://ex.org/a');
    expect(a.title).toBe('عنوان');
    expect(a.textHash).toBe(b.textHash);
    expect(a.textHash).not.toBe(c.textHash);
  });
});
