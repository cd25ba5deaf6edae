import * as iconv from 'iconv-lite';
import { normaliseArticle } from './normalise-article';
import type { NormalisedArticle, NormaliseResult } from './normalise-article.types';

const PLAIN = [
  'fbpx',
  'حريق يلتهم مخازن الحبوب في الميناء القديم',
  'الثلاثاء 9 يناير 2024 11:40 ص',
  'التهم حريق ضخم مخازن الحبوب في الميناء القديم فجر الثلاثاء، وفق ما أفاد شهود عيان.',
  'وأكدت إدارة الميناء أن النيران امتدت إلى رصيفين قبل السيطرة عليها.',
  'المصدر: صحيفة الساحل',
  'مقالات ذات صلة',
].join('\n');

function article(result: NormaliseResult): NormalisedArticle {
  if (!result.ok) throw new Error(`rejected: ${result.reason} ${result.detail}`);
  return result.article;
}

describe('normaliseArticle: plain text', () => {
  const a = article(normaliseArticle({ body: PLAIN }));

  it('returns title, main text and removed lines', () => {
    expect(a.title).toBe('حريق يلتهم مخازن الحبوب في الميناء القديم');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).toBe(a.paragraphs.join('\n'));
    expect(a.removed).toEqual(['fbpx', 'الثلاثاء 9 يناير 2024 11:40 ص', 'المصدر: صحيفة الساحل', 'مقالات ذات صلة']);
    expect(a).toMatchObject({ lang: 'ar', format: 'text', charset: null });
  });

  it('reads the publish date from the dateline when nothing better exists', () => {
    expect(a).toMatchObject({ publishedAt: '2024-01-09T11:40:00.000Z', publishedAtSource: 'dateline' });
  });

  it("skips a dateline that the story's own «اليوم …» contradicts, and takes the next one", () => {
    const page = (datelines: string[]) =>
      article(
        normaliseArticle({
          body: ['هجوم على قاعدة في الميناء', ...datelines, 'تعرض محيط القاعدة، فجر اليوم الجمعة، لهجوم صاروخي وفق ما أفاد شهود عيان.', 'وأكد مصدر أمني أن الهجوم لم يسفر عن إصابات.'].join('\n'),
        }),
      );
    expect(page(['الثلاثاء 16 يوليو 2024'])).toMatchObject({ publishedAt: null, publishedAtSource: null });
    expect(page(['الثلاثاء 16 يوليو 2024', 'الجمعة 8 ديسمبر 2023 10:52 ص'])).toMatchObject({ publishedAt: '2023-12-08T10:52:00.000Z', publishedAtSource: 'dateline' });
    expect(page(['الجمعة 8 ديسمبر 2023'])).toMatchObject({ publishedAt: '2023-12-08', publishedAtSource: 'dateline' });
  });

  it('reads the day of a statement signed with a Hijri date at its end', () => {
    const page = article(
      normaliseArticle({
        body: [
          'بيان المقاومة الإسلامية بشأن الاعتداء في كركوك',
          'ارتقى عصر هذا اليوم خمسة من مجاهدينا إثر استهدافهم بطائرة مسيرة في محافظة كركوك.',
          'وأكدت أن هذه الجريمة لن تمر من دون عقاب.',
          'المقاومة الإسلامية في العراق',
          'الأحد 19 جمادى الأولى 1445 هـ',
        ].join('\n'),
      }),
    );
    expect(page).toMatchObject({ publishedAt: '2023-12-03', publishedAtSource: 'dateline' });
    expect(page.text).not.toContain('جمادى');
  });

  it("takes a bare date above the headline for the site's header (the day the page was fetched), not the article's", () => {
    const page = (top: string[], below: string[] = []) =>
      article(
        normaliseArticle({
          body: [...top, 'هجوم على قاعدة في الميناء', ...below, 'سقطت ثلاثة صواريخ مساء الجمعة على محيط القاعدة، وفق ما أفاد شهود عيان.', 'وأكد مصدر أمني أن الهجوم لم يسفر عن إصابات.'].join('\n'),
        }),
      );
    for (const header of ['الثلاثاء 16 يوليو 2024', '14-04-2024', '12/05/2024', 'الخميس 10 تشرين الأول 2024']) {
      expect(page(['الرئيسية | أخبار | عربي ودولي | رياضة', header]).publishedAt).toBeNull();
      expect(page([header, 'الرئيسية عاجل القائمة البحث']).publishedAt).toBeNull();
    }
    // A date with its time, its "published" prefix or its section name above the headline is the article's; so is one below it.
    expect(page(['الجمعة، 08 ديسمبر 2023 - 10:52 ص']).publishedAt).toBe('2023-12-08T10:52:00.000Z');
    expect(page(['نشر في: 08/12/2023']).publishedAt).toBe('2023-12-08');
    expect(page(['● أخبار سورية ٢٢ أكتوبر ٢٠٢٣']).publishedAt).toBe('2023-10-22');
    expect(page([], ['17/01/2020']).publishedAt).toBe('2020-01-17');
  });

  it('prefers a feed hint over a dateline, and fills the outlet from hints', () => {
    const hinted = article(normaliseArticle({ body: PLAIN, hints: { publishedAt: '2024-01-08', outlet: 'الساحل' } }));
    expect(hinted).toMatchObject({ publishedAt: '2024-01-08', publishedAtSource: 'hint', outlet: 'الساحل' });
  });

  it('takes the author from a credit line when there is no page metadata', () => {
    const credited = article(normaliseArticle({ body: `${PLAIN}\nبقلم: منى الراشد` }));
    expect(credited.author).toBe('منى الراشد');
    expect(a.author).toBeNull();
  });

  it('gives a fingerprint that is stable for the same text', () => {
    expect(a.fingerprint).toMatch(/^mh1:/);
    expect(article(normaliseArticle({ body: Buffer.from(PLAIN) })).fingerprint).toBe(a.fingerprint);
  });

  it('decodes a windows-1256 body', () => {
    const decoded = article(normaliseArticle({ body: iconv.encode(PLAIN, 'windows-1256') }));
    expect(decoded.charset).toBe('windows-1256');
    expect(decoded.text).toBe(a.text);
  });
});

