import { brief } from '../../test/brief';

// Classes read on dev18 (a blind set, measured before it was read): sites handed over, an outlet told
// to, bases where Israel strikes, acts told alongside a series. Sentences written for these tests.

const sides = (text: string, pub: string) => brief(text, pub).map((m) => [m.category, m.place]);

describe('a site the coalition handed over hosts no US forces after the day', () => {
  it.each([
    ['Taji in 2025', 'تعرضت منظومة رادار في معسكر التاجي شمالي بغداد صباح اليوم لهجوم بطائرة مسيرة مجهولة.', '2025-06-24'],
    ['K1 in 2023', 'سقط صاروخان على قاعدة كي وان في كركوك مساء أمس دون إصابات.', '2023-05-10'],
    ['Qayyarah in 2022', 'سقطت ثلاثة صواريخ كاتيوشا على قاعدة القيارة الجوية جنوب الموصل فجر اليوم.', '2022-02-01'],
    ['Taji, the day told in the text', 'في 12 أيلول 2021، سقطت قذيفتا هاون على معسكر التاجي شمال بغداد.', '2021-09-14'],
    ['Taji, a drone on its radar in 2024', 'هاجمت طائرة مسيرة رادار معسكر التاجي فجر الثلاثاء.', '2024-03-15'],
  ])('%s', (_label, text, pub) => {
    expect(sides(text, pub).filter(([c]) => c === 'attack_on_us_forces')).toEqual([]);
  });

  it.each([
    ['Taji in March 2020', 'سقطت ثلاثة صواريخ على معسكر التاجي شمال بغداد مساء الأربعاء، ما أدى إلى مقتل جنديين أمريكيين.', '2020-03-12', 'Taji'],
    ['K1 in December 2019', 'قتل متعاقد أمريكي في هجوم صاروخي على قاعدة كي وان في كركوك مساء أمس.', '2019-12-28', 'Kirkuk K1'],
    ['Qayyarah in 2019, told in 2024', 'سقطت في 8 تشرين الثاني 2019 سبعة عشر صاروخاً على قاعدة القيارة الجوية.', '2024-01-05', 'Qayyarah airbase'],
  ])('still US before: %s', (_label, text, pub, place) => {
    expect(sides(text, pub)).toEqual([['attack_on_us_forces', place]]);
  });
});

describe('an outlet told to, its source and adjectives between', () => {
  it.each([
    ['a security source', 'أفاد مصدر أمني عراقي للميادين، اليوم السبت، بأن قاعدة عين الأسد تعرضت فجراً لهجوم بطائرتين مسيرتين.', 'Ain al-Asad'],
    ['a speech verb', 'قال قيادي في الفصائل للميادين إن صواريخ سقطت على قاعدة حرير مساء اليوم.', 'Harir'],
    ['sources, plural', 'ذكرت مصادر محلية متطابقة للميادين أن طائرة مسيرة استهدفت حقل العمر فجر اليوم.', 'al-Omar oil field'],
    ['he confirmed', 'وأكد المتحدث للميادين أن هجوما بالصواريخ طال قاعدة عين الأسد ليل أمس.', 'Ain al-Asad'],
  ])('%s', (_label, text, place) => {
    expect(sides(text, '2024-03-15').map(([, p]) => p)).toEqual([place]);
  });

  it('the town after a preposition is still the town', () => {
    expect(sides('وصلت تعزيزات للميادين بعد قصف طائرات مجهولة مقرا للحرس الثوري فيها فجر اليوم.', '2024-03-15')).toEqual([['strike_on_militias', 'Mayadin']]);
  });
});

describe("bases where Israel strikes are not the US side's", () => {
  it.each([
    ['"in the two bases"', 'قال الجيش الإسرائيلي إنه استهدف قدرات عسكرية متبقية في القاعدتين مساء الأربعاء.'],
    ['"its base" of the Syrian army', 'استهدف الجيش الإسرائيلي مساء الأربعاء مستودعات في قاعدتها الجوية قرب حمص.'],
    ['two bases, the object', 'وقال جيش الاحتلال إنه ضرب قاعدتين جويتين وسط سوريا مساء أمس.'],
  ])('%s', (_label, text) => {
    expect(sides(text, '2025-04-03').filter(([c]) => c === 'attack_on_us_forces')).toEqual([]);
  });
});

