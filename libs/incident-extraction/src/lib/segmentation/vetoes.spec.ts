import { sentence } from '../../../test/sentence';
import { framedAsNonEvent, inAnotherTheatre, isAggregate, isOtherConflict } from './vetoes';

describe('vetoes', () => {
  it.each([
    ['a drill', 'أجرت القوات الأمريكية تدريبات بالذخيرة الحية في قاعدة حرير'],
    ['a foiled plot', 'أحبطت القوات الأمنية هجوما على القاعدة'],
    ['an accident', 'تحطمت مروحية أمريكية قرب القاعدة'],
    ['a habit', 'تتعرض القاعدة للقصف بشكل متكرر'],
  ])('no event: %s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(true);
  });

  it('lets a plain attack through', () => {
    expect(framedAsNonEvent(sentence('سقطت ثلاثة صواريخ على قاعدة عين الأسد').seg)).toBe(false);
  });

  it.each([
    ['a series before the act', 'منذ بدء الحرب استهدفت الفصائل القواعد الأمريكية', true],
    ['counted attacks', 'شنت الفصائل 78 هجوما على القوات الأمريكية', true],
    ['"dozens of strikes" anywhere', 'قصفت الطائرات عشرات الضربات', true],
    ['one attack', 'استهدفت مسيرة قاعدة التنف', false],
  ])('aggregate: %s', (_label, text, expected) => {
    expect(isAggregate(sentence(text).seg)).toBe(expected);
  });

  it.each([
    ['Turkey named', 'قصفت مسيرة تركية موقعا في القامشلي', true],
    ['a Russian strike', 'شن الطيران الروسي غارات على ريف إدلب', true],
    ['ISIS as party', 'قصفت طائرات أمريكية مواقع لداعش في الصحراء', true],
    ['the coalition against ISIS is a name', 'استهدفت صواريخ قاعدة التحالف الدولي لمحاربة داعش', false],
  ])('other conflict: %s', (_label, text, expected) => {
    expect(isOtherConflict(sentence(text).seg)).toBe(expected);
  });

  it('knows another theatre unless a place of ours is named', () => {
    expect(inAnotherTheatre(sentence('قصفت طائرات أمريكية مواقع للحوثيين في صنعاء').seg)).toBe(true);
    expect(inAnotherTheatre(sentence('قصفت طائرات أمريكية مواقع للحوثيين قرب البوكمال').seg)).toBe(false);
  });
});

describe('a question tells no act', () => {
  it.each([
    ['a yes/no question of a habit', 'هل تستهدف هذه الفصائل الأمريكيين وحدهم؟'],
    ['a yes/no question with a place and a day', 'هل قصفت المسيرات قاعدة التنف فجر اليوم؟'],
    ['a yes/no question with "وهل"', 'وهل ستهاجم الفصائل القواعد الأمريكية مجددا؟'],
    ['a why-question', 'لماذا تستهدف الفصائل القوات الأمريكية؟'],
    ['a how-question with a Latin mark', 'كيف ردت الولايات المتحدة على الهجمات?'],
    ['a question in quotes', 'وتساءل النائب: "من يحمي القوات من هجمات المسيرات؟"'],
  ])('%s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(true);
  });

  it.each([
    ['who is behind an attack told with its place and day', 'من يقف وراء قصف قاعدة حرير فجر اليوم؟'],
    ['a statement', 'استهدفت الفصائل قاعدة حرير فجر اليوم بطائرة مسيرة'],
  ])('but not %s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(false);
  });
});

describe('attacks truced, suspended or resumed in general are a policy, not an act', () => {
  it.each([
    ['a conditional truce in targeting', 'أعلنت الفصائل هدنة مشروطة في استهداف المصالح الأمريكية'],
    ['suspending the targeting of US forces', 'قررت الكتائب تعليق استهداف القوات الأمريكية في قاعدة عين الأسد'],
    ['a threat to resume attacks', 'هددت الفصائل باستئناف الهجمات على قاعدة عين الأسد'],
    ['halting strikes on bases', 'أعلنت المقاومة إيقاف ضرب القواعد الأمريكية في سوريا'],
    ['strikes frozen', 'أعلنت الفصائل تجميد ضرباتها على قاعدة التنف'],
    ['the targeting stopped', 'أكدت الفصائل توقف استهداف قاعدة حرير'],
  ])('%s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(true);
  });

  it.each([
    ['an attack despite a truce', 'سقطت صواريخ على قاعدة عين الأسد فجر اليوم رغم إعلان الفصائل هدنة'],
    ['an attack after a halt was announced', 'قصفت الفصائل قاعدة التنف فجر اليوم بعد أيام من إعلانها وقف الهجمات'],
  ])('but not %s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(false);
  });
});

