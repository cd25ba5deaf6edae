import { parseDocument } from 'htmlparser2';
import { extractMainContent } from './main-content-extractor';

const STORY = [
  'بدأت البلدية صباح اليوم أعمال توسيع الشارع الرئيسي في وسط المدينة، على أن تستمر الأعمال ستة أشهر.',
  'وقال المهندس المشرف إن المشروع يشمل تجديد شبكة تصريف مياه الأمطار، وزراعة الأشجار على جانبي الطريق.',
  'ودعت البلدية السائقين إلى استخدام الطرق البديلة، واعتذرت من السكان عن الإزعاج.',
];

describe('extractMainContent', () => {
  it('picks the story container over navigation, sidebar and footer', () => {
    const html = `<body><nav><a href="/">الرئيسية</a><a href="/x">أخبار</a></nav>
      <div class="layout"><div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="sidebar-widget"><p>نص طويل في الشريط الجانبي عن موضوع آخر تماماً لا علاقة له بالخبر الرئيسي.</p></div></div>
      <footer><p>جميع الحقوق محفوظة، ولا يجوز النسخ دون إذن مسبق من إدارة الموقع.</p></footer></body>`;
    expect(extractMainContent(parseDocument(html)).blocks).toEqual(STORY);
  });

  it('drops link lists inside the story and reports them', () => {
    const html = `<body><article>${STORY.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}
      <ul><li><a href="/1">خبر آخر عن الطرق</a></li><li><a href="/2">خبر ثالث عن البلدية</a></li></ul><p>${STORY[2]}</p></article></body>`;
    const main = extractMainContent(parseDocument(html));
    expect(main.blocks).toEqual(STORY);
    expect(main.droppedBlocks).toEqual(['خبر آخر عن الطرق', 'خبر ثالث عن البلدية']);
  });

  it('keeps a story list that is not links', () => {
    const html = `<body><article><p>${STORY[0]}</p><ul><li>المرحلة الأولى: الرصيف الشرقي.</li><li>المرحلة الثانية: الرصيف الغربي.</li></ul><p>${STORY[1]}</p></article></body>`;
    expect(extractMainContent(parseDocument(html)).blocks).toEqual([STORY[0], 'المرحلة الأولى: الرصيف الشرقي.', 'المرحلة الثانية: الرصيف الغربي.', STORY[1]]);
  });

  it('reads <br>-separated text written straight into a container', () => {
    const html = `<body><table><tr><td><a href="/a">رابط</a><br><a href="/b">رابط آخر</a></td><td><font>${STORY.join('<br><br>')}</font></td></tr></table></body>`;
    expect(extractMainContent(parseDocument(html)).blocks).toEqual(STORY);
  });

  it('drops hidden elements and furniture classes but not a wrapper holding the story', () => {
    const html = `<body><div class="main-wrapper has-sidebar"><div style="display:none"><p>نص مخفي لا يراه القارئ في الصفحة ولا يجب أن يظهر.</p></div>
      <div class="share-buttons"><a>فيسبوك</a></div>${STORY.map((p) => `<p>${p}</p>`).join('')}</div></body>`;
    expect(extractMainContent(parseDocument(html)).blocks).toEqual(STORY);
  });

  it('treats <div>s holding only inline text as paragraphs of their container', () => {
    const html = `<body><div class="col"><div>${STORY[0]}</div><div>${STORY[1]} <b>عاجل</b></div></div>
      <div class="col2"><div><a href="/x">رابط إلى خبر آخر في قسم المنوعات والرياضة</a></div></div></body>`;
    expect(extractMainContent(parseDocument(html)).blocks).toEqual([STORY[0], `${STORY[1]} عاجل`]);
  });

  it('falls back to the whole body when no paragraph scores', () => {
    expect(extractMainContent(parseDocument('<body><div>خبر قصير</div></body>')).blocks).toEqual(['خبر قصير']);
  });
});