describe('normaliseArticle: JSON envelope', () => {
  it('reads text and hints from an inbox JSON article', () => {
    const json = JSON.stringify({ id: 'x1', url: 'https://example.org/a/1', published_at: '2024-01-09', text: PLAIN });
    const a = article(normaliseArticle({ body: Buffer.from(json), fileName: 'x1.json' }));
    expect(a).toMatchObject({ publishedAt: '2024-01-09', publishedAtSource: 'hint', format: 'text' });
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe('normaliseArticle: HTML', () => {
  const html = `<!doctype html><html lang="ar" dir="rtl"><head>
    <meta charset="utf-8"><title>حريق في الميناء - الساحل</title>
    <meta property="og:site_name" content="الساحل">
    <meta property="article:published_time" content="2024-01-09T09:40:00+02:00">
    <meta name="author" content="ليلى حداد">
    <link rel="canonical" href="https://example.org/news/fire">
    </head><body>
    <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li></ul></nav>
    <article class="post"><h1 class="entry-title">حريق في الميناء</h1>
    <div class="entry-content">
      <p>التهم حريق ضخم مخازن الحبوب في الميناء القديم فجر الثلاثاء، وفق ما أفاد شهود عيان.</p>
      <p>وأكدت إدارة الميناء أن النيران امتدت إلى رصيفين قبل السيطرة عليها، وأن الخسائر كبيرة.</p>
      <div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
    </div></article>
    <footer><p>جميع الحقوق محفوظة لموقع الساحل الإخباري 2024، ويمنع النسخ دون إذن.</p></footer>
    </body></html>`;
  const a = article(normaliseArticle({ body: Buffer.from(html), contentType: 'text/html; charset=utf-8' }));

  it('extracts the story paragraphs only', () => {
    expect(a.paragraphs).toEqual([
      'التهم حريق ضخم مخازن الحبوب في الميناء القديم فجر الثلاثاء، وفق ما أفاد شهود عيان.',
      'وأكدت إدارة الميناء أن النيران امتدت إلى رصيفين قبل السيطرة عليها، وأن الخسائر كبيرة.',
    ]);
  });

  it('reads metadata from meta tags', () => {
    expect(a).toMatchObject({
      title: 'حريق في الميناء',
      publishedAt: '2024-01-09T07:40:00.000Z',
      publishedAtSource: 'metadata',
      author: 'ليلى حداد',
      outlet: 'الساحل',
      canonicalUrl: 'https://example.org/news/fire',
      format: 'html',
    });
  });
});

describe('normaliseArticle: the source link', () => {
  const page = (head: string) =>
    Buffer.from(
      `<html><head>${head}<title>قصف</title></head><body><article><p>سقطت قذيفة على سوق الخضار في البلدة صباح اليوم، وأصيب ثلاثة من الباعة بجروح طفيفة بحسب مصادر محلية.</p></article></body></html>`,
    );
  const link = (head: string, url: string | null) => article(normaliseArticle({ body: page(head), contentType: 'text/html', url })).canonicalUrl;

  it('takes the page’s own og:url or rel=canonical on the same site', () => {
    expect(link('<meta property="og:url" content="https://www.example.org/news/1?utm_source=x">', 'https://example.org/news/1?id=2')).toBe('https://www.example.org/news/1');
    expect(link('<link rel="canonical" href="/news/1">', 'https://m.example.org/amp/news/1')).toBe('https://m.example.org/news/1');
  });

  it('keeps the fetched URL when the page claims another site', () => {
    expect(link('<meta property="og:url" content="https://phishing.example/login">', 'https://example.org/news/1')).toBe('https://example.org/news/1');
    expect(link('<link rel="canonical" href="https://other-outlet.example/story">', 'https://example.org/news/1')).toBe('https://example.org/news/1');
    expect(link('<meta property="og:url" content="javascript:alert(1)">', 'https://example.org/news/1')).toBe('https://example.org/news/1');
  });

  it('without a page URL keeps only an http(s) claim', () => {
    expect(link('<meta property="og:url" content="https://example.org/news/1">', null)).toBe('https://example.org/news/1');
    expect(link('<meta property="og:url" content="javascript:alert(1)">', null)).toBeNull();
  });
});

describe('normaliseArticle: rejections', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['blank', Buffer.from('  \n\t '), 'empty'],
    ['only boilerplate', Buffer.from('مقالات ذات صلة\nاظهر المزيد\nزر الذهاب إلى الأعلى'), 'empty'],
    ['English', Buffer.from('A drone struck a warehouse near the port, officials said on Tuesday.'), 'not_arabic'],
    ['a PDF', Buffer.from('%PDF-1.4 binary stuff'), 'binary'],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x43]), 'binary'],
  ])('%s → %s', (_label, body, reason) => {
    const result = normaliseArticle({ body });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.detail).not.toBe('');
    }
  });

  it('rejects a body over the size limit', () => {
    const result = normaliseArticle({ body: Buffer.alloc(2000, 0x61) }, { maxBytes: 1000 });
    expect(result).toEqual({ ok: false, reason: 'too_large', detail: '2000 bytes, limit 1000' });
  });

  it('rejects a body that decodes to replacement characters', () => {
    const result = normaliseArticle({ body: Buffer.from([0xd8, 0xa7, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6]), declaredCharset: 'iso-8859-6' });
    expect(result).toMatchObject({ ok: false, reason: 'undecodable' });
  });
});

