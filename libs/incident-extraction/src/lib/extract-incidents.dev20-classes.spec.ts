import { brief } from '../../test/brief';

// Classes read on dev20 (a set written blind and measured first). Sentences written for these tests.
const rows = (text: string, pub: string | null = '2024-03-15') => brief(text, pub).map((m) => [m.category, m.place]);

describe('a word written with tanween is a common noun, not a place of the same letters', () => {
  it.each([
    ['"a shield for Iraq" beside a strike', 'قصفت طائرات مجهولة مقرا للحشد في القائم فجر اليوم، وقال قائد الفصيل إن الحشد سيبقى درعاً للعراق وأهله.', [['strike_on_militias', 'al-Qaim']]],
    ['"a shield" in a speech recalling the fallen', 'أكد المتحدث أن الفصائل ستبقى درعاً واقياً للبلاد، مستذكراً الذين سقطوا بنيران الطيران الأمريكي.', []],
    ['Daraa, named', 'غارات إسرائيلية على مواقع للميليشيات الإيرانية في درعا فجر اليوم.', [['strike_on_militias', 'Daraa']]],
    ['Daraa, near the city', 'استهدفت غارة إسرائيلية مستودعا لحزب الله قرب مدينة درعا فجر اليوم.', [['strike_on_militias', 'Daraa']]],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('remembering the fallen recalls old acts: an incident only with a day, or a month of a year, of its own', () => {
  it.each([
    ['"recalling" (مستذكراً), no time', 'قال القائد في كلمته مستذكراً الشهداء الذين ارتقوا بنيران الطيران الأمريكي على الحدود.', []],
    ['"the participants remembered", no time', 'استذكر المشاركون رفاقهم الذين قتلوا بنيران الطيران الأمريكي على الحدود.', []],
    ['"the brigades remember", a place but no time', 'وتستذكر الألوية في هذه المناسبة شهداءها الذين ارتقوا بقصف أمريكي على مقراتهم قرب القائم.', []],
    ['a month of a year told', 'استذكرت الكتائب شهداء الضربة الأمريكية التي طالت مقرها في جرف الصخر في كانون الأول 2019.', [['strike_on_militias', 'Jurf al-Sakhar']]],
    ['a calendar day told', 'وقال القائد مستذكراً الشهداء الذين ارتقوا بغارة أمريكية على مقرهم في القائم فجر 29 كانون الأول 2019.', [['strike_on_militias', 'al-Qaim']]],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('two dots join the parts of a headline: each part placed on its own tells its own act', () => {
  it.each([
    [
      'a claim, then the strike that answered it',
      'المقاومة تتبنى استهداف قاعدة الاحتلال في حرير.. وعدوان أمريكي على مقرات الحشد في القائم',
      [
        ['attack_on_us_forces', 'Harir'],
        ['strike_on_militias', 'al-Qaim'],
      ],
    ],
    [
      // (The attack the strikes came after, told with no time, is told in passing: no incident of its own.)
      'the attack the strikes came after',
      'بعد هجوم على قاعدة عين الأسد.. غارات أمريكية على مواقع للكتائب في جرف الصخر',
      [['strike_on_militias', 'Jurf al-Sakhar']],
    ],
    [
      'the attack the strikes came after, on its day',
      'بعد هجوم على قاعدة عين الأسد مساء الاثنين.. غارات أمريكية على مواقع للكتائب في جرف الصخر',
      [
        ['attack_on_us_forces', 'Ain al-Asad'],
        ['strike_on_militias', 'Jurf al-Sakhar'],
      ],
    ],
    [
      'rockets on one side, raids on the other',
      'قصف صاروخي على قاعدة التنف.. وغارات أمريكية على مواقع الفصائل في البوكمال',
      [
        ['attack_on_us_forces', 'al-Tanf'],
        ['strike_on_militias', 'Albukamal'],
      ],
    ],
    [
      'a soldier killed, then Washington strikes',
      'مقتل جندي أمريكي في هجوم على قاعدة الشدادي.. وواشنطن تقصف مقرات للحرس الثوري في الميادين',
      [
        ['attack_on_us_forces', 'al-Shaddadi'],
        ['strike_on_militias', 'Mayadin'],
      ],
    ],
    ['the second part tells the cause of the one act, with no place of its own', 'انفجار في مخزن للحشد قرب القائم.. ومصادر: غارة مجهولة وراء الحادث', [['strike_on_militias', 'al-Qaim']]],
    ['three dots in a quote are an elision', 'وقال البيان: "قتل متعاقد أمريكي بعد أن ضربت طائرة مسيرة... منشأة صيانة في قاعدة للتحالف قرب الحسكة".', [['attack_on_us_forces', 'Hasakah']]],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['drones', 'مسيرة تستهدف قاعدة التنف.. وأخرى تسقط قرب حقل العمر', 'drone'],
    ['rockets', 'صواريخ على قاعدة عين الأسد.. وأخرى تسقط في محيط مطار أربيل', 'rocket'],
  ])('"another one" in the second part is another of the means told in the first: %s', (_label, text, weapon) => {
    const out = brief(text);
    expect(out).toHaveLength(2);
    expect(out[1].weapon).toBe(weapon);
  });
});

describe('blasts or smoke seen or heard "from" a place came from what happened there; only what flies is launched from it', () => {
  it.each([
    ['blasts heard coming from the base', 'سمع السكان مساء أمس الأربعاء دوي انفجارات قادمة من جهة قاعدة التنف، ناجمة عن هجوم بطائرات مسيّرة.', 'al-Tanf', 'drone'],
    ['blasts from the direction of the base', 'دوت انفجارات قادمة من اتجاه قاعدة عين الأسد مساء أمس إثر سقوط صواريخ.', 'Ain al-Asad', 'rocket'],
    ['smoke rising from the field', 'شوهدت أعمدة الدخان تتصاعد من جهة حقل العمر بعد هجوم بطائرة مسيرة مساء أمس.', 'al-Omar oil field', 'drone'],
    ['rockets coming from the desert fell on the base', 'سقطت صواريخ قادمة من جهة البادية على قاعدة التنف مساء أمس.', 'al-Tanf', 'rocket'],
  ])('%s', (_label, text, place, weapon) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, weapon, date: '2024-03-14' }]);
  });
});

describe('"our fighters" are the attackers only as the subject of the act', () => {
  it.each([
    ['a source of the SDF', 'قال مصدر في قسد إن مسيرة سقطت على موقع يتمركز فيه مقاتلونا قرب حقل العمر فجر اليوم.', 'unknown'],
    ['a source of the Syrian opposition beside the coalition', 'وقال مصدر في المغاوير إن ثلاث مسيرات انقضت على قاعدة التنف فجر اليوم وسقط بعضها قرب خيام مقاتلينا.', 'unknown'],
    ['the resistance telling its own act', 'استهدف مجاهدونا قاعدة حرير بطائرة مسيرة فجر اليوم.', 'islamic_resistance_iraq'],
  ])('%s', (_label, text, actor) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', actor }]);
  });
});

describe('the acts just told, made definite, as the subject of how they unfolded are no series', () => {
  it.each([
    ['"the attacks began … when"', 'وقالت القيادة إن الهجمات بدأت نحو الساعة السابعة مساء أمس، عندما سقطت صواريخ داخل قاعدة الشدادي.', [['attack_on_us_forces', 'al-Shaddadi']]],
    ['"the strikes took place … when"', 'وأوضح البيان أن الضربات جرت قرابة منتصف الليل، حين استهدفت الطائرات مخازن للحشد في القائم.', [['strike_on_militias', 'al-Qaim']]],
    ['a series of weeks stays a series', 'وتتعرض القواعد الأمريكية لهجمات متكررة منذ أسابيع، وكانت الهجمات استهدفت قاعدة الشدادي.', []],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('news of a toll that rose is of the act recalled after it, up to a month before', () => {
  const incidents = (text: string) => brief(text, '2024-03-17').map((m) => [m.place, m.date]);
  it.each([
    [
      'a fighter died of his wounds; the strike told four days before',
      'أعلنت الهيئة، يوم الأحد، وفاة أحد مقاتليها متأثراً بجروح أصيب بها جراء الضربة الأمريكية على جرف الصخر. وكانت الطائرات الأمريكية قد قصفت فجر الأربعاء الماضي مواقع في جرف الصخر.',
      [['Jurf al-Sakhar', '2024-03-13']],
    ],
    [
      'the number of victims rose; the strike told six days before',
      'أعلن الحشد اليوم ارتفاع عدد ضحايا القصف الأمريكي على القائم إلى خمسة. وكانت طائرات أمريكية قد قصفت مقرات في القائم فجر الاثنين الماضي.',
      [['al-Qaim', '2024-03-11']],
    ],
    [
      'died of wounds; the strike told with its calendar day',
      'أعلنت الكتائب اليوم وفاة أحد عناصرها متأثراً بجراحه التي أصيب بها في الضربة الأمريكية على القائم. وكانت مقاتلات أمريكية قد قصفت مقرا في القائم في 5 آذار.',
      [['al-Qaim', '2024-03-05']],
    ],
    [
      'an act more than a month before is another',
      'أعلنت الكتائب اليوم وفاة أحد عناصرها متأثراً بجراحه التي أصيب بها في الضربة الأمريكية على القائم. وكانت مقاتلات أمريكية قد قصفت مقرا في القائم في 5 كانون الثاني.',
      [
        ['al-Qaim', '2024-03-17'],
        ['al-Qaim', '2024-01-05'],
      ],
    ],
    [
      'a toll risen, but the act recalled is by another striker',
      'أعلن الحشد اليوم ارتفاع عدد ضحايا القصف الأمريكي على القائم إلى خمسة. وكانت طائرات إسرائيلية قد قصفت مقرات في القائم فجر الاثنين الماضي.',
      [
        ['al-Qaim', '2024-03-17'],
        ['al-Qaim', '2024-03-11'],
      ],
    ],
    [
      'news of the day with no toll risen: a similar attack days before stays apart',
      'قصفت مسيرة قاعدة الشدادي اليوم، بحسب ما أعلن مصدر. وكانت القاعدة قد تعرضت لهجوم مماثل يوم الأربعاء الماضي.',
      [
        ['al-Shaddadi', '2024-03-17'],
        ['al-Shaddadi', '2024-03-13'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });
});

describe('an act told at the time of the one before it ("بالتزامن مع"، "في وقت") is another act that day, a similar one of the same means', () => {
  const acts = (text: string, pub: string | null = '2024-03-15') => brief(text, pub).map((m) => [m.place, m.date, m.weapon]);
  it.each([
    [
      '"coinciding with a similar attack on" another base, the time told before',
      'استهدفت قذائف صاروخية مساء أمس قاعدة للتحالف في حقل كونيكو، بالتزامن مع هجوم مماثل على قاعدة القرية الخضراء.',
      [
        ['Conoco gas field', '2024-03-14', 'rocket'],
        ['Green Village', '2024-03-14', 'rocket'],
      ],
    ],
    [
      '"تزامناً مع" and a similar attack',
      'هاجمت طائرات مسيرة قاعدة عين الأسد فجر اليوم، تزامنا مع هجوم مماثل على قاعدة فكتوريا.',
      [
        ['Ain al-Asad', '2024-03-15', 'drone'],
        ['Victory base', '2024-03-15', 'drone'],
      ],
    ],
    [
      '"while" another base "was subjected to a similar attack"',
      'سقطت صواريخ على قاعدة الشدادي مساء أمس، في وقت تعرضت فيه قاعدة خراب الجير لهجوم مماثل.',
      [
        ['al-Shaddadi', '2024-03-14', 'rocket'],
        ['Kharab al-Jir', '2024-03-14', 'rocket'],
      ],
    ],
    [
      '"في الوقت الذي" and an act verb',
      'قصفت مسيرة مجهولة قاعدة حرير صباح اليوم، في الوقت الذي استهدفت فيه صواريخ قاعدة عين الأسد.',
      [
        ['Harir', '2024-03-15', 'drone'],
        ['Ain al-Asad', '2024-03-15', 'rocket'],
      ],
    ],
    [
      'on an undated page, both acts still told',
      'استهدفت صواريخ قاعدة الشدادي، في وقت تعرضت فيه قاعدة خراب الجير لهجوم مماثل.',
      [
        ['al-Shaddadi', null, 'rocket'],
        ['Kharab al-Jir', null, 'rocket'],
      ],
      null,
    ],
    [
      'a coinciding attack with means of its own keeps them',
      'سقطت صواريخ على قاعدة عين الأسد فجر اليوم، بالتزامن مع هجوم بطائرة مسيرة على قاعدة حرير.',
      [
        ['Ain al-Asad', '2024-03-15', 'rocket'],
        ['Harir', '2024-03-15', 'drone'],
      ],
    ],
    [
      '"في وقت سابق" tells an earlier act, no coinciding one',
      'قصفت مسيرة قاعدة حرير فجر اليوم، وفي وقت سابق استهدفت صواريخ قاعدة عين الأسد مساء أمس.',
      [
        ['Harir', '2024-03-15', 'drone'],
        ['Ain al-Asad', '2024-03-14', 'rocket'],
      ],
    ],
    [
      'a similar attack recalled on the same base, by its day: of the same kind, the same means',
      'هاجمت طائرات مسيرة قاعدة عين الأسد فجر اليوم. وكانت القاعدة قد تعرضت لهجوم مماثل يوم الاثنين الماضي.',
      [
        ['Ain al-Asad', '2024-03-15', 'drone'],
        ['Ain al-Asad', '2024-03-11', 'drone'],
      ],
    ],
    [
      'a similar attack recalled, with means of its own',
      'هاجمت طائرات مسيرة قاعدة عين الأسد فجر اليوم. وكانت القاعدة قد تعرضت لهجوم مماثل بالصواريخ يوم الاثنين الماضي.',
      [
        ['Ain al-Asad', '2024-03-15', 'drone'],
        ['Ain al-Asad', '2024-03-11', 'rocket'],
      ],
    ],
    ['"in a time of" calm names no act', 'سقطت صواريخ على قاعدة عين الأسد فجر اليوم، في وقت تشهد فيه المنطقة هدوءا حذرا.', [['Ain al-Asad', '2024-03-15', 'rocket']]],
    [
      'strikes coinciding with strikes elsewhere',
      'شنت طائرات أمريكية غارات على مواقع في القائم فجر اليوم، بالتزامن مع غارات مماثلة على مواقع في البوكمال.',
      [
        ['al-Qaim', '2024-03-15', 'airstrike'],
        ['Albukamal', '2024-03-15', 'airstrike'],
      ],
    ],
  ] as Array<[string, string, unknown[], (string | null)?]>)('%s', (_label, text, expected, pub = '2024-03-15') => {
    expect(acts(text, pub)).toEqual(expected);
  });
});

describe('where the wounded were taken or treated is not where the act was', () => {
  const acts = (text: string, pub: string | null = '2024-03-15') => brief(text, pub).map((m) => [m.place, m.killed, m.injured]);
  const strike = 'استيقظ سكان الحلة فجر اليوم على دوي انفجارات، إثر ضربة جوية أمريكية استهدفت مقراً للحشد الشعبي في المنطقة.\n';
  it.each([
    ['taken to a hospital named by the town', strike + 'وأسفرت الضربة عن مقتل عنصر وإصابة 18 شخصاً، نُقلوا إلى مستشفى الحلة العام.', [['Babil', 1, 18]]],
    ['two hospitals, the second named by the town', strike + 'وأسفرت الضربة عن مقتل عنصر وإصابة 18 شخصاً، نقلوا إلى مستشفى مرجان التعليمي ومستشفى الحلة العام.', [['Babil', 1, 18]]],
    ['taken to another city', strike + 'وأسفرت الضربة عن إصابة خمسة عناصر نقلوا إلى بغداد لتلقي العلاج.', [['Babil', null, 5]]],
    ['the wounded rushed to a city', strike + 'وأصيب في الضربة أربعة أشخاص أسعفوا إلى كربلاء.', [['Babil', null, 4]]],
    ['treated in a hospital of another town', strike + 'وأسفرت الضربة عن إصابة ثلاثة عناصر يتلقون العلاج في مستشفى الكاظمية.', [['Babil', null, 3]]],
    ['"in the hospital of" a town', strike + 'وقال مصدر في مستشفى الحلة إن الضربة أسفرت عن مقتل اثنين.', [['Babil', 2, null]]],
    ['a strike on a town near a hospital keeps its town', 'قصفت طائرة مسيرة مقرا للحشد قرب مستشفى في القائم فجر اليوم، ما أسفر عن مقتل عنصرين.', [['al-Qaim', 2, null]]],
  ])('%s', (_label, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('"a second strike", "another strike" is one more of the strikes told, wherever it fell', () => {
  const acts = (text: string) => brief(text, '2024-03-15').map((m) => [m.category, m.place, m.killed, m.injured]);
  const lead = 'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم. ';
  it.each([
    ['killed in "another strike" on a depot', lead + 'وقتل عنصر في ضربة أخرى طالت مخزنا في البوكمال.', [['strike_on_militias', 'Albukamal', 1, null]]],
    ['wounded in "a second strike" on a site', lead + 'وأضاف المسؤول أن أربعة أشخاص أصيبوا في ضربة ثانية طاولت موقعاً في عكاشات.', [['strike_on_militias', 'Akashat', null, 4]]],
    ['"a third raid"', lead + 'واستهدفت غارة ثالثة موقعا في الميادين.', [['strike_on_militias', 'Mayadin', null, null]]],
    ['"two other strikes"', lead + 'وطالت ضربتان أخريان مواقع في البوكمال.', [['strike_on_militias', 'Albukamal', null, null]]],
  ])('%s', (_label, text, more) => {
    expect(acts(text)).toEqual([['strike_on_militias', 'al-Qaim', null, null], ...more]);
  });

  it('in an article on another war, another strike is not ours', () => {
    const text = 'قصفت طائرات روسية مواقع للمعارضة في إدلب فجر اليوم. وقتل مدني في غارة ثانية طالت بلدة في ريف حماة.';
    expect(acts(text)).toEqual([]);
  });
});

describe('"أول من أمس" is the day before yesterday; a date set off by commas after the act told dates that act', () => {
  const dated = (text: string) => brief(text, '2019-08-27').map((m) => [m.place, m.date]);
  it.each([
    ['"أول من أمس" with its weekday', 'استهدفت طائرتان مسيرتان، أول من أمس الأحد، عجلتين للحشد قرب القائم.', [['al-Qaim', '2019-08-25']]],
    ['"أول من أمس" alone', 'قصفت طائرة مسيرة أول من أمس مقرا للحشد في القائم.', [['al-Qaim', '2019-08-25']]],
    ['"أول أمس"', 'قصفت طائرة مسيرة أول أمس مقرا للحشد في القائم.', [['al-Qaim', '2019-08-25']]],
    ['"أمس الأول"', 'قصفت طائرة مسيرة أمس الأول مقرا للحشد في القائم.', [['al-Qaim', '2019-08-25']]],
    [
      'the funeral yesterday, the act the day before',
      'شيّعت الكتائب، أمس، شهيدين ارتقيا في الاعتداء الذي نفذته طائرتان مسيّرتان، أول من أمس الأحد، على عجلتين للحشد قرب القائم.',
      [['al-Qaim', '2019-08-25']],
    ],
    ['mourned today, struck last evening', 'نعت الكتائب، اليوم، مقاتلا قتل في الغارة التي شنتها طائرة مجهولة، مساء أمس، على مقر للحشد في القائم.', [['al-Qaim', '2019-08-26']]],
    ['announced yesterday, struck on Sunday dawn', 'أعلن الحشد، أمس، مقتل عنصرين في قصف نفذته طائرة مسيرة، فجر الأحد، على موقع قرب البوكمال.', [['Albukamal', '2019-08-25']]],
    [
      "the day of the saying, set off by commas, is not the act's",
      'قالت مصادر محلية في مدينة الميادين، الثلاثاء، إن القصف الذي نفذته طائرة مجهولة مساء أمس الاثنين أصاب مستودعا للحرس الثوري.',
      [['Mayadin', '2019-08-26']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe('"then in" a second place goes on with the clause before (where mourners gathered is not where the act was)', () => {
  const placed = (text: string) => brief(text, '2019-08-27').map((m) => m.place);
  it.each([
    ['a funeral in two cities', 'شيّعت الكتائب، أمس، في بغداد ثم في كربلاء، شهيدين ارتقيا في قصف أمريكي على مقر للحشد قرب القائم.', ['al-Qaim']],
    ['a procession to a second city', 'شيّع الآلاف في النجف ثم إلى كربلاء جثامين مقاتلين قتلوا في قصف أمريكي على مقر للحشد في القائم.', ['al-Qaim']],
    ['"then" and an act stays a boundary', 'دفع الهجوم واشنطن إلى قصف مقر للحشد في القائم، ثم إلى اغتيال قيادي في بغداد.', ['al-Qaim', 'Baghdad']],
    ['"then" and a strike on another town is another act', 'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم، ثم استهدفت موقعا في الميادين.', ['al-Qaim', 'Mayadin']],
  ])('%s', (_label, text, expected) => {
    expect(placed(text)).toEqual(expected);
  });
});

describe('an act verb opening a clause with its subject elided has the striker of the act before it', () => {
  const acts = (text: string) => brief(text, '2024-03-15').map((m) => [m.category, m.place]);
  it.each([
    [
      '"then targeted a site" in another town',
      'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم، ثم استهدفت موقعا في الميادين.',
      [
        ['strike_on_militias', 'al-Qaim'],
        ['strike_on_militias', 'Mayadin'],
      ],
    ],
    [
      '"and targeted a site"',
      'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم، واستهدفت موقعا في الميادين.',
      [
        ['strike_on_militias', 'al-Qaim'],
        ['strike_on_militias', 'Mayadin'],
      ],
    ],
    [
      '"and struck a depot"',
      'شنت مقاتلات إسرائيلية غارات على مواقع لحزب الله في البوكمال، وقصفت مستودعا في الميادين.',
      [
        ['strike_on_militias', 'Albukamal'],
        ['strike_on_militias', 'Mayadin'],
      ],
    ],
    [
      'a subject of its own keeps its own reading',
      'استهدفت صواريخ قاعدة عين الأسد فجر اليوم، ثم قصفت طائرات أمريكية موقعا للحشد في القائم.',
      [
        ['attack_on_us_forces', 'Ain al-Asad'],
        ['strike_on_militias', 'al-Qaim'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('what the fallen were confronting, told of them, was not hit', () => {
  const acts = (text: string) => brief(text, '2023-12-03').map((m) => [m.category, m.place, m.killed]);
  it.each([
    [
      '"confronting the occupation\'s bases"',
      'ارتقى عصر هذا اليوم خمسة من مجاهدينا إثر استهدافهم بطائرة مسيّرة تابعة لقوات الاحتلال الأمريكي في محافظة كركوك، وهم يؤدون واجبهم الجهادي في مواجهة قواعد الاحتلال.',
      [['strike_on_militias', 'Kirkuk', 5]],
    ],
    ['"in confronting the American forces"', 'استشهد ثلاثة من عناصر الكتائب بغارة أمريكية قرب القائم، خلال تصديهم للقوات الأمريكية في المنطقة.', [['strike_on_militias', 'al-Qaim', 3]]],
    ['bases hit stay hit', 'استهدفت المقاومة بطائرة مسيرة قواعد الاحتلال في كركوك، ردا على الجرائم بحق أهلنا.', [['attack_on_us_forces', 'Kirkuk', null]]],
  ])('%s', (_label, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('an act verb with a pronoun for its object hit the site just told', () => {
  const acts = (text: string) => brief(text, '2023-01-21').map((m) => [m.place, m.date]);
  const lead = 'هاجمت ثلاث مسيرات قاعدة التنف فجر أمس. وليست هذه المرة الأولى التي تُستهدف فيها القاعدة. ';
  it.each([
    [
      '"attacked it", a date of its own',
      lead + 'ففي 20 تشرين الأول 2021 هاجمتها خمس طائرات مسيّرة، ولم يسفر الهجوم عن إصابات.',
      [
        ['al-Tanf', '2023-01-20'],
        ['al-Tanf', '2021-10-20'],
      ],
    ],
    [
      '"targeted it", a month of a year',
      lead + 'وفي آب 2022 استهدفتها صواريخ أطلقت من البادية.',
      [
        ['al-Tanf', '2023-01-20'],
        ['al-Tanf', '2022-08'],
      ],
    ],
    [
      '"targeted it", masculine',
      'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم. وفي 3 كانون الثاني 2023 استهدفته طائرة مسيرة.',
      [
        ['al-Qaim', '2023-01-21'],
        ['al-Qaim', '2023-01-03'],
      ],
    ],
    ['the same day: one act', 'هاجمت ثلاث مسيرات قاعدة التنف فجر أمس، ثم هاجمتها مسيرة رابعة ظهرا.', [['al-Tanf', '2023-01-20']]],
    ['no time of its own: background', lead + 'وقد هاجمتها الفصائل مرارا.', [['al-Tanf', '2023-01-20']]],
  ])('%s', (_label, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('warplanes and armed drones named by their Latin type strike as aircraft do', () => {
  const acts = (text: string) => brief(text, '2023-11-21').map((m) => [m.category, m.place, m.weapon]);
  it.each([
    [
      'an AC-130 gunship hitting a vehicle',
      'وأضافوا أن طائرة من طراز AC-130 كانت تحلّق في المنطقة رصدت موقع الإطلاق، واستهدفت على الفور عربة كان يستقلها مسلحون قرب قضاء أبو غريب.',
      [['strike_on_militias', 'Abu Ghraib', 'airstrike']],
    ],
    ['an F-15', 'وقصفت طائرة F-15 مقرا في القائم فجر اليوم.', [['strike_on_militias', 'al-Qaim', 'airstrike']]],
    ['an MQ-9 Reaper', 'وقصفت طائرة مسيرة من طراز MQ-9 ريبر سيارة في بغداد فجر اليوم.', [['strike_on_militias', 'Baghdad', 'drone']]],
    ['an AC-130, in Arabic letters', 'وقصفت طائرة من طراز إيه سي-130 مستودعا في البوكمال فجر اليوم.', [['strike_on_militias', 'Albukamal', 'airstrike']]],
  ])('%s', (_label, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('a place told after a definite act, with a full date of its own, was struck then', () => {
  const acts = (text: string) => brief(text, '2019-08-27').map((m) => [m.place, m.date]);
  const lead = 'قصفت طائرتان مسيرتان أول من أمس الأحد عجلتين للحشد قرب القائم. ';
  it.each([
    [
      'the strike "brings back" another, a month of a year',
      lead + 'وتستعيد الضربة في أذهان المقاتلين الغارة التي استهدفت مواقع للحشد في منطقة الهري قرب البوكمال في حزيران 2018.',
      [
        ['al-Qaim', '2019-08-25'],
        ['al-Hari', '2018-06'],
      ],
    ],
    [
      '"recalls" another, a calendar day',
      lead + 'ويعيد الهجوم إلى الأذهان الغارة على مواقع الحشد في عكاشات في 17 حزيران 2018.',
      [
        ['al-Qaim', '2019-08-25'],
        ['Akashat', '2018-06-17'],
      ],
    ],
    [
      'where the strikes fell, no date: the same act',
      'قصفت طائرات أمريكية مقرا في القائم فجر اليوم. ووقعت الغارات في محيط البوكمال.',
      [
        ['al-Qaim', '2019-08-27'],
        ['Albukamal', '2019-08-27'],
      ],
    ],
    [
      'where the strike fell, its own day told in full: the same day',
      'قصفت طائرات أمريكية مقرا في القائم فجر اليوم. ووقعت الغارة في 27 آب 2019 في محيط البوكمال.',
      [
        ['al-Qaim', '2019-08-27'],
        ['Albukamal', '2019-08-27'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});
