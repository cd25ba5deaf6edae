import { authorFromCredit, classifyBoilerplateLine, findDateline, opensTail } from './boilerplate-line-classifier';

describe('classifyBoilerplateLine', () => {
  it.each([
    ['fbpx', 'tracking'],
    ['((7))', 'marker'],
    ['***', 'marker'],
    ['مقالات ذات صلة', 'related_header'],
    ['أخبار ذات صلة', 'related_header'],
    ['بيانات ذات صلة:', 'related_header'],
    ['فيديوهات ذات علاقة', 'related_header'],
    ['تحقيقات ذات صلة', 'related_header'],
    ['موضوعات متعلقة', 'related_header'],
    ['تقارير مرتبطة', 'related_header'],
    ['قصص مشابهة', 'related_header'],
    ['إقرأ أيضاً', 'related_header'],
    ['اقرأ أيضا: وزير الخارجية يصل إلى عمّان في زيارة رسمية', 'related_header'],
    ['قد يعجبك أيضاً', 'related_header'],
    ['أظهر المزيد', 'interface'],
    ['اظهر المزيد', 'interface'],
    ['زر الذهاب إلى الأعلى', 'interface'],
    ['اترك تعليقاً', 'interface'],
    ['تابعونا على تلغرام', 'interface'],
    ['شارك عبر فيسبوك تويتر واتساب', 'share_bar'],
    ['كلمات مفتاحية', 'keywords_header'],
    ['الوسوم: غزة، الضفة، الأونروا', 'keywords_header'],
    ['المصدر | صحيفة الميدان', 'source_line'],
    ['المصدر: وكالة الأنباء الرسمية', 'source_line'],
    ['مصدر | وكالة الأنباء |', 'source_line'],
    ['(وكالات)', 'credit_line'],
    ['أ ف ب', 'credit_line'],
    ['تحرير: سامر خليل', 'credit_line'],
    ['الاثنين 4 مارس 2024 10:12 ص', 'dateline'],
    ['نُشر في: 12/05/2022', 'dateline'],
    ['آخر تحديث: 3 آب 2021', 'dateline'],
    ['هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربتك', 'cookie_notice'],
    ['© جميع الحقوق محفوظة لموقع المدينة 2024', 'copyright'],
    ['عاجل', 'label'],
    ['Reuters', 'credit_line'],
    ['(صورة أرشيفية)', 'photo_credit'],
    ['صورة: رويترز', 'photo_credit'],
    ['منذ 3 ساعات', 'timestamp'],
    ['١٬٢٠٤ مشاهدة', 'timestamp'],
    ['3 دقائق للقراءة', 'timestamp'],
    ['#غزة #الضفة_الغربية', 'hashtags'],
    ['https://t.co/AbC123', 'link'],
    ['الرئيسية » أخبار » محليات', 'interface'],
    ['شارك هذا المقال', 'interface'],
    ['تابع آخر الأخبار عبر تطبيقنا', 'interface'],
    ['Baghdad', 'foreign_fragment'],
  ])('%s → %s', (line, kind) => {
    expect(classifyBoilerplateLine(line)).toBe(kind);
  });

  it.each([
    'وقال المصدر إن القصف استهدف مخزناً للذخيرة قرب المطار.',
    'في 4 مارس 2024 سقطت ثلاث قذائف على الحي الشرقي للمدينة وأصيب طفلان.',
    'هدوء حذر في المدينة',
    'صورة قاتمة للاقتصاد في تقرير البنك الدولي الأخير عن المنطقة',
    'وأكد أن المزيد من التعزيزات وصلت إلى المنطقة.',
    'شارك العشرات في تشييع الضحايا في ساحة البلدة.',
    'منذ ثلاث سنوات لم يزر أي مسؤول القرية.',
    'الرئيسية في هذا الملف هي مسألة الحدود',
    'واعتقلت القوات ثلاثة أشخاص وصادرت وثائق ذات صلة',
  ])('leaves story text alone: %s', (line) => {
    expect(classifyBoilerplateLine(line)).toBeNull();
  });
});

describe('findDateline', () => {
  it('reads a date behind a section name or bullet', () => {
    expect(findDateline('● شؤون محلية ١٢ أيلول ٢٠٢٢')?.iso).toBe('2022-09-12');
  });
  it('does not treat a sentence opening with a date as a dateline', () => {
    expect(findDateline('في 12 أيلول 2022 أعلنت البلدية إغلاق الطريق الرئيسي أمام الشاحنات')).toBeNull();
  });
});

describe('authorFromCredit', () => {
  it.each([
    ['بقلم: سامر خليل', 'سامر خليل'],
    ['كتبت - ليلى حداد', 'ليلى حداد'],
    ['بواسطة: هيئة التحرير', 'هيئة التحرير'],
    ['تصوير: أحمد علي', null],
    ['تحرير: أحمد عثمان', null],
    ['كتب: مراسلنا في العاصمة الذي غطى الأحداث طوال الليل', null],
  ])('%s → %s', (line, author) => {
    expect(authorFromCredit(line)).toBe(author);
  });
});

describe('opensTail', () => {
  it.each([
    ['related_header', 'مقالات ذات صلة', true],
    ['source_line', 'المصدر | صحيفة الميدان', true],
    ['marker', '((3))', true],
    ['marker', '***', false],
    ['interface', 'اظهر المزيد', true],
    ['interface', 'طباعة', false],
    ['photo_credit', '(صورة أرشيفية)', false],
  ] as const)('%s "%s" → %s', (kind, line, expected) => {
    expect(opensTail(kind, line)).toBe(expected);
  });
});
