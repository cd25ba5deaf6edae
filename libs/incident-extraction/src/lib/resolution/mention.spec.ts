import { extractIncidents } from '../extract-incidents';

// Sentences written for these tests: whose dead a count is, once the incident is found.
const tolls = (text: string) => extractIncidents({ text, publishedAt: '2024-02-10' }).map((m) => ({ category: m.category, place: m.place?.name_en ?? null, killed: m.killed, injured: m.injured }));

describe('an incident counts the attacked side only', () => {
  it.each([
    ['attackers killed by the defences', 'هاجمت فصائل مسلحة قاعدة التنف بالصواريخ فجر اليوم، ما أسفر عن مقتل ثلاثة من عناصر الفصيل بنيران الدفاعات الأمريكية.', 'attack_on_us_forces', null],
    ['the attackers', 'استهدفت طائرة مسيرة قاعدة حرير فجر اليوم ما أدى إلى مقتل اثنين من المهاجمين.', 'attack_on_us_forces', null],
    ['US troops named beside a strike', 'شنت طائرات أمريكية غارات على مواقع للحشد في القائم فجر اليوم، فيما قال البنتاغون إن الضربات جاءت بعد مقتل ثلاثة جنود أمريكيين.', 'strike_on_militias', null],
    ['US dead of an earlier attack in a strike report', 'قصفت طائرة مسيرة أمريكية سيارة في بغداد مساء اليوم، وذلك بعد أسبوع من هجوم قتل فيه جنديان أمريكيان.', 'strike_on_militias', null],
    ['the militia dead in a strike', 'قصفت طائرة مسيرة أمريكية سيارة في بغداد مساء اليوم ما أدى إلى مقتل قياديين في كتائب حزب الله.', 'strike_on_militias', 2],
    ['the US dead in an attack', 'قتل جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم.', 'attack_on_us_forces', 2],
    ['partner forces in an attack', 'أسفر هجوم بطائرة مسيرة على قاعدة حقل العمر فجر اليوم عن مقتل خمسة مقاتلين أكراد.', 'attack_on_us_forces', 5],
  ])('%s', (_label, text, category, killed) => {
    expect(tolls(text)[0]).toMatchObject({ category, killed });
  });
});

describe("a revenge clause tells another act's toll", () => {
  it.each([
    ['revenge told after the attack', 'قصفت فصائل عراقية قاعدة عين الأسد بالصواريخ فجر اليوم، وتقول الفصائل إن الهجوم جاء ثأرا لمقتل أربعة من مقاتليها.', null],
    ['revenge told first', 'انتقاماً لمقتل قائدها، قصفت الفصائل قاعدة عين الأسد بالصواريخ فجر اليوم.', null],
    ['in response to a death', 'استهدفت الفصائل قاعدة حرير بطائرتين مسيرتين فجر اليوم ردا على مقتل اثنين من قادتها.', null],
    ["the strike's own toll stays beside a revenge clause", 'قصفت مقاتلات أمريكية مخازن لكتائب حزب الله في القائم اليوم وقتل خمسة من عناصر الكتائب، انتقاماً لمقتل مترجم أمريكي.', 5],
  ])('%s', (_label, text, killed) => {
    expect(tolls(text)[0].killed).toBe(killed);
  });

  it.each([
    ['the avenged death told with its place', 'نفذت طائرات أمريكية غارات على مواقع للفصائل في جرف الصخر اليوم، انتقاما لمقتل جنديين أمريكيين في قاعدة عين الأسد.', 2],
    ['the avenged attack told with its toll', 'شنت الولايات المتحدة ضربات على مقرات للحشد في القائم فجر اليوم ردا على هجوم بطائرة مسيرة استهدف قاعدة التنف وأسفر عن مقتل ثلاثة جنود.', 3],
    ['the avenged death told with the attack that caused it', 'قصفت مقاتلات أمريكية مخازن للنجباء في القائم فجر اليوم، انتقاما لمقتل ثلاثة من جنودها في هجوم على قاعدة حرير.', 3],
    ['the avenged death told with the means of the attack', 'استهدفت طائرات أمريكية مقرا للحشد في البوكمال اليوم، ثأرا لمقتل جنديين أمريكيين بقصف على قاعدة الشدادي.', 2],
  ])('the avenged act, when it is an incident of its own, keeps its toll: %s', (_label, text, killed) => {
    expect(tolls(text)).toMatchObject([
      { category: 'strike_on_militias', killed: null },
      { category: 'attack_on_us_forces', killed },
    ]);
  });

  it("a war's toll is no incident's", () => {
    expect(tolls('سقطت صواريخ على قاعدة عين الأسد اليوم، في هجوم قالت الفصائل إنه رد على الحرب التي خلفت أكثر من 30 ألف قتيل.')[0].killed).toBeNull();
  });
});

