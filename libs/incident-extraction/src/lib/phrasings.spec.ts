import { extractIncidents } from './extract-incidents';

// Phrasings unlike the usual "X attacked Y" report, written for these tests (not taken from
// any corpus): impacts told without an attack word, a main incident told beside a
// recollection, and claims told in a sentence of their own.
const FRI = '2024-03-15';
const brief = (text: string, publishedAt: string | null = FRI) =>
  extractIncidents({ text, publishedAt }).map((m) => ({
    category: m.category,
    place: m.place?.name_en ?? null,
    date: m.date?.value ?? null,
    weapon: m.weapon,
    actor: m.actor,
    claimed_by: m.claimed_by,
    killed: m.killed,
    injured: m.injured,
  }));

describe('attacks told without an attack word', () => {
  it.each([
    ['shells fell inside a compound', 'سقطت ثلاث قذائف هاون داخل مجمع السفارة الأمريكية في المنطقة الخضراء ببغداد فجر اليوم.', 'US embassy Baghdad', 'mortar', '2024-03-15'],
    ['a drone exploded near a base', 'قالت مصادر محلية إن طائرة مسيرة انفجرت قرب قاعدة حرير الجوية شمال أربيل مساء أمس دون وقوع إصابات.', 'Harir', 'drone', '2024-03-14'],
    ['drones shot down over a base', 'أسقطت الدفاعات الجوية طائرتين مسيرتين فوق قاعدة عين الأسد غربي الأنبار صباح الأربعاء.', 'Ain al-Asad', 'drone', '2024-03-13'],
    [
      'a rocket landed near an airport with the coalition',
      'وأفادت مصادر بسقوط صاروخ كاتيوشا في محيط مطار أربيل الدولي حيث تتمركز قوات التحالف، يوم الثلاثاء.',
      'Erbil airport',
      'rocket',
      '2024-03-12',
    ],
    ['subject first, dual verb', 'صاروخان سقطا على حقل العمر النفطي بريف دير الزور الشرقي اليوم، وفق المرصد السوري.', 'al-Omar oil field', 'rocket', '2024-03-15'],
    ['fully vowelled plural verb', 'تَسَاقَطَتْ قذائفُ صاروخيةٌ في محيطِ قاعدةِ الشدادي جنوبي الحسكة، مساءَ الاثنين.', 'al-Shaddadi', 'rocket', '2024-03-11'],
    ['dual drones exploded over a base', 'مسيّرتان انفجرتا فوق قاعدة خراب الجير في ريف الحسكة الشمالي الشرقي فجر الجمعة، بحسب ناشطين.', 'Kharab al-Jir', 'drone', '2024-03-15'],
    ['an interception over the embassy', 'اعترضت منظومة سي رام صاروخين فوق السفارة الأمريكية في بغداد ليلة الأحد.', 'US embassy Baghdad', 'rocket', '2024-03-10'],
    ['mortar shells on a training base', 'سقوط قذيفتي هاون على قاعدة بسماية جنوب بغداد حيث يتواجد مدربون من التحالف الدولي، مساء الأحد.', 'Besmaya base', 'mortar', '2024-03-10'],
  ])('%s', (_label, text, place, weapon, date) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, weapon, date }]);
  });

  it('reads a wave of drones as one attack, and counts told on two waves', () => {
    expect(brief('موجة من الطائرات المسيرة استهدفت قاعدة حرير فجر اليوم دون إصابات.')).toMatchObject([{ place: 'Harir', weapon: 'drone', killed: 0, injured: 0 }]);
    expect(brief('تعرضت قاعدة عين الأسد لموجتين من الصواريخ مساء أمس أسفرتا عن إصابة خمسة جنود.')).toMatchObject([{ place: 'Ain al-Asad', weapon: 'rocket', injured: 5 }]);
  });

  it('reads a headline in the present tense', () => {
    expect(brief('صواريخ تسقط على قاعدة عين الأسد.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'Ain al-Asad', weapon: 'rocket' }]);
  });

  it('reads sirens and blasts heard inside a base as an attack on it', () => {
    expect(brief('دوت صفارات الإنذار في قاعدة التنف العسكرية ليلة الخميس، وسمع دوي انفجارين داخل القاعدة.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'al-Tanf', date: '2024-03-14' }]);
  });

  it('keeps the impact site, not where the rockets came from, and the stated zero', () => {
    const text = 'سقط صاروخان من طراز غراد داخل حقل كونيكو للغاز شرقي دير الزور ظهر اليوم ولم يسفر ذلك عن إصابات.\nوأوضحت المصادر أن الصاروخين أطلقا من منطقة قريبة من بلدة الميادين.';
    expect(brief(text)).toEqual([{ category: 'attack_on_us_forces', place: 'Conoco gas field', date: '2024-03-15', weapon: 'rocket', actor: 'unknown', claimed_by: null, killed: 0, injured: 0 }]);
  });

  it('takes the weapon from the cause of the blasts and no place from a launch area between two towns', () => {
    const text = 'سمع دوي انفجارات في حقل كونيكو صباح اليوم إثر استهدافه بأربعة صواريخ أطلقت من البادية الواقعة بين الميادين والبوكمال.';
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Conoco gas field', weapon: 'rocket', date: '2024-03-15' }]);
  });

  it('reads a blast at a militia depot caused by an unidentified aircraft as a strike', () => {
    expect(brief('ووقع انفجار ضخم في مستودع أسلحة للحشد الشعبي في منطقة جرف الصخر إثر ضربة من طائرة مجهولة.')).toMatchObject([{ category: 'strike_on_militias', place: 'Jurf al-Sakhar' }]);
  });

  it.each([
    ['a shell on a home', 'سقطت قذيفة على منزل مدني في حي سكني ببغداد دون إصابات.'],
    ['a shoot-down in another theatre', 'أسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة فوق الجولان.'],
    ['blasts in a town with no site', 'سمعت أصوات انفجارات في مدينة الحسكة مساء اليوم دون معرفة مصدرها.'],
    ['sirens elsewhere', 'دوت صفارات الإنذار في تل أبيب بعد إطلاق صاروخ من اليمن.'],
    ['a car bomb in a market', 'انفجرت سيارة مفخخة في سوق شعبي بمدينة القامشلي ما أدى إلى مقتل 3 مدنيين.'],
    ['blasts explained as a controlled detonation', 'سمع دوي انفجارات في قاعدة الشدادي، وقال مسؤول إنها ناجمة عن تفجير ذخائر قديمة بشكل مسيطر عليه.'],
    ['a threat that rockets will fall', 'هددت الفصائل بأن الصواريخ ستسقط على القواعد الأمريكية في حال استمرار العدوان.'],
    ['a warning of a possible attack', 'حذرت السفارة الأمريكية من هجوم محتمل على قاعدة حرير خلال الأيام المقبلة.'],
    ['a warning issued ("أطلقت")', 'أطلقت السفارة الأمريكية تحذيرا أمنيا من هجوم محتمل على قاعدة حرير.'],
    ['a blast from a technical fault', 'وقع انفجار في مستودع للذخيرة داخل قاعدة عين الأسد نتيجة خلل فني.'],
    ['a visit to the air defences', 'زار قائد القيادة المركزية قاعدة التنف وتفقد منظومة الدفاع الجوي فيها.'],
    ['a siren test', 'دوت صفارات الإنذار في السفارة الأمريكية ببغداد صباح اليوم في إطار اختبار صفارات الإنذار الدوري.'],
  ])('no incident: %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('an earlier "similar" attack on the place just told', () => {
  it.each([
    [
      'a day before, told in hours after "بعد أقل من … على"',
      'تعرضت قاعدة الشدادي الأمريكية لهجوم صاروخي اليوم الثلاثاء. ويأتي الهجوم على القاعدة المذكورة بعد أقل من 24 ساعة على استهداف مماثل بطائرات مسيرة.',
      '2024-03-12',
      [
        ['al-Shaddadi', '2024-03-12', 'rocket'],
        ['al-Shaddadi', '2024-03-11', 'drone'],
      ],
    ],
    [
      'two days before, in the same sentence',
      'سقطت صواريخ على قاعدة عين الأسد فجر اليوم، بعد يومين على هجوم مماثل بالطائرات المسيرة.',
      '2024-03-15',
      [
        ['Ain al-Asad', '2024-03-15', 'rocket'],
        ['Ain al-Asad', '2024-03-13', 'drone'],
      ],
    ],
  ])('%s', (_label, text, pub, expected) => {
    expect(brief(text, pub).map((m) => [m.place, m.date, m.weapon])).toEqual(expected);
  });

  it('keeps the toll of last week\'s strike "in the same city" off tonight\'s', () => {
    const text = 'قتل 5 عناصر من الحشد الشعبي بغارة جوية على مواقعهم في البوكمال الليلة الماضية. وفي الأسبوع الماضي قتل 12 شخصا في هجوم بطائرة مجهولة على مقر في نفس المدينة.';
    expect(brief(text).map((m) => [m.category, m.place, m.date, m.killed])).toEqual([
      ['strike_on_militias', 'Albukamal', '2024-03-14', 5],
      ['strike_on_militias', 'Albukamal', '2024-03', 12],
    ]);
  });

  it.each([
    ['a likeness with no time of its own', 'استهدفت طائرة مسيرة قاعدة حرير اليوم، في هجوم مماثل لما تعرضت له قواعد أخرى في المنطقة.'],
    ['hours after threats, not after an attack', 'استهدفت طائرة مسيرة قاعدة حرير اليوم، وجاء الهجوم بعد ساعات من تهديدات أطلقتها الفصائل.'],
  ])('adds nothing for %s', (_label, text) => {
    expect(brief(text).map((m) => [m.place, m.date, m.weapon])).toEqual([['Harir', '2024-03-15', 'drone']]);
  });
});

describe('"the Iraqi factions" are the Iran-aligned ones', () => {
  it('makes an unidentified strike on their trucks a strike on militias', () => {
    const text = 'قصفت طائرة مسيرة مجهولة الهوية شاحنات تابعة لفصائل عراقية عند معبر القائم الحدودي، ما أدى إلى احتراق ثلاث شاحنات.';
    expect(brief(text, '2024-02-04')).toMatchObject([{ category: 'strike_on_militias', place: 'al-Qaim crossing', weapon: 'drone', actor: 'unknown' }]);
  });
});

describe('the effect told first, the strike after "إثر"', () => {
  it('places the strike where the effect was', () => {
    const text = 'خرج مطار دمشق الدولي عن الخدمة إثر ضربة إسرائيلية استهدفت مدرجه فجر الأحد.';
    expect(brief(text, '2024-02-04')).toMatchObject([{ category: 'strike_on_militias', place: 'Damascus airport', actor: 'israel', date: '2024-02-04' }]);
  });

  it('keeps the place the strike names itself', () => {
    const text = 'اندلعت حرائق في مدينة البوكمال إثر غارات إسرائيلية على مستودعات أسلحة في الميادين ليل السبت.';
    expect(brief(text, '2024-02-04').map((m) => m.place)).toEqual(['Mayadin']);
  });
});

describe('two dated clauses in one sentence', () => {
  it('gives each clause its own date, weapon and toll', () => {
    const text = 'وفي 20 كانون الثاني استهدفت صواريخ باليستية قاعدة عين الأسد ما أدى إلى إصابة عدد من الجنود، وفي 28 منه قتل ثلاثة جنود في هجوم على البرج 22.';
    expect(brief(text, '2024-02-04').map((m) => [m.place, m.date, m.weapon, m.killed])).toEqual([
      ['Ain al-Asad', '2024-01-20', 'missile', null],
      ['Tower 22', '2024-01-28', 'unknown', 3],
    ]);
  });
});

describe('the main incident beside a recollection', () => {
  it('keeps an attack followed by possible brain injuries and an earlier attack on the same base', () => {
    const text =
      'استُهدفت قاعدة حرير الجوية في أربيل فجر الخميس بثلاث طائرات مسيرة، وقال مسؤول أمريكي إن جنديين يخضعان للعلاج من ارتجاج محتمل في الدماغ. وكانت القاعدة ذاتها قد تعرضت لهجوم مماثل في العاشر من الشهر الماضي.';
    expect(brief(text).map((m) => [m.place, m.date, m.weapon, m.injured])).toEqual([
      ['Harir', '2024-03-14', 'drone', 2],
      // (A similar attack: one of the same kind, so of the same means.)
      ['Harir', '2024-02-10', 'drone', null],
    ]);
  });

  it('keeps a ballistic-missile attack with possible injuries beside an earlier one', () => {
    const text =
      'هاجمت فصائل موالية لإيران قاعدة التنف بصواريخ باليستية مساء اليوم الجمعة، وأفادت تقارير بإصابات محتملة بين الجنود. وفي وقت سابق من الشهر الجاري، كانت قاعدة عين الأسد قد استهدفت بقذائف صاروخية.';
    expect(brief(text, '2024-03-17')).toMatchObject([
      { place: 'al-Tanf', date: '2024-03-15', weapon: 'missile', actor: 'iran_backed_militia', injured: null },
      { place: 'Ain al-Asad', date: '2024-03', weapon: 'rocket' },
    ]);
  });

  it('keeps an attack whose casualties are only estimated, then a dated earlier one', () => {
    const text = 'تعرضت القاعدة الأمريكية في حقل كونيكو لهجوم بطائرة مسيرة اليوم الأربعاء، ويرجح أن تكون الإصابات محدودة. يذكر أن قاعدة خراب الجير كانت قد استهدفت في الثاني من آذار الجاري بصاروخين.';
    expect(brief(text, '2024-03-14').map((m) => [m.place, m.date, m.weapon])).toEqual([
      ['Conoco gas field', '2024-03-13', 'drone'],
      ['Kharab al-Jir', '2024-03-02', 'rocket'],
    ]);
  });

  it('dates "today" + a weekday by the weekday when the article came out a day later', () => {
    const text = 'استهدفت صواريخ باليستية قاعدة حرير اليوم الثلاثاء، وأعلن البنتاغون أن عددا من الجنود يخضعون للتقييم بسبب إصابات محتملة في الدماغ.';
    expect(brief(text, '2024-03-13')).toMatchObject([{ place: 'Harir', date: '2024-03-12', weapon: 'missile', injured: null, killed: null }]);
  });

  it('keeps an attack followed by a vow to respond', () => {
    expect(brief('قصفت فصائل مسلحة قاعدة عين الأسد بالصواريخ اليوم، وتوعدت واشنطن بالرد في الوقت المناسب.')).toMatchObject([
      { category: 'attack_on_us_forces', place: 'Ain al-Asad', weapon: 'rocket', actor: 'iran_backed_militia' },
    ]);
  });

  it('dates the attack told after "بعد يومين من" two days before the main one', () => {
    const text = 'قصفت فصائل مسلحة قاعدة عين الأسد اليوم السبت، بعد يومين من هجوم على قاعدة فيكتوري قرب مطار بغداد.';
    expect(brief(text, '2024-03-17').map((m) => [m.place, m.date])).toEqual([
      ['Ain al-Asad', '2024-03-16'],
      ['Victory base', '2024-03-14'],
    ]);
  });

  it('reads soldiers treated for concussions as injured', () => {
    const text = 'وقال البنتاغون إن خمسة جنود يخضعون للعلاج من ارتجاجات دماغية بعد هجوم صاروخي على قاعدة عين الأسد أمس.';
    expect(brief(text)).toMatchObject([{ place: 'Ain al-Asad', date: '2024-03-14', injured: 5 }]);
  });
});

describe('claims told in a sentence of their own', () => {
  it.each([
    ['"أعلنت … مسؤوليتها عن الهجوم"', 'استهدفت طائرة مسيرة قاعدة حرير في أربيل مساء الثلاثاء دون وقوع إصابات. وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم في بيان.', 'Harir', 'kataib_hezbollah'],
    ['"في بيان تبنت فيه العملية"', 'قصفت صواريخ قاعدة عين الأسد غربي العراق فجر اليوم. وفي بيان تبنت فيه العملية، قالت حركة النجباء إنها استخدمت صواريخ من نوع أرض-أرض.', 'Ain al-Asad', 'nujaba'],
    [
      'a pronoun claim after a semicolon',
      'شنّت طائرات مسيّرة هجوماً على حقل العمر النفطي في دير الزور صباح اليوم؛ وتبنته المقاومة الإسلامية في العراق عبر قناتها على تلغرام.',
      'al-Omar oil field',
      'islamic_resistance_iraq',
    ],
    [
      'a claim two sentences on',
      'قتل متعاقد أمريكي في هجوم بطائرة مسيرة على قاعدة في حقل كونيكو مساء الخميس. وأكدت وزارة الدفاع الأمريكية الهجوم. وتبنت المقاومة الإسلامية في العراق الهجوم في وقت لاحق.',
      'Conoco gas field',
      'islamic_resistance_iraq',
    ],
    ['without diacritics or hamzas', 'تعرضت قاعدة التنف لهجوم بطائرات مسيرة ليلة امس. وتبنت المقاومة الاسلامية في العراق الهجوم في بيان مقتضب.', 'al-Tanf', 'islamic_resistance_iraq'],
    ['"أعلنت … مسؤوليتها" with nothing after', 'استهدفت طائرة مسيرة قاعدة حرير مساء الثلاثاء. وأعلنت كتائب حزب الله مسؤوليتها.', 'Harir', 'kataib_hezbollah'],
    ['object before subject', 'استهدفت طائرة مسيرة قاعدة حرير مساء الثلاثاء. وتبنى الهجوم فصيل يطلق على نفسه اسم المقاومة الإسلامية في العراق.', 'Harir', 'islamic_resistance_iraq'],
    [
      "the group's own account of the act",
      'سقطت ثلاثة صواريخ على قاعدة عين الأسد صباح اليوم. وقالت المقاومة الإسلامية في العراق في بيان إنها استهدفت القاعدة بالصواريخ.',
      'Ain al-Asad',
      'islamic_resistance_iraq',
    ],
    ['"تبنت … استهداف" pointing back', 'انفجرت طائرة مسيرة مفخخة داخل قاعدة الشدادي فجر اليوم. وتبنت فصائل المقاومة استهداف القاعدة في بيان لاحق.', 'al-Shaddadi', 'iran_backed_militia'],
  ])('%s', (_label, text, place, actor) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, actor, claimed_by: actor }]);
  });

  it('takes the counts a claim sentence adds', () => {
    const text = 'استهدفت طائرة مسيرة قاعدة حرير فجر اليوم. وتبنت المقاومة الإسلامية في العراق الهجوم الذي أدى إلى إصابة ثلاثة جنود.';
    expect(brief(text)).toMatchObject([{ place: 'Harir', claimed_by: 'islamic_resistance_iraq', injured: 3 }]);
    const digits = 'سقطت صواريخ على قاعدة التنف مساء أمس. وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم الذي أسفر عن إصابة أكثر من 12 جنديا.';
    expect(brief(digits)).toMatchObject([{ place: 'al-Tanf', claimed_by: 'kataib_hezbollah', injured: 12 }]);
  });

  it('attaches a claim in the headline to the act told right after it', () => {
    const text = 'المقاومة الإسلامية في العراق تتبنى الهجوم\nاستهدفت طائرة مسيرة قاعدة حرير في أربيل فجر اليوم دون وقوع إصابات.';
    expect(brief(text)).toMatchObject([{ place: 'Harir', actor: 'islamic_resistance_iraq', claimed_by: 'islamic_resistance_iraq', injured: 0 }]);
  });

  it('attaches a claim of "the two attacks" to both', () => {
    const text = 'استهدفت طائرة مسيرة قاعدة حرير فجر اليوم. كما سقطت صواريخ على قاعدة عين الأسد صباح اليوم. وتبنت المقاومة الإسلامية في العراق الهجومين.';
    expect(brief(text).map((m) => [m.place, m.claimed_by])).toEqual([
      ['Harir', 'islamic_resistance_iraq'],
      ['Ain al-Asad', 'islamic_resistance_iraq'],
    ]);
  });

  it('attaches a US claim to the strike, not to the attack told between', () => {
    const text = 'شنت الطائرات الأمريكية غارات على مواقع للحشد الشعبي في القائم، بعد ساعات من هجوم بصواريخ على قاعدة عين الأسد. وأعلنت القيادة المركزية الأمريكية مسؤوليتها عن الضربات.';
    expect(brief(text).map((m) => [m.category, m.place, m.claimed_by])).toEqual([
      ['strike_on_militias', 'al-Qaim', 'us'],
      ['attack_on_us_forces', 'Ain al-Asad', null],
    ]);
  });

  it.each([
    ['a denied claim', 'استهدفت طائرة مسيرة قاعدة حرير مساء الثلاثاء. ولم تتبن أي جهة الهجوم حتى الآن.'],
    ['a claim by ISIS', 'هاجمت مسيرات قاعدة الشدادي بريف الحسكة يوم الاثنين. من جهته، أعلن تنظيم داعش مسؤوليته عن الهجوم.'],
    ['a claim over a series, as background', 'استهدفت طائرة مسيرة قاعدة حرير مساء الثلاثاء. وكانت المقاومة الإسلامية في العراق قد تبنت أكثر من 150 هجوما منذ أكتوبر.'],
    ['a militia claim after a strike on militias', 'قصفت الطائرات الأمريكية مواقع لكتائب حزب الله في القائم. وتبنت المقاومة الإسلامية في العراق الهجوم.'],
  ])('no claim: %s', (_label, text) => {
    const out = brief(text);
    expect(out).toHaveLength(1);
    expect(out[0].claimed_by).toBeNull();
  });

  it('makes no incident of a claim with nothing to attach to', () => {
    expect(brief('سقطت قذيفة على منزل مدني في حي سكني ببغداد. وتبنت المقاومة الإسلامية في العراق الهجوم.')).toEqual([]);
  });
});
