import { brief } from '../../test/brief';

// Which side was hit and who struck, when the text says it outside the lexicon's exact
// phrases. Sentences written for these tests.

const sides = (text: string) => brief(text).map((m) => [m.category, m.place]);

describe('the US side known by context', () => {
  it.each([
    ['"of its personnel" after the Pentagon', 'أعلن البنتاغون أن اثنين من عناصره أصيبا في هجوم بطائرة مسيرة استهدف موقعا عسكريا في الأردن فجر اليوم.', 'Tower 22'],
    ['"of its forces" after the US army', 'قال الجيش الأمريكي إن جنديا من قواته أصيب بهجوم صاروخي على منشأة في مدينة أربيل مساء الأحد.', 'Erbil'],
    ['a US citizen killed', 'لقي مواطن أمريكي حتفه في قصف بالصواريخ طال منشأة عسكرية في محافظة كركوك ليل الثلاثاء.', 'Kirkuk'],
    ['a US employee', 'قتل موظف أمريكي في هجوم بمسيرة على منشأة نفطية قرب مدينة الحسكة مساء أمس.', 'Hasakah'],
    ['"of its members" after the Defense Department', 'أكدت وزارة الدفاع الأمريكية إصابة خمسة من أفرادها في هجوم بمسيرتين على موقع لوجستي في محافظة دير الزور يوم الأربعاء.', 'Deir ez-Zor'],
    ['"US army forces" (genitive)', 'تعرضت قوات الجيش الأمريكي المنتشرة في محيط مدينة الشدادي لقصف بقذائف الهاون مساء اليوم.', 'al-Shaddadi'],
    ['"its soldiers" after Washington', 'قالت واشنطن إن عددا من جنودها أصيبوا في هجوم بطائرة مسيرة على موقع قرب مدينة أربيل فجر الخميس.', 'Erbil'],
    ['a US adviser wounded', 'جرح مستشار عسكري أمريكي في سقوط صاروخ على مبنى في مدينة كركوك مساء الخميس.', 'Kirkuk'],
    ['"its forces" after CENTCOM', 'قالت القيادة المركزية الأمريكية إن مسيرة هاجمت قواتها في محافظة الحسكة فجر اليوم دون إصابات.', 'Hasakah'],
    ['US diplomats', 'أصيب دبلوماسيان أمريكيان بقصف صاروخي على مجمع سكني في مدينة أربيل ليلة الأحد.', 'Erbil'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });
});

describe('the striker named outside the agent lexicon', () => {
  it.each([
    ['Israel as the subject of "launched"', 'قالت مصادر محلية إن إسرائيل أطلقت رشقة صواريخ على مستودع للحرس الثوري قرب مدينة البوكمال ليل الثلاثاء.', 'israel', 'Albukamal'],
    ['a single unidentified warplane', 'أغارت طائرة حربية مجهولة الهوية على مستودع لكتائب حزب الله قرب بلدة القائم مساء اليوم.', 'unknown', 'al-Qaim'],
    ['a relative clause between the aircraft and the verb', 'قال مراسلنا إن طائرات الاحتلال الإسرائيلي التي حلقت فوق البادية قصفت بصاروخين مقرا للحرس الثوري في الميادين.', 'israel', 'Mayadin'],
    ['"the United States carried out" (periphrastic)', 'وقامت الولايات المتحدة بتوجيه ضربات إلى منشآت في الميادين يستخدمها الحرس الثوري فجر اليوم.', 'us', 'Mayadin'],
    ['"a US drone undertook the assassination"', 'تولت مسيرة أمريكية مساء الأربعاء اغتيال قيادي في كتائب حزب الله في منطقة المشتل ببغداد.', 'us', 'al-Mashtal'],
    ['CENTCOM announcing a killing', 'أعلنت القيادة المركزية الأمريكية قتل خمسة مسلحين بالقرب من مدينة كركوك بعد ظهر اليوم.', 'us', 'Kirkuk'],
    ['US forces claiming a strike', 'تبنت القوات الأمريكية رسميا الضربة التي استهدفت مقرا لعصائب أهل الحق في جرف الصخر أمس.', 'us', 'Jurf al-Sakhar'],
    ['unidentified drones in a phrase with an adjective between', 'أعلن الحشد الشعبي مقتل اثنين من عناصره بقصف نفذته طائرات مسيرة مجهولة في قضاء القائم اليوم.', 'unknown', 'al-Qaim'],
    ['the US army announcing it killed a commander', 'أعلن الجيش الأمريكي قتل قيادي في فصيل موال لإيران بضربة في منطقة جرف الصخر مساء أمس.', 'us', 'Jurf al-Sakhar'],
    ['Israeli jets with a relative clause and a depot', 'مقاتلات إسرائيلية، التي دخلت من الأجواء الأردنية، ضربت مستودعا لحزب الله في منطقة القصير فجر اليوم.', 'israel', 'al-Qusayr'],
  ])('%s', (_label, text, actor, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', actor, place }]);
  });
});

describe('a cause or retaliation clause is an incident of its own', () => {
  it.each([
    ['"in a first response to"', 'قصفت فصائل عراقية قاعدة حرير بصواريخ مساء اليوم، في أول رد فعل على القصف الأمريكي الذي استهدف مقراتها في القائم.', ['attack_on_us_forces', 'Harir']],
    ['"based on" attacks', 'وقامت الولايات المتحدة بشن غارات على منشآت في البوكمال يستخدمها الحرس الثوري، بناء على اعتداءات طالت القوات الأمريكية.', ['strike_on_militias', 'Albukamal']],
    ['"in reaction to"', 'استهدفت مسيرات قاعدة التنف فجر اليوم كرد فعل على الغارات الإسرائيلية في دمشق.', ['attack_on_us_forces', 'al-Tanf']],
    ['"avenging" a strike', 'أطلقت المقاومة الإسلامية صواريخ على قاعدة عين الأسد ليل الأحد ثأرا للقصف الأمريكي على جرف الصخر.', ['attack_on_us_forces', 'Ain al-Asad']],
    ['"in the framework of the response"', 'شنت طائرات أمريكية غارات على مواقع لكتائب حزب الله في القائم فجر اليوم في إطار الرد على هجوم استهدف قاعدة عين الأسد.', ['strike_on_militias', 'al-Qaim']],
    ['"as a response" with a noun', 'نفذت المقاتلات الأمريكية ضربات على مخازن للنجباء في جرف الصخر اليوم كرد على استهداف قواتها في أربيل.', ['strike_on_militias', 'Jurf al-Sakhar']],
    ['"following" with a different side', 'هاجمت مسيرة مفخخة قاعدة الشدادي الأمريكية مساء أمس غداة غارات أمريكية على مواقع للفصائل في البوكمال.', ['attack_on_us_forces', 'al-Shaddadi']],
    ['"in retaliation for" (noun)', 'قصفت طائرات أمريكية مقرات للحشد الشعبي في القائم فجر الجمعة انتقاما لمقتل جنود أمريكيين في الأردن.', ['strike_on_militias', 'al-Qaim']],
    ['"a reaction to" at sentence end', 'سقطت ثلاثة صواريخ على قاعدة فكتوريا قرب مطار بغداد اليوم، وذلك كردة فعل على اغتيال قيادي في الحشد.', ['attack_on_us_forces', 'Victory base']],
    [
      '"in response to" after a long clause',
      'وجهت الولايات المتحدة ضربات دقيقة لمواقع الحرس الثوري في البوكمال والميادين في وقت متأخر من الليلة الماضية على خلفية هجمات المسيرات على قواتها في سوريا.',
      ['strike_on_militias', 'Albukamal'],
    ],
  ])('%s', (_label, text, first) => {
    const out = brief(text);
    expect(out[0]).toMatchObject({ category: first[0], place: first[1] });
    expect(out.filter((m) => m.category === first[0] && m.place !== first[1] && m.place !== 'Mayadin')).toEqual([]);
  });
});

describe('a target in an intent clause is not hit', () => {
  it.each([
    ['militants preparing to launch at US forces', 'قتلت ضربة جوية أمريكية خمسة عناصر من فصيل مسلح قرب مدينة كركوك بينما كانوا يستعدون لإطلاق صواريخ على قوات أمريكية.', 'Kirkuk'],
    ['a drone prepared to target a base', 'قتل ثلاثة من عناصر الحشد الشعبي بانفجار طائرة مسيرة كانت معدة لاستهداف قاعدة تستضيف قوات التحالف قرب مدينة كركوك.', 'Kirkuk'],
    ['fighters who tried to launch drones', 'نفذت القوات الأمريكية ضربة جوية ضد مقاتلين حاولوا إطلاق طائرات مسيرة في محافظة بابل لاستهداف قوات التحالف.', 'Babil'],
    ['a launch cell about to fire', 'استهدفت مسيرة أمريكية في ناحية البغدادي خلية كانت تستعد لإطلاق صواريخ على قاعدة عين الأسد فجر اليوم.', 'al-Baghdadi'],
    ['a strike on a site used to attack US forces', 'قصفت مقاتلات أمريكية موقعا تستخدمه الفصائل لشن هجمات على القوات الأمريكية في منطقة القائم ليل الاثنين.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });
});

describe('who tells and what is sounded are no sides', () => {
  it.each([
    ['a US official as the source of a strike', 'قال مسؤول عسكري أمريكي إن غارة جوية استهدفت مقرا لكتائب حزب الله في القائم فجر اليوم.', 'strike_on_militias', 'al-Qaim'],
    ['a US spokesman as the source', 'وأكد متحدث عسكري أميركي أن ضربة دقيقة دمرت مستودعا للنجباء في جرف الصخر مساء أمس.', 'strike_on_militias', 'Jurf al-Sakhar'],
    ['an embassy sounding the sirens', 'أطلقت السفارة الأمريكية في بغداد صافرات الإنذار بعد سقوط صاروخ في محيطها فجر اليوم.', 'attack_on_us_forces', 'US embassy Baghdad'],
    ['a consulate sounding the sirens after drones', 'هاجمت مسيرتان مطار أربيل ليلة السبت، فيما أطلقت القنصلية الأمريكية صفارات الإنذار.', 'attack_on_us_forces', 'Erbil airport'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe('the cause of an act, told without a place, is no incident of its own', () => {
  it.each([
    ['"in response to the US shelling of their HQs"', 'قصفت فصائل عراقية قاعدة حرير بصواريخ مساء اليوم، ردا على القصف الأمريكي الذي استهدف مقراتها.', ['Harir']],
    ['"on the basis of attacks on US forces"', 'وجهت الولايات المتحدة ضربات إلى منشآت في البوكمال يستخدمها الحرس الثوري، بناء على اعتداءات طالت القوات الأمريكية.', ['Albukamal']],
    ['"avenging the US strikes on the militias"', 'هاجمت مسيرات قاعدة التنف فجر اليوم انتقاما للغارات الأمريكية على مواقع الفصائل.', ['al-Tanf']],
    ['"following Israeli strikes on IRGC sites"', 'سقطت صواريخ على حقل كونيكو مساء أمس في أعقاب غارات إسرائيلية على مواقع للحرس الثوري.', ['Conoco gas field']],
    ['"in reaction to attacks on US bases"', 'قصفت مقاتلات أمريكية مقرا لكتائب حزب الله في القائم فجر اليوم كرد على هجمات على القواعد الأمريكية.', ['al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(brief(text).map((m) => m.place)).toEqual(expected);
  });
});

describe('a strike named American or Israeli at a site that hosts US forces is still a strike', () => {
  it.each([
    ['a US raid near Baghdad airport on an IRGC commander', 'قتل قائد في فيلق القدس بغارة أمريكية قرب مطار بغداد الدولي فجر اليوم.'],
    ['a US strike on a militia convoy near a US base', 'استهدفت ضربة أمريكية رتلا لكتائب حزب الله قرب قاعدة عين الأسد مساء أمس.'],
  ])('%s: not an attack on US forces', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'attack_on_us_forces')).toEqual([]);
  });
});

describe('headlines as outlets write them', () => {
  it.each([
    ['blasts shake a base', 'مصادر: انفجارات تهز قاعدة كونيكو الأمريكية شرق دير الزور', 'attack_on_us_forces', 'Conoco gas field'],
    ['US forces intercept (present tense)', 'القوات الأمريكية تعترض مسيرتين قرب قاعدة الشدادي', 'attack_on_us_forces', 'al-Shaddadi'],
    ['a striker speaking in the first person', 'القيادة المركزية الأمريكية: ضربنا منشأتين للحرس الثوري في شرق سوريا', 'strike_on_militias', null],
    ['"we shot down a drone targeting our forces"', 'سنتكوم: أسقطنا مسيرة حاولت استهداف قواتنا في سوريا', 'attack_on_us_forces', null],
    ['sirens sound at the embassy', 'صفارات الإنذار تدوي في السفارة الأمريكية ببغداد', 'attack_on_us_forces', 'US embassy Baghdad'],
    ['air defences confront a drone', 'الدفاعات الجوية تتصدى لمسيرة فوق قاعدة عين الأسد', 'attack_on_us_forces', 'Ain al-Asad'],
    ['US artillery targets launch points', 'قصف مدفعي أمريكي يستهدف مصادر إطلاق الصواريخ في الميادين', 'strike_on_militias', 'Mayadin'],
    ['Washington strikes (present tense)', 'واشنطن تقصف مواقع لميليشيات موالية لإيران في البوكمال', 'strike_on_militias', 'Albukamal'],
    ['the Pentagon: "we carried out strikes"', 'البنتاغون: نفذنا ضربات دقيقة ضد مواقع لكتائب حزب الله في القائم', 'strike_on_militias', 'al-Qaim'],
    ['a group announces (present tense)', 'المقاومة الإسلامية في العراق تعلن استهداف قاعدة عين الأسد بطائرة مسيرة', 'attack_on_us_forces', 'Ain al-Asad'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe('outlets of every side', () => {
  it.each([
    ['a present tense that narrates one attack', 'قوات الاحتلال الأمريكي تتعرض لهجوم صاروخي في حقل العمر بريف دير الزور', 'attack_on_us_forces', 'al-Omar oil field'],
    ['"pounds" (تدك) a base', 'المقاومة العراقية تدك قاعدة الاحتلال الأمريكي في التنف بالصواريخ', 'attack_on_us_forces', 'al-Tanf'],
    ['an operations sector', 'استشهاد 3 من مقاتلي الحشد الشعبي بقصف أمريكي غادر على قاطع عمليات القائم', 'strike_on_militias', 'al-Qaim'],
    ['a Kurdish dateline', 'روداو - أربيل: استهدفت طائرة مسيرة مفخخة، مساء اليوم، مطار أربيل الدولي دون أن تسفر عن خسائر بشرية.', 'attack_on_us_forces', 'Erbil airport'],
    ['SANA on US aggression', 'سانا: عدوان أمريكي جديد على منطقة البوكمال يسفر عن ارتقاء شهيدين', 'strike_on_militias', 'Albukamal'],
    ['an Iraqi agency slug', 'شفق نيوز/ أفاد مصدر أمني، مساء الثلاثاء، بسقوط صاروخ كاتيوشا قرب قاعدة عين الأسد في الأنبار.', 'attack_on_us_forces', 'Ain al-Asad'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });

  it.each([
    ['bases that keep being attacked', 'وتتعرض القواعد الأمريكية لهجمات متكررة بالمسيرات'],
    ['Israel keeps striking', 'وتشن إسرائيل غارات على مواقع للميليشيات الإيرانية في سوريا'],
  ])('a habit is still no incident: %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('a toll in the cause clause belongs to the cause, its possessor named earlier in the sentence', () => {
  const tolls = (text: string) => brief(text).map((m) => [m.category, m.place, m.killed]);
  it.each([
    [
      '"in response to the killing of three of its soldiers in Jordan"',
      'شنت الولايات المتحدة فجر اليوم ضربات انتقامية على مواقع لكتائب حزب الله في القائم، ردا على مقتل ثلاثة من جنودها في الأردن.',
      [
        ['strike_on_militias', 'al-Qaim', null],
        ['attack_on_us_forces', 'Tower 22', 3],
      ],
    ],
    [
      '"avenging two of its personnel"',
      'قصفت القوات الأمريكية مقرا للحرس الثوري في البوكمال الليلة الماضية، انتقاما لمقتل اثنين من عناصرها في هجوم على قاعدة التنف.',
      [
        ['strike_on_militias', 'Albukamal', null],
        ['attack_on_us_forces', 'al-Tanf', 2],
      ],
    ],
    [
      '"after four of its soldiers were killed"',
      'أغارت طائرات أمريكية على مستودعات للنجباء في جرف الصخر، بعد مقتل أربعة من جنودها في قصف على قاعدة عين الأسد.',
      [
        ['strike_on_militias', 'Jurf al-Sakhar', null],
        ['attack_on_us_forces', 'Ain al-Asad', 4],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });
});

describe('the side that "responds with" a strike is the striker', () => {
  it.each([
    ['US forces respond with Apaches', 'ردت القوات الأمريكية بطائرات مروحية من طراز أباتشي بقصف منصات الإطلاق قرب بلدة الميادين.', 'Mayadin'],
    ['US forces respond by shelling', 'ردت القوات الأمريكية بقصف مواقع للميليشيات قرب البوكمال فجر اليوم.', 'Albukamal'],
    ['the US army responds with strikes', 'ورد الجيش الأمريكي بضربات على مواقع الفصائل في القائم.', 'al-Qaim'],
    ['the coalition responds', 'وردّت قوات التحالف الدولي بقصف مصادر النيران في محيط الميادين.', 'Mayadin'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', actor: expect.stringMatching(/^(us|coalition)$/), place }]);
  });

  it('while militias that respond are the attackers', () => {
    expect(brief('ردت الفصائل بقصف قاعدة عين الأسد بالصواريخ.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'Ain al-Asad' }]);
  });
});

describe('a strike told as American near a US site struck near it', () => {
  const read = (text: string) => brief(text).map((m) => [m.category, m.place]);
  it.each([
    ['a convoy near the airport', 'مقتل قائد فيلق القدس ونائب رئيس الحشد الشعبي في غارة أمريكية قرب مطار بغداد الدولي.', [['strike_on_militias', 'Baghdad airport']]],
    ['a US drone near a base', 'قصفت طائرة مسيرة أمريكية رتلا للفصائل بالقرب من قاعدة التنف فجر اليوم.', [['strike_on_militias', 'al-Tanf']]],
    ['"in the vicinity of" a base', 'استهدفت غارة أمريكية مسلحين في محيط قاعدة عين الأسد مساء الأحد.', [['strike_on_militias', 'Ain al-Asad']]],
    [
      'a US site in a clause about the targets',
      'استهدفت طائرة مسيرة أمريكية سيارة في جرف الصخر تقل قياديين متورطين في هجمات بالصواريخ على قاعدة عين الأسد.',
      [['strike_on_militias', 'Jurf al-Sakhar']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a base hosting US forces, hit by a drone', 'أفاد جهاز مكافحة الإرهاب أن قاعدة حرير التي تستضيف قوات أمريكية استهدفت بطائرة مسيرة يوم الجمعة.', [['attack_on_us_forces', 'Harir']]],
    ['rockets on a base, the coalition answers', 'أطلقت 8 صواريخ على القرية الخضراء التي تستضيف القوات الأمريكية، ورد التحالف بقذائف مدفعية.', [['attack_on_us_forces', 'Green Village']]],
  ])('but not %s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('an Israeli strike near a US site is no attack on US forces', () => {
  it.each([
    ['Israeli strikes near a base', 'غارات إسرائيلية تستهدف مواقع للفصائل قرب قاعدة التنف.', 'al-Tanf'],
    ['Israel as the agent', 'نفذ الطيران الإسرائيلي غارات قرب قاعدة التنف استهدفت مواقع للفصائل.', 'al-Tanf'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', actor: 'israel', place }]);
  });

  it('while a drone on the base in answer to Israeli raids is an attack', () => {
    expect(brief('قصفت مسيرة قاعدة التنف رداً على الغارات الإسرائيلية.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'al-Tanf' }]);
  });
});

describe('where US forces are stationed is not what their strike hit', () => {
  const read = (text: string) => brief(text).map((m) => [m.category, m.place, m.weapon]);
  it.each([
    [
      'artillery from a base, the region left',
      'قصفت القوات الأمريكية المتمركزة في حقل العمر مواقع للميليشيات الإيرانية في بلدة الطيبة بريف دير الزور الشرقي بقذائف المدفعية.',
      [['strike_on_militias', 'eastern Deir ez-Zor countryside', 'artillery']],
    ],
    ['a town named after the base', 'قصفت القوات الأمريكية المتمركزة في قاعدة التنف مواقع للفصائل في منطقة البوكمال.', [['strike_on_militias', 'Albukamal', 'unknown']]],
  ])('%s', (_label, text, expected) => {
    expect(read(text).map(([c, p]) => [c, p])).toEqual(expected.map(([c, p]) => [c, p]));
  });

  it.each([
    ['drones on the forces stationed there', 'استهدف هجوم بالمسيرات القوات الأمريكية المتمركزة في حقل العمر.', 'al-Omar oil field'],
    ['rockets on them', 'سقطت صواريخ على القوات الأمريكية المتمركزة في قاعدة عين الأسد.', 'Ain al-Asad'],
  ])('while an attack on them is there: %s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });
});

describe('US convoys and airstrips', () => {
  it.each([
    ['a convoy carrying equipment for the coalition', 'انفجرت عبوة ناسفة برتل ينقل معدات للتحالف الدولي على الطريق السريع قرب الناصرية.', 'Nasiriyah', 'ied'],
    ['a US airstrip', 'هجوم بطائرة مسيرة يستهدف مهبط طائرات أمريكي في ريف الحسكة.', 'Hasakah', 'drone'],
  ])('%s', (_label, text, place, weapon) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, weapon }]);
  });
});

describe('"منذ أن" opens the act a time is counted from, not this one', () => {
  const read = (text: string) =>
    brief(text)
      .filter((m) => m.place)
      .map((m) => [m.category, m.place, m.killed]);
  it.each([
    [
      'a drone attack, the first since US strikes',
      'أدى هجوم بطائرة مسيرة على قاعدة حقل العمر إلى مقتل ستة مقاتلين أكراد في أول هجوم كبير منذ أن شنت الولايات المتحدة ضربات انتقامية ضد الميليشيات.',
      [['attack_on_us_forces', 'al-Omar oil field', 6]],
    ],
    [
      'rockets, the first since the strikes began',
      'سقطت صواريخ على قاعدة عين الأسد مساء اليوم للمرة الأولى منذ أن بدأت الطائرات الأمريكية قصف مواقع الفصائل.',
      [['attack_on_us_forces', 'Ain al-Asad', null]],
    ],
    [
      'a strike, the first since the militias attacked',
      'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم، في أول ضربة منذ أن استهدفت الفصائل قاعدة حرير.',
      [['strike_on_militias', 'al-Qaim', null]],
    ],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the US side as the one accused of or proceeding to a strike, and as the occupation', () => {
  it.each([
    ['accused "بتنفيذ ضربات"', 'اتهمت قيادة عمليات الجزيرة في الحشد الشعبي القوات الأمريكية بتنفيذ ضربات بطائرات مسيرة على مقر للواء 47 في شمال محافظة بابل.', 'Babil'],
    ['accused "بقصف"', 'اتهم الحشد الشعبي الولايات المتحدة بقصف مقراته في منطقة القائم فجر اليوم.', 'al-Qaim'],
    ['accused "بتوجيه ضربة"', 'اتهم مصدر في الحشد القوات الأمريكية بتوجيه ضربة بطائرة مسيرة إلى مقر في القائم.', 'al-Qaim'],
    ['the occupation accused "بارتكاب عدوان"', 'اتهمت وزارة الخارجية السورية قوات الاحتلال الأمريكي بارتكاب عدوان على مواقع قرب البوكمال فجر اليوم.', 'Albukamal'],
    ['"أقدمت … على ارتكاب عدوان" with a clause between', 'أقدمت قوات الاحتلال الأمريكي، في ساعة متأخرة من ليل أمس، على ارتكاب عدوان جوي جديد استهدف محيط مدينة دير الزور.', 'Deir ez-Zor'],
    ['the occupation as the subject of "شنت"', 'شنت قوات الاحتلال الأمريكي غارات على مواقع في محيط مدينة الميادين مساء أمس.', 'Mayadin'],
    ['the occupation before a present verb', 'قوات الاحتلال الأمريكي تقصف مواقع في مدينة الميادين فجر اليوم.', 'Mayadin'],
    ['the occupation after "نفذت"', 'نفذت قوات الاحتلال الأميركي ضربات على مواقع قرب البوكمال مساء أمس.', 'Albukamal'],
  ])('a strike: %s', (_label, text, place) => {
    expect(sides(text)).toEqual([['strike_on_militias', place]]);
  });

  it.each([
    ['a militia after the verb, the US forces its object', 'قصفت الفصائل القوات الأمريكية في قاعدة التنف بالصواريخ.', 'al-Tanf'],
    ['a militia after the verb, the occupation its object', 'قصفت الفصائل قوات الاحتلال الأمريكي في حقل العمر بالصواريخ مساء أمس.', 'al-Omar oil field'],
    ['the occupation as the object of "استهدفت"', 'استهدفت المقاومة الإسلامية قوات الاحتلال الأمريكي في قاعدة حرير بطائرة مسيرة.', 'Harir'],
  ])('an attack: %s', (_label, text, place) => {
    expect(sides(text)).toEqual([['attack_on_us_forces', place]]);
  });
});

describe('a US body announcing that a base was attacked is no striker', () => {
  it.each([
    ['"نفذته فصائل مدعومة من إيران"', 'أعلنت وزارة الدفاع الأمريكية أن قاعدة عين الأسد الجوية تعرضت مساء أمس لهجوم بصاروخ باليستي نفذته فصائل مدعومة من إيران.', 'Ain al-Asad'],
    ['rockets "fired by Iraqi factions"', 'أعلنت القيادة المركزية الأمريكية أن صواريخ أطلقتها فصائل عراقية سقطت على قاعدة حرير مساء أمس.', 'Harir'],
    ['"نفذته الميليشيات"', 'أعلنت الولايات المتحدة أن قاعدة خراب الجير تعرضت لقصف صاروخي نفذته الميليشيات مساء الأحد.', 'Kharab al-Jir'],
    ['the attack told first, "شنته ميليشيات"', 'أعلنت سنتكوم أن هجوما بمسيرة شنته ميليشيات مدعومة من إيران استهدف قاعدة التنف أمس.', 'al-Tanf'],
    ['"نفذته فصائل عراقية"', 'أعلنت وزارة الدفاع الأمريكية أن قاعدة حرير تعرضت لهجوم بطائرة مسيرة نفذته فصائل عراقية.', 'Harir'],
    ['"شنته جماعات"', 'أعلنت القيادة المركزية أن قاعدة البرج 22 تعرضت لهجوم بمسيرة شنته جماعات مدعومة من إيران.', 'Tower 22'],
    ['a drone "fired by Iraqi factions"', 'أعلنت الولايات المتحدة أن مسيرة أطلقتها فصائل عراقية استهدفت مطار أربيل ليل السبت.', 'Erbil airport'],
    ['an attack "carried out by factions loyal to Iran"', 'أعلنت واشنطن أن هجوما نفذته فصائل موالية لإيران استهدف حقل كونيكو فجر اليوم.', 'Conoco gas field'],
  ])('%s', (_label, text, place) => {
    expect(sides(text)).toEqual([['attack_on_us_forces', place]]);
  });

  it.each([
    ['"أنها شنت"', 'أعلنت القيادة المركزية الأمريكية أنها شنت ضربات على مواقع لكتائب حزب الله في القائم.', 'al-Qaim'],
    ['"أن قواتها نفذت"', 'أعلنت الولايات المتحدة أن قواتها نفذت غارات على مقرات للفصائل في البوكمال.', 'Albukamal'],
    ['no "أن": "أعلنت … شن ضربات"', 'أعلنت القيادة المركزية الأمريكية شن ضربات على مواقع لكتائب حزب الله في القائم.', 'al-Qaim'],
  ])('but one announcing its own strike is: %s', (_label, text, place) => {
    expect(sides(text)).toEqual([['strike_on_militias', place]]);
  });
});

describe('"hostile" aircraft strike as unidentified ones do', () => {
  it.each([
    ['two hostile drones hit a vehicle', 'استهدفت طائرتان مسيرتان معاديتان عجلة كان يستقلها أبو علي الدبي في قضاء القائم، فأردته قتيلاً وأصيب مرافقه بجروح.', 'al-Qaim'],
    ['a hostile drone on a headquarters', 'قصفت طائرة مسيرة معادية مقرا في منطقة عكاشات غرب الأنبار مساء أمس.', 'Akashat'],
    ['hostile aviation, indefinite "معاد"', 'استهدف طيران معاد موقعا في بادية البوكمال فجر اليوم، ما أدى إلى مقتل ثلاثة عناصر.', 'Albukamal'],
    ['a hostile drone falls on a headquarters', 'سقطت طائرة مسيرة معادية على مقر في جرف الصخر وأدت إلى إصابة عنصرين.', 'Jurf al-Sakhar'],
    ['a hostile drone on a car', 'استهدفت مسيرة معادية سيارة تقل عناصر في قضاء القائم مساء الأحد.', 'al-Qaim'],
    ['wounded by a hostile drone', 'أصيب عنصران بقصف طائرة مسيرة معادية على نقطة في عكاشات.', 'Akashat'],
    ['the hostile drones, definite', 'دمرت الطائرات المسيرة المعادية عجلتين في منطقة القائم ليلة الأحد.', 'al-Qaim'],
    ['hostile aircraft on a depot', 'استهدفت طائرات معادية مخزنا للعتاد في جرف الصخر فجر اليوم.', 'Jurf al-Sakhar'],
  ])('%s', (_label, text, place) => {
    expect(sides(text)).toEqual([['strike_on_militias', place]]);
  });

  it('but over a US base, a hostile drone is an attack on it', () => {
    expect(sides('استهدفت طائرة مسيرة معادية قاعدة حرير مساء أمس دون وقوع إصابات.')).toEqual([['attack_on_us_forces', 'Harir']]);
  });
});

describe('what a strike protects was not hit: "سلامة الأفراد الأمريكيين"، "لحماية القوات الأمريكية"', () => {
  it.each([
    ['وقال أوستن في بيان إن الضربات استهدفت موقعين قرب مدينتي البوكمال والميادين، مضيفاً أن الرئيس ليس لديه أولوية أعلى من سلامة الأفراد الأمريكيين.', ['Albukamal', 'Mayadin']],
    ['قصفت طائرات أمريكية مواقع في البوكمال لحماية القوات الأمريكية.', ['Albukamal']],
    ['شنت الولايات المتحدة غارات على مقرات للفصائل في القائم دفاعا عن القوات الأمريكية في المنطقة.', ['al-Qaim']],
    ['قال البنتاغون إن الضربات على مواقع الحرس الثوري في الميادين جاءت حفاظا على أمن الجنود الأمريكيين.', ['Mayadin']],
    ['نفذت مقاتلات أمريكية ضربات على منشآت في البوكمال، وقال أوستن إن الرئيس أمر بها لضمان سلامة القوات الأمريكية.', ['Albukamal']],
    ['استهدفت ضربات جوية مواقع للميليشيات في الميادين، وأكد البيت الأبيض أنها للدفاع عن القوات الأمريكية.', ['Mayadin']],
    ['قصفت مسيرة أمريكية سيارة في بغداد حرصا على أمن السفارة الأمريكية.', ['Baghdad']],
    ['أغارت طائرات أمريكية على مخازن في جرف الصخر من أجل حماية العسكريين الأمريكيين في العراق.', ['Jurf al-Sakhar']],
  ])('%s', (text, places) => {
    expect(sides(text)).toEqual(places.map((p) => ['strike_on_militias', p]));
  });
});

describe('strikes told as such by the US, the coalition or Israel, with no side named as hit', () => {
  it.each([
    ['وقال أوستن في بيان إن الضربات استهدفت موقعين قرب مدينتي البوكمال والميادين.', ['Albukamal', 'Mayadin']],
    ['قال البنتاغون في بيان إن الغارات طالت مستودعات في محيط مدينة القائم.', ['al-Qaim']],
    ['أكدت واشنطن أن الضربات دمرت منشآت في ريف البوكمال فجر اليوم.', ['Albukamal']],
    ['وقالت القيادة المركزية في بيانها إن الضربة أصابت مقرا قرب جرف الصخر.', ['Jurf al-Sakhar']],
    ['ذكر مسؤول أمريكي في تصريح أن الغارات استهدفت مخازن في بادية الميادين.', ['Mayadin desert']],
    ['وأوضح الجيش الإسرائيلي في بيان أن الغارة طالت موقعا قرب مطار دمشق.', ['Damascus airport']],
    ['قال مسؤول في وزارة الدفاع الأمريكية في إيجاز صحفي إن الضربات استهدفت مواقع في القائم.', ['al-Qaim']],
    ['أشارت سنتكوم في بيانها إلى أن الضربات شملت مقرات في الميادين.', ['Mayadin']],
  ])('%s', (text, places) => {
    expect(sides(text)).toEqual(places.map((p) => ['strike_on_militias', p]));
  });

  it.each([['Iran named, its missile strike', 'قالت طهران إن الضربة التي نفذتها فجر اليوم أصابت قاعدة عين الأسد.']])('but not when Iran or its groups are named: %s', (_label, text) => {
    expect(sides(text).every(([c]) => c !== 'strike_on_militias')).toBe(true);
  });
});

describe('bombs dropped are a strike; the verb alone is not', () => {
  it.each([
    ['ونقلت رويترز عن مسؤول أميركي أن طائرتين من طراز F-15E قامتا بإلقاء سبع قنابل موجهة على الموقع الواقع في منطقة البوكمال قرب الحدود العراقية.', ['Albukamal']],
    ['ألقت طائرتان أمريكيتان سبع قنابل على موقع للميليشيات في منطقة البوكمال فجر اليوم.', ['Albukamal']],
    ['ألقت مقاتلات إسرائيلية قنابل خارقة على مستودع للحرس الثوري قرب مطار الضبعة.', ['Dabaa airbase']],
    ['ألقت طائرة مسيرة قنبلتين على مقر للحشد في القائم مساء أمس.', ['al-Qaim']],
    ['قامت طائرات التحالف بإلقاء حمولتها على مواقع في بادية الميادين ليلة الخميس.', ['Mayadin desert']],
    ['يلقي الطيران الإسرائيلي قنابل على مواقع للحرس الثوري في ريف دمشق منذ ساعات الفجر.', ['Rif Dimashq']],
    ['ألقت الطائرات الأمريكية قنابلها على مخازن للأسلحة تابعة للفصائل في البوكمال.', ['Albukamal']],
    ['وقامت طائرة أمريكية بإلقاء قنبلة موجهة على سيارة تقل قياديين في الحشد ببغداد.', ['Baghdad']],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected.map((p: string) => ['strike_on_militias', p]));
  });

  it('"ألقى كلمة" is no strike', () => {
    expect(brief('ألقى قائد القيادة المركزية كلمة في قاعدة التنف أمس.')).toEqual([]);
  });
});

describe('Iran’s men hit by a strike near a US site: the site only locates the strike', () => {
  it.each([
    ['ثم قتلت في كانون الثاني/يناير 2020 قائد فيلق القدس الإيراني قاسم سليماني ونائب رئيس الحشد أبو مهدي المهندس بضربة مسيّرة قرب مطار بغداد الدولي.', [['strike_on_militias', 'Baghdad airport']]],
    ['قتل قائد في الحرس الثوري بضربة مسيرة قرب مطار بغداد فجر اليوم.', [['strike_on_militias', 'Baghdad airport']]],
    ['قتل عنصران من الحشد بضربة جوية قرب قاعدة عين الأسد مساء أمس.', [['strike_on_militias', 'Ain al-Asad']]],
    ['قتل مستشار في الحرس الثوري بقصف مجهول قرب قاعدة التنف فجر اليوم.', [['strike_on_militias', 'al-Tanf']]],
    ['قتل عناصر من النجباء بضربة مسيرة في محيط مطار أربيل ليلة الأحد.', [['strike_on_militias', 'Erbil airport']]],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it.each([
    ['سقطت ثلاثة صواريخ قرب السفارة الأمريكية في بغداد مساء أمس.', [['attack_on_us_forces', 'US embassy Baghdad']]],
    ['استهدفت مسيرة محيط مطار أربيل الذي يضم قوات التحالف ليلة السبت.', [['attack_on_us_forces', 'Erbil airport']]],
    ['انفجرت طائرة مسيرة قرب قاعدة حرير دون وقوع إصابات.', [['attack_on_us_forces', 'Harir']]],
  ])('but fire landing near a US site is an attack on it: %s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });
});

describe('aircraft belonging to a striker ("طائرة تابعة للتحالف") strike; their owner is not the one hit', () => {
  it.each([
    ['نفذت طائرة مسيرة تابعة للقوات الأمريكية ضربة على سيارة في منطقة القائم.', ['al-Qaim']],
    ['قصفت طائرات حربية تابعة للتحالف مواقع في بادية الميادين فجر اليوم.', ['Mayadin desert']],
    ['استهدفت طائرة تابعة للجيش الأمريكي مستودعا في البوكمال ليلة الخميس.', ['Albukamal']],
    ['شنت مقاتلات تابعة للتحالف غارات على مقرات في جرف الصخر.', ['Jurf al-Sakhar']],
    ['قصفت مروحيات تابعة للتحالف الدولي مواقع قرب الميادين مساء أمس.', ['Mayadin']],
    ['نفذت طائرات مسيرة تابعة للقوات الأميركية غارات على مواقع في ريف البوكمال.', ['Albukamal']],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected.map((p: string) => ['strike_on_militias', p]));
  });

  it('but a base belonging to the coalition, hit, is an attack on it', () => {
    expect(sides('استهدفت صواريخ قاعدة تابعة للتحالف في حقل العمر.')).toEqual([['attack_on_us_forces', 'al-Omar oil field']]);
  });
});

describe('a US body named as the source of a report ("وفق ما أعلنت سنتكوم") is no striker', () => {
  it.each([
    ['أطلقت فصائل مسلحة موالية لإيران مساء السبت وابلاً من الصواريخ على قاعدة عين الأسد الجوية، وفق ما أعلنت القيادة المركزية الأمريكية.', ['Ain al-Asad']],
    ['سقطت ثلاثة صواريخ على قاعدة حرير مساء أمس، حسبما أعلن التحالف الدولي.', ['Harir']],
    ['استهدفت مسيرة مفخخة قاعدة التنف فجر اليوم، بحسب ما أعلنت وزارة الدفاع الأمريكية.', ['al-Tanf']],
    ['هاجمت طائرتان مسيرتان حقل العمر ليلة الخميس، كما أعلن الجيش الأمريكي.', ['al-Omar oil field']],
    ['تعرضت قاعدة الشدادي لقصف صاروخي، وفق ما أعلن البنتاغون في بيان.', ['al-Shaddadi']],
    ['سقط صاروخ قرب مطار أربيل مساء السبت، حسب ما أعلنت سنتكوم.', ['Erbil airport']],
    ['قصفت ميليشيات موالية لإيران قاعدة التنف بمسيرتين، وفق ما أعلنت وزارة الدفاع الأمريكية.', ['al-Tanf']],
    ['استهدفت فصائل عراقية قاعدة حرير بطائرة مسيرة، حسبما أعلن التحالف الدولي.', ['Harir']],
    ['أطلقت جماعات مدعومة من إيران صواريخ على حقل العمر، بحسب ما أعلن الجيش الأمريكي.', ['al-Omar oil field']],
    ['هاجمت فصائل موالية لإيران قاعدة الشدادي بمسيرة مفخخة، كما أعلنت القيادة المركزية الأمريكية.', ['al-Shaddadi']],
    ['أطلقت الميليشيات صواريخ على قاعدة عين الأسد مساء أمس، على ما أعلنت الولايات المتحدة.', ['Ain al-Asad']],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected.map((p: string) => ['attack_on_us_forces', p]));
  });
});

describe('after a comma, "وردّت عليه واشنطن بغارات" opens the response: the attack keeps its base, the response is a strike', () => {
  it.each([
    [
      'وكان معسكر التاجي قد تعرض مساء الأربعاء الماضي لهجوم بنحو 15 صاروخ كاتيوشا أسفر عن مقتل جنديين أمريكيين ومجندة بريطانية، وردّت عليه واشنطن بغارات على مواقع لكتائب حزب الله.',
      [['attack_on_us_forces', 'Taji']],
    ],
    [
      'سقطت صواريخ على قاعدة عين الأسد مساء الاثنين، وردت الولايات المتحدة بضربات على مقرات للفصائل في القائم.',
      [
        ['attack_on_us_forces', 'Ain al-Asad'],
        ['strike_on_militias', 'al-Qaim'],
      ],
    ],
    [
      'استهدفت مسيرة قاعدة التنف فجر الأحد، ورد الجيش الأمريكي بقصف مواقع قرب البوكمال.',
      [
        ['attack_on_us_forces', 'al-Tanf'],
        ['strike_on_militias', 'Albukamal'],
      ],
    ],
    [
      'تعرضت قاعدة حرير لهجوم بطائرة مسيرة ليلة الخميس، وردت عليه القوات الأمريكية بغارة على مقر في جرف الصخر.',
      [
        ['attack_on_us_forces', 'Harir'],
        ['strike_on_militias', 'Jurf al-Sakhar'],
      ],
    ],
    ['قتل ثلاثة جنود أمريكيين في هجوم على البرج 22، وردت واشنطن بعد أيام بضربات واسعة.', [['attack_on_us_forces', 'Tower 22']]],
    ['هاجمت الفصائل قاعدة الشدادي بالصواريخ، ورد التحالف بقصف مدفعي على مواقعها.', [['attack_on_us_forces', 'al-Shaddadi']]],
    [
      'أصيب جنديان أمريكيان بقصف صاروخي على قاعدة فيكتوريا، وردت القوات الأمريكية بغارات على مقرات قرب جرف الصخر.',
      [
        ['attack_on_us_forces', 'Victory base'],
        ['strike_on_militias', 'Jurf al-Sakhar'],
      ],
    ],
    [
      'سقطت قذائف هاون على حقل كونيكو ليلة الجمعة، وردّ التحالف بقصف مصادر النيران في الميادين.',
      [
        ['attack_on_us_forces', 'Conoco gas field'],
        ['strike_on_militias', 'Mayadin'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });
});

describe('"اعتدى على" and "عدوان": a strike told as aggression, as Syrian-government media tell it', () => {
  it.each([
    ['الاحتلال الأمريكي يعتدي على مواقع للقوات الرديفة في البوكمال.', [['strike_on_militias', 'Albukamal']]],
    ['اعتدت طائرات حربية تابعة لقوات الاحتلال الأمريكي مساء أمس على مواقع للقوات الرديفة في محيط مدينة البوكمال.', [['strike_on_militias', 'Albukamal']]],
    ['اعتدى الطيران الأمريكي على مقرات للحشد الشعبي في منطقة القائم فجر اليوم.', [['strike_on_militias', 'al-Qaim']]],
    ['العدو الإسرائيلي يعتدي على مواقع في محيط مطار دمشق الدولي.', [['strike_on_militias', 'Damascus airport']]],
    ['اعتدت مقاتلات إسرائيلية على مستودعات في ريف حمص فجر اليوم.', [['strike_on_militias', 'Homs']]],
    ['طائرات أمريكية تعتدي على مواقع في بادية الميادين.', [['strike_on_militias', 'Mayadin desert']]],
    ['اعتدت طائرات مجهولة على مقر للحرس الثوري في مدينة الميادين ليلة الخميس.', [['strike_on_militias', 'Mayadin']]],
    ['يعتدي الطيران الإسرائيلي على مواقع قرب القصير منذ ساعات الفجر.', [['strike_on_militias', 'al-Qusayr']]],
    ['الطائرات الأمريكية اعتدت على مقرات للفصائل في عكاشات.', [['strike_on_militias', 'Akashat']]],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });
});

describe('"بعد ساعات" right after an act verb tells when the act came, it opens no other act', () => {
  it.each([
    ['وقصفت قوات التحالف بعد ساعات بالمدفعية مواقع في محيط مدينة الميادين.', [['strike_on_militias', 'Mayadin']]],
    [
      'سقطت صواريخ على قاعدة عين الأسد، وقصفت القوات الأمريكية بعد ساعات مواقع للفصائل في القائم.',
      [
        ['attack_on_us_forces', 'Ain al-Asad'],
        ['strike_on_militias', 'al-Qaim'],
      ],
    ],
    ['واستهدفت طائرات مجهولة بعد يومين مستودعا للحرس الثوري في البوكمال.', [['strike_on_militias', 'Albukamal']]],
    ['وشنت مقاتلات أمريكية بعد أسبوع غارات على منشآت في الميادين.', [['strike_on_militias', 'Mayadin']]],
    ['وأغارت طائرات إسرائيلية بعد ساعات قليلة على مواقع قرب مطار دمشق.', [['strike_on_militias', 'Damascus airport']]],
    ['ونفذت القوات الأمريكية بعد ثلاثة أيام ضربات على مقرات للكتائب في جرف الصخر.', [['strike_on_militias', 'Jurf al-Sakhar']]],
    [
      'قصفت طائرات أمريكية مواقع في البوكمال بعد يومين من هجوم على قاعدة التنف.',
      [
        ['strike_on_militias', 'Albukamal'],
        ['attack_on_us_forces', 'al-Tanf'],
      ],
    ],
    ['وقصفت الطائرات المسيرة بعد ساعات مقرا لحركة النجباء في القائم.', [['strike_on_militias', 'al-Qaim']]],
    ['وضربت مقاتلات التحالف بعد ساعتين مواقع للحشد في عكاشات.', [['strike_on_militias', 'Akashat']]],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });
});

describe('any act noun told with a striker’s adjective, and a doer in a relative clause after the act, name the striker', () => {
  const sides = (text: string) => brief(text, '2023-12-02').map((m) => [m.category, m.place, m.actor]);
  it.each([
    ['استشهد مقاتلان من حزب الله في الاعتداء الإسرائيلي على مركز سكني في بلدة عقربا جنوب شرق دمشق ليل السبت.', 'Aqraba', 'israel'],
    ['قتل ثلاثة عناصر من الحرس الثوري في العدوان الصهيوني على ريف دمشق.', 'Rif Dimashq', 'israel'],
    ['أسفرت الاعتداءات الأمريكية على مواقع الحشد في القائم عن مقتل 5.', 'al-Qaim', 'us'],
    ['استشهد مستشاران جراء هجوم شنه الكيان الصهيوني على محيط دمشق.', 'Damascus', 'israel'],
    ['قتل قيادي في كتائب حزب الله بغارة نفذتها القوات الأمريكية على سيارته في جرف الصخر.', 'Jurf al-Sakhar', 'us'],
    ['أصيب خمسة عناصر من الحشد في قصف صاروخي إسرائيلي طال مقرهم قرب البوكمال.', 'Albukamal', 'israel'],
  ])('%s', (text, place, actor) => {
    expect(sides(text)).toEqual([['strike_on_militias', place, actor]]);
  });

  it.each([
    ['the force after a preposition is the one hit', 'قتل ثلاثة أمريكيين في الهجوم الذي نفذه مسلحون ضد قوات أميركية في تدمر.'],
    ['a militia right after the verb is the doer', 'أصيب جنديان في الهجوم الذي شنته الفصائل على القوات الأمريكية في قاعدة التنف.'],
  ])('but not when %s', (_label, text) => {
    expect(sides(text).map((x) => x[0])).toEqual(['attack_on_us_forces']);
  });
});

describe('warplanes by their type or in the dual, and "ضربت" before its subject, name the striker', () => {
  const sides = (text: string) => brief(text, '2023-10-27').map((m) => [m.category, m.place]);
  it.each([
    ['قال مسؤول عسكري أميركي إن مقاتلتين من طراز أف-16 استهدفتا مخزناً للأسلحة قرب مدينة البوكمال نحو الساعة الرابعة فجراً.', 'Albukamal'],
    ['نفذت قاذفات بي-1 ضربات على مواقع للفصائل في القائم.', 'al-Qaim'],
    ['قصفت مقاتلات إف-15 مستودعات أسلحة في الميادين.', 'Mayadin'],
    ['ضربت القوات الأمريكية فجر الجمعة منشأتين قرب البوكمال تعودان للحرس الثوري.', 'Albukamal'],
    ['ضرب الجيش الأمريكي مستودعاً للأسلحة في القائم.', 'al-Qaim'],
  ])('%s', (text, place) => {
    expect(sides(text)).toEqual([['strike_on_militias', place]]);
  });

  it('but rockets that hit US forces are an attack', () => {
    expect(sides('ضربت صواريخ القوات الأمريكية في قاعدة عين الأسد.')).toEqual([['attack_on_us_forces', 'Ain al-Asad']]);
  });
});

describe('a party told as backed by another ("العدو الصهيوني المدعوم أمريكياً") strikes nothing in the sentence', () => {
  it.each([
    ['"إسناداً لأهلنا في غزة، ورداً على جرائم العدو الصهيوني المدعوم أمريكياً، استهدف مجاهدو المقاومة الإسلامية في العراق صباح هذا اليوم قاعدة التنف للاحتلال الأمريكي بطائرتين مسيّرتين".', 'al-Tanf'],
    ['ردا على جرائم العدو الصهيوني المدعوم أمريكياً، استهدف مجاهدو المقاومة الإسلامية في العراق قاعدة التنف بطائرتين مسيرتين.', 'al-Tanf'],
    ['إسناداً لغزة ورداً على مجازر الكيان المدعوم أمريكياً، قصف مجاهدونا قاعدة حرير بطائرة مسيرة.', 'Harir'],
    ['ورداً على الاحتلال المدعوم أمريكياً، استهدفت المقاومة قاعدة عين الأسد بالصواريخ.', 'Ain al-Asad'],
  ])('%s', (text, place) => {
    expect(brief(text, '2023-10-18').map((m) => [m.category, m.place])).toEqual([['attack_on_us_forces', place]]);
  });
});

describe("a militia's site hit near a US base is a strike on the militia; the base only locates it", () => {
  it.each([
    ['استهدفت طائرة مسيرة مجهولة مخزناً للعتاد تابعاً للحشد الشعبي قرب قاعدة بلد الجوية.'],
    ['قصفت طائرة مسيرة مخزناً تابعاً لكتائب حزب الله قرب قاعدة عين الأسد.'],
    ['قصفت طائرات مجهولة معسكراً يستخدمه الحشد الشعبي قرب قاعدة بلد الجوية.'],
  ])('%s', (text) => {
    expect(brief(text, '2019-08-25').map((m) => m.category)).toEqual(['strike_on_militias']);
  });

  it.each([['وكانت 4 قواعد يستخدمها الحشد الشعبي قد تعرضت للقصف خلال الشهر الماضي، كان آخرها مساء الثلاثاء الماضي، في مقر قرب قاعدة بلد الجوية.']])('and is no attack on the base: %s', (text) => {
    expect(brief(text, '2019-08-25').map((m) => m.category)).not.toContain('attack_on_us_forces');
  });

  it('but rockets near a base that hosts Americans are an attack on it', () => {
    expect(brief('سقطت صواريخ قرب قاعدة بلد الجوية التي تضم متعاقدين أمريكيين.', '2019-08-25').map((m) => m.category)).toEqual(['attack_on_us_forces']);
  });
});

describe("Iran's commanders killed at a US site were what a strike there hit", () => {
  it.each([
    ['قتلت ضربة أمريكية قرب مطار بغداد قاسم سليماني وأبو مهدي المهندس في 3 كانون الثاني 2020.'],
    ['اغتيل سليماني والمهندس بغارة قرب مطار بغداد في 3 كانون الثاني 2020.'],
    ['اغتالت مسيرة أمريكية سليماني في محيط مطار بغداد في 3 كانون الثاني 2020.'],
  ])('%s', (text) => {
    expect(brief(text, '2024-03-01').map((m) => m.category)).toEqual(['strike_on_militias']);
  });

  it('and the strike that killed them, told as background, is no attack on the airport', () => {
    const text = 'ثم جاءت ضربة مطار بغداد في 3 كانون الثاني/يناير 2020 التي قتلت سليماني والمهندس، وقلبت قواعد الاشتباك.';
    expect(brief(text, '2024-03-01').map((m) => m.category)).not.toContain('attack_on_us_forces');
  });

  it.each([
    ['في الذكرى الرابعة لمقتل سليماني، استهدفت طائرة مسيرة قاعدة فيكتوريا قرب مطار بغداد فجر اليوم.', 'Victory base'],
    ['ثأراً لسليماني، استهدفت الفصائل قاعدة عين الأسد بالصواريخ.', 'Ain al-Asad'],
  ])('but an attack told in his memory is an attack: %s', (text, place) => {
    expect(brief(text, '2024-03-01').map((m) => [m.category, m.place])).toEqual([['attack_on_us_forces', place]]);
  });
});

describe("a targeting or an assassination told with a striker's adjective names the striker", () => {
  it.each([
    ['أعلنت كتائب حزب الله استشهاد القيادي فيها أبو باقر الساعدي، إثر استهداف أمريكي بطائرة مسيّرة لسيارته في منطقة المشتل شرقي العاصمة العراقية بغداد.', 'al-Mashtal', 'us'],
    ['نعت المقاومة قيادياً ارتقى في اغتيال إسرائيلي طال سيارته قرب السيدة زينب.', 'Sayyida Zeinab', 'israel'],
  ])('%s', (text, place, actor) => {
    expect(brief(text, null).map((m) => [m.category, m.place, m.actor])).toEqual([['strike_on_militias', place, actor]]);
  });
});

describe('an act told after an opening with no act of its own takes the sides the opening names', () => {
  it.each([
    ['a martyr announced, then how he fell', 'زفت هيئة الحشد الشعبي الشهيد أبو علي، الذي ارتقى إثر استهداف عجلته بطائرة مسيرة قرب القائم يوم الأحد 25 آب 2019.', 'al-Qaim', '2019-08-25'],
    ['fighters mourned, then the strike', 'نعت كتائب حزب الله اثنين من مقاتليها، اللذين سقطا جراء قصف جوي على موقعهما في جرف الصخر فجر اليوم.', 'Jurf al-Sakhar', '2024-03-15'],
    ['an adviser named, then the raid', 'أعلن الحرس الثوري مقتل أحد مستشاريه في سوريا، بعد غارة استهدفت مقرا في السيدة زينب فجر اليوم.', 'Sayyida Zeinab', '2024-03-15'],
    ['a commander mourned, then a drone near a town', 'نعى الحشد الشعبي القيادي أبو حسين، الذي قضى بضربة طائرة مسيرة قرب البوكمال أمس.', 'Albukamal', '2024-03-14'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text).map((m) => [m.category, m.place, m.date])).toEqual([['strike_on_militias', place, date]]);
  });

  it.each([
    ['a drone on a gas field, nobody of theirs named', 'هاجمت طائرة مسيرة حقل كورمور للغاز في السليمانية مساء أمس.'],
    ['an opening with its own act', 'قصفت الفصائل قاعدة حرير بالصواريخ، فيما استهدفت مسيرة حقلا للغاز في السليمانية.'],
  ])('but not %s', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'strike_on_militias')).toEqual([]);
  });
});

describe('an opening with no act, then "the strike" pointed back to, tells nothing new', () => {
  it.each([
    ['guards deployed after the shelling', 'وأشارت إلى أن عناصر الحرس الثوري استنفروا في شوارع مدينة البوكمال عقب القصف، تزامناً مع تحليق طائرة مسيرة.'],
    ['guards on alert in another town, a drone overhead', 'وذكرت أن عناصر الحرس الثوري استنفروا في شوارع مدينة الميادين عقب القصف، تزامناً مع استمرار تحليق طائرة مسيرة في سماء المنطقة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('the adjective of a site named after the verb owns the site; a state right after a verb of attack strikes', () => {
  it.each([
    ['a claim of striking a base told with its owner after', 'تبنت فصائل عراقية مسلحة ضرب قاعدة حرير الأمريكية في أربيل بمسيرتين انتحاريتين.', 'attack_on_us_forces', 'Harir'],
    ['launching at an airport of the coalition', 'أطلقت مسيرة على مطار أربيل الدولي التابع للتحالف مساء أمس.', 'attack_on_us_forces', 'Erbil airport'],
    ['striking a field held by US forces', 'قصفت الميليشيات حقل العمر الأمريكي بالصواريخ فجر اليوم.', 'attack_on_us_forces', 'al-Omar oil field'],
    ['the United States attacked targets', 'هاجمت الولايات المتحدة أهدافا للحرس الثوري في البوكمال ليلة الجمعة.', 'strike_on_militias', 'Albukamal'],
    ['Washington hit a depot', 'استهدفت واشنطن مستودعا للأسلحة تابعا للكتائب في القائم فجر اليوم.', 'strike_on_militias', 'al-Qaim'],
    ['Israel destroyed a depot', 'دمرت إسرائيل مستودعا للحرس الثوري قرب مطار دمشق الدولي فجر اليوم.', 'strike_on_militias', 'Damascus airport'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual([[category, place]]);
  });

  it.each([
    ['US forces as the object after the attackers', 'استهدفت الفصائل القوات الأمريكية في قاعدة حرير بمسيرة.', 'attack_on_us_forces', 'Harir'],
    ['US aircraft as the subject', 'ضربت الطائرات الأمريكية مقرا للكتائب في جرف الصخر.', 'strike_on_militias', 'Jurf al-Sakhar'],
  ])('and the usual orders stay: %s', (_label, text, category, place) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual([[category, place]]);
  });
});

describe('the strikes of one night listed after "among them" (بينها) are each a site', () => {
  it('85 targets, four towns named', () => {
    const text = 'هاجمت الولايات المتحدة أكثر من 85 هدفاً في العراق وسوريا ليلة الجمعة، بينها مقرات في القائم وعكاشات والبوكمال والميادين.';
    expect(brief(text, '2024-02-05').map((m) => m.place)).toEqual(['al-Qaim', 'Akashat', 'Albukamal', 'Mayadin']);
  });
});

describe("a militia's convoy or vehicle hit near a US site is a strike on them; the dead in a name are no toll", () => {
  it.each([
    ['a convoy of a faction near the airport, dual present', 'مسيرتان مجهولتان تستهدفان موكباً لكتائب سيد الشهداء قرب مطار بغداد دون خسائر.', 'Baghdad airport'],
    ['a car of the PMF near the airport', 'استهدفت طائرة مسيرة سيارة لقيادي في الحشد قرب مطار بغداد فجر اليوم.', 'Baghdad airport'],
    ['trucks of the brigades near a base', 'قصفت طائرة مجهولة شاحنات لكتائب حزب الله قرب قاعدة عين الأسد مساء أمس.', 'Ain al-Asad'],
    ['a present-tense strike with its object pronoun', 'طائرة أمريكية تقصفه: مقر للحشد في القائم يتعرض لغارة', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual([['strike_on_militias', place]]);
  });

  it('and a faction named for the Lord of Martyrs counts no dead', () => {
    expect(brief('مسيرتان مجهولتان تستهدفان موكباً لكتائب سيد الشهداء قرب مطار بغداد دون خسائر.').map((m) => m.killed)).toEqual([0]);
  });

  it('but rockets near the airport where US forces are stay an attack', () => {
    expect(brief('سقطت صواريخ قرب مطار بغداد الدولي حيث تتمركز قوات أمريكية.').map((m) => m.category)).toEqual(['attack_on_us_forces']);
  });
});

describe('every site of a wave takes the striker the wave was told with, not the officials quoted', () => {
  it.each([
    ['sites listed after strikes', 'قال مسؤول أمريكي إن طائرات إسرائيلية شنت غارات ليل الثلاثاء على مواقع في شرق سوريا. وقال المرصد إن الضربات طالت مستودعات في الميادين والبوكمال.'],
    [
      'depots told in the plural',
      'قال مسؤول استخباري أميركي إن الغارات الإسرائيلية استهدفت ليل الثلاثاء مواقع في شرق سوريا، بمعلومات قدمتها الولايات المتحدة. وأفادت وكالة أن المستودعات التي استُهدفت في مدينة دير الزور وفي الميادين والبوكمال تابعة للحرس الثوري.',
    ],
  ])('%s', (_label, text) => {
    const found = brief(text);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((m) => m.actor === 'israel')).toBe(true);
  });

  it('a US wave stays US', () => {
    const found = brief('أكدت واشنطن أن مقاتلات أمريكية قصفت فجر اليوم مواقع للفصائل في سوريا. وقال مصدر محلي إن الغارات أصابت مقرات في الميادين والبوكمال والعشارة.');
    expect(found.map((m) => m.actor)).toEqual(['us', 'us', 'us']);
  });
});

describe('a force after the verb that launched the act ("هجوم … شنه الحرس الثوري") is its agent, not its target', () => {
  it('the IRGC striking a city is neither category', () => {
    expect(brief('قتل أربعة مدنيين جراء هجوم بصواريخ باليستية شنه الحرس الثوري الإيراني ليل الاثنين على مدينة أربيل.')).toEqual([]);
  });

  it('a faction launching it at a US base attacks US forces', () => {
    expect(brief('قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة شنه فصيل مدعوم من إيران على قاعدة التنف فجر اليوم.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'al-Tanf', killed: 3 }]);
  });
});

describe('US forces told as not the target ("لم تستهدف … أمريكيين") make no attack on them', () => {
  it.each([
    ['rockets near an airport', 'وقال مسؤول أمريكي إن الصواريخ لم تستهدف منشآت أو أفراداً أمريكيين، رغم سقوط بعضها قرب مطار أربيل.'],
    ['a drone near a base', 'وأكد البنتاغون أن الهجوم لم يستهدف القوات الأمريكية في قاعدة حرير، وأن الطائرة المسيرة سقطت في محيطها.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('nobody hurt is still an attack', () => {
    expect(brief('وقالت القيادة إن قوات التحالف أسقطت مسيرتين فوق قاعدة التنف فجر اليوم، مؤكدة أنه لم يصب أي من الجنود الأمريكيين.')).toMatchObject([{ place: 'al-Tanf' }]);
  });
});

describe('a US contractor in the accusative ("متعاقداً أميركياً") is the side hit', () => {
  it.each([
    ['an Iranian-made drone in a timeline', '23 آذار 2023: مسيّرة إيرانية المنشأ تضرب منشأة صيانة في قاعدة قرب الحسكة، فتقتل متعاقداً أميركياً وتصيب خمسة عسكريين.'],
    ['a drone killing a US contractor', '- 9 آذار: طائرة مسيرة تصيب مبنى في قاعدة قرب الحسكة وتقتل مقاولا أمريكيا.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Hasakah', killed: 1 }]);
  });
});

describe('Iran\'s men carried in the vehicles hit ("سيارتين كانتا تقلان سليماني") were what was hit', () => {
  it.each([
    ['near an airport with US forces', 'وقال مسؤول إن ثمانية أشخاص قتلوا في الضربة التي أصابت سيارتين كانتا تقلان سليماني ومرافقيه قرب مطار بغداد.'],
    ['a car carrying an adviser', 'أصابت غارة سيارة تقل مستشارا في الحرس الثوري قرب مطار بغداد فجر اليوم، ما أدى إلى مقتله.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'Baghdad airport' }]);
  });
});

describe('aircraft that carried out the act strike; the militia named is hit', () => {
  it.each([
    ['two drones on PMF vehicles', 'أعلنت هيئة الحشد الشعبي اليوم استشهاد أحد قادة اللواء 45 وإصابة آخر بقصف نفذته طائرتان مسيرتان على عجلتين تابعتين للحشد في قضاء القائم.', 'al-Qaim'],
    ['a drone on a car of the Kataib', 'قتل عنصران من كتائب حزب الله بضربة نفذتها طائرة مسيرة على سيارتهم في جرف الصخر اليوم.', 'Jurf al-Sakhar'],
    ['a warplane on a Nujaba headquarters', 'أعلنت حركة النجباء مقتل أحد عناصرها بقصف نفذته طائرة حربية على مقرها في البوكمال اليوم.', 'Albukamal'],
    ['an unknown aircraft on a PMF post', 'أصيب ثلاثة من عناصر الحشد بقصف نفذته طائرة مجهولة على موقعهم قرب القائم اليوم.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(sides(text)).toEqual([['strike_on_militias', place]]);
  });

  it('but the militia accused of carrying out an attack on a US base attacks', () => {
    expect(sides('اتهمت واشنطن كتائب حزب الله بتنفيذ هجوم على قاعدة عين الأسد اليوم.')).toEqual([['attack_on_us_forces', 'Ain al-Asad']]);
  });
});

describe('US forces told as stationed somewhere are not hit there', () => {
  it.each([
    [
      'the territory a drone came from, where US forces are active',
      'قالت المصادر إن طائرة مسيرة ألقت مقذوفا على مخزن للحشد في معسكر الصقر، وإن الطائرة انطلقت من الأراضي السورية التي تنشط فيها القوات الأميركية.',
      [['strike_on_militias', 'Camp Saqr']],
    ],
    ['a desert where US troops are deployed', 'قصفت طائرة مجهولة مقرا للحشد قرب القائم أمس، على مقربة من البادية التي تنتشر فيها قوات أمريكية.', [['strike_on_militias', 'al-Qaim']]],
  ])('%s', (_label, text, out) => {
    expect(sides(text)).toEqual(out);
  });

  it('but US forces hit where they are stationed are hit', () => {
    expect(sides('استهدفت مسيرة القوات الأمريكية المتمركزة في قاعدة حرير أمس.')).toEqual([['attack_on_us_forces', 'Harir']]);
  });
});

describe("Syria's armed opposition is that war's side", () => {
  it.each([
    ['the regime accusing the opposition factions', 'ويأتي التصعيد بعد يوم من هجوم بطائرات مسيرة على حفل تخريج في الكلية الحربية بمدينة حمص، اتهم النظام فصائل المعارضة بتنفيذه.'],
    ['opposition factions striking regime positions', 'استهدفت فصائل المعارضة بمسيرات مواقع لقوات النظام في ريف إدلب.'],
    ['the Syrian National Army shelling', 'قصف الجيش الوطني السوري بالمدفعية مواقع في ريف منبج اليوم.'],
  ])('%s', (_label, text) => {
    expect(sides(text)).toEqual([]);
  });
});

describe("the Syrian army's own war told beside a strike makes the strike no war of its", () => {
  const STRIKE = 'شن طيران مجهول الهوية مساء اليوم غارات على منطقة جنوب شرق مدينة البوكمال.';
  it.each([
    ['units of the army sweeping the desert after ISIS remnants', `${STRIKE}\nويأتي ذلك بينما تواصل وحدات من الجيش العربي السوري والقوات الرديفة عمليات تمشيط البادية لملاحقة فلول إرهابيي داعش.`],
    ['the army pursuing ISIS cells', `${STRIKE}\nوتواصل قوات النظام ملاحقة خلايا داعش في البادية.`],
    ['units of the army advancing', `${STRIKE}\nوتقدمت وحدات من الجيش السوري في ريف حمص الشرقي.`],
  ])('%s', (_label, text) => {
    expect(sides(text)).toEqual([['strike_on_militias', 'Albukamal']]);
  });

  it('but units of the army hit by the strike are that war', () => {
    expect(sides('شن طيران مجهول غارات على مواقع لوحدات من الجيش السوري قرب البوكمال اليوم.')).toEqual([]);
  });
});

describe("Iran's convoys struck from the air, by aircraft nobody names, at the crossing they just passed", () => {
  const PUB = '2023-01-30';
  const found = (text: string) => brief(text, PUB).map((m) => [m.category, m.place, m.weapon]);
  it.each([
    [
      'Iranian trucks struck from the air after crossing',
      'تعرضت ثلاث شاحنات إيرانية محملة بالطحين ليل الأحد لاستهداف جوي، بعد عبورها معبر البوكمال الحدودي.',
      [['strike_on_militias', 'Albukamal', 'airstrike']],
    ],
    [
      'an Iranian convoy hit by unidentified aircraft near the crossing',
      'ليل الأحد الماضي، استهدفت طائرات لم تعرف هويتها قافلة من ست شاحنات قرب معبر البوكمال، بعد دقائق من عبورها.',
      [['strike_on_militias', 'Albukamal', 'airstrike']],
    ],
    ['an Iranian shipment hit by unknown aircraft', 'قصفت طائرات مجهولة شحنة إيرانية قرب البوكمال ليل الأحد.', [['strike_on_militias', 'Albukamal', 'airstrike']]],
    ['an "air aggression" on an Iranian convoy', 'تعرضت قافلة إيرانية لعدوان جوي قرب مدينة البوكمال ليل الأحد.', [['strike_on_militias', 'Albukamal', 'airstrike']]],
  ])('%s', (_label, text, out) => {
    expect(found(text)).toEqual(out);
  });

  it('the way the convoy came is not where it was hit', () => {
    expect(found('استهدفت طائرات مسيرة مجهولة ليل الأحد قافلة شاحنات بعد دخولها الأراضي السورية عبر معبر القائم الحدودي، قرب مدينة البوكمال.').map(([, p]) => p)).toEqual(['Albukamal']);
  });

  it('but a crossing named alone is where it was hit', () => {
    expect(found('قصفت طائرات مجهولة شاحنات إيرانية عبر معبر القائم ليل الأحد.').map(([, p]) => p)).toEqual(['al-Qaim crossing']);
  });
});

describe('launchers struck by the side they threaten, near its own site, are a strike', () => {
  it.each([
    [
      'coalition strikes on launch platforms near the Green Village',
      'قال متحدث باسم التحالف إن قوات التحالف نفذت عصر الثلاثاء ضربات دفاعا عن النفس على منصات إطلاق صواريخ قرب القرية الخضراء.',
      [['strike_on_militias', 'Green Village']],
    ],
    ['US artillery on rocket launch sites near a base', 'قصفت المدفعية الأمريكية مساء الأحد مواقع إطلاق صواريخ قرب حقل العمر.', [['strike_on_militias', 'al-Omar oil field']]],
  ])('%s', (_label, text, out) => {
    expect(sides(text)).toEqual(out);
  });

  it.each([
    ['a launch pad found near a base', 'عثرت القوات على منصة إطلاق صواريخ قرب قاعدة حرير.'],
    ['launch platforms found', 'عثرت القوات الأمنية على منصات إطلاق صواريخ قرب قاعدة حرير.'],
  ])('but %s is a find', (_label, text) => {
    expect(sides(text)).toEqual([]);
  });
});

describe('what may happen ("قد" before a present tense) is no act', () => {
  it.each([
    ['militias that may target US interests', 'وتنشط الميليشيات المسلحة في أنحاء مختلفة من البلاد، وقد تستهدف المصالح الأمريكية.'],
    ['a base that may be shelled', 'ويخشى مسؤولون أن القاعدة قد تتعرض لقصف صاروخي.'],
    ['a drone that may strike', 'حذر الخبراء من أن المسيرات قد تضرب قاعدة حرير.'],
  ])('%s', (_label, text) => {
    expect(sides(text)).toEqual([]);
  });

  it('but "قد" before a past tense tells what did', () => {
    expect(sides('وقد استهدفت مسيرة قاعدة حرير فجر اليوم.')).toEqual([['attack_on_us_forces', 'Harir']]);
  });
});

describe('a base that burned after being hit by a weapon: one act', () => {
  it.each([
    ['a fire after its being targeted by a drone', 'حريق في قاعدة خراب الجير بعد استهدافها بمسيرة مجهولة', [['attack_on_us_forces', 'Kharab al-Jir']]],
    ['blasts after its shelling with rockets', 'انفجارات في قاعدة حرير بعد قصفها بالصواريخ فجر اليوم', [['attack_on_us_forces', 'Harir']]],
  ])('%s', (_label, text, out) => {
    expect(sides(text)).toEqual(out);
  });
});

describe('an area named after the capital is the place', () => {
  it('targets in the Damascus area', () => {
    expect(sides('أغارت طائرات إسرائيلية ليلا على أهداف لفيلق القدس في منطقة دمشق ومحيطها.')).toEqual([['strike_on_militias', 'Damascus']]);
  });
});

describe('launchers hit near a US site, in a sentence naming the US side, are its strike', () => {
  it.each([
    ['the Pentagon confirms hitting rocket launchers near the Green Village', 'البنتاغون يؤكد ضرب منصات صواريخ قرب "القرية الخضراء" في سوريا', [['strike_on_militias', 'Green Village']]],
    [
      'the coalition hit launch sites that would have been used on a base',
      'نفذ التحالف الثلاثاء ضربات على عدة مواقع لإطلاق صواريخ قرب الميادين، قال إنها كانت ستستخدم لمهاجمة منشأة تتمركز فيها قوات أمريكية.',
      [['strike_on_militias', 'Mayadin']],
    ],
  ])('%s', (_label, text, out) => {
    expect(sides(text)).toEqual(out);
  });

  it('but rockets that fell near the base with no launcher hit are an attack', () => {
    expect(sides('سقطت صواريخ قرب القرية الخضراء فجر اليوم، بحسب البنتاغون.')).toEqual([['attack_on_us_forces', 'Green Village']]);
  });
});

describe('projectiles dropped by a drone are an attack', () => {
  it.each([
    ['an unknown drone dropping projectiles on a base', 'طائرة مسيرة مجهولة تلقي مقذوفات على قاعدة القرية الخضراء فجر اليوم.', [['attack_on_us_forces', 'Green Village']]],
    ['a drone dropping two shells', 'ألقت طائرة مسيرة قذيفتين على قاعدة التنف فجر اليوم.', [['attack_on_us_forces', 'al-Tanf']]],
    ['a drone dropping a projectile', 'ألقت مسيرة مجهولة مقذوفا على قاعدة الشدادي مساء أمس.', [['attack_on_us_forces', 'al-Shaddadi']]],
  ])('%s', (_label, text, out) => {
    expect(sides(text)).toEqual(out);
  });
});

describe('a drone believed to belong to the coalition strikes', () => {
  it.each([
    [
      'believed to belong to the international coalition',
      'قتل عنصران من الميليشيات جراء استهداف طائرة مسيرة يرجح أنها تابعة للتحالف الدولي لسيارة قرب مدينة الميادين أمس.',
      [['strike_on_militias', 'Mayadin']],
    ],
    ['thought to belong to the coalition', 'استهدفت طائرة مسيرة يعتقد أنها تابعة للتحالف سيارة لعناصر من الحشد قرب القائم أمس.', [['strike_on_militias', 'al-Qaim']]],
  ])('%s', (_label, text, out) => {
    expect(sides(text)).toEqual(out);
  });
});

describe("an ordinal ranking the act among others counted since a day adds no act, and the toll after the span is the series'", () => {
  it('"this is the seventh air strike since the start of last month, in which more than 20 were killed"', () => {
    const text =
      'قتل عنصران من الميليشيات جراء استهداف طائرة مسيرة يرجح أنها تابعة للتحالف الدولي لسيارة قرب مدينة الميادين أمس.\nووفقاً لتوثيقات المرصد، فإن هذه هي الضربة الجوية السابعة التي تطال مواقع الميليشيات ضمن محافظة دير الزور منذ مطلع الشهر الفائت، قُتل فيها أكثر من 20 عنصراً.';
    expect(brief(text).map((m) => [m.place, m.killed])).toEqual([['Mayadin', 2]]);
  });
});

describe('a strike by the US or the coalition near its own site (a bearing, the road to it, a convoy coming close) is its strike there', () => {
  it.each([
    [
      "the coalition's aviation, its name running on; a bearing from the base",
      'استهدف طيران التحالف الدولي بقيادة الولايات المتحدة يوم الخميس رتلاً لميليشيات عراقية مدعومة من إيران كان يتقدم شمال غربي قاعدة التنف.',
      'al-Tanf',
    ],
    ['aircraft of the coalition; a convoy that came close to the base', 'قصفت طائرات التحالف الدولي فجر اليوم رتلاً للحشد الشعبي اقترب من قاعدة التنف.', 'al-Tanf'],
    ['raids south of the base', 'أغار طيران التحالف الدولي فجر اليوم على مواقع لكتائب حزب الله جنوب قاعدة التنف.', 'al-Tanf'],
    ["the US army's aviation east of the field", 'قصف طيران الجيش الأمريكي فجر اليوم مقراً للنجباء شرق حقل العمر.', 'al-Omar oil field'],
    ['coalition fighters west of the base', 'ضربت مقاتلات التحالف فجر اليوم شاحنات للحرس الثوري غرب قاعدة الشدادي.', 'al-Shaddadi'],
    ['the coalition as the subject; on the road to the base', 'التحالف قصف رتلاً للفصائل العراقية على طريق التنف فجر اليوم.', 'al-Tanf'],
    ['the US army aggressed, near the base', 'وقالت الفصائل إن الجيش الأمريكي اعتدى على مقر للحشد قرب قاعدة عين الأسد فجر اليوم.', 'Ain al-Asad'],
    [
      'US officials as speakers, not as victims',
      'استهدفت غارة جوية فجر اليوم مقراً للحشد الشعبي في بلدة الهري قرب البوكمال، وسط اتهامات بين واشنطن ومسؤولين أمريكيين لمحوا إلى دور إسرائيلي.',
      'al-Hari',
    ],
    ['US officials who deny', 'استهدفت غارة جوية فجر اليوم مقراً لكتائب حزب الله في القائم، وقال مسؤولون أمريكيون إن واشنطن لم تنفذها.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it('rockets that fell north of a base are still an attack on it', () => {
    expect(brief('سقطت صواريخ شمال قاعدة عين الأسد فجر اليوم دون إصابات.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'Ain al-Asad' }]);
  });
});

describe('the enemy\'s aircraft ("طائرات العدو الأمريكي الصهيوني"), as the struck side\'s media tell a strike, strike', () => {
  it.each([
    ["the US-Zionist enemy's aircraft", 'وارتقى شهيداً مساء يوم الأحد، إثر استهداف طائرات العدو الأمريكي الصهيوني لمقر اللواءين 45 و46 في منطقة الهري قرب مدينة البوكمال.', 'al-Hari'],
    ["the Zionist enemy's aircraft", 'قصفت طائرات العدو الصهيوني مواقع للمقاومة في القصير فجر اليوم.', 'al-Qusayr'],
    ["the American enemy's drone", 'استهدفت مسيرة العدو الأمريكي سيارة لقيادي في الحشد قرب القائم مساء أمس.', 'al-Qaim'],
    ["the enemy's fighters", 'أغارت مقاتلات العدو على مستودع للحرس الثوري في البوكمال فجر اليوم.', 'Albukamal'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });
});

describe('a date written in two calendars ("20 فروردين 1397 هـ.ش الموافق 9 نيسان 2018") stays in its sentence', () => {
  it('the Hijri solar abbreviation ends no sentence', () => {
    expect(
      brief(
        'شُيّعت جثامين سبعة من مستشاري الحرس الثوري الذين استشهدوا في العدوان الصاروخي الذي شنه الكيان الصهيوني على مطار التيفور العسكري في ريف حمص، فجر يوم الاثنين 20 فروردين 1397 هـ.ش الموافق 9 نيسان/أبريل 2018.',
        null,
      ),
    ).toMatchObject([{ place: 'T4 airbase', date: '2018-04-09' }]);
  });
});

describe('the side of who speaks ("قال مسؤول عسكري أمريكي") is not who struck, and the US side\'s own sites ("مقار للتحالف") are no militia target', () => {
  it.each([
    [
      'a US official tells the attack on a base hosting coalition offices',
      'فيما قال مسؤول عسكري أمريكي إن الهجوم استهدف أيضاً محيط قاعدة يونيون 3 التي تضم مقار للتحالف الدولي، من دون تسجيل إصابات.',
      'Union III base',
    ],
    ['a US spokesman', 'وقال متحدث أمريكي إن الهجوم استهدف قاعدة عين الأسد التي تضم مقرات للتحالف فجر اليوم.', 'Ain al-Asad'],
    ['a US military source', 'وأكد مصدر عسكري أمريكي أن الهجوم طال قاعدة حرير مساء أمس.', 'Harir'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });

  it('US aircraft named by a US official still strike', () => {
    expect(brief('وقال مسؤول أمريكي إن طائرات أمريكية قصفت مقراً لكتائب حزب الله في القائم فجر اليوم.')).toMatchObject([{ category: 'strike_on_militias', place: 'al-Qaim' }]);
  });
});

describe('the means patterns read text with diacritics ("ودمّرت … قطعتي مدفعية"، "التي نُفّذت بطائرة مسيّرة")', () => {
  it('artillery destroyed is no means of the attack', () => {
    expect(brief('سقطت قذائف على قاعدة التنف فجر اليوم، ودمّرت القوات الأمريكية قطعتي مدفعية قربها.')).toMatchObject([{ category: 'attack_on_us_forces', weapon: 'rocket' }]);
  });

  it('the act carried out with a drone keeps it', () => {
    expect(brief('وقال المصدر إن "الضربة، التي نُفّذت بطائرة مسيّرة، استهدفت مقر اللواء 52 في الحشد الشعبي بناحية آمرلي فجر اليوم".')).toMatchObject([{ place: 'Amerli', weapon: 'drone' }]);
  });

  it("the means of the acts the targets carried out are not the strike's", () => {
    expect(brief('قصفت طائرات أمريكية فجر اليوم مقرات الفصائل التي نفذت هجمات بالصواريخ في القائم.')).toMatchObject([{ place: 'al-Qaim', weapon: 'airstrike' }]);
  });
});
