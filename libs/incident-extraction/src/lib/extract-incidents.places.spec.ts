import { brief } from '../../test/brief';

// Where an act happened when a sentence names several places. Sentences written for these tests.
const places = (text: string) => brief(text).map((m) => m.place);

describe('a place that locates another is not a second incident', () => {
  it.each([
    ['a base "near" an airport', 'أفادت مصادر كردية بسقوط مسيرة مفخخة مساء الخميس على قاعدة حرير الجوية، القريبة من مطار أربيل.', ['Harir']],
    ['a base "not far from" a town', 'استهدفت صواريخ قاعدة خراب الجير غير البعيدة عن مدينة القامشلي فجر اليوم.', ['Kharab al-Jir']],
    ['a field "near" a town', 'سقطت قذائف على حقل كونيكو القريب من بلدة خشام ليلة الأحد.', ['Conoco gas field']],
    ['a base "close to" the embassy', 'سقط صاروخ على مركز الدعم الدبلوماسي قرب مطار بغداد الدولي فجر اليوم.', ['Baghdad Diplomatic Support Center']],
    ['a base "adjacent to" a town', 'تعرضت قاعدة الشدادي المجاورة لمدينة الحسكة لهجوم بمسيرة مساء أمس.', ['al-Shaddadi']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('the launch clause runs to the target', () => {
  it.each([
    ['a long launch clause', 'وأطلقت الصواريخ من أطراف قرية في قضاء سنجار غرب الموصل صوب قاعدة رميلان الأمريكية ليل الأحد.', ['Rmelan']],
    ['launched by the militias from a town', 'أطلقت الميليشيات الصواريخ من مدينة الميادين باتجاه حقل العمر مساء اليوم.', ['al-Omar oil field']],
    ['the weapon between the verb and "from"', 'أطلقت مسيرتان مفخختان من منطقة قرب البوكمال نحو قاعدة التنف فجر اليوم.', ['al-Tanf']],
    ['"launched from inside" with a district', 'انطلقت المسيرة من داخل الأراضي العراقية قرب القائم باتجاه قاعدة خراب الجير.', ['Kharab al-Jir']],
    ['a launch told after the target', 'سقطت صواريخ على قاعدة عين الأسد، وقد أطلقت من منطقة تقع جنوب مدينة هيت.', ['Ain al-Asad']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('places listed as struck are each an incident', () => {
  it.each([
    ['four towns listed', 'استهدفت الضربات الأمريكية فجر الجمعة مقرات للحشد الشعبي في جرف الصخر، المسيب، النجف والإسكندرية.', ['Jurf al-Sakhar', 'Musayyib', 'Najaf', 'Iskandariyah']],
    ['"the two areas of" X and Y', 'قصفت طائرات أمريكية مواقع لكتائب حزب الله في منطقتي جرف الصخر والإسكندرية فجر اليوم.', ['Jurf al-Sakhar', 'Iskandariyah']],
    ['"the two areas of" X and a name that is also a word', 'قصفت طائرات أمريكية مواقع لكتائب حزب الله في منطقتي جرف الصخر والقائم فجر اليوم.', ['Jurf al-Sakhar', 'al-Qaim']],
    ['two fields', 'استهدفت مسيرات حقل العمر وحقل التنك فجر اليوم.', ['al-Omar oil field', 'al-Tanak oil field']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('but a base in a town is one place', () => {
    expect(places('سقطت صواريخ على قاعدة عين الأسد في ناحية البغدادي فجر اليوم.')).toEqual(['Ain al-Asad']);
  });
});

describe('names of people and of those who tell are no places', () => {
  it.each([
    ['a kunya with a province', 'قتل القيادي في كتائب حزب الله أبو باقر ديالى بضربة أمريكية في منطقة المشتل ببغداد مساء اليوم.', ['al-Mashtal']],
    ['a kunya with a town', 'استهدفت مسيرة أمريكية سيارة القيادي أبو علي البصرة في جرف الصخر فجر اليوم.', ['Jurf al-Sakhar']],
    ['an official "in" a city', 'وأفاد مسؤول أمني في بغداد بأن طائرة مسيرة استهدفت موقعا للنجباء قرب القائم.', ['al-Qaim']],
    ['sources "in" a province', 'وقالت مصادر محلية في الأنبار إن غارة جوية استهدفت مقرا لكتائب حزب الله في القائم.', ['al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('after a comma, an act verb opens a clause with its own sides and place', () => {
  const told = (text: string) => brief(text).map((m) => [m.category, m.place]);
  it.each([
    [
      'a background base, then a US drone strike',
      'في جولة جديدة من الرد على الهجمات، آخرها على قاعدة التنف، تولت مسيرة أمريكية مساء الأربعاء اغتيال قيادي في كتائب حزب الله في منطقة المشتل ببغداد.',
      [
        ['attack_on_us_forces', 'al-Tanf'],
        ['strike_on_militias', 'al-Mashtal'],
      ],
    ],
    [
      'an attack then a strike in one sentence',
      'سقطت صواريخ على قاعدة حرير فجر اليوم، قصفت بعدها طائرات أمريكية مقرا للحشد في جرف الصخر.',
      [
        ['attack_on_us_forces', 'Harir'],
        ['strike_on_militias', 'Jurf al-Sakhar'],
      ],
    ],
    [
      'two strikes by different aircraft',
      'قصفت طائرات إسرائيلية مستودعا للحرس الثوري في البوكمال، وأغارت طائرات مجهولة على مقر للنجباء في القائم ليل السبت.',
      [
        ['strike_on_militias', 'Albukamal'],
        ['strike_on_militias', 'al-Qaim'],
      ],
    ],
    [
      'a raid then a drone at a base',
      'نفذت مقاتلات أمريكية غارات على مواقع للفصائل في الميادين، واستهدفت مسيرة قاعدة حقل العمر بعد ساعات.',
      [
        ['strike_on_militias', 'Mayadin'],
        ['attack_on_us_forces', 'al-Omar oil field'],
      ],
    ],
    ['one act in two clauses stays one', 'استهدفت مسيرة قاعدة التنف فجر اليوم، وأسقطتها الدفاعات الجوية قبل وصولها.', [['attack_on_us_forces', 'al-Tanf']]],
  ])('%s', (_label, text, expected) => {
    expect(told(text)).toEqual(expected);
  });
});

describe('a country named by its adjective in a border aside still tells where', () => {
  it.each([
    ['"near the Jordanian-Iraqi border"', 'أصيب جنود أمريكيون بهجوم مسيرة على موقع لوجستي قرب الحدود الأردنية العراقية مساء السبت.', 'Tower 22'],
    ['"on the Jordanian border"', 'هاجمت مسيرة موقعا للقوات الأمريكية على الحدود الأردنية السورية فجر اليوم.', 'Tower 22'],
    ['"near the Jordanian border" with a toll', 'قتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة على قاعدة قرب الحدود الأردنية.', 'Tower 22'],
  ])('%s', (_label, text, place) => {
    expect(places(text)).toEqual([place]);
  });
});

describe('a dateline with a country and an outlet is where the story was filed', () => {
  it.each([
    ['city, country (outlet)', 'أربيل، العراق (رويترز) - سقطت صواريخ على قاعدة حرير فجر اليوم.', ['Harir']],
    ['city, country - outlet', 'دير الزور، سوريا - نورث برس: استهدفت مسيرة حقل كونيكو مساء أمس.', ['Conoco gas field']],
    ['capital, country (agency)', 'بغداد، العراق (أ ف ب) - قصفت طائرة مسيرة مقرا للنجباء في جرف الصخر.', ['Jurf al-Sakhar']],
    ['two cities joined by a slash', 'واشنطن/بغداد (رويترز) - شنت طائرات أمريكية غارات على مواقع في القائم فجر اليوم.', ['al-Qaim']],
    ['the place first of two slashed cities', 'بغداد/أربيل (رويترز) - سقطت مسيرة مفخخة على قاعدة حرير مساء أمس.', ['Harir']],
    ['three slashed cities and a dash', 'بيروت/دمشق/بغداد - قصفت مسيرة أمريكية مقرا لكتائب حزب الله في جرف الصخر.', ['Jurf al-Sakhar']],
    ['a slash with spaces', 'عمان / بغداد (أ ف ب) - استهدفت صواريخ قاعدة عين الأسد ليل الأحد.', ['Ain al-Asad']],
    ['slashed cities before a colon', 'أربيل/السليمانية: هاجمت مسيرة مفخخة قاعدة حرير فجر اليوم.', ['Harir']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a countryside region beside a town outside it is a place of its own', () => {
  it('keeps a region when the town named is elsewhere', () => {
    expect(places('قصفت طائرات أمريكية مواقع في ريف دير الزور الشرقي وفي القائم فجر اليوم.')).toEqual(['eastern Deir ez-Zor countryside', 'al-Qaim']);
  });
  it('drops the region for a town inside it', () => {
    expect(places('قصفت طائرات أمريكية مواقع في بلدة خشام بريف دير الزور الشرقي فجر اليوم.')).toEqual(['Khasham']);
  });
});

describe('bearings and distances locate the place named before them', () => {
  it.each([
    ['"to the north of"', 'وكشفت مصادر أن المعسكر الذي يقع إلى الشمال من بغداد تعرض إلى قصف بـ15 صاروخا.', []],
    ['"located 60 km south of"', 'قصفت طائرات أمريكية مواقع لكتائب حزب الله في منطقة جرف الصخر، الواقعة على بعد حوالي 60 كلم جنوب بغداد، فجر اليوم.', ['Jurf al-Sakhar']],
    ['"30 kilometres west of"', 'سقطت صواريخ على قاعدة عين الأسد التي تبعد نحو 30 كيلومترا غرب مدينة هيت مساء أمس.', ['Ain al-Asad']],
    ['"at a distance of" is no sequence', 'قصفت طائرات أمريكية مقرات في منطقتي جرف الصخر، الواقعة على بعد 60 كلم جنوب بغداد، والقائم الواقعة على الحدود مع سوريا.', ['Jurf al-Sakhar', 'al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a recollection pointing back to the base far into its clause happened there', () => {
  it('"earlier on Wednesday … when the base was attacked"', () => {
    const text = 'تعرض معسكر فيكتوري لقصف صاروخي فجر اليوم السبت.\nفي وقت سابق من الأربعاء، قتل ثلاثة جنود بينهم أميركيان، عندما تعرضت القاعدة لهجوم هو الأكثر دموية منذ أشهر.';
    expect(brief(text).map((m) => [m.place, m.killed])).toEqual([
      ['Victory base', null],
      ['Victory base', 3],
    ]);
  });
});

describe('towns facing each other across a border are two places', () => {
  it.each([
    ['two border towns joined by "و"', 'شنت طائرات أمريكية غارات على مقرات لكتائب حزب الله في القائم والبوكمال فجر اليوم.', ['al-Qaim', 'Albukamal']],
    ['"and another in"', 'استهدفت غارات أمريكية مقرا للنجباء في البوكمال، وأخرى في القائم عند الحدود.', ['Albukamal', 'al-Qaim']],
    ['each with its country adjective', 'أغارت طائرات أمريكية على مخازن أسلحة في مدينة القائم العراقية ومدينة البوكمال السورية ليل الجمعة.', ['al-Qaim', 'Albukamal']],
    ['"in X and in Y"', 'قصفت طائرات أمريكية مقرات الحشد الشعبي في القائم وفي البوكمال فجر الاثنين.', ['al-Qaim', 'Albukamal']],
    ['a toll for strikes on both', 'أسفرت الغارات الأمريكية على البوكمال والقائم عن مقتل 12 مسلحا.', ['Albukamal', 'al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a US base by the border and a camp beside it', 'سقطت صواريخ على قاعدة التنف وانفجر أحدها قرب مخيم الركبان.', ['al-Tanf']],
    ['a town near another on the same side', 'استهدفت مسيرة مجهولة سيارة في حصيبة قرب القائم.', ['Husaybah']],
  ])('but stays one place when %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('"from <country>" after a word of backing names the backer, not a launch site', () => {
  it.each([
    ['"backed by Iran"', 'هاجمت فصائل مدعومة من إيران قاعدة عين الأسد بالصواريخ.', ['Ain al-Asad']],
    ['with a nationality between', 'هاجمت فصائل عراقية مدعومة من إيران قاعدة عين الأسد.', ['Ain al-Asad']],
    ['definite "the backed factions"', 'هاجمت الفصائل المدعومة من إيران قاعدة عين الأسد.', ['Ain al-Asad']],
    ['the backers before the verb', 'فصائل مدعومة من إيران هاجمت قاعدة حرير بمسيرة.', ['Harir']],
    ['"trained by"', 'استهدف مسلحون مدربون من إيران قاعدة التنف بطائرة مسيرة فجر اليوم.', ['al-Tanf']],
    ['"funded by"', 'هاجمت ميليشيات ممولة من إيران حقل العمر بقذائف صاروخية.', ['al-Omar oil field']],
    ['"with support from"', 'هاجمت جماعة بدعم من إيران قاعدة الشدادي بالصواريخ.', ['al-Shaddadi']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a launch cue that ends with the place names the launch site; the next place is the target', () => {
  it.each([
    ['"launched from Iran at"', 'أطلقت صواريخ من إيران على قاعدة عين الأسد.', ['Ain al-Asad']],
    ['"launched from Iraq" before the target', 'سقطت صواريخ أطلقت من العراق على قاعدة التنف فجر اليوم.', ['al-Tanf']],
    ['a drone "from Syria"', 'هاجمت مسيرة انطلقت من سوريا قاعدة البرج 22 في الأردن.', ['Tower 22']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('US bases in the Gulf are US sites; their names need the base noun', () => {
  it.each([
    ['Al Udeid in Qatar', 'أعلن الحرس الثوري الإيراني استهداف قاعدة العديد الأمريكية في قطر بصواريخ باليستية مساء الاثنين.', ['Al Udeid']],
    ['"the US base in Qatar"', 'أطلقت إيران 14 صاروخا على القاعدة الأمريكية في قطر، ولم يصب أي أمريكي.', ['Al Udeid']],
    ['Ali Al Salem in Kuwait', 'استهدفت مسيرة قاعدة علي السالم في الكويت فجر اليوم.', ['Ali Al Salem Air Base']],
    ['Al Dhafra in the Emirates', 'سقطت صواريخ إيرانية قرب قاعدة الظفرة الجوية في الإمارات.', ['Al Dhafra Air Base']],
    ['Camp Arifjan', 'هاجمت طائرة مسيرة معسكر عريفجان الأمريكي في الكويت ليل الأحد.', ['Camp Arifjan']],
    ['"many" is not Al Udeid', 'أصيب العديد من الجنود في الهجوم الصاروخي على قاعدة عين الأسد.', ['Ain al-Asad']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('where mourners or protesters gathered is not where the act happened', () => {
  it.each([
    ['a funeral in two cities', 'شيّع الآلاف في بغداد وكربلاء جثامين المقاتلين الذين سقطوا في الغارات الأمريكية على مقرات الحشد في القائم.', ['al-Qaim']],
    ['a protest in two cities', 'تظاهر المئات في البصرة والناصرية احتجاجا على الغارة الأمريكية التي استهدفت مقرا للحشد في جرف الصخر.', ['Jurf al-Sakhar']],
    ['crowds in one city', 'شيعت حشود في النجف جثامين خمسة من عناصر الكتائب سقطوا في الغارات الأمريكية على مواقعهم في البوكمال.', ['Albukamal']],
    ['tribes mourning', 'شيعت عشائر في الناصرية والبصرة جثامين ثلاثة مقاتلين سقطوا في الغارات الأمريكية على مقر للكتائب في جرف الصخر.', ['Jurf al-Sakhar']],
    ['a dateline closed by a bar', 'بغداد | قصفت طائرات أمريكية مقرا للكتائب في جرف الصخر.', ['Jurf al-Sakhar']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a clause whose subject is elided names the place of the act before it', () => {
  it.each([
    ['after the time of day', 'رصد المرصد غارات جوية نفذتها طائرات أمريكية فجر اليوم، استهدفت معسكر عياش غرب دير الزور.', ['Ayyash depots']],
    ['right after the agent', 'غارات جوية نفذتها طائرات أمريكية، استهدفت مقرات لكتائب حزب الله في القائم.', ['al-Qaim']],
    ['"reached" after the strikes', 'شنت طائرات أمريكية غارات ليلة أمس، طالت مواقع للحشد الشعبي في جرف الصخر.', ['Jurf al-Sakhar']],
    ['"hit" after an unidentified drone', 'قصفت طائرة مسيرة مجهولة فجر الأحد، ضربت مستودعا للأسلحة في البوكمال.', ['Albukamal']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a clause with its own subject', 'قصفت طائرات أمريكية مواقع في القائم، استهدفت مسيرة أخرى قاعدة حرير مساء اليوم.', ['al-Qaim', 'Harir']],
    ['a first act that has its place', 'سقطت صواريخ على قاعدة عين الأسد، استهدفت قاعدة حرير في أربيل بعد ساعات.', ['Ain al-Asad', 'Harir']],
  ])('but not when %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('"from the direction of" a place tells where the attackers came from', () => {
  it.each([
    ['Israeli jets from the direction of a US base', 'قال بيان إن العدو الإسرائيلي نفذ عدوانا جويا من اتجاه منطقة التنف مستهدفا عددا من الأبنية في مدينة تدمر.', ['Palmyra']],
    ['a drone coming from the direction of a town', 'سقطت مسيرة قادمة من اتجاه البوكمال على قاعدة التنف فجر اليوم.', ['al-Tanf']],
    ['rockets from the side of a town', 'أطلقت صواريخ من ناحية القائم على قاعدة عين الأسد مساء الأحد.', ['Ain al-Asad']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('sites and roads named as outlets name them', () => {
  it.each([
    ['Tower 22 as "T22"', 'استهدفت مسيرة قاعدة تي 22 في الأردن مساء أمس.', ['Tower 22']],
    ['the Lafarge base by its nickname', 'استهدفت مسيرة قاعدة لايف ستون قرب عين عيسى مساء أمس.', ['Lafarge cement plant']],
    ['a road from a town that is also a word', 'طائرة مسيرة يعتقد أنها أمريكية تقصف سيارة تقل قياديين في الحشد على طريق القائم - عكاشات.', ['al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a town, district or governorate told after a site with a locative word only says where the site is', () => {
  it.each([
    ['a base "in the district of" a town', 'سقط صاروخان من نوع كاتيوشا داخل قاعدة عين الأسد الجوية في قضاء هيت مساء اليوم الاثنين.', ['Ain al-Asad']],
    ['a base "located in" a sub-district "belonging to" a district', 'استهدفت طائرة مسيرة قاعدة عين الأسد الواقعة في ناحية البغدادي التابعة لقضاء هيت فجر اليوم.', ['Ain al-Asad']],
    ['a base "in" a town, no place noun', 'تعرضت قاعدة عين الأسد في هيت لهجوم بثلاثة صواريخ ليلة الأحد.', ['Ain al-Asad']],
    ['a base "in the governorate of"', 'أعلنت فصائل عراقية استهداف قاعدة عين الأسد في محافظة الأنبار بطائرتين مسيرتين مساء الجمعة.', ['Ain al-Asad']],
    ['a field with the town glued to "ب"', 'هاجمت مسيرات انتحارية حقل العمر النفطي بالميادين فجر الخميس.', ['al-Omar oil field']],
    ['a field "in the city of"', 'سقطت قذائف صاروخية على حقل العمر بمدينة الميادين مساء أمس.', ['al-Omar oil field']],
    ['an airport "in the city of" its governorate seat', 'استهدف هجوم بطائرة مسيرة مطار أربيل الدولي في مدينة أربيل ليل السبت.', ['Erbil airport']],
    ['a base "located in" a town of another name', 'تعرضت قاعدة خراب الجير الواقعة في بلدة رميلان لقصف صاروخي فجر اليوم.', ['Kharab al-Jir']],
    ['a base "belonging to" a governorate', 'سقطت مسيرة على قاعدة حرير التابعة لمحافظة أربيل مساء الثلاثاء.', ['Harir']],
    ['an airport "in the countryside of" a town', 'قصفت طائرات مجهولة مطار الحمدان بريف البوكمال ليلة الأربعاء.', ['Hamdan airport']],
    ['a base "belonging to" a district, no preposition', 'تعرضت قاعدة عين الأسد الجوية التابعة لقضاء هيت لقصف صاروخي مساء الأربعاء.', ['Ain al-Asad']],
    ['a field "in" a countryside region', 'هاجمت مسيرات قاعدة حقل كونيكو في ريف دير الزور الشمالي فجر اليوم.', ['Conoco gas field']],
    ['a base with the district glued to "ب" and a bearing', 'سقط صاروخ على قاعدة عين الأسد بقضاء هيت غربي الأنبار فجر اليوم.', ['Ain al-Asad']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a second target joined by "و"', 'استهدفت الضربات الأمريكية مطار الحمدان، وفي مدينة الميادين مقرا للحرس الثوري فجر اليوم.', ['Hamdan airport', 'Mayadin']],
    ['a list of a base and a town', 'سقطت صواريخ على قاعدة عين الأسد وعلى مدينة هيت مساء اليوم.', ['Ain al-Asad', 'Hit']],
  ])('but a place struck in its own right stays: %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a generic quarter name followed by its town is a quarter of that town', () => {
  it.each([
    ['"the industrial area in the city of" another town', 'دوت انفجارات في مستودع للأسلحة في المنطقة الصناعية بمدينة الميادين شرقي دير الزور إثر غارة لطائرة مجهولة ليل الخميس.', ['Mayadin']],
    ['"the industrial area in" another town', 'استهدفت غارة جوية مجهولة مقرا للميليشيات في المنطقة الصناعية في الميادين بريف دير الزور فجر اليوم.', ['Mayadin']],
    ['"the industrial quarter of" glued to the town', 'قصفت طائرة مسيرة مستودعا للحرس الثوري في الحي الصناعي بالميادين شرق دير الزور مساء الأحد.', ['Mayadin']],
    ['the quarter of the town told after it', 'استهدفت غارات مقرات للميليشيات الموالية لإيران في المنطقة الصناعية بمدينة البوكمال فجر اليوم.', ['Albukamal industrial quarter']],
    ['the quarter of the town, "in" without a noun', 'قصفت طائرات مجهولة مستودعات للحرس الثوري في الحي الصناعي في البوكمال ليلة الثلاثاء.', ['Albukamal industrial quarter']],
    ['"the industry quarter in" another town', 'قصفت طائرة مجهولة مقرا لفاطميون في حي الصناعة في مدينة الميادين فجر اليوم.', ['Mayadin']],
    ['the quarter of Deir ez-Zor city', 'استهدفت غارة مستودعا للذخيرة تابعا للحرس الثوري في المنطقة الصناعية بمدينة دير الزور فجر اليوم.', ['Deir ez-Zor industrial quarter']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('an effect told first takes the most specific place of its clause', () => {
  it.each([
    ['a town and its governorate by a bearing', 'دوت انفجارات في مستودع للأسلحة في مدينة الميادين شرقي دير الزور إثر غارة لطائرة مجهولة ليل الخميس.', ['Mayadin']],
    ['a town and its countryside', 'اندلعت النيران في مقر للحرس الثوري في مدينة البوكمال بريف دير الزور الشرقي جراء غارة جوية مجهولة فجر اليوم.', ['Albukamal']],
    ['a quarter, its town and a bearing', 'دوت انفجارات في مستودع للأسلحة في المنطقة الصناعية بمدينة الميادين شرقي دير الزور، إثر غارة لطائرة مجهولة ليل الخميس.', ['Mayadin']],
    ['a town and its governorate named with the noun', 'تصاعد الدخان من مستودع للذخيرة في مدينة القائم بمحافظة الأنبار عقب ضربة جوية مجهولة فجر اليوم.', ['al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a name told to after a speech verb is the outlet or government spoken to', () => {
  it.each([
    ['وقال المسؤول، الذي طلب عدم الكشف عن اسمه، لـ(بغداد اليوم)، إن طائرات حربية مجهولة شنت غارات على مقرات للفصيل في مدينة البوكمال.', ['Albukamal']],
    ['وقال المسؤول لـ"بغداد اليوم" إن طائرات حربية مجهولة شنت غارات على مقرات للفصيل في مدينة البوكمال.', ['Albukamal']],
    ['وقال المسؤول لبغداد اليوم إن طائرات حربية مجهولة شنت غارات على مقرات للفصيل في مدينة البوكمال.', ['Albukamal']],
    ['أفاد مصدر محلي لدير الزور 24 بأن غارة مجهولة استهدفت مقرا للحرس الثوري في مدينة الميادين.', ['Mayadin']],
    ['صرح مصدر أمني لـ"السومرية نيوز" بأن صواريخ سقطت على قاعدة عين الأسد مساء اليوم.', ['Ain al-Asad']],
    ['وأضاف المصدر لـ(الأنبار اليوم) أن طائرة مسيرة قصفت مقرا للحشد في القائم.', ['al-Qaim']],
    ['وقال شاهد عيان لدمشق الآن إن غارات إسرائيلية استهدفت مستودعات للحرس الثوري قرب الكسوة.', ['al-Kiswah']],
    ['وأكدت مصادر طبية لـ"كركوك نيوز" أن صاروخا سقط على قاعدة حرير مساء الأحد.', ['Harir']],
    ['وذكر مراسلنا لبغداد أن مسيرة أمريكية قصفت سيارة لقيادي في النجباء في منطقة المشتل.', ['al-Mashtal']],
    ['وكشف مسؤول عراقي لـ"أربيل 24" أن مسيرتين استهدفتا مطار أربيل فجر اليوم.', ['Erbil airport']],
    ['وقال مسؤول محلي لـ(كربلاء اليوم) إن مسيرة أمريكية قصفت مقرا لكتائب حزب الله في جرف الصخر.', ['Jurf al-Sakhar']],
    ['وأوضح المصدر لـ"الموصل الحدث" أن صواريخ سقطت على قاعدة عين الأسد فجر اليوم.', ['Ain al-Asad']],
    ['وقالت مصادر محلية لحلب اليوم إن غارات إسرائيلية استهدفت مستودعات للحرس الثوري في مطار الضبعة.', ['Dabaa airbase']],
    ['وصرح مسؤول لـ(دمشق الآن) بأن مسيرة مجهولة قصفت مقرا للميليشيات الإيرانية في البوكمال.', ['Albukamal']],
    ['وأفاد ناشط لـ"تدمر نيوز" بأن طائرات أمريكية قصفت مواقع للحرس الثوري في الميادين.', ['Mayadin']],
    ['وقال قائد ميداني لـ(الرقة تي في) إن مسيرة استهدفت قاعدة الشدادي الأمريكية مساء أمس.', ['al-Shaddadi']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('but a place reached with "ل" after no speech verb stays', () => {
    expect(places('وصلت تعزيزات أمريكية لقاعدة التنف بعد هجوم بطائرة مسيرة عليها أمس.')).toEqual(['al-Tanf']);
  });
});

describe('a governorate told as its seat city ("مدينة دير الزور") is a place of its own beside another town', () => {
  it.each([
    ['نفذ العدو الإسرائيلي عدوانا جويا على مدينة دير الزور ومنطقة البوكمال فجر اليوم.', ['Deir ez-Zor', 'Albukamal']],
    ['شن الطيران الإسرائيلي غارات على مدينة دير الزور ومدينة الميادين فجر اليوم.', ['Deir ez-Zor', 'Mayadin']],
    ['استهدفت غارات أمريكية مواقع في مدينة دير الزور وفي البوكمال مساء أمس.', ['Deir ez-Zor', 'Albukamal']],
    ['قصفت طائرات مجهولة مقرات للحرس الثوري في مدينة دير الزور والبوكمال ليلة الخميس.', ['Deir ez-Zor', 'Albukamal']],
    ['استهدفت غارة مستودعا للحرس الثوري في مدينة الميادين بريف دير الزور فجر اليوم.', ['Mayadin']],
    ['قصفت طائرات أمريكية مواقع في البوكمال بمحافظة دير الزور مساء أمس.', ['Albukamal']],
    ['استهدفت غارة مقرا للحرس الثوري في الميادين شرق مدينة دير الزور فجر اليوم.', ['Mayadin']],
    ['تعرضت مواقع تابعة لمدينة دير الزور ولبلدة الميادين لغارات جوية مجهولة ليلة الخميس.', ['Deir ez-Zor', 'Mayadin']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe("a capital's own first letter is no preposition: 'قالت بغداد' names the government, not the place", () => {
  it.each([
    ['ضربات أمريكية استهدفت مخازن أسلحة لكتائب حزب الله، قالت بغداد إنها قتلت خمسة.'],
    ['ردت الولايات المتحدة بضربات جوية استهدفت مخازن أسلحة لكتائب حزب الله، وقالت بغداد إنها قتلت خمسة من عناصر الأمن.'],
    ['قصفت طائرات أمريكية مخازن لكتائب حزب الله، فيما اعتبرت بغداد الضربات انتهاكاً لسيادتها.'],
  ])('%s', (text) => {
    expect(brief(text, '2020-03-15').map((m) => m.place)).not.toContain('Baghdad');
  });

  it.each([
    ['سقطت صواريخ على السفارة الأمريكية ببغداد.', 'US embassy Baghdad'],
    ['قصفت مسيرة أمريكية سيارة لقيادي في كتائب حزب الله ببغداد.', 'Baghdad'],
    ['قصفت طائرات إسرائيلية مواقع قرب دمشق.', 'Damascus'],
  ])('but a preposition before it still places: %s', (text, place) => {
    expect(brief(text, '2020-03-15').map((m) => m.place)).toEqual([place]);
  });
});

describe('"موقع" before a base is the site of that base, not a website named after it', () => {
  it.each([
    ['قالت القيادة المركزية الأمريكية إن عشرة صواريخ أطلقت صباح الجمعة باتجاه موقع "القرية الخضراء" الذي يضم قوات أمريكية.', 'Green Village'],
    ['سقطت صواريخ على موقع حقل العمر.', 'al-Omar oil field'],
    ['استهدفت طائرة مسيرة موقع قاعدة التنف فجر اليوم.', 'al-Tanf'],
    ['سقطت قذيفتان قرب موقع مطار أربيل الدولي.', 'Erbil airport'],
  ])('%s', (text, place) => {
    expect(brief(text, '2023-03-24').map((m) => m.place)).toEqual([place]);
  });

  it('but "موقع" before a town names an outlet', () => {
    expect(brief('وذكر موقع الميادين أن طائرة مسيرة استهدفت قاعدة حرير.', '2023-03-24').map((m) => m.place)).toEqual(['Harir']);
  });
});

describe('one site "between" two towns ("بين بلدتي رميلان والمالكية") is told by the first, not two incidents', () => {
  it.each([
    ['a base between two towns', 'سقطت صواريخ قرب القاعدة الأمريكية الواقعة بين بلدتي رميلان والمالكية فجر اليوم.', [['attack_on_us_forces', 'Rmelan']]],
    ['the area between two cities', 'قصفت طائرات مجهولة مواقع للفصائل في المنطقة الواقعة بين البوكمال والميادين.', [['strike_on_militias', 'Albukamal']]],
    ['a road junction between two towns', 'استهدفت غارة أمريكية شاحنات للحشد عند مفترق بين القائم وعكاشات مساء أمس.', [['strike_on_militias', 'al-Qaim']]],
    ['between two cities, a dual noun', 'انفجرت عبوة بقافلة للتحالف على الطريق بين مدينتي الرمادي والفلوجة صباح اليوم.', [['attack_on_us_forces', 'Ramadi']]],
    ['between two villages, no noun', 'سقطت قذائف على موقع للتحالف يقع بين الشدادي والهول ليلة أمس.', [['attack_on_us_forces', 'al-Shaddadi']]],
  ])('%s', (_label, text, expected) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual(expected);
  });

  it.each([
    ['two towns struck, listed', 'قصفت طائرات أمريكية مواقع في البوكمال والميادين فجر اليوم.', ['Albukamal', 'Mayadin']],
    ['two bases attacked', 'استهدفت مسيرات قاعدتي حرير وعين الأسد فجر اليوم.', ['Harir', 'Ain al-Asad']],
  ])('but places listed as struck stay apart: %s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });
});

describe('a governorate listed beside a town of its own ("دير الزور والبوكمال") is its seat city', () => {
  it.each([
    ['two areas in the dual', 'قام العدو الإسرائيلي فجر اليوم بعدوان جوي على منطقتي دير الزور والبوكمال.', ['Deir ez-Zor', 'Albukamal']],
    ['a plain list', 'قصفت طائرات إسرائيلية مواقع في دير الزور والبوكمال فجر اليوم.', ['Deir ez-Zor', 'Albukamal']],
    ['the town first', 'قصفت طائرات إسرائيلية مواقع في البوكمال ودير الزور فجر اليوم.', ['Albukamal', 'Deir ez-Zor']],
    ['three in a list with commas', 'استهدفت غارات مجهولة مستودعات في دير الزور، الميادين والبوكمال ليل الثلاثاء.', ['Deir ez-Zor', 'Mayadin', 'Albukamal']],
    ['an Iraqi governorate beside its town', 'قصفت طائرات أمريكية مقرات للكتائب في الأنبار والقائم فجر اليوم.', ['Anbar', 'al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a town "in the countryside of" the governorate', 'قصفت طائرات إسرائيلية مواقع في البوكمال بريف دير الزور فجر اليوم.', ['Albukamal']],
    ['a town "in the governorate of"', 'قصفت طائرات أمريكية مواقع في الميادين بمحافظة دير الزور مساء أمس.', ['Mayadin']],
  ])('but an enclosing governorate is not: %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('where the hurt were taken ("إلى مشافي الميادين") is not where they fell', () => {
  it.each([
    ['hospitals of two towns', 'قصفت طائرات إسرائيلية مستودعات في مدينة دير الزور فجر اليوم. وشوهدت سيارات إسعاف تنقل القتلى والجرحى إلى مشافي الميادين والبوكمال.', ['Deir ez-Zor']],
    ['a hospital of a town', 'استهدفت غارة مقرا للحشد في القائم فجر اليوم. ونقل القتلى والجرحى إلى مستشفى الرمادي.', ['al-Qaim']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a vehicle\'s origin ("قادمة من العراق") names one place; the next one is where it was hit', () => {
  it.each([
    ['trucks from Iraq near a town', 'قصفت طائرات أمريكية شاحنات قادمة من العراق قرب مدينة البوكمال فجر اليوم.', ['Albukamal']],
    ['the strikes told by a monitor', 'قال المرصد إن الضربات الأمريكية استهدفت ثلاث شاحنات محملة بالذخيرة كانت قادمة من العراق قرب مدينة البوكمال ليلة الخميس.', ['Albukamal']],
    ['a convoy from the border at a town', 'استهدفت غارة مجهولة رتلا للحشد آتية من الحدود السورية في منطقة القائم مساء أمس.', ['al-Qaim']],
    ['vehicles from a town hit near another', 'قصفت مسيرة إسرائيلية سيارات قادمة من الميادين عند مدخل البوكمال فجر اليوم.', ['Albukamal']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('but the route it came by is not where it was hit', () => {
    const text = 'قصفت طائرات أمريكية مواقع للكتائب في البوكمال فجر اليوم، واستهدفت الضربات شاحنات قادمة من الأراضي العراقية عبر معبر غير شرعي قرب معبر القائم.';
    expect(places(text)).toEqual(['Albukamal']);
  });

  it('but a launch from a place names the launch area up to the target', () => {
    expect(places('سقطت صواريخ أطلقت من العراق قرب بلدة زمار على قاعدة رميلان فجر اليوم.')).toEqual(['Rmelan']);
  });
});

describe('rockets fired toward a base, with where they were fired from told last', () => {
  it.each([
    ['a headline ending with the launch town', 'إطلاق صواريخ باتجاه قاعدة أمريكية في رميلان.. من زمار', ['Rmelan']],
    ['"from" after the target, a comma before', 'أطلق مسلحون صواريخ على قاعدة عين الأسد فجر اليوم، من هيت', ['Ain al-Asad']],
    ['a verbal noun, a count and "منها"', 'عثرت القوات على عجلة محترقة، بعد إطلاق خمسة صواريخ منها باتجاه قاعدة أمريكية في رميلان.', ['Rmelan']],
    ['a verbal noun and the firer', 'وأعلنت المصادر إطلاق مسلحين قذائف هاون على قاعدة حرير مساء أمس.', ['Harir']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['flares fired are no weapon', 'وأطلقت القوات الأمنية قنابل ضوئية فوق أطراف القائم ليلة أمس.'],
    ['a weapon far from the verb', 'وأطلقت الحكومة خطة لمراقبة الحدود تمنع تهريب الصواريخ إلى القائم.'],
  ])('no act: %s', (_label, text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a plural-form village name is written with or without the article ("العكاشات" / "عكاشات")', () => {
  it.each([
    ['with the article after "area"', 'قصفت طائرة مسيرة مقراً للحشد الشعبي في منطقة العكاشات فجر اليوم.', ['Akashat']],
    ['without the article', 'قصفت طائرة مسيرة مقراً للحشد الشعبي في عكاشات فجر اليوم.', ['Akashat']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

// Written for these specs (published Friday 15 March 2024).
describe('a site told by its kind alone, with a day of its own, is the last one of that kind the article named', () => {
  it.each([
    [
      'a strike "near the airport" after Baghdad airport',
      'أسقطت الدفاعات مسيرتين قرب قاعدة فكتوريا الملاصقة لمطار بغداد فجر اليوم. ويتزامن الهجوم مع الذكرى الثانية لاغتيال قاسم سليماني وأبي مهدي المهندس بضربة أميركية قرب المطار في الثالث من كانون الثاني 2020.',
      'strike_on_militias',
      'Baghdad airport',
    ],
    [
      'an attack "on the base" years before, after Ain al-Asad named in a strike report',
      'قصفت طائرات أمريكية مقرا لكتائب حزب الله قرب القائم فجر اليوم، ردا على هجمات انطلقت من المنطقة نحو قاعدة عين الأسد. وفي 8 كانون الثاني 2020 أطلق الحرس الثوري صواريخ باليستية على القاعدة.',
      'attack_on_us_forces',
      'Ain al-Asad',
    ],
    [
      'the field after al-Omar named in passing',
      'قصفت مقاتلات أمريكية مواقع للفصائل في الميادين القريبة من حقل العمر فجر اليوم. وفي 28 حزيران 2021 سقطت قذائف صاروخية داخل الحقل.',
      'attack_on_us_forces',
      'al-Omar oil field',
    ],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text).filter((m) => m.category === category)).toMatchObject([{ place }]);
  });

  it('no place of that kind named before: still unplaced', () => {
    expect(brief('وفي 3 كانون الثاني 2020 قتلت ضربة أميركية قرب المطار قائد فيلق القدس.').map((m) => m.place)).not.toContain('Baghdad airport');
  });
});

describe('an act on a site told by its kind ("المقر"، "المعسكر"، "المجمع") is at the site of that kind named before', () => {
  it.each([
    ['a headquarters inside a camp', 'هز انفجار مقرا للحشد الشعبي داخل معسكر كالسو شمال بابل. وقالت مصادر إن المقر تعرض لضربة جوية أودت بحياة مقاتل.', 'Camp Kalsu'],
    ['a headquarters in a town', 'اندلع حريق في مقر لكتائب حزب الله في جرف الصخر، فيما أكد مسؤول محلي أن المقر تعرض لقصف بطائرة مسيرة.', 'Jurf al-Sakhar'],
    ['a camp named with its depot', 'سمع دوي انفجارات في مستودع للفصائل داخل معسكر الصقر جنوب بغداد. ورجح مصدر أن المعسكر تعرض لضربة جوية مجهولة.', 'Camp Saqr'],
    ['a camp in a recollection', 'أعلنت هيئة الحشد مقتل أحد منتسبيها بانفجار داخل معسكر أشرف في ديالى. وكانت مصادر أمنية قد تحدثت عن قصف بطائرات مجهولة طال المعسكر.', 'Camp Ashraf'],
    ['a compound in a quarter', 'وقع انفجار في مجمع تابع للنجباء في منطقة الجادرية ببغداد. وأكدت النجباء أن المجمع استهدف بطائرة مسيرة أمريكية.', 'al-Jadriya'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it.each([
    ['a US base, whenever it was attacked', 'تعرضت قاعدة عين الأسد لهجوم صاروخي فجر اليوم. وفي كل هجوم على القاعدة كانت الولايات المتحدة ترد بضربات جوية.'],
    ['a US base in a cause clause', 'ويأتي الهجوم بعد أيام من هجوم صاروخي على قاعدة بلد، وهو ما ردت عليه الولايات المتحدة بضربات جوية استهدفت مخازن أسلحة.'],
  ])('not a strike on %s', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'strike_on_militias')).toEqual([]);
  });
});

describe('camps and air bases of Iraq that reporting names', () => {
  it.each([
    ['Kalsu in Iskandariya', 'قصفت طائرة مجهولة مقرا للحشد في معسكر كالسو بناحية الإسكندرية فجر اليوم.', 'Camp Kalsu'],
    ['the Imam Ali air base in Dhi Qar, not the Syrian compound', 'استهدفت طائرة مسيرة قوات أمريكية في قاعدة الإمام علي الجوية بمحافظة ذي قار فجر اليوم.', 'Imam Ali air base (Tallil)'],
    ['the Imam Ali compound near Albukamal', 'أغارت طائرات مجهولة على قاعدة الإمام علي قرب البوكمال فجر اليوم.', 'Imam Ali compound'],
    ['Camp Ashraf in Diyala', 'قصفت طائرة مسيرة معسكر أشرف التابع للحشد في ديالى فجر اليوم.', 'Camp Ashraf'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)[0]).toMatchObject({ place });
  });
});

describe('"بينها"، "أبرزها" list the places just counted', () => {
  it.each([
    ['among seven sites', '- 2 فبراير 2024: قاذفات أمريكية تضرب 85 هدفاً في سبعة مواقع، بينها القائم وعكاشات في العراق.', ['al-Qaim', 'Akashat']],
    ['the most notable of five areas', 'قصفت مقاتلات أمريكية فجر اليوم مواقع للفصائل في خمس مناطق، أبرزها القائم والبوكمال.', ['al-Qaim', 'Albukamal']],
  ])('%s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });
});

describe('the sites hit, told in the plural after the strikes, are each a site of the wave', () => {
  it.each([
    [
      'depots in three towns',
      'شنت طائرات إسرائيلية غارات ليل الثلاثاء على مواقع في شرق سوريا. وقال المرصد إن المستودعات التي استُهدفت في مدينة دير الزور وفي الميادين والبوكمال تابعة للحرس الثوري.',
      ['Deir ez-Zor', 'Mayadin', 'Albukamal'],
    ],
    ['headquarters in two towns', 'قصفت طائرات أمريكية فجر اليوم مواقع للفصائل في شرق سوريا. وأوضح مصدر أن المقرات التي قصفت في الميادين والبوكمال خالية.', ['Mayadin', 'Albukamal']],
  ])('%s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });
});

describe('a second thing hit, joined by "و", has a place of its own ("مستودعاً قرب البوكمال ومقراً قرب الميادين")', () => {
  it.each([
    ['a training facility and a safe house', 'قال أوستن إن الضربات استهدفت منشأة تدريب قرب البوكمال، ومنزلاً آمناً قرب الميادين.'],
    ['a depot and a safe house', 'قال أوستن إن الضربات استهدفت مستودعا قرب البوكمال، ومنزلاً آمناً قرب الميادين.'],
    ['a depot and a house', 'قال أوستن إن الضربات استهدفت مستودعا قرب البوكمال، ومنزلا قرب الميادين.'],
    ['without a comma', 'قال أوستن إن الضربات استهدفت مستودعا قرب البوكمال ومقرا قرب الميادين.'],
    ['warplanes', 'قصفت مقاتلات أمريكية مستودعا قرب البوكمال ومقرا قرب الميادين فجر اليوم.'],
  ])('%s', (_label, text) => {
    expect(brief(text).map((m) => m.place)).toEqual(['Albukamal', 'Mayadin']);
  });

  it('a place right after a site, near another, only locates it', () => {
    expect(brief('هاجمت مسيرة قاعدة حرير، القريبة من مطار أربيل، فجر اليوم.').map((m) => m.place)).toEqual(['Harir']);
  });
});

describe('where mourners gathered, before an act told by its striker, is not where it happened', () => {
  it.each([
    [
      'a funeral in two governorates',
      'شيّعت هيئة الحشد الشعبي وجماهير غفيرة في محافظتي بابل وكربلاء جثامين الشهداء الأربعة الذين ارتقوا جراء العدوان الجوي الأمريكي على مقرات الحشد في قضاء القائم ليل الأحد.',
    ],
    ['a funeral in a city', 'شيع الآلاف في كربلاء جثامين مقاتلين قضوا بالعدوان الأمريكي على مواقع الحشد في القائم فجر الاثنين.'],
  ])('%s', (_label, text) => {
    expect(brief(text).map((m) => m.place)).toEqual(['al-Qaim']);
  });
});

describe('"وفي" joins the next site of a list of sites struck', () => {
  it.each([
    ['in a district', 'وذكرت مصادر أمنية أن الضربات الأمريكية فجر اليوم طالت مواقع في منطقة جرف الصخر وفي قضاء المسيب شمالي محافظة بابل.', ['Jurf al-Sakhar', 'Musayyib']],
    ['bare names', 'قصفت طائرات أمريكية فجر اليوم مقرات في جرف الصخر وفي المسيب.', ['Jurf al-Sakhar', 'Musayyib']],
  ])('%s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });

  it('quoted villages shelled together stay one site', () => {
    expect(brief('قصفت قوات التحالف الدولي بقذائف المدفعية مواقع للميليشيات الإيرانية على أطراف قرى “مراط” و”حويجة صكر” وبلدة “خشام” بريف دير الزور فجر اليوم.')).toHaveLength(1);
  });
});

describe('where someone came from ("القادم من دمشق") is not where the act was', () => {
  it.each([
    ['a commander just arrived', 'وقال مسؤول إن ثمانية أشخاص قتلوا في الضربة الأمريكية التي أصابت سيارتين كانتا تقلان سليماني، القادم لتوّه من دمشق، ومرافقيه قرب مطار بغداد.', 'Baghdad airport'],
    ['a leader returning', 'قصفت مسيرة أمريكية سيارة القيادي العائد من دمشق قرب مطار بغداد فجر اليوم.', 'Baghdad airport'],
  ])('%s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });
});

describe('bases that hosted coalition forces, under the names reporting gives them', () => {
  it.each([
    ['Qayyarah air base', '• ليل 8 تشرين الثاني 2019: 17 صاروخاً على قاعدة القيارة الجوية جنوب الموصل، دون إصابات.', 'Qayyarah airbase'],
    ['Taqaddum (Habbaniyah)', 'سقطت ثلاثة صواريخ على قاعدة التقدم في الأنبار فجر اليوم.', 'Habbaniyah'],
    ['K-1 with a hyphen', '27 كانون الأول 2019: أكثر من 30 صاروخاً على قاعدة كي-1 في كركوك، تقتل متعاقداً أمريكياً.', 'K-1 base'],
  ])('%s', (_label, text, place) => {
    expect(brief(text, null)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });
});

describe('a strike on the launcher is where the attack was launched from', () => {
  it.each([
    ['a launch platform after rockets from a town', 'انطلقت خمسة صواريخ من بلدة زمار باتجاه قاعدة رميلان مساء الأحد. وأضاف أن طائرة تابعة للتحالف نفذت ضربة ضد منصة الإطلاق عقب الهجوم.', 'Zummar'],
    ['the vehicle used', 'أطلقت الصواريخ من ناحية البغدادي باتجاه قاعدة عين الأسد فجر اليوم. وقصفت مروحية أمريكية العجلة التي استخدمت في الإطلاق.', 'al-Baghdadi'],
    ['a drone launched from a city', 'انطلقت المسيرة من مدينة القائم نحو قاعدة التنف فجر اليوم. ودمرت طائرة للتحالف منصة الإطلاق لاحقاً.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text).find((m) => m.category === 'strike_on_militias')).toMatchObject({ place });
  });

  it('a strike elsewhere keeps its own place', () => {
    expect(brief('سقطت صواريخ على قاعدة عين الأسد فجر اليوم. وقصفت طائرة أمريكية مواقع للكتائب في جرف الصخر.').map((m) => m.place)).toEqual(['Ain al-Asad', 'Jurf al-Sakhar']);
  });
});

describe('a strike told only by a border governorate and the border is at its border town', () => {
  it.each([
    ['the far east of Deir ez-Zor, on the border with Iraq', 'تعرضت المنطقة الحدودية مع العراق في أقصى ريف دير الزور الشرقي لعدوان جوي بطائرات حربية بعد منتصف الليل، تسبب باستشهاد طفل.', 'Albukamal'],
    ['the Anbar sector of the Iraqi–Syrian border', 'أعلن الحشد الشعبي مقتل عنصرين باستهداف طائرتين مسيرتين مجهولتين مواقعهم على الحدود العراقية السورية في قاطع عمليات الأنبار.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it.each([
    ['no border told', 'قصفت طائرات مجهولة مواقع للحرس الثوري في ريف دير الزور الشرقي فجر اليوم.', ['eastern Deir ez-Zor countryside']],
    [
      'the city among other sites',
      'استهدفت غارات إسرائيلية بعد منتصف الليل مستودعات في مدينة دير الزور وبادية الميادين ومنطقة البوكمال عند الحدود السورية العراقية.',
      ['Deir ez-Zor', 'Mayadin desert', 'Albukamal'],
    ],
  ])('not with %s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });
});

describe('the border told in another sentence of the same strike', () => {
  it('a governorate sector, then the border', () => {
    expect(
      brief('أعلن الحشد الشعبي مقتل مقاتلين اثنين بقصف بطائرتين مسيرتين مجهولتين في قاطع عمليات الأنبار مساء الأحد. وقال الحشد إن الطائرتين استهدفتا مواقعه على الحدود العراقية السورية.'),
    ).toMatchObject([{ category: 'strike_on_militias', place: 'al-Qaim', killed: 2 }]);
  });

  it('not when the article names the city and the border town apart', () => {
    expect(brief('قصفت طائرات إسرائيلية مستودعات في مدينة دير الزور مساء الأحد، فيما طالت غارات أخرى البوكمال عند الحدود السورية العراقية.').map((m) => m.place)).toEqual(['Deir ez-Zor', 'Albukamal']);
  });
});

describe('the base beside a site told ("القاعدة الملاصقة للمطار") is the US base of that site', () => {
  it.each([
    ['the base adjacent to the airport told before', 'سأل النائب عن الخروقات في محيط مطار بغداد الدولي. وقد سقط صاروخان في العاشر من آذار داخل القاعدة الملاصقة للمطار.', ['Victory base']],
    ['the base next to the airport, fallen at dawn today', 'تحدث النائب عن مطار بغداد الدولي. وسقط صاروخان فجر اليوم داخل القاعدة الملاصقة للمطار.', ['Victory base']],
    ['the base near the airport, with the airport told before', 'شدد الأمن حول مطار بغداد. وفي فجر يوم الثلاثاء سقطت قذيفة على القاعدة القريبة من المطار.', ['Victory base']],
  ])('%s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });

  it('but no base beside a site that has none', () => {
    expect(brief('تحدث المسؤول عن مطار النجف. وسقط صاروخ فجر اليوم داخل القاعدة الملاصقة للمطار.').map((m) => m.place)).not.toContain('Victory base');
  });
});

describe('a funeral place before the act does not split the act from its place', () => {
  it.each([
    [
      'mourners in Karbala, the martyrs of a drone strike of the global arrogance on their positions at Albukamal',
      'شيّعت جماهير غفيرة في كربلاء جثامين ثمانية من المجاهدين الذين ارتقوا بقصف لطائرات مسيرة تابعة لقوى الاستكبار العالمي، استهدف مواقعهم في قاطع البوكمال صباح الجمعة.',
      [['strike_on_militias', 'Albukamal']],
    ],
    [
      'mourners in Baghdad, a US strike on their headquarters at al-Qaim',
      'شيّع المئات في بغداد جثامين خمسة من عناصر الحشد قضوا بغارة أمريكية، استهدفت مقرهم في القائم فجر الأحد.',
      [['strike_on_militias', 'al-Qaim']],
    ],
  ])('%s', (_label, text, out) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual(out);
  });
});

describe('fire that fell in a quarter told as near a US site was aimed at that site', () => {
  it.each([
    [
      'a rocket on a home in al-Radwaniyah near Baghdad airport',
      'سقط صاروخ على منزل في منطقة الرضوانية قرب مطار بغداد مساء الاثنين ما أدى إلى مقتل خمسة مدنيين.',
      [['attack_on_us_forces', 'al-Radwaniyah']],
    ],
    ['a shell in Hay al-Jihad near the airport', 'سقطت قذيفة في حي الجهاد قرب مطار بغداد فجر اليوم.', [['attack_on_us_forces', 'Hay al-Jihad']]],
    ['a drone down in al-Ghazaliyah near the airport', 'سقطت طائرة مسيرة مفخخة في الغزالية قرب مطار بغداد فجر اليوم.', [['attack_on_us_forces', 'al-Ghazaliyah']]],
  ])('%s', (_label, text, out) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual(out);
  });

  it('but a US strike near the airport stays a strike', () => {
    expect(brief('قصفت طائرات أمريكية بصواريخ مقرا للكتائب قرب مطار بغداد فجر اليوم.').map((m) => m.category)).toEqual(['strike_on_militias']);
  });
});

describe('a dateline\'s day ("واشنطن 25 مارس 2023 (شينخوا)") is when the wire was filed: the day the report tells comes first', () => {
  it.each([
    ["Xinhua's dateline", 'واشنطن 25 مارس 2023 (شينخوا) أعلنت القيادة المركزية الأمريكية أن عشرة صواريخ استهدفت القرية الخضراء صباح أمس (الجمعة).', '2023-03-25', '2023-03-24'],
    ["AFP's, with a dash", 'بغداد 10 شباط 2024 (أ ف ب) - قال مسؤول أمني إن صاروخين سقطا على قاعدة عين الأسد ليل الخميس.', '2024-02-10', '2024-02-08'],
    ['a comma after the city', 'دمشق، 12 تشرين الثاني 2023 - أفادت مصادر محلية بأن غارات أمريكية استهدفت مواقع في البوكمال أمس السبت.', '2023-11-12', '2023-11-11'],
    ['a bar', 'أربيل 5 آب 2024 | سقطت طائرة مسيرة قرب قاعدة حرير فجر أمس.', '2024-08-05', '2024-08-04'],
  ])('%s', (_label, text, pub, date) => {
    expect(brief(text, pub)).toMatchObject([{ date }]);
  });

  it('a full date told in the sentence, not as a dateline, still dates the act', () => {
    expect(brief('قال مسؤول إن صاروخين سقطا على قاعدة عين الأسد في 8 شباط 2024، بحسب بيان صدر أمس.', '2024-02-10')).toMatchObject([{ date: '2024-02-08' }]);
  });
});

describe('an act told "between these two dates" is at a time of its own: its side is not lent to the bullets around it', () => {
  it('the Iranian reply between two rocket attacks', () => {
    const text =
      'صواريخ ما بعد سليماني.\n\n• السبت 4 كانون الثاني: سقوط صاروخي كاتيوشا داخل قاعدة البلد الجوية.\n\n• الأحد 12 كانون الثاني: ثمانية صواريخ على قاعدة البلد أصابت أربعة من منتسبي القوة الجوية.\n\nوبين هذين التاريخين جاء الرد الإيراني المباشر الذي قالت طهران إنه صفعة.';
    expect(brief(text, '2020-01-15').map((m) => [m.weapon, m.actor])).toEqual([
      ['rocket', 'unknown'],
      ['rocket', 'unknown'],
    ]);
  });
});

describe('a US mission support site named as such ("موقع دعم المهمة الفرات") is the base it names', () => {
  it('MSS Euphrates is Conoco', () => {
    expect(brief('سقطت صواريخ صباح اليوم في محيط موقع دعم المهمة الفرات شرقي سوريا.')).toMatchObject([{ place: 'Conoco gas field' }]);
  });
});

describe('a launcher struck ("استهدفت غارة منصة لإطلاق الصواريخ في محيط الميادين") stood where it was hit', () => {
  it.each([
    ['a platform near a town', 'استهدفت غارة أمريكية منصة لإطلاق الصواريخ في محيط مدينة الميادين فجر اليوم.', 'Mayadin'],
    ['a platform in a village', 'أغارت طائرات أمريكية على منصة لإطلاق الصواريخ في قرية مراط مساء أمس.', 'Murat'],
    ['a rocket launcher', 'دمرت مروحيات أمريكية راجمة لإطلاق الصواريخ في بلدة الطيبة فجر اليوم.', 'At Tayyibah'],
    ['two platforms', 'دمرت ضربة أمريكية منصتين لإطلاق الصواريخ في منطقة حطلة فجر اليوم.', 'Hatla'],
    ['drone launch platforms', 'قصفت طائرة مسيرة أمريكية منصات لإطلاق الطائرات المسيرة في بلدة العشارة مساء أمس.', 'al-Ashara'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it('a launcher fired from is still the launch site', () => {
    expect(brief('أطلقت الفصائل صواريخ من منصة لإطلاق الصواريخ في الميادين على حقل العمر.')).toMatchObject([{ category: 'attack_on_us_forces', place: 'al-Omar oil field' }]);
  });
});

describe('"تدمر" is also the verb "destroys": Palmyra after a place noun or a preposition', () => {
  it.each([
    ['a headline, the verb', 'غارات أمريكية فجرية تدمر مستودعات للحرس الثوري في عياش غرب دير الزور', 'Ayyash depots'],
    ['US strikes destroy headquarters', 'ضربات أمريكية تدمر مقرات للحشد في القائم فجر اليوم', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });

  it.each([
    ['"في تدمر"', 'غارات إسرائيلية على مواقع للحرس الثوري في تدمر فجر اليوم'],
    ['"بتدمر"', 'قصفت طائرات إسرائيلية مواقع بتدمر فجر اليوم'],
    ['"مدينة تدمر"', 'قصفت طائرات إسرائيلية مدينة تدمر فجر اليوم'],
    ['"بادية تدمر"', 'استهدفت غارات إسرائيلية مواقع لحزب الله في بادية تدمر فجر اليوم'],
  ])('Palmyra: %s', (_label, text) => {
    expect(brief(text)).toMatchObject([{ place: 'Palmyra' }]);
  });
});