describe('normaliseArticle: Arabic stories with foreign-language captions', () => {
  const caption = 'A handout picture released by the press office shows smoke rising over a military compound after an overnight strike. '.repeat(6);
  const story = [
    'قصفت طائرات مسيرة مجهولة موقعا عسكريا قرب الحدود العراقية السورية فجر اليوم.',
    'وقال مصدر محلي إن القصف أسفر عن احتراق آليتين وإصابة عنصرين بجروح متفاوتة.',
    'ولم تعلن أي جهة مسؤوليتها عن الضربة حتى ساعة إعداد هذا الخبر، بحسب المصدر ذاته.',
  ];

  it('keeps the Arabic paragraphs and sets the caption aside with its reason', () => {
    const result = article(normaliseArticle({ body: Buffer.from([story[0], caption, ...story.slice(1)].join('\n')) }));
    expect(result.lang).toBe('ar');
    expect(result.paragraphs).toEqual(story);
    expect(result.removedLines).toContainEqual({ text: caption.trim(), kind: 'foreign_language' });
  });

  it('still rejects a foreign article with an Arabic line in it', () => {
    const result = normaliseArticle({ body: Buffer.from([caption, story[0], caption].join('\n')) });
    expect(result).toMatchObject({ ok: false, reason: 'not_arabic' });
  });
});