describe('a campaign kept up, told with no place of its own, is a series', () => {
  it.each([
    ['unknown parties kept targeting convoys', 'واصلت جهات مجهولة استهداف أرتال الشركات العراقية التي تنقل معدات القوات الأمريكية إلى القواعد في الأنبار'],
    ['the factions go on attacking', 'وتواصل الفصائل مهاجمة القوات الأمريكية في العراق وسوريا'],
    ['the shelling went on', 'واستمر قصف القواعد الأمريكية طوال الشهر'],
    ['a present "يواصل"', 'يواصل الاحتلال استهداف مواقع الحشد'],
  ])('%s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(true);
  });

  it.each([
    ['a campaign told where it went on', 'واصلت الطائرات الأمريكية قصف مواقع في البوكمال'],
    ['an act with no "continued"', 'استهدفت عبوة رتلا للتحالف قرب الديوانية'],
  ])('but not %s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(false);
  });
});

describe('a count of times is a series', () => {
  it.each([
    ['the number of times Israel struck since the start of the year', 'وبذلك يرتفع إلى 8 عدد المرات التي استهدفت فيها إسرائيل الأراضي السورية منذ مطلع العام، أسفرت عن مقتل 18 شخصا', true],
    ['the times the factions shelled a base', 'بلغ عدد المرات التي قصفت فيها الفصائل قاعدة عين الأسد 12 مرة', true],
    ['"the times that" without the count noun', 'وتكررت المرات التي استهدفت فيها المسيرات قاعدة حرير', true],
    ['strikes since the start of the month, told first', 'منذ مطلع الشهر قصفت الطائرات الأمريكية مواقع الفصائل في البوكمال', true],
    ['one attack ranked since the start of the month', 'استهدفت مسيرة قاعدة حرير فجر اليوم في ثالث هجوم منذ مطلع الشهر', false],
  ])('%s', (_label, text, expected) => {
    expect(isAggregate(sentence(text).seg)).toBe(expected);
  });
});

describe('restraining groups or a situation ("ضبط الفصائل") is no seizure', () => {
  it.each([
    ["the government's ability to rein in the factions", 'أعاد الهجوم الذي استهدف ليل السبت مطار أربيل بطائرتين مسيرتين طرح السؤال عن قدرة الحكومة على ضبط الفصائل المسلحة', false],
    ['keeping the border under control', 'استهدفت مسيرة قاعدة التنف فجر اليوم في وقت تسعى فيه القوات إلى ضبط الحدود', false],
    ['restoring order', 'سقطت صواريخ على قاعدة عين الأسد وسط دعوات إلى ضبط النفس', false],
    ['rockets seized', 'أعلنت القوات الأمنية ضبط صواريخ معدة للإطلاق نحو قاعدة عين الأسد', true],
    ['a launch pad seized', 'أعلنت الشرطة ضبط منصة إطلاق قرب قاعدة بلد', true],
  ])('%s', (_label, text, expected) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(expected);
  });
});

describe('explosions told over the past weeks or months are a series', () => {
  it.each([
    ['depots hit in the past weeks', 'وكانت مخازن مماثلة قد تعرضت في الأسابيع الماضية لانفجارات غامضة في محافظة صلاح الدين', true],
    ['strikes in the past months', 'وقصفت طائرات مجهولة في الأشهر الماضية مواقع للحشد في القائم', true],
    ['in the past months, another spelling', 'تعرضت القاعدة في الشهور الماضية لهجمات بالمسيرات', true],
  ])('%s', (_label, text, expected) => {
    expect(isAggregate(sentence(text).seg)).toBe(expected);
  });
});

describe('attacks planned are no act', () => {
  it.each([
    ['a cell involved in planning drone attacks', 'قالت السلطات إن الخلية متورطة في التخطيط لهجمات بطائرات مسيرة على منشآت بينها مطار أربيل الدولي'],
    ['a cell that was planning to target a base', 'اعتقلت القوات خلية كانت تخطط لاستهداف قاعدة عين الأسد بالصواريخ'],
    ['men who planned the shelling', 'أدين ثلاثة رجال خططوا لقصف قاعدة حرير'],
  ])('%s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(true);
  });

  it('but an attack carried out as planned is one', () => {
    expect(framedAsNonEvent(sentence('استهدفت مسيرة قاعدة حرير فجر اليوم وفق ما خطط له المهاجمون').seg)).toBe(false);
  });
});

describe('how often a site is hit ranks it; it tells no act', () => {
  it.each([
    ['one of the most targeted US points', 'تحولت القاعدة إلى واحدة من أكثر النقاط الأمريكية استهدافاً في سوريا'],
    ['among the most targeted bases', 'تعد قاعدة حرير من أكثر القواعد استهدافاً بالمسيرات'],
    ['among the most shelled sites', 'يبقى حقل العمر من أكثر المواقع قصفاً في المنطقة'],
  ])('%s', (_label, text) => {
    expect(framedAsNonEvent(sentence(text).seg)).toBe(true);
  });

  it('but an act with a superlative of violence is one', () => {
    expect(framedAsNonEvent(sentence('قصفت مسيرة أكثر المواقع تحصيناً في قاعدة حرير فجر اليوم').seg)).toBe(false);
  });
});
