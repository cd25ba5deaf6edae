import { brief } from '../../test/brief';

// Places and forces named around an act that are not where it happened or who was hit: the scene
// of a statement, a capital standing for its government, a case someone is charged with, the
// presence of US forces as a matter of policy. Sentences written for these tests.

describe('the scene of a statement is not where the act happened', () => {
  it.each([
    ['a government spokesman in the capital', 'قصفت مقاتلات أمريكية مواقع لكتائب حزب الله في القائم فجر السبت. وفي بغداد، قال المتحدث باسم الحكومة إن الغارات أوقعت 16 قتيلا.'],
    ['a ministry condemning in the capital', 'أغارت طائرات إسرائيلية على مستودع للحرس الثوري قرب البوكمال ليل الأحد. وفي دمشق، دانت الخارجية السورية الغارة.'],
    ['an embassy reacting', 'هاجمت مسيرة قاعدة حرير مساء الأربعاء. وفي بغداد، أعلنت السفارة الأمريكية أن الهجوم لم يوقع إصابات.'],
    ['a capital standing for its government in a headline', 'ضربات أمريكية على منشآت للكتائب في القائم.. وبغداد تصفها بالعدوان\nقصفت طائرات أمريكية فجر اليوم مقرات لكتائب حزب الله في القائم.'],
  ])('%s', (_label, text) => {
    const places = brief(text).map((m) => m.place);
    expect(places).not.toContain('Baghdad');
    expect(places).not.toContain('Damascus');
    expect(places.length).toBeGreaterThan(0);
  });

  it('a strike told in the capital stays there', () => {
    expect(brief('وفي بغداد، قصفت مسيرة أمريكية سيارة لقيادي في النجباء مساء الخميس.')).toMatchObject([{ category: 'strike_on_militias', place: 'Baghdad' }]);
  });
});

describe('a case someone is charged with is no report of the act', () => {
  it.each([
    ['charges of a killing and investigations of attacks', 'وقالت مصادر إن القيادي يواجه اتهامات بالتورط في اغتيال ناشط في كربلاء، إلى جانب تحقيقات تتعلق بهجمات على قاعدة عين الأسد.'],
    ['charged with attacking a base', 'أحالت السلطات ثلاثة متهمين بتهمة استهداف قاعدة بلد الجوية بالصواريخ إلى القضاء.'],
    ['investigations of a drone attack', 'وتجري التحقيقات في الهجوم بطائرة مسيرة على مطار أربيل دون نتائج حتى الآن.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('an act with a day of its own still counts beside a charge', () => {
    expect(brief('اتهم الجيش الأمريكي كتائب حزب الله بالتورط في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم.')).toMatchObject([{ place: 'al-Tanf' }]);
  });
});

describe('US forces named by their presence are no target', () => {
  it.each([
    ['conditions of their stay', 'أعلن رئيس الوزراء الحداد ثلاثة أيام، واصفا الغارة بأنها خرق لشروط بقاء القوات الأمريكية في العراق.'],
    ['a call for their departure', 'وطالب المتظاهرون في بغداد برحيل القوات الأمريكية بعد الغارة على مقرات الحشد.'],
    ['the presence of coalition forces', 'وقال النائب إن القصف يؤكد أن وجود القوات الأجنبية خطر على البلاد.'],
  ])('%s', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'attack_on_us_forces')).toEqual([]);
  });
});

describe('US forces named as whose account it is are no target', () => {
  it.each([
    ['"according to the initial assessment of the US military"', 'وبحسب التقييم الأولي للجيش الأمريكي، لم يقتل أحد في الضربات على دير الزور.'],
    ['"according to a statement of the US forces"', 'ووفق بيان للقوات الأمريكية، أصابت الغارات تسعة مخابئ في ريف دير الزور.'],
    ['"by the account of the coalition"', 'وبحسب رواية التحالف الدولي، دمرت المروحيات ثلاث آليات قرب الميادين.'],
  ])('%s', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'attack_on_us_forces')).toEqual([]);
  });
});

describe('who attacked: groups tied to the Guard, and a reply in words', () => {
  it.each([
    [
      'the strike hit groups tied to the Guard; an undated drone attack names no attacker',
      'نفذت القوات الأمريكية ضربات على مخابئ لمجموعات مرتبطة بالحرس الثوري الإيراني في دير الزور مساء الثلاثاء. وفي 15 آب، هاجمت طائرات مسيرة قاعدة التنف من دون إصابات. وتنتظر واشنطن رد طهران على مقترح أوروبي.',
      'unknown',
    ],
    ['militias loyal to the Guard fired the rockets', 'استهدفت ميليشيات تابعة للحرس الثوري قاعدة حقل العمر بالصواريخ مساء أمس.', 'iran_backed_militia'],
    ['groups backed by the Guard launched drones', 'أطلقت جماعات مدعومة من الحرس الثوري طائرات مسيرة على قاعدة الشدادي مساء أمس.', 'iran_backed_militia'],
  ])('%s', (_label, text, actor) => {
    expect(brief(text).find((m) => m.category === 'attack_on_us_forces')).toMatchObject({ actor });
  });

  it("the Guard's own missiles stay the Guard's", () => {
    expect(brief('أطلق الحرس الثوري الإيراني صواريخ باليستية على قاعدة عين الأسد فجر اليوم.')).toMatchObject([{ actor: 'irgc' }]);
  });
});

describe('an outlet named with "اليوم" in quotes ("بغداد اليوم") does not date the act today', () => {
  it.each([
    [
      'after the act told the night before',
      'كشف مصدر أمني، اليوم الأربعاء، تفاصيل الهجوم الذي استهدف قاعدة عين الأسد ليلة أمس الثلاثاء. وقال المصدر لـ"بغداد اليوم" إن صاروخين سقطا داخل القاعدة دون خسائر.',
      '2024-07-16',
    ],
    ['with a weekday night', 'وأفاد مصدر أمني لـ"بغداد اليوم"، بأن صاروخين سقطا داخل قاعدة عين الأسد ليلة الإثنين.', '2024-07-15'],
    ['another outlet', 'أطلقت مسيرة صواريخ على قاعدة حرير مساء الأحد، وفق ما نقل موقع "العراق اليوم" عن مصدر أمني.', '2024-07-14'],
    ['in guillemets', 'وقال مصدر لـ«بغداد اليوم» إن صاروخا سقط قرب السفارة الأمريكية ليل الاثنين.', '2024-07-15'],
  ])('%s', (_label, text, date) => {
    expect(brief(text, '2024-07-17')).toMatchObject([{ date }]);
  });

  it('today in Baghdad, unquoted, is today', () => {
    expect(brief('سقطت قذيفة هاون قرب السفارة الأمريكية في بغداد اليوم، بحسب مصدر أمني.', '2024-07-17')).toMatchObject([{ date: '2024-07-17' }]);
  });
});
