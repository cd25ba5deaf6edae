import { extractHtmlArticle, flatTextLines } from './html-article-extractor';

const SENTENCE = 'قال المتحدث إن الهجوم استهدف مخزناً للحبوب قرب الميناء، ولم تقع إصابات.';

describe('extractHtmlArticle', () => {
  it('reads a page nested too deep for recursive walks as flat text', () => {
    const depth = 20000;
    const html = `<html><head><title>خبر &amp; تعليق</title></head><body>${'<div>'.repeat(depth)}<p>${SENTENCE}</p>${'</div>'.repeat(depth)}</body></html>`;
    const page = extractHtmlArticle(html);
    expect(page.blocks).toEqual([SENTENCE]);
    expect(page.metadata.title).toBe('خبر & تعليق');
  });

  it('finds a dateline printed under the headline, not the date in the top bar', () => {
    const html = `<body><div class="top">الأحد 18 فبراير 2024</div><h1>افتتاح الجسر الجديد فوق النهر</h1><div class="d">الخميس 1 فبراير 2024 10:30 ص</div>
      <article><p>${SENTENCE}</p><p>${SENTENCE}</p></article></body>`;
    expect(extractHtmlArticle(html).pageDateline?.iso).toBe('2024-02-01T10:30:00.000Z');
  });
});

describe('extractHtmlArticle with JSON-LD articleBody', () => {
  const ld = (body: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'عنوان', articleBody: body })}</script>`;

  it('uses articleBody when the markup holds little of the story (script-rendered pages)', () => {
    const html = `<html><head>${ld(`${SENTENCE}\n${SENTENCE} مرة ثانية.`)}</head><body><div id="app">جار التحميل</div></body></html>`;
    expect(extractHtmlArticle(html).blocks).toEqual([SENTENCE, `${SENTENCE} مرة ثانية.`]);
  });

  it('keeps the markup text when it holds the story', () => {
    const html = `<html><head>${ld(SENTENCE)}</head><body><article><p>${SENTENCE}</p><p>${SENTENCE}</p></article></body></html>`;
    expect(extractHtmlArticle(html).blocks).toEqual([SENTENCE, SENTENCE]);
  });
});

describe('flatTextLines', () => {
  it('drops scripts, styles and comments, breaks lines at block tags and decodes entities', () => {
    const html = '<head><title>x</title></head><script>var a = "<p>لا</p>";</script><style>p{}</style><!-- تعليق --><p>سطر&nbsp;أول</p><div>سطر <b>ثان</b><br>سطر ثالث &quot;مقتبس&quot;</div>';
    expect(flatTextLines(html)).toEqual(['سطر أول', 'سطر ثان', 'سطر ثالث "مقتبس"']);
  });
});
