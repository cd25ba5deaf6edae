import { brief } from '../../test/brief';
import { extractIncidents } from './extract-incidents';

// Which reports of one article tell one incident. Sentences written for these tests.
const placesAndDates = (text: string, pub: string | null = '2024-03-15') => brief(text, pub).map((m) => [m.place, m.date]);

describe('two attacks on one place on different days stay two', () => {
  it.each([
    [
      'a similar attack days before',
      'هاجمت طائرتان مسيرتان قاعدة التنف مساء اليوم. وكانت القاعدة قد تعرضت لهجوم مماثل قبل 10 أيام.',
      '2024-03-15',
      [
        ['al-Tanf', '2024-03-15'],
        ['al-Tanf', '2024-03-05'],
      ],
    ],
    [
      'the second time in a week, undated article',
      'سقطت صواريخ على معسكر فيكتوري. وهذه المرة الثانية خلال أسبوع التي يستهدف فيها المعسكر، إذ كانت صواريخ قد سقطت عليه الأربعاء الماضي وقتلت جنديين.',
      null,
      [
        ['Victory base', null],
        ['Victory base', null],
      ],
    ],
    [
      '"previously" with a month',
      'قصفت مسيرة قاعدة الشدادي اليوم. وسبق أن استهدفت صواريخ القاعدة ذاتها الشهر الماضي.',
      '2024-03-15',
      [
        ['al-Shaddadi', '2024-03-15'],
        ['al-Shaddadi', '2024-02'],
      ],
    ],
    [
      'a recollection with a weekday, undated article',
      'تعرضت قاعدة عين الأسد لقصف صاروخي مساء الأحد. وكانت القاعدة قد استهدفت بصواريخ مماثلة يوم الجمعة.',
      null,
      [
        ['Ain al-Asad', null],
        ['Ain al-Asad', null],
      ],
    ],
    [
      '"earlier" with a weekday',
      'سقطت قذيفتان على السفارة الأمريكية في بغداد فجر اليوم. وفي وقت سابق يوم الاثنين، سقط صاروخ داخل مجمع السفارة.',
      '2024-03-15',
      [
        ['US embassy Baghdad', '2024-03-15'],
        ['US embassy Baghdad', '2024-03-11'],
      ],
    ],
    [
      '"another attack" on the same base',
      'هجوم جديد بالمسيرات على قاعدة خراب الجير مساء الخميس، بعد هجوم آخر استهدف القاعدة ذاتها يوم الاثنين.',
      '2024-03-15',
      [
        ['Kharab al-Jir', '2024-03-14'],
        ['Kharab al-Jir', '2024-03-11'],
      ],
    ],
    [
      'the second within a month, undated article',
      'سقطت صواريخ على مطار أربيل. ويعد الهجوم الثاني على المطار خلال شهر، بعد أن استهدفته مسيرة مفخخة الشهر الماضي.',
      null,
      [
        ['Erbil airport', null],
        ['Erbil airport', null],
      ],
    ],
    [
      'two strikes on one town',
      'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم فجر اليوم. وكانت الطائرات الأمريكية قد قصفت مقرا آخر للكتائب في القائم قبل أسبوعين.',
      '2024-03-15',
      [
        ['al-Qaim', '2024-03-15'],
        ['al-Qaim', null],
      ],
    ],
    [
      'a similar attack on a named weekday',
      'استهدفت صواريخ قاعدة التنف اليوم. ونفذت الفصائل هجوما مماثلا على القاعدة ذاتها الأربعاء.',
      '2024-03-15',
      [
        ['al-Tanf', '2024-03-15'],
        ['al-Tanf', '2024-03-13'],
      ],
    ],
    [
      'an earlier attack told with "before that"',
      'سقط صاروخ على قاعدة حرير صباح اليوم، وكانت مسيرة قد استهدفت القاعدة ذاتها قبل ذلك بيومين.',
      '2024-03-15',
      [
        ['Harir', '2024-03-15'],
        ['Harir', null],
      ],
    ],
  ])('%s', (_label, text, pub, expected) => {
    const got = placesAndDates(text, pub);
    expect(got.map((x) => x[0])).toEqual(expected.map((x) => x[0]));
    // The day of each incident is the date helper's: here only that the day of the news stays with the news.
    expect(got[0][1]).toBe(expected[0][1]);
  });

  it('an earlier act told with no time and no toll is background: neither an incident nor part of the news', () => {
    expect(placesAndDates('سقطت قذيفتان على السفارة الأمريكية في بغداد فجر اليوم. وفي وقت سابق، سقط صاروخ داخل مجمع السفارة.')).toEqual([['US embassy Baghdad', '2024-03-15']]);
    expect(placesAndDates('هاجمت مسيرة قاعدة حرير اليوم. وكانت القاعدة قد تعرضت لقصف صاروخي.')).toEqual([['Harir', '2024-03-15']]);
  });

  it.each([
    ['the day told in the next sentence', 'هاجمت مسيرة قاعدة حرير. وأوضحت المصادر أن الهجوم وقع مساء الخميس واستهدف مهبط الطائرات في القاعدة.', [['Harir', '2024-03-14']]],
    ['a pluperfect about the same day', 'سقطت صواريخ على قاعدة عين الأسد فجر اليوم. وكانت قوات التحالف قد أعلنت أن القاعدة تعرضت فجر اليوم لهجوم بثلاثة صواريخ.', [['Ain al-Asad', '2024-03-15']]],
    ['an ordinal about the same attack', 'تعرض حقل العمر لهجوم بالمسيرات الليلة الماضية، وهو الهجوم الثالث على الحقل هذا الشهر.', [['al-Omar oil field', '2024-03-14']]],
  ])('but one incident told twice stays one: %s', (_label, text, expected) => {
    expect(placesAndDates(text)).toEqual(expected);
  });
});

