import { removeBoilerplate } from './boilerplate-remover';
import { wordCount } from './line-key';

// A page dump in the shape real Arabic news sites leave behind; every sentence is ours.
const STORY = [
  'انفجار يهز مستودعاً للوقود في ريف المدينة الشرقي',
  'وكالة الخبر اليقين',
  'الخميس 14 مارس 2024 03:20 م',
  'انفجار يهز مستودعاً للوقود في ريف المدينة الشرقي',
  'هز انفجار عنيف مستودعاً للوقود في ريف المدينة الشرقي مساء الأربعاء، ما أدى إلى اندلاع حريق كبير.',
  'وقال الدفاع المدني إن فرقه عملت لساعات على إخماد النيران، ولم تُسجل إصابات بين العمال.',
  'أسباب غامضة',
  'ولم تعلن أي جهة مسؤوليتها عن الحادث حتى الآن؛ فيما فتحت السلطات تحقيقاً في ملابساته.',
  '((5))',
  'المصدر | وكالة الخبر اليقين',
  'كلمات مفتاحية',
  'انفجار وقود حريق الدفاع المدني',
  'وزير الطاقة يتفقد محطات التوليد في الجنوب',
  'ارتفاع أسعار المحروقات للمرة الثالثة هذا العام',
  'اظهر المزيد',
  'زر الذهاب إلى الأعلى',
];

describe('removeBoilerplate', () => {
  const result = removeBoilerplate(STORY);

  it('keeps every story sentence and subheading, in order', () => {
    expect(result.paragraphs).toEqual([STORY[4], STORY[5], STORY[6], STORY[7]]);
  });

  it('takes the first headline as title and drops its repeat', () => {
    expect(result.title).toBe(STORY[0]);
    expect(result.removed).toContainEqual({ text: STORY[3], kind: 'repeated_title' });
  });

  it('labels each removed line with its rule', () => {
    expect(result.removed.map((r) => r.kind)).toEqual([
      'byline',
      'dateline',
      'repeated_title',
      'marker',
      'source_line',
      'keywords_header',
      'keywords',
      'related_headline',
      'related_headline',
      'interface',
      'interface',
    ]);
  });

  it('returns the dateline as a date', () => {
    expect(result.datelines.map((d) => d.iso)).toEqual(['2024-03-14T15:20:00.000Z']);
  });

  it('uses a title hint and removes the page copy of it', () => {
    const hinted = removeBoilerplate(['العنوان الطويل للخبر عن الحريق الكبير', 'اندلع حريق كبير في السوق القديم صباح اليوم.'], {
      title: 'العنوان الطويل للخبر عن الحريق الكبير',
    });
    expect(hinted.paragraphs).toEqual(['اندلع حريق كبير في السوق القديم صباح اليوم.']);
    expect(hinted.title).toBe('العنوان الطويل للخبر عن الحريق الكبير');
  });

  it('resumes the story after an inline "read also" link', () => {
    const lines = ['بدأ الجيش انسحابه من البلدة بعد أسبوع من المعارك العنيفة.', 'اقرأ أيضاً', 'مفاوضات جديدة بين الطرفين في العاصمة', 'وقال سكان إن الهدوء عاد إلى الشوارع للمرة الأولى منذ أيام.'];
    const cleaned = removeBoilerplate(lines);
    expect(cleaned.paragraphs).toEqual([lines[0], lines[3]]);
    expect(cleaned.removed.map((r) => r.kind)).toEqual(['related_header', 'related_headline']);
  });

  it('keeps unpunctuated list items that are part of the story', () => {
    const lines = ['وتوزعت الهجمات خلال الشهر الماضي على المواقع التالية بحسب المرصد المحلي:', '12 هجوماً على قاعدة المطار', '7 هجمات على معسكر الشمال'];
    expect(removeBoilerplate(lines).paragraphs).toEqual(lines);
  });

  it('does not take a sentence as title when the text starts with the story', () => {
    const lines = ['أعلنت البلدية إغلاق الجسر أمام الشاحنات اعتباراً من الغد.', 'وأوضحت أن الإغلاق سيستمر أسبوعين.'];
    const cleaned = removeBoilerplate(lines);
    expect(cleaned.title).toBeNull();
    expect(cleaned.paragraphs).toEqual(lines);
  });

  it('prefers the full headline over a section name and a truncated copy', () => {
    const lines = [
      'شؤون دولية',
      'الأمم المتحدة تحذر من نقص حاد',
      'الأمم المتحدة تحذر من نقص حاد في مياه الشرب بالمخيمات',
      'حذرت الأمم المتحدة من نقص حاد في مياه الشرب داخل المخيمات مع اقتراب الصيف.',
    ];
    const cleaned = removeBoilerplate(lines);
    expect(cleaned.title).toBe(lines[2]);
    expect(cleaned.paragraphs).toEqual([lines[3]]);
  });

  it('keeps a subheading after a separator or photo caption inside the story', () => {
    const lines = [
      'أعلنت الحكومة خطة لإعادة إعمار الأحياء المتضررة من الزلزال خلال ثلاث سنوات.',
      '***',
      'تمويل دولي',
      'وقالت وزارة المالية إن المانحين تعهدوا بتغطية نصف الكلفة على الأقل.',
      '(صورة أرشيفية)',
      'مساكن مؤقتة',
      'ويقيم آلاف السكان في مساكن مؤقتة منذ الشتاء الماضي.',
    ];
    const cleaned = removeBoilerplate(lines);
    expect(cleaned.paragraphs).toEqual([lines[0], lines[2], lines[3], lines[5], lines[6]]);
    expect(cleaned.removed.map((r) => r.kind)).toEqual(['marker', 'photo_credit']);
  });

  it('drops a link list after a comment prompt, including headlines that trail off', () => {
    const lines = [
      'افتتحت الوزارة اليوم ثلاثة مراكز صحية جديدة في الريف الجنوبي، وقالت إنها ستعمل على مدار الساعة.',
      '*',
      'اضافة التعليق',
      'بالفيديو .. محافظ المدينة يتفقد أعمال الصيانة',
      'وزارة النقل تعلن مواعيد الرحلات الجديدة',
      'بيت العائلة ..',
      'المدرسة القديمة وذكريات الطفولة',
    ];
    const cleaned = removeBoilerplate(lines);
    expect(cleaned.paragraphs).toEqual([lines[0]]);
    expect(cleaned.removed.map((r) => r.kind)).toEqual(['marker', 'interface', 'related_headline', 'related_headline', 'related_headline', 'related_headline']);
  });
});

describe('wordCount', () => {
  it('counts whitespace-separated words, including after no-break spaces', () => {
    expect(wordCount('  قال\u00A0المتحدث   إن\tالوضع\nهادئ ')).toBe(5);
    expect(wordCount('')).toBe(0);
  });
});