describe('the partner forces beside US troops are on the side attacked', () => {
  it.each([
    [
      'استهدفت مسيرات قاعدة التنف ولم تسجل إصابات بين الجنود الأمريكيين. وأوضحت القيادة المركزية في بيان أمس أن مسيرتين أسقطتا، بينما أصابت الثالثة مهجعاً ما أدى إلى جرح ثلاثة من قوات الجيش السوري الحر.',
      0,
      3,
    ],
    ['سقطت صواريخ على قاعدة التنف فجر اليوم. وأكد مصدر مقتل عنصرين من الجيش السوري الحر في الهجوم.', 2, null],
    ['هاجمت مسيرات قاعدة التنف مساء اليوم. وأصيب خمسة مقاتلين من فصائل الجيش السوري الحر بجروح.', null, 5],
    ['استهدفت طائرة مسيرة قاعدة التنف فجر اليوم ما أدى إلى إصابة عنصر من الجيش السوري الحر.', null, 1],
    ['سقطت قذائف على محيط قاعدة التنف فجر اليوم، وقال الجيش السوري الحر إن اثنين من مقاتليه أصيبا.', null, 2],
    ['أسقطت الدفاعات الأمريكية مسيرتين فوق قاعدة التنف فجر اليوم، فيما أصابت ثالثة موقعا للجيش السوري الحر وجرحت أربعة من عناصره.', null, 4],
    ['تعرضت قاعدة التنف لهجوم بطائرات مسيرة فجر اليوم. وأوضح بيان للتحالف أن ستة من مقاتلي الجيش السوري الحر جرحوا.', null, 6],
    ['هاجمت مسيرة مفخخة قاعدة التنف ليلة أمس. وذكرت مصادر أن قياديا في الجيش السوري الحر قتل في الهجوم.', 1, null],
    ['استهدفت صواريخ قاعدة التنف فجر اليوم. وقال متحدث باسم الجيش السوري الحر إن الهجوم أدى إلى إصابة ثلاثة مقاتلين.', null, 3],
    ['سقطت مسيرة داخل قاعدة التنف فجر اليوم وأدت إلى جرح جنديين من الجيش السوري الحر.', null, 2],
    ['هاجمت مسيرة قاعدة التنف فجر اليوم ما أسفر عن مقتل اثنين من عناصر الجيش السوري الحر.', 2, null],
    ['تعرضت قاعدة التنف لقصف صاروخي فجر اليوم أدى إلى جرح عنصرين من الجيش السوري الحر.', null, 2],
    ['استهدفت مسيرة قاعدة التنف فجر اليوم وأسفر الهجوم عن إصابة ثلاثة من أفراد الجيش السوري الحر.', null, 3],
    ['سقطت صواريخ على قاعدة التنف مساء اليوم وقتل جندي من الجيش السوري الحر.', 1, null],
  ])('%s', (text, killed, injured) => {
    expect(tolls(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'al-Tanf', killed, injured }]);
  });
});
