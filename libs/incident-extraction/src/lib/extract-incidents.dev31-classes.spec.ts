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

describe('a shoot-down told with an object pronoun ("أسقطتها"، "أسقطوها") is the act', () => {
  it.each([
    ['the drone they shot down, a relative clause', 'أعادت المسيّرة التي أسقطتها القوات الأمريكية مساء الثلاثاء الماضي في أجواء قاعدة التنف طرح سؤال قديم عن أمن الحدود.', '2021-12-17', '2021-12-14'],
    ['"which the coalition shot down"', 'قالت مصادر إن الطائرة المسيرة التي أسقطها التحالف فجر الأحد كانت تتجه نحو قاعدة حرير.', '2024-01-08', '2024-01-07'],
    ['plural subject', 'اقتربت مسيرتان من قاعدة عين الأسد مساء الجمعة فأسقطتهما الدفاعات الجوية الأمريكية.', '2024-01-08', '2024-01-05'],
  ])('%s', (_label, text, pub, date) => {
    expect(brief(text, pub)).toMatchObject([{ category: 'attack_on_us_forces', weapon: 'drone', date }]);
  });
});

describe('where a place is only a landmark or a government, it is not where the act was', () => {
  it.each([
    ['the town across the border from the one hit', 'استهدفت غارات إسرائيلية مساء السبت مواقع لكتائب سيد الشهداء قرب مدينة البوكمال، المقابلة لقضاء القائم غربي الأنبار.', 'Albukamal'],
    ['"قبالة"', 'قصفت طائرة مسيرة مستودعاً للحشد في قضاء القائم، قبالة مدينة البوكمال السورية، فجر اليوم.', 'al-Qaim'],
    ['the eastern side "of" the city is no launch site', 'طالت الغارات الأمريكية مساء السبت حي الحرابش في الجهة الشرقية من مدينة دير الزور.', 'Deir ez-Zor'],
    ['the outskirts "of" a town', 'قصفت مسيرة مجهولة مقراً للميليشيات في الأطراف الغربية من مدينة الميادين فجر اليوم.', 'Mayadin'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it.each([
    ['cells tied to Damascus and Tehran', 'تعرضت نقاط لقوات التحالف قرب حقل كونيكو لقصف صاروخي صباح اليوم، واتهمت الإدارة الذاتية خلايا مرتبطة بدمشق وطهران بالوقوف وراءه.', 'Conoco gas field'],
    ["factions loyal to Baghdad's government named by its capital", 'سقطت قذائف على قاعدة حرير مساء أمس، وقالت مصادر إن فصائل موالية لبغداد وطهران تقف وراء الهجوم.', 'Harir'],
  ])('a capital after a word of allegiance is its government: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });
});

describe("an act told in another theatre after the news (Eilat, Beirut) is not at the news' place", () => {
  it.each([
    [
      'attacks on Eilat earlier that day',
      'قصفت طائرات مجهولة مواقع للحشد في البوكمال مساء السبت. وفي وقت سابق من يوم السبت، أعلنت المقاومة الإسلامية في العراق تنفيذ هجومين بطائرات مسيّرة على أهداف في إيلات.',
    ],
    [
      'with a toll of the news',
      'قصفت طائرات مجهولة مواقع للحشد في البوكمال مساء السبت، ما أسفر عن مقتل 12. وفي وقت سابق من يوم السبت، أعلنت المقاومة الإسلامية في العراق تنفيذ هجومين بطائرات مسيّرة على أهداف في إيلات وتل أبيب.',
    ],
    ['drones over Beirut', 'أغارت طائرات إسرائيلية على مستودع قرب مطار دمشق فجر الأحد. وفي وقت سابق، سقطت مسيّرتان في الضاحية الجنوبية لبيروت.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-09-29')).toMatchObject([{ category: 'strike_on_militias', weapon: 'airstrike' }]);
  });

  it('a toll told with a title naming another country still counts', () => {
    const text = 'أطلقت طائرات إسرائيلية صواريخ على مبنى في حي المزة بدمشق عصر اليوم. وأعلن الحرس الثوري مقتل سبعة من مستشاريه في العدوان، بينهم قائد قوة القدس في سوريا ولبنان.';
    expect(brief(text)).toMatchObject([{ place: 'Mezzeh', killed: 7 }]);
  });
});

describe('gunfire beside munitions fired from afar: the munitions are the means', () => {
  it.each([
    ['gunfire and shells', 'تعرضت نقاط لقوات التحالف قرب حقل كونيكو صباح اليوم لإطلاق نار وقذائف من الضفة المقابلة.', 'rocket'],
    ['machine guns and mortars', 'استهدف مسلحون قاعدة التنف برشاشات ثقيلة وقذائف هاون فجر اليوم.', 'mortar'],
    ['a drone and gunfire', 'هاجم مسلحون رتلاً أمريكياً قرب الشدادي بطائرة مسيرة وإطلاق نار كثيف فجر اليوم.', 'drone'],
  ])('%s', (_label, text, weapon) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', weapon }]);
  });

  it('gunfire alone stays gunfire', () => {
    expect(brief('تعرضت دورية أمريكية لإطلاق نار قرب قاعدة التنف فجر اليوم.')).toMatchObject([{ weapon: 'small_arms' }]);
  });
});

describe('where the authorities sit is not where the act was, when another place is told', () => {
  it.each([
    [
      '"the authorities in Baghdad or Erbil"',
      'أعلنت المقاومة الإسلامية في العراق، مساء أمس السبت، استهداف قاعدة حرير الجوية شمال شرقي أربيل بطائرة مسيّرة، من دون أن تؤكد السلطات في بغداد أو أربيل وقوع الهجوم.',
      'Harir',
    ],
    ['"the government in Baghdad"', 'لم تعلق الحكومة في بغداد على استهداف قاعدة عين الأسد بصاروخين فجر اليوم.', 'Ain al-Asad'],
    ['"officials in Baghdad said"', 'قال مسؤولون في بغداد إن طائرة مسيرة استهدفت قاعدة حرير فجر اليوم.', 'Harir'],
    ['the only place told stays', 'أعلنت السلطات في القائم أن طائرة مسيرة مجهولة قصفت مقراً للحشد فجر اليوم.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });
});

describe("a time told only in an aside that tells no act (a calm, a truce announced) is not the act's", () => {
  it.each([
    [
      'months of calm after a suspension',
      'بعد نحو خمسة أشهر من الهدوء الذي أعقب إعلان كتائب حزب الله تعليق عملياتها مطلع شباط الماضي، عادت الصواريخ لتتساقط على قاعدة عين الأسد.',
      '2024-07-29',
      '2024-02',
    ],
    ['weeks of a truce declared on a day', 'بعد أسابيع من التهدئة التي أعلنتها الفصائل في 10 آذار، سقطت صواريخ على قاعدة فكتوريا قرب مطار بغداد.', '2024-04-20', '2024-03-10'],
  ])('%s', (_label, text, pub, notDate) => {
    const [m] = brief(text, pub);
    expect(m).toMatchObject({ category: 'attack_on_us_forces' });
    expect(m.date).not.toBe(notDate);
  });

  it('a relative clause on the act itself still dates it', () => {
    const text = 'قالت مصادر محلية إن الغارة الإسرائيلية التي قتلت ضابطين في الحرس الثوري فجر أمس السبت، استهدفت مزرعة في محيط بلدة السيدة زينب جنوبي دمشق.';
    expect(brief(text, '2023-12-03')).toMatchObject([{ place: 'Sayyida Zeinab', date: '2023-12-02' }]);
  });
});

describe('a strike told by its striker before the plot it foiled was made', () => {
  it.each([
    [
      'Israel foiled a drone plan by it',
      'أكد الجيش الإسرائيلي أن طائراته الحربية قصفت ليل السبت مواقع تابعة لفيلق القدس في بلدة عقربا جنوب شرقي دمشق، قائلاً إنه أحبط بذلك خطة لإطلاق طائرات مسيّرة قاتلة.',
      '2019-08-26',
      'Aqraba',
      'israel',
    ],
    [
      'CENTCOM foiled an attack by it',
      'قالت القيادة المركزية الأمريكية إن مقاتلاتها قصفت فجر اليوم مستودعاً للكتائب في القائم، وأحبطت بذلك هجوماً كانت تعده الجماعة على القوات الأمريكية.',
      '2024-03-15',
      'al-Qaim',
      'us',
    ],
  ])('%s', (_label, text, pub, place, actor) => {
    expect(brief(text, pub)).toMatchObject([{ category: 'strike_on_militias', place, actor }]);
  });

  it.each([
    ['a plot foiled before any act', 'أعلنت القوات الأمنية أنها أحبطت مخططاً لقصف قاعدة عين الأسد بالصواريخ فجر اليوم.'],
    ['the US says it foiled a plan to strike', 'قالت القوات الأمريكية إنها أحبطت مخططاً لقصف قاعدة التنف بالصواريخ.'],
  ])('still no act: %s', (_label, text) => {
    expect(brief(text, '2024-03-15')).toEqual([]);
  });
});

describe('a timeline of the strikes on one town: its bullets with no place of their own are there', () => {
  const intro = 'البوكمال.. بوابة إيران التي لا تهدأ سماؤها\nلا تكاد تمرّ أشهر من دون أن تدوّي الانفجارات في البوكمال وريفها.\nأبرز المحطات:\n';
  it('each bullet a strike at the town, on its day', () => {
    const text = `${intro}- فجر العاشر من كانون الثاني 2020: طائرات مجهولة تقصف شاحنات ومستودعات قرب الحدود، ومقتل ثمانية عناصر.\n- 11 آب 2024: طائرة مسيّرة مجهولة تستهدف سيارة عسكرية قرب الحدود وتقتل خمسة من عناصر الميليشيات.\n`;
    expect(brief(text, null)).toMatchObject([
      { category: 'strike_on_militias', place: 'Albukamal', date: '2020-01-10', killed: 8 },
      { category: 'strike_on_militias', place: 'Albukamal', date: '2024-08-11', killed: 5 },
    ]);
  });

  it('a bullet naming its own place keeps it', () => {
    const text = `${intro}- 5 آذار 2021: غارات على مستودعات في الميادين.\n- 11 آب 2024: طائرة مسيّرة مجهولة تستهدف سيارة عسكرية قرب الحدود.\n`;
    expect(brief(text, null).map((m) => m.place)).toEqual(['Mayadin', 'Albukamal']);
  });

  it('two towns named as often: no site', () => {
    const text =
      'البوكمال والميادين تحت النار\nتدوي الانفجارات في البوكمال والميادين كل شهر.\nأبرز المحطات:\n- 11 آب 2024: طائرة مسيّرة مجهولة تستهدف سيارة عسكرية قرب الحدود.\n- 20 آب 2024: طائرة مسيّرة مجهولة تستهدف شاحنة قرب الحدود.\n';
    expect(brief(text, null).some((m) => m.place === 'Albukamal' || m.place === 'Mayadin')).toBe(false);
  });
});

describe('a side named after another act is not the owner of the convoy told before it', () => {
  it("the strike ordered by Biden's administration does not make the tanker convoy American", () => {
    const text =
      '- 10 كانون الثاني 2020: طائرات مجهولة تقصف شاحنات ومستودعات قرب البوكمال، ومقتل ثمانية عناصر.\nولا تشمل القائمة الضربة الشهيرة على قافلة الصهاريج، ولا أول ضربة أمرت بها إدارة جو بايدن.';
    expect(brief(text, '2024-10-01')).toMatchObject([{ category: 'strike_on_militias', place: 'Albukamal' }]);
  });

  it('lorries working for the coalition are still its convoy', () => {
    expect(brief('انفجرت عبوة ناسفة على رتل شاحنات ينقل معدات للتحالف الدولي على الطريق الدولي قرب الديوانية فجر اليوم.')).toMatchObject([{ category: 'attack_on_us_forces' }]);
  });
});

describe('blasts heard from a place with the time between are there, not launched from there', () => {
  it.each([
    ['"دوت انفجارات قوية فجر السبت من جهة"', 'دوت انفجارات قوية فجر السبت من جهة مطار الضبعة العسكري في ريف حمص، وقالت مصادر محلية إن غارات إسرائيلية استهدفت مستودعات لحزب الله.'],
    ['"سمع دوي انفجارات عنيفة ليلاً من ناحية"', 'سمع دوي انفجارات عنيفة ليل الجمعة من ناحية مطار الضبعة، ورجحت مصادر أن تكون طائرات إسرائيلية قصفت مستودعات للحزب هناك.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2023-04-30')).toMatchObject([{ category: 'strike_on_militias', place: 'Dabaa airbase' }]);
  });
});

describe('"a similar operation" (عملية مماثلة) with a day of its own is another act', () => {
  it.each([
    [
      'against the same base the evening before',
      'أعلن جهاز مكافحة الإرهاب أن طائرة مسيّرة استهدفت، ليل الخميس، القاعدة الأمريكية في مطار أربيل الدولي. ويأتي الهجوم بعد أقل من 24 ساعة على عملية مماثلة ضد القاعدة نفسها مساء الأربعاء.',
      'Erbil airport',
      ['2024-01-25', '2024-01-24'],
    ],
    ['two days before', 'سقطت صواريخ على قاعدة عين الأسد فجر الخميس، بعد يومين من عملية مشابهة استهدفت القاعدة ذاتها مساء الثلاثاء.', 'Ain al-Asad', ['2024-01-25', '2024-01-23']],
  ])('%s', (_label, text, place, dates) => {
    const got = brief(text, '2024-01-26');
    expect(got.map((m) => m.place)).toEqual([place, place]);
    expect(got.map((m) => m.date)).toEqual(dates);
  });
});

describe("a report's day gives way to the act's day told the day before in a follow-up", () => {
  it.each([
    [
      'the command reports on Sunday, the rocket flew on Saturday night',
      'أفادت قيادة العمليات المشتركة، يوم الأحد، بإصابة طفل جراء سقوط صاروخ كاتيوشا أُطلق باتجاه المنطقة الخضراء وسط بغداد. وقالت القيادة إن الصاروخ انطلق ليلة أمس السبت من منطقة علي الصالح، وسقط بجانب منزل.',
      '2020-07-05',
      'Green Zone Baghdad',
      '2020-07-04',
    ],
    [
      'the media cell reports on Tuesday, the rockets fell on Monday evening',
      'أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، سقوط صاروخين على قاعدة بلد الجوية. وأوضحت الخلية أن الصاروخين سقطا مساء أمس الاثنين دون إصابات.',
      '2020-01-14',
      'Balad air base',
      '2020-01-13',
    ],
  ])('%s', (_label, text, pub, place, date) => {
    expect(brief(text, pub)).toMatchObject([{ place, date }]);
  });
});

describe("a timeline announced as one striker's strikes: its bullets' acts naming no side are those strikes", () => {
  const list = [
    'وفي ما يلي أبرز المحطات:',
    '- 28 آب 2023: ضربة فجراً على مطار حلب الدولي تعطل مدرجه.',
    '- 12 تشرين الأول 2023: ضربتان متزامنتان بعد الظهر على مطاري دمشق وحلب، وتحويل الرحلات إلى اللاذقية.',
    '- 22 تشرين الأول 2023: صواريخ فجرا على مطار دمشق، ومقتل عامل.',
  ];
  const told = (m: { place: string | null; date: string | null }) => `${m.place} ${m.date}`;
  it('each bullet at its airport on its day; the title, a series, is none of them', () => {
    const text = ['تسلسل زمني للغارات الإسرائيلية على مطاري دمشق وحلب', ...list].join('\n');
    expect(brief(text, '2023-12-01').map(told)).toEqual(['Aleppo airport 2023-08-28', 'Damascus airport 2023-10-12', 'Aleppo airport 2023-10-12', 'Damascus airport 2023-10-22']);
  });

  it('the striker told in the intro as the one blamed', () => {
    const text = ['مدارج تحت النار', 'تكررت الغارات التي تنسبها دمشق إلى إسرائيل على مطاري العاصمة وحلب.', ...list].join('\n');
    expect(brief(text, '2023-12-01').map(told)).toEqual(['Aleppo airport 2023-08-28', 'Damascus airport 2023-10-12', 'Aleppo airport 2023-10-12', 'Damascus airport 2023-10-22']);
  });

  it('with no striker told, bullets naming no side are no strikes', () => {
    const text = ['مطارات سوريا في عام صعب', 'تعطلت الرحلات مرات عدة.', ...list.slice(0, 3)].join('\n');
    expect(brief(text, '2023-12-01')).toEqual([]);
  });

  it('where flights were diverted is not where the strike was', () => {
    expect(brief('قصفت طائرات إسرائيلية مطار دمشق الدولي فجر اليوم، وتم تحويل الرحلات إلى مطار اللاذقية.', '2023-10-22').map((m) => m.place)).toEqual(['Damascus airport']);
  });
});

describe('an act in a "while" clause with no day of its own came on the day of the act told before it', () => {
  it('two bases on Thursday, one of them again on Wednesday', () => {
    const text =
      'وقال المسؤول إن عدة طائرات مسيّرة أُطلقت صباح الخميس على القوات في قاعدة عين الأسد الجوية غربي العراق، فيما استهدفت مسيّرة واحدة قاعدة أربيل الجوية في شمال البلاد. وجاءت الهجمات بعد هجوم بمسيّرة على قاعدة أربيل الجوية بعد ظهر الأربعاء.';
    expect(brief(text, '2023-11-24').map((m) => `${m.place} ${m.date}`)).toEqual(['Ain al-Asad 2023-11-23', 'Erbil airport 2023-11-23', 'Erbil airport 2023-11-22']);
  });

  it('"بينما"', () => {
    const text = 'سقطت صواريخ على قاعدة حرير مساء الأحد، بينما استهدفت مسيّرة قاعدة عين الأسد. وكانت قاعدة عين الأسد قد تعرضت لهجوم مماثل يوم الجمعة.';
    expect(brief(text, '2024-01-22').map((m) => `${m.place} ${m.date}`)).toEqual(['Harir 2024-01-21', 'Ain al-Asad 2024-01-21', 'Ain al-Asad 2024-01-19']);
  });

  it('a US mission support site by its title: "موقع الدعم «الفرات»"', () => {
    expect(brief('وفي سوريا، تعرضت القوات في موقع الدعم "الفرات" لهجوم بعدة صواريخ يوم الخميس.', '2023-11-24')).toMatchObject([{ place: 'Conoco gas field', date: '2023-11-23' }]);
  });
});

describe("a speaker's office and where flights were diverted are not where the act was", () => {
  it.each([
    ['"نائب مدير مركز حميميم"', 'وذكر نائب مدير مركز حميميم فاديم كوليت، في بيان مسائي، أن أربع مقاتلات إسرائيلية أطلقت ثمانية صواريخ على مواقع في محيط بلدة قدسيا غربي دمشق.', ['Qudsaya']],
    ['"قائد قاعدة عين الأسد" speaking of a strike elsewhere', 'قال قائد قاعدة عين الأسد إن طائرات أمريكية قصفت مقراً للكتائب في القائم فجر اليوم.', ['al-Qaim']],
    ['flights turned "نحو" another airport', 'استهدفت الضربات الإسرائيلية مطار دمشق الدولي عصر الخميس، وأخرجته عن الخدمة، لتتحول الرحلات نحو مطار اللاذقية.', ['Damascus airport']],
  ])('%s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });

  it('a drone heading "نحو" a base still attacked it', () => {
    expect(brief('أسقطت الدفاعات الأمريكية طائرة مسيرة متجهة نحو قاعدة التنف فجر اليوم.')).toMatchObject([{ place: 'al-Tanf' }]);
  });
});

describe('acts told as recurring (تتكرر، تكررت، تتوالى) with no day are a series', () => {
  it.each([
    ['after them, present', 'ويشار إلى أن الضربات الإسرائيلية تتكرر على مواقع الميليشيات الإيرانية في محيط دمشق وفي البادية وريف دير الزور الشرقي.'],
    ['before them, past', 'وتكررت الغارات على مطار حلب خلال الأشهر الماضية.'],
    ['"تتوالى"', 'وتتوالى الضربات المجهولة على مواقع الحشد في القائم منذ أسابيع.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2020-07-21')).toEqual([]);
  });

  it('strikes that went on today are an act', () => {
    expect(brief('وتواصلت الغارات الإسرائيلية فجر اليوم على مواقع للحرس الثوري قرب مطار دمشق.', '2020-07-21')).toMatchObject([{ place: 'Damascus airport', date: '2020-07-21' }]);
  });
});

describe('an act told only as whose victims were mourned, with no time of its own, is background', () => {
  it.each([
    ['hours after the funeral', 'سقطت صواريخ داخل المنطقة الخضراء مساء السبت. ويأتي القصف بعد ساعات من انتهاء مراسم تشييع ضحايا الضربة الأمريكية قرب مطار بغداد.'],
    ['while thousands mourned', 'سقطت صواريخ داخل المنطقة الخضراء مساء السبت، فيما شيّع الآلاف ضحايا الغارة الأمريكية قرب مطار بغداد.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2020-01-05')).toMatchObject([{ category: 'attack_on_us_forces', place: 'Green Zone Baghdad', date: '2020-01-04' }]);
  });

  it('a funeral of the victims of a strike told with its day: that strike stands', () => {
    expect(brief('شيّع الآلاف في كربلاء ضحايا الغارة الأمريكية التي استهدفت مقرات الكتائب في القائم فجر الأحد 29 كانون الأول.', '2019-12-31')).toMatchObject([
      { category: 'strike_on_militias', place: 'al-Qaim', date: '2019-12-29' },
    ]);
  });
});

describe('a city told by the bearing of a site named beside it only locates it', () => {
  it.each([
    ['"إلى الشمال من بغداد"', 'قال مصدر إن أربعة صواريخ كاتيوشا سقطت مساء اليوم على قاعدة بلد الجوية، التي تعد أكبر القواعد الجوية في البلاد، إلى الشمال من بغداد.', ['Balad air base']],
    ['with an agency dateline', 'بغداد 17 مارس 2022 (شينخوا) قال مصدر في الشرطة إن أربعة صواريخ سقطت مساء اليوم على قاعدة بلد الجوية.', ['Balad air base']],
  ])('%s', (_label, text, places) => {
    expect(brief(text, '2022-03-17').map((m) => m.place)).toEqual(places);
  });

  it('a city with no site lying that way is still a place', () => {
    expect(brief('سقطت قذائف على مقر للحشد شمال بغداد مساء اليوم، وقالت مصادر إن طائرة مسيرة مجهولة نفذت القصف.', '2022-03-17').map((m) => m.place)).toEqual(['Baghdad']);
  });
});