describe('a strike told without a place, in the lead', () => {
  it.each([
    ['targets linked to Iran in Syria', 'شنت القوات الأمريكية ضربات على تسعة أهداف مرتبطة بجماعات مدعومة من إيران في سوريا، وفق بيان للجيش الأمريكي.', 'us'],
    [
      'a headline and a body without a town',
      'البنتاغون: ضربات أمريكية على منشآت للحرس الثوري في شرق سوريا\nنفذت مقاتلات أمريكية ضربات دقيقة على منشأتين يستخدمهما الحرس الثوري والجماعات التابعة له.',
      'us',
    ],
    ['in Iraq and Syria, in response', 'أعلنت وزارة الدفاع الأمريكية شن غارات جوية على مواقع لفصائل مسلحة مدعومة من إيران في العراق وسوريا، ردا على هجمات على قواتها.', 'us'],
    ['depots of a named group in Iraq', 'وجهت الولايات المتحدة ضربات جديدة لمستودعات أسلحة تابعة لكتائب حزب الله في العراق.', 'us'],
    ['the border area', 'نفذ الطيران الأمريكي ضربات على مقرات للفصائل المسلحة في المنطقة الحدودية بين العراق وسوريا.', 'us'],
    ['CENTCOM on a storage facility', 'أعلنت القيادة المركزية الأمريكية أنها استهدفت منشأة لتخزين الأسلحة يستخدمها الحرس الثوري في شرق سوريا.', 'us'],
    ['a toll from the observatory', 'شنت مقاتلات أمريكية غارات على مواقع للميليشيات الإيرانية في سوريا، وأفاد المرصد السوري بمقتل 4 عناصر.', 'us'],
    ['unidentified aircraft at the border', 'قصفت طائرات مجهولة شاحنات تابعة للفصائل العراقية عند الحدود السورية العراقية.', 'unknown'],
    ['Israeli strikes in Syria with a day', 'قصفت طائرات إسرائيلية مواقع للحرس الثوري في سوريا فجر اليوم دون أن تحدد المصادر مكانها.', 'israel'],
    ['"long-range bombers" on dozens of targets', 'قالت القيادة المركزية الأمريكية إن قاذفات بعيدة المدى أغارت على أهداف للفصائل الموالية لطهران في البلدين.', 'us'],
  ])('%s', (_label, text, actor) => {
    expect(brief(text, null)).toMatchObject([{ category: 'strike_on_militias', place: null, actor }]);
  });

  it('but not one told in passing, deep in an article about something else', () => {
    const text = 'سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم.\nولم تسفر الصواريخ عن إصابات.\nوقال مسؤولون إن الوضع تحت السيطرة.\nوكانت الولايات المتحدة قد شنت ضربات على فصائل في العراق.';
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Ain al-Asad' }]);
    expect(brief(text)).toHaveLength(1);
  });
});

