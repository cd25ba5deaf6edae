import { brief } from '../../test/brief';

// Classes left open on dev28 and dev30 and found on dev31–dev32 (sets written blind to the rules, read after their
// first figure), each fixed as a mechanism. Sentences written for these tests, in variants the sets do not show.

describe('where an act is remembered is not where it happened; remembered with no place of its own, it is background', () => {
  it.each([
    [
      'a crowd in one city',
      'أحيت جماهير غفيرة في العاصمة العراقية بغداد، اليوم الأربعاء، الذكرى الرابعة لمقتل قاسم سليماني وأبو مهدي المهندس في الغارة الأمريكية التي استهدفت موكبهم فجر الثالث من كانون الثاني 2020.',
      '2024-01-03',
    ],
    ['supporters in a quarter', 'أحيا أنصار الكتائب في مدينة الصدر، مساء الأحد، الذكرى الخامسة لشهداء الغارة الأمريكية التي طالت مقراتهم يوم 29 كانون الأول 2019.', '2024-12-30'],
    ['the PMF, present tense', 'تحيي فصائل الحشد في كربلاء ذكرى شهداء الضربات الأمريكية التي وقعت فجر 29 كانون الأول 2019.', '2024-12-30'],
    [
      "with another country's bombing told after it",
      'أحيت جماهير في بغداد، اليوم، ذكرى سليماني الذي قُتل بغارة أمريكية فجر 3 كانون الثاني 2020. وفي إيران، أسفر تفجيران في كرمان عن مقتل أكثر من مئة شخص.',
      '2024-01-03',
    ],
  ])('%s', (_label, text, pub) => {
    expect(brief(text, pub)).toEqual([]);
  });

  it.each([
    [
      "the site named after the crowd's city",
      'استذكرت فصائل المقاومة في البصرة، يوم الجمعة، ضحايا الغارة الأمريكية على مقر الكتائب في جرف الصخر في 12 آذار 2020.',
      '2021-03-13',
      'Jurf al-Sakhar',
      '2020-03-12',
    ],
    [
      'a gathering to remember',
      'تجمع المئات في كربلاء، اليوم الأحد، لإحياء ذكرى الضربات الأمريكية التي قتلت 25 من عناصر الكتائب في القائم في 29 كانون الأول 2019.',
      '2024-12-30',
      'al-Qaim',
      '2019-12-29',
    ],
    ['near the airport', 'احتشد الآلاف في ساحة التحرير ببغداد لإحياء ذكرى مقتل سليماني والمهندس بضربة أمريكية قرب مطار بغداد في 3 كانون الثاني 2020.', '2024-01-03', 'Baghdad airport', '2020-01-03'],
  ])('remembered at its own place: %s', (_label, text, pub, place, date) => {
    expect(brief(text, pub)).toMatchObject([{ category: 'strike_on_militias', place, date }]);
  });

  it('a strike of the day, beside a commemoration told after it, stands', () => {
    expect(brief('قصفت طائرات أمريكية فجر الجمعة مقرات للحشد في القائم، بينما كانت الفصائل تحيي ذكرى قادتها في بغداد.', '2024-02-05')).toMatchObject([
      { category: 'strike_on_militias', place: 'al-Qaim', date: '2024-02-02' },
    ]);
  });
});

describe('a threat of a response to an act told is no threat of that act: the act was made', () => {
  it.each([
    ['revenge for the strike, before it', 'هددت الفصائل بالانتقام للضربة الأمريكية التي طالت مقراً للكتائب في جرف الصخر فجر الأحد.', 'Jurf al-Sakhar', '2024-01-28'],
    [
      'the strike the Guard vowed to answer',
      'قتل أربعة مستشارين إيرانيين في غارة إسرائيلية على حي المزة بدمشق في 20 كانون الثاني، وهي الغارة التي توعّد الحرس الثوري بالرد عليها.',
      'Mezzeh',
      '2024-01-20',
    ],
    [
      'measured from, then vowed to answer',
      'ويأتي هذا الاعتداء بعد أيام من استشهاد أربعة مستشارين عسكريين إيرانيين في غارة صهيونية استهدفت مبنى سكنياً في حي المزة بدمشق في العشرين من يناير الجاري، وهي الغارة التي توعّد حرس الثورة الإسلامية بالرد عليها.',
      'Mezzeh',
      '2024-01-20',
    ],
    ['vengeance for it, after it', 'قصفت طائرة مسيرة مقراً للحشد في القائم فجر اليوم، في ضربة توعدت الفصائل بالثأر لها.', 'al-Qaim', '2024-01-30'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text, '2024-01-30')).toMatchObject([{ category: 'strike_on_militias', place, date }]);
  });

  it.each([
    ['a response to any attack', 'توعدت الفصائل بالرد على أي هجوم أمريكي يستهدف مقراتها في القائم.'],
    ['revenge for any strike', 'هدد الحرس الثوري بالانتقام من أي غارة إسرائيلية على مستشاريه في دمشق.'],
    ['a response if they strike', 'توعدت الفصائل بالرد بقوة إذا استهدفت الطائرات الأمريكية مقراتها في جرف الصخر.'],
    ['new strikes vowed', 'توعدت الفصائل بضربات جديدة على قاعدة عين الأسد خلال الأيام المقبلة.'],
  ])('still a threat: %s', (_label, text) => {
    expect(brief(text, '2024-01-30')).toEqual([]);
  });

  it('a vow recalled in the pluperfect answered an act that came before it: background, not the news of the day', () => {
    const text =
      'تعرضت قاعدة التنف لهجوم بطائرات مسيرة أمس الأربعاء. وكانت "غرفة عمليات حلفاء سوريا" قد توعدت برد "قاسٍ جداً" على غارات إسرائيلية استهدفت مواقع قرب مدينة تدمر، قائلة إن الطائرات انطلقت من أجواء التنف.';
    expect(brief(text, '2021-10-21')).toMatchObject([{ category: 'attack_on_us_forces', place: 'al-Tanf', date: '2021-10-20' }]);
  });

  it('fear of a response is no vow: no strike', () => {
    expect(brief('أعلنت كتائب حزب الله تعليق عملياتها ضد القوات الأمريكية، في خطوة وصفها مراقبون بأنها محاولة لتجنب رد أمريكي واسع.', '2024-01-31')).toEqual([]);
  });
});