describe('acts told alongside a series share its span', () => {
  it.each([
    ['"while" after dozens of attacks', 'تعرضت القوات الأمريكية لعشرات الهجمات خلال أسابيع، في حين نفذت واشنطن ضربات جوية على منشآت في سوريا قالت إنها تابعة للحرس الثوري.'],
    ['"as" after weeks of attacks', 'تصاعدت الهجمات على القواعد الأمريكية خلال الأسابيع الماضية، فيما شنت الطائرات الأمريكية غارات على مواقع للفصائل في العراق.'],
    ['"whereas" after several strikes', 'سجلت الأشهر الماضية عدة هجمات على القوات الأمريكية، بينما ردت واشنطن بضربات على مقرات للحشد في العراق وسوريا.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-01-10')).toEqual([]);
  });

  it.each([
    ['a day of its own', 'تعرضت القوات الأمريكية لعشرات الهجمات خلال أسابيع، في حين نفذت واشنطن فجر اليوم ضربات جوية على منشآت في البوكمال تابعة للحرس الثوري.', 'Albukamal'],
    ['a town of its own', 'تصاعدت الهجمات خلال الأسابيع الماضية، فيما قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم.', 'al-Qaim'],
  ])('still an act: %s', (_label, text, place) => {
    expect(brief(text, '2024-01-10')).toMatchObject([{ category: 'strike_on_militias', place }]);
  });
});

describe("the US embassy as a side's media or a wire names it", () => {
  it.each([
    ['"the embassy of evil"', 'قام أبطال المقاومة مساء الثلاثاء باستهداف سفارة الشر الأمريكية في المنطقة الخضراء بستة صواريخ.'],
    ['"the occupation\'s embassy"', 'استهدفت المقاومة سفارة الاحتلال الأمريكي في بغداد بصاروخين مساء أمس.'],
    ['"the embassy of the United States"', 'سقطت ثلاثة صواريخ قرب سفارة الولايات المتحدة في بغداد فجر اليوم.'],
    ['"the spy den"', 'أطلقت صواريخ على وكر التجسس الأمريكي في المنطقة الخضراء ليل الأحد.'],
    ['"Washington\'s embassy", a drone', 'هاجمت طائرة مسيرة سفارة واشنطن في العاصمة العراقية فجر الجمعة.'],
    ['the long name', 'تعرضت سفارة الولايات المتحدة الأمريكية في بغداد لهجوم بقذائف الهاون مساء أمس.'],
    ['"the embassy of evil", Hamza spelling', 'أعلنت فصائل المقاومة استهداف سفارة الشر الأميركية بصواريخ الكاتيوشا ليل الخميس.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-03-15')).toMatchObject([{ category: 'attack_on_us_forces', place: 'US embassy Baghdad' }]);
  });
});

describe("Israel's missiles strike as its aircraft do", () => {
  it.each([
    ['missiles, the day between', 'استهدفت صواريخ إسرائيلية فجر الخميس مواقع في محيط دمشق.', 'Damascus'],
    ['a missile, Zionist', 'ضرب صاروخ صهيوني ليل الأحد موقعا قرب مدينة القصير.', 'al-Qusayr'],
    ['"the occupation\'s missiles"', 'سقطت صواريخ الاحتلال الإسرائيلي فجر اليوم على أهداف قرب البوكمال.', 'Albukamal'],
    ['a salvo', 'طالت رشقة صواريخ إسرائيلية مساء أمس منطقة جنوب دمشق.', 'Damascus'],
    ['two missiles, definite adjective', 'أصاب صاروخان إسرائيليان ليلة السبت مبنى في ريف حمص.', 'Homs'],
  ])('%s', (_label, text, place) => {
    expect(brief(text, '2023-04-01')).toMatchObject([{ category: 'strike_on_militias', place, actor: 'israel' }]);
  });
});

