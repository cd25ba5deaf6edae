import { parseDocument } from 'htmlparser2';
import { extractPageMetadata } from './html-metadata-extractor';

const page = (head: string, body = '') => parseDocument(`<html lang="ar"><head>${head}</head><body>${body}</body></html>`);

describe('extractPageMetadata', () => {
  it('prefers Open Graph and article meta tags', () => {
    const meta = extractPageMetadata(
      page(`<title>عنوان قديم | موقع</title><meta property="og:title" content="افتتاح الجسر الجديد"><meta property="og:site_name" content="موقع المدينة">
        <meta property="article:published_time" content="2024-03-01T08:00:00+02:00"><meta name="author" content="هدى سالم">
        <link rel="canonical" href="https://example.org/bridge">`),
    );
    expect(meta).toEqual({
      title: 'افتتاح الجسر الجديد',
      publishedAt: '2024-03-01T08:00:00+02:00',
      author: 'هدى سالم',
      outlet: 'موقع المدينة',
      canonicalUrl: 'https://example.org/bridge',
      declaredLang: 'ar',
      articleBody: null,
    });
  });

  it('reads JSON-LD inside @graph, with authors as an array and the publisher as outlet', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        { '@type': ['NewsArticle'], headline: 'تعليق الدراسة بسبب العاصفة', datePublished: '2024-01-20', author: [{ name: 'سامي' }], publisher: { name: 'وكالة الشمال' } },
      ],
    };
    const meta = extractPageMetadata(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(meta).toMatchObject({ title: 'تعليق الدراسة بسبب العاصفة', publishedAt: '2024-01-20', author: 'سامي', outlet: 'وكالة الشمال' });
  });

  it('survives broken JSON-LD and falls back to <h1>, <time> and the <title> site name', () => {
    const meta = extractPageMetadata(
      page(
        '<script type="application/ld+json">{not json</script><title>جريدة الصباح :: إغلاق الطريق الساحلي</title>',
        '<h1>إغلاق الطريق الساحلي</h1><time datetime="2022-07-04T10:00:00Z">4 تموز</time>',
      ),
    );
    expect(meta).toMatchObject({ title: 'إغلاق الطريق الساحلي', publishedAt: '2022-07-04T10:00:00Z', outlet: 'جريدة الصباح', author: null });
  });

  it('splits a <title> with the site name at the end when nothing else names the page', () => {
    const meta = extractPageMetadata(page('<title>إغلاق الطريق الساحلي أمام الشاحنات - جريدة الصباح</title>'));
    expect(meta).toMatchObject({ title: 'إغلاق الطريق الساحلي أمام الشاحنات', outlet: 'جريدة الصباح' });
  });

  it('ignores an author meta that is a profile URL and uses rel=author', () => {
    const meta = extractPageMetadata(page('<meta property="article:author" content="https://facebook.com/x">', '<a rel="author" href="/u/1">منى</a>'));
    expect(meta.author).toBe('منى');
  });
});