describe('the place told in the next sentence', () => {
  it.each([
    ['"the raids took place around"', 'قصفت طائرات أمريكية مواقع للفصائل الموالية لإيران في سوريا فجر اليوم. ووقعت الغارات في محيط مدينة البوكمال.', 'strike_on_militias', 'Albukamal'],
    [
      '"the depots are located in"',
      'نفذت مقاتلات إسرائيلية ضربات على مستودعات للحرس الثوري ليل الخميس. وتقع المستودعات المستهدفة في منطقة السيدة زينب جنوب دمشق.',
      'strike_on_militias',
      'Sayyida Zeinab',
    ],
    ['"the raids concentrated in"', 'شنت الولايات المتحدة غارات على منشآت لكتائب حزب الله في العراق مساء اليوم. وتركزت الغارات في منطقة القائم الحدودية.', 'strike_on_militias', 'al-Qaim'],
    ['"the base targeted is"', 'سقطت صواريخ على قاعدة أمريكية في العراق فجر اليوم. وتبين أن القاعدة المستهدفة هي قاعدة عين الأسد في الأنبار.', 'attack_on_us_forces', 'Ain al-Asad'],
    ['"that happened at"', 'أعلن البنتاغون تعرض قواته لهجوم بطائرة مسيرة في سوريا أمس. وجرى ذلك في قاعدة خراب الجير شمال شرقي البلاد.', 'attack_on_us_forces', 'Kharab al-Jir'],
    ['"the headquarters was near"', 'قصفت طائرات مجهولة مقرا للحشد الشعبي الليلة الماضية. وكان المقر يقع قرب بلدة القائم على الحدود السورية.', 'strike_on_militias', 'al-Qaim'],
    ['"it happened in the area of"', 'استهدفت غارة أمريكية سيارة لقيادي في النجباء مساء اليوم. وحدث ذلك في منطقة جرف الصخر شمال بابل.', 'strike_on_militias', 'Jurf al-Sakhar'],
    ['"that was around the field"', 'تعرضت القوات الأمريكية لهجوم صاروخي في سوريا فجر اليوم. وكان ذلك في محيط حقل العمر النفطي.', 'attack_on_us_forces', 'al-Omar oil field'],
    ['"the place of the shelling"', 'قصف الطيران الأمريكي مواقع لكتائب سيد الشهداء في العراق فجر الأحد. ومكان القصف منطقة عكاشات غرب الأنبار.', 'strike_on_militias', 'Akashat'],
    ['"the truck was parked near"', 'ضربت مسيرة إسرائيلية شاحنة أسلحة للحرس الثوري صباح اليوم. وكانت الشاحنة متوقفة قرب مدينة البوكمال.', 'strike_on_militias', 'Albukamal'],
    [
      'a town after a countryside region',
      'قصفت طائرات أمريكية مواقع للميليشيات الإيرانية في ريف دير الزور الشرقي اليوم. وأوضحت المصادر أن القصف الأمريكي طال محيط بلدة خشام.',
      'strike_on_militias',
      'Khasham',
    ],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe('an ordinal about the act just told is no other act', () => {
  it.each([
    ['"the third attack since"', 'سقطت صواريخ على قاعدة عين الأسد اليوم، وهو الهجوم الثالث على القاعدة منذ مطلع الشهر.', [['Ain al-Asad', '2024-03-15']]],
    [
      '"this is the first time since" with a date',
      'استهدفت مسيرة السفارة الأمريكية في بغداد فجر اليوم. وهذه هي المرة الأولى التي تستهدف فيها السفارة منذ بدء الحرب في غزة في 7 تشرين الأول.',
      [['US embassy Baghdad', '2024-03-15']],
    ],
    ['"but it is the first"', 'تعرضت قاعدة حرير لهجوم بمسيرتين مساء أمس، لكنه الأول على القاعدة منذ أن بدأت الفصائل هجماتها في تشرين الأول.', [['Harir', '2024-03-14']]],
    ['"to be the second to fall"', 'أسقطت الدفاعات مسيرة فوق قاعدة التنف اليوم، لتكون الثانية التي تسقط فوق القاعدة خلال الشهر الماضي.', [['al-Tanf', '2024-03-15']]],
    ['"this shelling is the second"', 'قصفت طائرات أمريكية مواقع للفصائل في القائم فجر اليوم، ويعد هذا القصف الثاني على المنطقة منذ كانون الثاني.', [['al-Qaim', '2024-03-15']]],
    ['"considered the fourth"', 'هاجمت مسيرة قاعدة الشدادي اليوم. ويعتبر هذا الهجوم الرابع على القاعدة خلال أسبوع.', [['al-Shaddadi', '2024-03-15']]],
    ['"it is the second time"', 'سقطت قذائف على مطار أربيل ليلة الأحد، وهي المرة الثانية التي يستهدف فيها المطار هذا الشهر.', [['Erbil airport', '2024-03-10']]],
    ['"the fifth raid on the city"', 'ضربت غارة إسرائيلية مستودعا للحرس الثوري في البوكمال اليوم، وهي الغارة الخامسة على المدينة منذ بداية العام.', [['Albukamal', '2024-03-15']]],
    ['"in a second attack within"', 'استهدفت صواريخ قاعدة خراب الجير فجر اليوم، في ثاني هجوم على القاعدة خلال 24 ساعة.', [['Kharab al-Jir', '2024-03-15']]],
    ['"this is the third strike in the month"', 'قصفت مسيرة مجهولة مقرا للحشد الشعبي في القائم ليل السبت، وهذه ثالث ضربة تطال مقرات الحشد في المنطقة خلال الشهر الماضي.', [['al-Qaim', '2024-03-09']]],
  ])('%s', (_label, text, expected) => {
    expect(placesAndDates(text)).toEqual(expected);
  });
});

describe('the time in an ordinal clause bounds a count, it dates no other act', () => {
  it.each([
    [
      '"to be the third to fall last month"',
      'اعترضت الدفاعات مسيرة قرب قاعدة قسرك صباح اليوم.\nوبحسب المصادر فقد استهدفت المسيرة القاعدة الأمريكية في قسرك، لتكون المسيرة الثالثة التي تسقط فوق القاعدة الشهر الماضي.',
      [['Qasrak', '2024-03-15']],
    ],
    ['"the second this week" after a weekday', 'سقطت قذيفة على قاعدة الشدادي مساء الأربعاء، وهي الثانية التي تستهدف القاعدة في كانون الثاني.', [['al-Shaddadi', '2024-03-13']]],
    ['"the first since October 7"', 'تعرضت السفارة الأمريكية في بغداد لهجوم صاروخي فجر اليوم، وهو الأول منذ 7 تشرين الأول.', [['US embassy Baghdad', '2024-03-15']]],
    ['"the fourth on the field since February"', 'استهدفت مسيرة حقل كونيكو الليلة الماضية، لتصبح الرابعة على الحقل منذ شباط الماضي.', [['Conoco gas field', '2024-03-14']]],
    ['"in a second attack in January"', 'سقطت صواريخ على قاعدة حرير ظهر اليوم، في ثاني هجوم عليها منذ كانون الثاني.', [['Harir', '2024-03-15']]],
  ])('%s', (_label, text, expected) => {
    expect(placesAndDates(text)).toEqual(expected);
  });
});

describe('what coincided with an act already told is another act', () => {
  it.each([
    [
      'a strike on depots in the same city',
      'قتل قيادي في كتائب حزب الله بغارة أمريكية على سيارته في منطقة المشتل ببغداد مساء اليوم.\nوتزامن استهداف القيادي في المشتل، مع قصف على مخازن أسلحة للحشد الشعبي في بغداد.',
      2,
    ],
    ['a rocket attack on the same base', 'هاجمت مسيرة قاعدة عين الأسد فجر اليوم.\nوتزامن الهجوم مع سقوط صاروخين في محيط القاعدة ذاتها.', 2],
    ['"accompanied by" shelling nearby', 'قصفت طائرات إسرائيلية مستودعا في البوكمال ليل الخميس.\nوترافقت الغارة مع قصف مدفعي على مقر للفصائل في المدينة.', 2],
    ['"coinciding with" after a comma in one sentence', 'سقطت صواريخ على قاعدة حرير مساء أمس، بالتزامن مع هجوم بمسيرة على مطار أربيل.', 2],
  ])('%s', (_label, text, n) => {
    expect(brief(text)).toHaveLength(n);
  });
});

describe('an act told first without its place is the one the next sentence places', () => {
  const read = (text: string) => brief(text, '2024-02-06').map((m) => [m.place, m.weapon, m.killed, m.injured]);
  it.each([
    [
      'the SDF announce their dead, then the statement places the attack',
      'أعلنت قسد استشهاد ستة من مقاتليها خلال هجوم بطائرة انتحارية. وبحسب البيان، الهجوم استهدف أكاديمية للتدريب في حقل العمر شرق مدينة دير الزور، ليل الاثنين.',
      [['al-Omar oil field', 'drone', 6, null]],
    ],
    ['"the attack targeted" the base', 'قتل ستة جنود في هجوم بطائرة مسيرة. وبحسب البيان، استهدف الهجوم قاعدة حقل العمر ليل الاثنين.', [['al-Omar oil field', 'drone', 6, null]]],
    ['"the rockets fell" inside the base', 'أصيب أربعة جنود أمريكيين بجروح طفيفة في هجوم صاروخي. وسقطت الصواريخ داخل قاعدة عين الأسد فجر اليوم.', [['Ain al-Asad', 'rocket', null, 4]]],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['"in another context"', 'قتل ستة جنود في هجوم بطائرة مسيرة. وفي سياق آخر، سقطت صواريخ على قاعدة عين الأسد مساء اليوم.'],
    ['another means, nothing pointing back', 'أصيب ثلاثة أشخاص بانفجار عبوة ناسفة. وسقطت صواريخ على قاعدة عين الأسد مساء اليوم.'],
  ])('but not another act: %s', (_label, text) => {
    expect(read(text)).toEqual([['Ain al-Asad', 'rocket', null, null]]);
  });
});

describe('"بعد أن" with the subject elided goes on telling the act, with a subject it recalls another', () => {
  const read = (text: string) => brief(text, '2024-02-08').map((m) => [m.place, m.killed]);
  it.each([
    ['the strike "after it targeted two cars"', 'أسفرت الغارة الأمريكية عن مقتل 8 أشخاص في بغداد، بعد أن استهدفت سيارتين قرب المطار.', [['Baghdad', 8]]],
    ['the drone "after it hit a convoy"', 'قتل ثلاثة من عناصر الحشد بضربة مسيرة أمريكية في القائم بعد أن استهدفت موكبا للفصيل.', [['al-Qaim', 3]]],
    [
      'across sentences',
      'مقتل قائد فيلق القدس في غارة أمريكية قرب مطار بغداد. وأفادت مصادر بأن الغارة التي نفذتها طائرة مسيرة أسفرت عن مقتل 8 أشخاص، بعد أن استهدفت سيارتين لدى خروجهما من المطار.',
      [['Baghdad airport', 8]],
    ],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('while "بعد أن استهدفت مسيرة القاعدة ذاتها أمس" recalls an earlier attack', () => {
    expect(read('سقطت صواريخ على قاعدة عين الأسد بعد أن استهدفت مسيرة القاعدة ذاتها أمس.')).toEqual([
      ['Ain al-Asad', null],
      ['Ain al-Asad', null],
    ]);
  });
});

describe('a place-only follow-up of a strike wave that names another site is an incident of the wave', () => {
  // Sentences written for this spec. Published Saturday 16 March 2024.
  const SAT = '2024-03-16';
  const sites = (text: string) => brief(text, SAT).map((m) => [m.category, m.place, m.date]);
  // Sites of one wave, in any order.
  const placesSorted = (text: string) =>
    sites(text)
      .map((x) => x[1])
      .sort();
  it.each([
    [
      'arms depots at a second site, after the wave answering an attack',
      'نفذت القوات الأمريكية ضربات جوية على أهداف مرتبطة بإيران في العراق وسوريا فجر اليوم ردا على مقتل جنودها. وقالت مصادر أمنية إن الضربات أصابت مخازن أسلحة في جرف الصخر، فيما قال ناشطون إن غارات أخرى طالت مواقع في البوكمال وأوقعت 5 قتلى.',
      'Jurf al-Sakhar',
    ],
    [
      'raids at a second site',
      'شنت طائرات أمريكية غارات على أهداف مرتبطة بإيران في العراق وسوريا فجر اليوم ردا على هجوم الأردن. وأكد مسؤول أن الغارات أصابت مقرا في القائم، فيما قال ناشطون إن ضربات أخرى طالت مواقع في الميادين وأوقعت 7 قتلى.',
      'al-Qaim',
    ],
    [
      'a strike at a second site',
      'نفذ الجيش الأمريكي ضربات على منشآت للحرس الثوري في سوريا والعراق فجر اليوم ردا على الهجمات. وقال مصدر إن الضربة أصابت مستودعا في جرف الصخر، فيما قال المرصد إن غارات أخرى طالت مواقع في البوكمال وأوقعت 4 قتلى.',
      'Jurf al-Sakhar',
    ],
  ])('%s', (_label, text, place) => {
    expect(sites(text).map((s) => s[1])).toContain(place);
    expect(sites(text).filter((s) => s[1] === place)).toEqual([['strike_on_militias', place, '2024-03-16']]);
  });

  it.each([
    [
      'two sites in the governorate told',
      'نفذت مقاتلات أمريكية ليلاً ضربات جوية على منشآت تستخدمها مجموعات تابعة للحرس الثوري الإيراني في محافظة دير الزور. وقال مصدر محلي إن الضربات طالت مستودعاً للذخيرة في حي هرابش بمدينة دير الزور وموقعاً على أطراف مدينة الميادين.',
      ['Harabesh', 'Mayadin'],
    ],
    [
      'two towns of the countryside told',
      'قصفت طائرات أمريكية مواقع للفصائل في ريف دير الزور الشرقي فجر اليوم. وأفاد ناشطون بأن الغارات استهدفت مقرات في البوكمال والميادين.',
      ['Albukamal', 'Mayadin'],
    ],
    [
      'sites in and around the places already told',
      'شنت طائرات إسرائيلية فجر اليوم غارات على مدينة دير الزور ومنطقة البوكمال. وقال مصدر محلي إن الغارات طالت محيط مستودعات عياش غرب المدينة، إضافة إلى نقاط قرب الحدود في البوكمال.',
      // The depots west of the city are where its strike fell.
      ['Ayyash depots', 'Albukamal'],
    ],
  ])('every site a follow-up of strikes names: %s', (_label, text, places) => {
    expect(placesSorted(text)).toEqual([...places].sort());
  });

  it.each([
    ['كما طالت الضربات مواقع للحرس الثوري في بادية البوكمال.', ['Deir ez-Zor', 'Albukamal']],
    ['وطالت الضربات أيضاً مواقع في مدينة الميادين.', ['Deir ez-Zor', 'Mayadin']],
    ['كذلك استهدفت الغارات مقرات في ريف البوكمال.', ['Deir ez-Zor', 'Albukamal']],
  ])('strikes that also fell elsewhere in the governorate are another site of the wave: %s', (later, places) => {
    const text = `قصفت طائرات أمريكية مواقع للميليشيات في محافظة دير الزور فجر اليوم. ${later}`;
    expect(sites(text).map((x) => x[1])).toEqual(places);
  });

  it.each([
    [
      'a toll told place by place',
      'نفذت مقاتلات أمريكية فجر اليوم ضربات على مواقع للميليشيات الإيرانية في دير الزور. ووثق المرصد مقتل 8 عناصر، 6 منهم في مستودع للذخيرة ضمن حي هرابش في مدينة دير الزور، و2 في موقع على أطراف مدينة الميادين.',
      ['Harabesh', 'Mayadin'],
    ],
    [
      'the rest of a toll spread over sites',
      'شنت طائرات أمريكية فجر اليوم غارات على مواقع للميليشيات في مدينة دير الزور. وأدت الغارة الأعنف وحدها إلى مقتل 6 عناصر، فيما توزعت بقية الحصيلة على مواقع في بادية الميادين ومحيط مدينة البوكمال.',
      ['Deir ez-Zor', 'Mayadin desert', 'Albukamal'],
    ],
  ])('each place of a toll told place by place is a site of the strikes: %s', (_label, text, places) => {
    expect(placesSorted(text)).toEqual([...places].sort());
  });

  it.each([
    ['a quarter of the town just told', 'قصفت طائرات أمريكية مقرات للفصائل في البوكمال يوم الجمعة. وأفاد ناشطون بأن الغارات طالت حي الجمعيات.', 1],
    ['the governorate of the town just told', 'قصفت طائرات أمريكية مقرات للفصائل في البوكمال يوم الجمعة. وأفاد ناشطون بأن الغارات طالت مواقع في محافظة دير الزور.', 1],
    ['an attack, not strikes, told at another place', 'استهدفت مسيرة قاعدة حرير يوم الجمعة. وقال مصدر إن الهجوم وقع قرب أربيل.', 1],
  ])('but not %s', (_label, text, count) => {
    expect(brief(text, SAT).length).toBe(count);
  });
});

describe('an earlier, similar act with a claim of its own ("وكانت القاعدة قد تعرضت … لهجوم مماثل تبنته …") is another incident, not a claim of the one before', () => {
  it.each([
    ['استهدفت طائرة مسيرة صباح السبت قاعدة حرير. وكانت القاعدة قد تعرضت يوم الخميس الماضي لهجوم مماثل تبنته فصائل موالية لإيران.'],
    ['سقطت صواريخ على قاعدة عين الأسد مساء الأحد. وكانت القاعدة قد تعرضت الأربعاء الماضي لهجوم مماثل تبنته المقاومة الإسلامية في العراق.'],
    ['هاجمت مسيرة قاعدة التنف فجر الاثنين. وكانت القاعدة قد تعرضت الجمعة لهجوم آخر تبنته كتائب حزب الله.'],
    ['استهدفت صواريخ حقل العمر مساء الثلاثاء. وكان الحقل قد تعرض قبل يومين لقصف مماثل تبنته فصائل عراقية.'],
  ])('%s', (text) => {
    // Undated pages too: the two acts stay two though no day can be reckoned.
    for (const pub of ['2024-03-15', null]) expect(brief(text, pub).map((m) => m.category)).toEqual(['attack_on_us_forces', 'attack_on_us_forces']);
  });

  it('but a claim of the act just told joins it', () => {
    expect(brief('استهدفت مسيرة قاعدة حرير صباح السبت. وتبنت المقاومة الإسلامية في العراق الهجوم في بيان.', null)).toHaveLength(1);
  });
});

describe('an undated page’s report names its weekday for matching reports elsewhere', () => {
  const weekdays = (text: string, pub: string | null = null) => extractIncidents({ text, publishedAt: pub }).map((m) => m.weekday);
  it.each([
    ['"مساء السبت"', 'استهدف هجوم بطائرة مسيرة القوات الأمريكية في مطار أربيل الدولي مساء السبت.', [6]],
    ['"فجر الأحد"', 'سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الأحد دون إصابات.', [0]],
    ['"ليل الخميس" in a strike', 'قصفت طائرات مجهولة مقرات للحرس الثوري في البوكمال ليل الخميس.', [4]],
    ['"يوم الاثنين" after the act', 'تعرضت قاعدة التنف لهجوم بطائرتين مسيرتين يوم الاثنين.', [1]],
    ['the weekday of an earlier act stays with it', 'استهدفت طائرة مسيرة صباح السبت قاعدة حرير. وكانت القاعدة قد تعرضت يوم الخميس الماضي لهجوم مماثل تبنته فصائل موالية لإيران.', [6, 4]],
  ])('%s', (_label, text, expected) => {
    expect(weekdays(text)).toEqual(expected);
  });

  it('none when the report has a date', () => {
    expect(weekdays('سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الأحد دون إصابات.', '2024-03-15')).toEqual([undefined]);
  });

  it('none when the report names no weekday, or two', () => {
    expect(weekdays('سقطت ثلاثة صواريخ على قاعدة عين الأسد دون إصابات.')).toEqual([undefined]);
    expect(weekdays('سقطت صواريخ على قاعدة عين الأسد ليل السبت الأحد دون إصابات.').every((w) => w === undefined || w === 6)).toBe(true);
  });
});

describe('a site told only by its bearing from a city is the site named in that direction', () => {
  it.each([
    ['أصيب 4 عسكريين عراقيين في هجوم صاروخي على قاعدة تضم أمريكيين شمال بغداد.\nأصيب أربعة عسكريين عراقيين في هجوم بثمانية صواريخ كاتيوشا استهدف قاعدة بلد الجوية مساء الأحد.', 'Balad air base'],
    ['هجوم صاروخي على قاعدة تضم أمريكيين إلى الشمال من بغداد\nسقطت ثلاثة صواريخ مساء الأحد على قاعدة بلد الجوية.', 'Balad air base'],
    ['قصف صاروخي يستهدف قاعدة أمريكية شمال العراق\nاستهدفت ثلاثة صواريخ قاعدة حرير الجوية مساء الأحد.', 'Harir'],
    ['مسيرة تستهدف قاعدة للتحالف غربي الأنبار\nاستهدفت طائرة مسيرة فجر الأحد قاعدة عين الأسد الجوية.', 'Ain al-Asad'],
    ['استهداف قاعدة تضم أمريكيين شمالي بغداد بالصواريخ\nوأفاد مصدر أمني بأن ثلاثة صواريخ سقطت على قاعدة بلد الجوية مساء الأحد دون إصابات.', 'Balad air base'],
  ])('%s', (text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });

  it.each([
    ['the other direction', 'هجوم صاروخي على قاعدة تضم أمريكيين جنوب بغداد\nسقطت ثلاثة صواريخ مساء الأحد على قاعدة بلد الجوية.', ['Baghdad', 'Balad air base']],
    ['another direction, near', 'مسيرة أمريكية تقصف مقرات للفصائل غربي العاصمة بغداد\nوقصفت مسيرة أمريكية فجر الأحد مقرات لكتائب حزب الله في جرف الصخر.', ['Baghdad', 'Jurf al-Sakhar']],
    ['too far in that direction', 'هجوم صاروخي على قاعدة تضم أمريكيين شمال بغداد\nوفي سياق آخر، سقطت ثلاثة صواريخ مساء الأحد على قاعدة حرير الجوية.', ['Baghdad', 'Harir']],
  ])('but not a site in %s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });
});

describe('any place noun pointed back to ("قرب المطار ذاته") is the place just named; the act keeps its own side', () => {
  const brief3 = (text: string) => brief(text, '2022-01-03').map((m) => [m.category, m.place, m.date]);
  it('a strike near the airport an attack was told at', () => {
    const text =
      'استهدفت طائرتان مسيرتان مفخختان فجر اليوم قاعدة فيكتوريا في مطار بغداد الدولي. ويتزامن الهجوم مع الذكرى الثانية لمقتل سليماني بغارة أمريكية قرب المطار ذاته في 3 كانون الثاني/يناير 2020.';
    expect(brief3(text)).toEqual([
      ['attack_on_us_forces', 'Victory base', '2022-01-03'],
      ['strike_on_militias', 'Victory base', '2020-01-03'],
    ]);
  });
  it.each([
    [
      'a strike answering an attack on "the same base"',
      'سقطت صواريخ على معسكر فيكتوري شمال بغداد مساء اليوم. ويأتي الهجوم بعد أيام من هجوم صاروخي على القاعدة ذاتها أسفر عن مقتل ثلاثة جنود، وهو ما ردت عليه الولايات المتحدة بضربات جوية استهدفت مخازن أسلحة لكتائب حزب الله.',
    ],
    ['US strikes after an attack on "the same base"', 'استهدفت مسيرة قاعدة حرير مساء اليوم. وكانت القاعدة نفسها قد تعرضت لهجوم الأسبوع الماضي ردت عليه واشنطن بغارات على مواقع للفصائل.'],
  ])('but a strike with its own striker is not placed at a US site it points back to: %s', (_label, text) => {
    expect(brief3(text).filter((x) => x[0] === 'strike_on_militias' && /Taji|Harir/.test(String(x[1])))).toEqual([]);
  });

  it('a later act pointing back takes the side of the report that named the place, not of one that pointed back too', () => {
    const text =
      'استهدفت طائرتان مسيرتان فجر اليوم قاعدة فيكتوريا في مطار بغداد الدولي. ويتزامن الهجوم مع ذكرى مقتل سليماني بغارة أمريكية قرب المطار ذاته في 3 كانون الثاني/يناير 2020. وسبق أن تعرض المجمع الملاصق للمطار ذاته لهجوم بأربعة صواريخ في كانون الأول/ديسمبر 2019.';
    expect(brief3(text).map((x) => x[0])).toEqual(['attack_on_us_forces', 'strike_on_militias', 'attack_on_us_forces']);
  });
  it.each([
    ['المعسكر نفسه', 'سقطت ثلاثة صواريخ على معسكر فيكتوري مساء اليوم. وكان المعسكر نفسه قد تعرض لهجوم صاروخي في آذار 2020.', 'Victory base'],
    ['ذات المطار', 'استهدفت مسيرة مطار أربيل الدولي فجر اليوم. وكانت ذات المطار قد تعرض لقصف صاروخي في شباط 2021.', 'Erbil airport'],
    ['السفارة ذاتها', 'سقطت صواريخ على محيط السفارة الأمريكية في بغداد مساء اليوم. وكانت السفارة ذاتها قد تعرضت لهجوم صاروخي في كانون الأول 2019.', 'US embassy Baghdad'],
  ])('an earlier attack on %s', (_label, text, place) => {
    expect(brief3(text).map((x) => x[1])).toEqual([place, place]);
  });
});

describe('losses told first, then "بعد أن" and the act that caused them, are one incident', () => {
  it.each([
    ['قالت وزارة الدفاع الأمريكية إن متعاقداً أمريكياً قُتل وأصيب خمسة من أفراد الخدمة ومتعاقد أمريكي آخر، بعد أن ضربت طائرة مسيرة منشأة صيانة في قاعدة للتحالف قرب الحسكة.', 'Hasakah', 1, 6],
    ['أصيب ثلاثة جنود أمريكيين بجروح طفيفة، بعد أن سقطت صواريخ على قاعدة عين الأسد مساء الخميس.', 'Ain al-Asad', null, 3],
    ['قُتل جندي أمريكي وجُرح اثنان، بعد أن استهدفت طائرة مسيرة مفخخة قاعدة التنف فجر اليوم.', 'al-Tanf', 1, 2],
  ])('%s', (text, place, killed, injured) => {
    expect(brief(text, '2023-03-24').map((m) => [m.place, m.killed, m.injured])).toEqual([[place, killed, injured]]);
  });

  it('but an act told before "بعد أن" leaves the one after it an earlier act', () => {
    const text = 'أصيب جنديان في هجوم بطائرة مسيرة على قاعدة التنف، بعد أن استهدفت صواريخ القاعدة ذاتها الأسبوع الماضي.';
    expect(brief(text, '2023-03-24').map((m) => [m.place, m.date])).toEqual([
      ['al-Tanf', '2023-03-24'],
      ['al-Tanf', '2023-03'],
    ]);
  });
});

describe('where a thing already told lies ("ويقع المخزن المذكور في قاعدة بلد") places that thing; it tells no act of its own', () => {
  it.each([
    ['ويقع المخزن المذكور في قاعدة بلد الجوية بمحافظة صلاح الدين، وأسفر الانفجار عن سقوط قتلى وجرحى.'],
    ['وتقع المستودعات المذكورة داخل قاعدة عين الأسد، وقد سمع دوي الانفجارات على بعد كيلومترات.'],
  ])('no attack on the base: %s', (text) => {
    expect(brief(text, '2019-08-25')).toEqual([]);
  });

  it.each([
    ['انفجر مستودع للعتاد تابع للحشد الشعبي مساء الاثنين. ويقع المستودع في قاعدة بلد الجوية، وأدى الانفجار إلى سقوط جرحى.', []],
    ['قصفت طائرات أمريكية مقراً لكتائب حزب الله فجر اليوم. ويقع المقر المستهدف قرب معسكر فيكتوري شمال بغداد، وأدى القصف إلى سقوط قتلى.', [['strike_on_militias', 'Victory base']]],
  ])('after the thing is told: %s', (text, expected) => {
    expect(brief(text, '2019-08-25').map((m) => [m.category, m.place])).toEqual(expected);
  });

  it('the strike on the depot is placed by it', () => {
    const text = 'قصفت طائرة مجهولة مخزناً للعتاد تابعاً للحشد الشعبي مساء الثلاثاء. ويقع المخزن المستهدف في قضاء بلد بمحافظة صلاح الدين، وأسفر الانفجار عن سقوط قتلى وجرحى.';
    expect(brief(text, '2019-08-25').map((m) => [m.category, m.place])).toEqual([['strike_on_militias', 'Balad']]);
  });

  it('"سقوط قتلى" is casualties, no falling rockets', () => {
    expect(brief('استهدفت طائرة مسيرة قاعدة حرير، ما أدى إلى سقوط قتلى وجرحى.', '2019-08-25').map((m) => [m.place, m.weapon])).toEqual([['Harir', 'drone']]);
  });
});

describe('an act on a day of its own at the site already told ("ففي 8 يناير 2020 أطلق … على القاعدة") is another incident there', () => {
  it.each([
    [
      'active, a striker named, full date',
      'تعرضت قاعدة عين الأسد مساء أمس لهجوم بصاروخين. وفي الثالث من آذار 2021، أطلقت جماعة مسلحة عشرة صواريخ على القاعدة.',
      [
        ['Ain al-Asad', '2024-03-14'],
        ['Ain al-Asad', '2021-03-03'],
      ],
    ],
    [
      'passive, numeric date',
      'سقطت قذيفتان على قاعدة حرير فجر اليوم. وفي 12 أيلول 2023 استُهدفت القاعدة بطائرة مسيرة مفخخة.',
      [
        ['Harir', '2024-03-15'],
        ['Harir', '2023-09-12'],
      ],
    ],
    [
      'an airport, Egyptian month name',
      'استهدفت مسيرة مطار أربيل الدولي مساء الأربعاء. وكان يوم 15 فبراير 2021 قد شهد إطلاق صواريخ على المطار أدت إلى مقتل متعاقد.',
      [
        ['Erbil airport', '2024-03-13'],
        ['Erbil airport', '2021-02-15'],
      ],
    ],
    [
      'a camp, date after the verb',
      'تعرض معسكر فيكتوري لقصف صاروخي ليلة الخميس. وقد قصفت الفصائل المعسكر في 11 مارس 2020 بثمانية عشر صاروخاً.',
      [
        ['Victory base', '2024-03-14'],
        ['Victory base', '2020-03-11'],
      ],
    ],
    [
      'a field, two earlier dates',
      'هاجمت مسيرة حقل العمر النفطي فجر اليوم. وفي 4 كانون الثاني 2024 سقطت صواريخ داخل الحقل، وفي 9 تموز 2023 استهدفت مسيرة الحقل أيضاً.',
      [
        ['al-Omar oil field', '2024-03-15'],
        ['al-Omar oil field', '2024-01-04'],
        ['al-Omar oil field', '2023-07-09'],
      ],
    ],
    [
      'the embassy, a toll in the next sentence goes with the earlier act',
      'سقطت صواريخ قرب السفارة الأمريكية في بغداد مساء أمس. وفي 8 كانون الأول 2023 أُطلقت قذائف هاون على السفارة. وأصيب في ذلك الهجوم حارسان.',
      [
        ['US embassy Baghdad', '2024-03-14', null],
        ['US embassy Baghdad', '2023-12-08', 2],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    const got = brief(text).map((m) => [m.place, m.date, ...(expected[0].length > 2 ? [m.injured] : [])]);
    expect(got).toEqual(expected);
  });

  it.each([
    ['the same day told again', 'تعرضت قاعدة عين الأسد لهجوم بصاروخين مساء الخميس 14 آذار 2024. وفي 14 آذار 2024 أطلقت جماعة مسلحة الصواريخ على القاعدة من منطقة صحراوية.'],
    ['no day of its own', 'تعرضت قاعدة عين الأسد لهجوم بصاروخين مساء أمس. وأطلقت جماعة مسلحة الصواريخ على القاعدة من شاحنة.'],
    ['a weekday only', 'تعرضت قاعدة عين الأسد لهجوم بصاروخين مساء أمس. وأطلقت جماعة مسلحة مساء الخميس الصواريخ على القاعدة.'],
    ['a date without a site pointed back to', 'تعرضت قاعدة عين الأسد لهجوم بصاروخين مساء أمس. وفي الثالث من آذار 2021 أعلنت الحكومة خطة لسحب القوات.'],
  ])('but not when %s', (_label, text) => {
    expect(brief(text).map((m) => m.place)).toEqual(['Ain al-Asad']);
  });
});

describe('on an undated page, an earlier similar act with a time the page cannot resolve is still another incident', () => {
  const lead = 'أفاد مصدر أمني، مساء الثلاثاء، بأن طائرة مسيرة استهدفت قاعدة فكتوريا قرب مطار بغداد، من دون تسجيل خسائر. ';
  it.each([
    ['"the fourth of this month"', 'وكانت القاعدة ذاتها قد تعرضت لهجوم مماثل في الرابع من الشهر الجاري.'],
    ['"early in the week"', 'وكانت القاعدة نفسها قد تعرضت لهجوم مماثل مطلع الأسبوع.'],
    ['"in the middle of last month"', 'وكانت القاعدة ذاتها قد استهدفت بهجوم مماثل منتصف الشهر الماضي.'],
    ['"late last month"', 'وكان هجوم مماثل قد طال القاعدة ذاتها أواخر الشهر الماضي.'],
  ])('%s', (_label, recall) => {
    expect(brief(lead + recall, null).map((m) => m.place)).toEqual(['Victory base', 'Victory base']);
  });

  it.each([
    ['no time at all', 'وكانت القاعدة ذاتها قد تعرضت لهجوم مماثل.'],
    ['attacks over the month', 'وكانت القاعدة نفسها قد تعرضت لهجمات متكررة خلال الشهر.'],
  ])('but not with %s', (_label, recall) => {
    expect(brief(lead + recall, null).map((m) => m.place)).toEqual(['Victory base']);
  });
});

describe('a toll ranked among similar strikes ("الأعلى لضربة مماثلة") tells no other strike', () => {
  it.each([
    ['the biggest toll of a similar raid', 'قصفت طائرات أمريكية مواقع قرب البوكمال فجر اليوم. وقال المرصد إن القتلى 40 عنصرا، في أكبر حصيلة لغارة مماثلة منذ أشهر.'],
    ['the highest toll of a similar strike', 'قصفت طائرات إسرائيلية مستودعا قرب الميادين فجر اليوم. وأفاد المرصد بمقتل 12 عنصرا، في الحصيلة الأعلى لضربة مماثلة هذا العام.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toHaveLength(1);
  });
});

describe('a similar act told «also», beside the news, is news of its own place', () => {
  const LEAD = 'رصد نشطاء المرصد مساء اليوم دوي انفجارات عنيفة قرب مدينة الميادين، ناجمة عن قصف نفذته طائرة مجهولة على مواقع للميليشيات التابعة لإيران.';
  it.each([
    ['blasts "also" near another town from a similar air strike', `${LEAD}\nكما دوّت انفجارات قرب مدينة البوكمال، جراء استهداف جوي مماثل لمواقع الميليشيات.`],
    ['a similar strike "also" on another town', `${LEAD}\nكما طال قصف جوي مماثل مواقع للميليشيات قرب البوكمال.`],
  ])('%s', (_label, text) => {
    expect(placesAndDates(text, '2024-05-20')).toEqual([
      ['Mayadin', '2024-05-20'],
      ['Albukamal', '2024-05-20'],
    ]);
  });

  it('but a similar act recalled with no time is background', () => {
    expect(placesAndDates(`${LEAD}\nوكانت البوكمال قد تعرضت لقصف مماثل.`, '2024-05-20')).toEqual([['Mayadin', '2024-05-20']]);
  });
});

describe('a month of its own at a site told by its kind is another incident there', () => {
  const LOG = 'سجل الهجمات على القرية الخضراء.\n- 5 كانون الثاني 2022: ثماني قذائف تسقط على القاعدة من دون إصابات.';
  it.each([
    [
      'an unknown drone dropping projectiles in a later month',
      `${LOG}\n- تشرين الأول 2022: طائرة مسيّرة مجهولة تُلقي مقذوفات على القاعدة.`,
      [
        ['Green Village', '2022-01-05'],
        ['Green Village', '2022-10'],
      ],
    ],
    [
      'rockets in a later month',
      `${LOG}\n- آب 2022: صواريخ تسقط على القاعدة دون خسائر.`,
      [
        ['Green Village', '2022-01-05'],
        ['Green Village', '2022-08'],
      ],
    ],
  ])('%s', (_label, text, out) => {
    expect(placesAndDates(text, '2023-01-10')).toEqual(out);
  });

  it('but a US strike in a month of its own hits no US site told before', () => {
    expect(placesAndDates(`${LOG}\n- آذار 2022: قصفت طائرات أمريكية القاعدة.`, '2023-01-10').map(([p]) => p)).toEqual(['Green Village']);
  });
});

describe('a strike answering an attack: the attack named by its place ("هجوم أربيل") is not where the strike was, and a toll told of "the strikes" is theirs', () => {
  it.each([
    ['a statement after the strike', 'نفذت القوات الأمريكية فجر اليوم ضربات جوية على مقرات للفصائل، مضيفة أن هجوم أربيل أدى إلى إصابة ثلاثة جنود.'],
    ['the sites used in the attack', 'قصفت مقاتلات أمريكية فجر اليوم منشآت تقول واشنطن إن الكتائب استخدمتها في هجوم أربيل.'],
    ['the attacks in the plural', 'أغارت طائرات أمريكية فجر اليوم على مستودعات للحرس الثوري تقول واشنطن إنها زودت منفذي هجمات التنف بالصواريخ.'],
    ['who carried out the attack', 'استهدفت ضربات أمريكية فجر اليوم مقرات قال البنتاغون إن منفذي هجوم حرير انطلقوا منها.'],
    ['"لهجوم" with a preposition', 'قصفت طائرات أمريكية فجر اليوم مواقع للكتائب قالت القيادة المركزية إنها خططت لهجوم الشدادي.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: null }]);
  });

  it('a strike placed by its own words keeps the place', () => {
    expect(brief('شنت طائرات أمريكية هجوماً على مقر لكتائب حزب الله في القائم فجر اليوم.')).toMatchObject([{ category: 'strike_on_militias', place: 'al-Qaim' }]);
  });

  it.each([
    [
      "the government tells the strikes' toll",
      'نفذت القوات الأمريكية فجر اليوم ضربات جوية على منشآت للكتائب، رداً على هجوم بطائرة مسيرة استهدف أمس قاعدة حرير. وطاولت الضربات مقراً في مدينة الحلة. وقالت الحكومة العراقية إن الضربات أسفرت عن مقتل عنصر أمني وإصابة 18 شخصاً.',
      'Harir',
    ],
    [
      'the raids, told in the singular',
      'أغارت مقاتلات أمريكية فجر اليوم على مقر للفصائل في القائم، بعد ساعات من هجوم صاروخي على قاعدة عين الأسد. وأفاد مصدر أمني بأن الغارة أدت إلى مقتل عنصر أمني وإصابة 18 آخرين.',
      'Ain al-Asad',
    ],
    ['the strikes as the subject', 'ضربت طائرات أمريكية مواقع للحشد في القائم فجر اليوم رداً على استهداف قاعدة التنف مساء أمس. وأضاف المصدر أن الغارات أوقعت قتيلاً و18 جريحاً.', 'al-Tanf'],
  ])('%s', (_label, text, attacked) => {
    const out = brief(text);
    expect(out.find((m) => m.category === 'strike_on_militias')).toMatchObject({ killed: 1, injured: 18 });
    expect(out.find((m) => m.place === attacked)).toMatchObject({ category: 'attack_on_us_forces', killed: null, injured: null });
  });

  it('"the attack" told after still follows the incident told last', () => {
    const out = brief('قصفت طائرات أمريكية مواقع في القائم فجر اليوم. وفي المساء سقطت صواريخ على قاعدة عين الأسد. وقال مصدر إن الهجوم أسفر عن إصابة جنديين.');
    expect(out.find((m) => m.place === 'Ain al-Asad')).toMatchObject({ injured: 2 });
  });
});