describe("in an article about Iran's men, a strike with regime soldiers as its only victims is still of this war", () => {
  const lead = 'ارتفعت حصيلة قتلى الحرس الثوري الإيراني في الضربة الإسرائيلية على ريف دمشق فجر الجمعة 31 من آذار. ';
  it.each([
    ['two soldiers wounded the day before', 'واستهدفت صواريخ إسرائيلية فجر الخميس 30 من آذار مواقع في محيط دمشق، وأسفرت عن إصابة جنديين من قوات النظام.', 'Damascus'],
    ['a soldier killed near Homs', 'وكانت غارات إسرائيلية قد استهدفت فجر الأربعاء 29 من آذار موقعا قرب حمص، ما أدى إلى مقتل جندي من قوات النظام.', 'Homs'],
    ["army soldiers, SANA's wording", 'وقصفت طائرات إسرائيلية فجر الخميس 30 من آذار مواقع قرب مطار الضبعة، وأسفرت عن إصابة ثلاثة عسكريين من الجيش السوري.', 'Dabaa airbase'],
  ])('%s', (_label, text, place) => {
    expect(brief(lead + text, '2023-04-01').map((m) => m.place)).toContain(place);
  });

  it('not in an article about the Syrian army', () => {
    expect(brief('قصفت طائرات إسرائيلية فجر اليوم مواقع للجيش السوري في ريف القنيطرة، ما أدى إلى إصابة جنديين من قوات النظام.', '2023-04-01')).toEqual([]);
  });
});

describe('the Green Zone: its best-known target is the US embassy', () => {
  it.each([
    ['Katyushas inside it', 'سقطت ثلاثة صواريخ كاتيوشا داخل المنطقة الخضراء وسط بغداد مساء أمس.'],
    ['a rocket near a monument in it', 'سقط صاروخ قرب نصب الجندي المجهول في المنطقة الخضراء ليل الأحد دون إصابات.'],
    ['the International Zone', 'استهدف هجوم بقذائف الهاون المنطقة الدولية في بغداد فجر اليوم.'],
    ['four of seven inside', 'أطلقت سبعة صواريخ سقط أربعة منها داخل المنطقة الخضراء ليل الثلاثاء.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-03-15').map((m) => m.category)).toEqual(['attack_on_us_forces']);
  });

  it.each([
    ["the prime minister's residence", 'نجا رئيس الوزراء فجر اليوم من محاولة اغتيال بطائرات مسيرة استهدفت مقر إقامته في المنطقة الخضراء.'],
    ['the parliament', 'سقطت قذيفة هاون قرب مبنى البرلمان في المنطقة الخضراء مساء أمس.'],
    ["a minister's house", 'استهدفت طائرة مسيرة منزل وزير المالية في المنطقة الخضراء ليل الأحد.'],
  ])('not the US side: %s', (_label, text) => {
    expect(brief(text, '2024-03-15').filter((m) => m.category === 'attack_on_us_forces')).toEqual([]);
  });
});

describe('years of acts are a series', () => {
  it.each([
    ['convicted of firing over the past years', 'أصدرت المحكمة اليوم حكماً بالسجن المؤبد بحق ثلاثة مدانين بإطلاق صواريخ الكاتيوشا على المنطقة الخضراء خلال السنوات الماضية.'],
    ['over the years', 'تعرضت قاعدة عين الأسد لعشرات الهجمات الصاروخية على مدى السنوات الماضية.'],
    ['in recent years', 'استهدفت الفصائل قاعدة حرير بالمسيرات مرات عدة في السنوات الأخيرة.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-03-12')).toEqual([]);
  });
});

describe('"that day", "that night": the day of the act told before', () => {
  it.each([
    ['"on the evening of that day"', 'استهدف هجوم صاروخي الأحد الماضي محيط السفارة الأمريكية في بغداد. وتقول مصادر إن ثمانية صواريخ سقطت في المنطقة الخضراء مساء ذلك اليوم.', '2020-12-20'],
    ['"that night"', 'قصفت طائرات أمريكية مواقع في القائم يوم الجمعة الماضي. وقالت مصادر إن مسيرة أخرى استهدفت مقرا للحشد قرب عكاشات تلك الليلة.', '2020-12-18'],
    ['"on that day"', 'تعرضت قاعدة عين الأسد لهجوم صاروخي الإثنين الماضي. وفي ذلك اليوم سقطت قذيفتان قرب قاعدة حرير.', '2020-12-21'],
  ])('%s', (_label, text, day) => {
    const dates = brief(text, '2020-12-24').map((m) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d === day)).toBe(true);
  });
});
