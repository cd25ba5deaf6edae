import { brief } from '../../test/brief';

// A striker acting near a site of its own (al-Tanf's garrison, a base it shares with partners) strikes;
// the site is where, not what was hit. Sentences written for these tests.

const sides = (text: string, pub?: string) => brief(text, pub).map((m) => [m.category, m.place]);

describe('the announcer\'s own aircraft ("أعلن التحالف أن طائراته قصفت")', () => {
  it.each([
    ['the coalition, masculine possessive', 'أعلن التحالف الدولي أن طائراته قصفت مساء الثلاثاء آليات مسلحة اقتربت من قاعدة التنف.', 'al-Tanf'],
    ['the coalition with its leader named between', 'أعلن التحالف الدولي بقيادة الولايات المتحدة أن طائراته استهدفت فجر اليوم مسلحين تقدموا نحو حامية التنف.', 'al-Tanf'],
    ['the coalition, its warplanes', 'أعلن التحالف أن مقاتلاته دمرت صباح الأحد شاحنتين مسلحتين قرب قاعدة حرير.', 'Harir'],
    ['the US army, its air force', 'أعلن الجيش الأمريكي أن طيرانه قصف ليل الخميس سيارة تقل مسلحين قرب قاعدة عين الأسد.', 'Ain al-Asad'],
    ['CENTCOM, its aircraft (feminine)', 'أعلنت القيادة المركزية الأمريكية أن طائراتها ضربت مساء أمس منصة إطلاق قرب حقل العمر.', 'al-Omar oil field'],
    ['the coalition, its army', 'أعلن التحالف أن جيشه قصف الثلاثاء تجمعا لمسلحين اقتربوا من قاعدة الشدادي.', 'al-Shaddadi'],
    ['"so-called" coalition aircraft', 'قصفت طائرات ما يسمى التحالف الدولي مساء الثلاثاء تجمعا للقوات الرديفة في محيط التنف.', 'al-Tanf'],
    ['"what is known as" the coalition', 'شنت طائرات ما يعرف بالتحالف الدولي غارات على آليات للقوات الرديفة قرب حقل العمر فجر اليوم.', 'al-Omar oil field'],
    ['"so-called" with warplanes', 'استهدفت مقاتلات ما يسمى التحالف صباح اليوم سيارتين للقوات الرديفة قرب قاعدة الشدادي.', 'al-Shaddadi'],
    ['"the so-called" (participle)', 'قصفت الطائرات المسماة التحالف الدولي ليل الأحد نقطة للقوات الرديفة في محيط التنف.', 'al-Tanf'],
  ])('%s', (_label, text, place) => {
    expect(sides(text, '2024-03-15')).toEqual([['strike_on_militias', place]]);
  });
});

describe('a state or the alliance striking near a site of its own', () => {
  it.each([
    ['the United States, trucks near al-Tanf', 'شنت الولايات المتحدة صباح الخميس ضربات على شاحنتين مسلحتين قرب حامية التنف.', 'al-Tanf'],
    ['Washington, gunmen near Harir', 'نفذت واشنطن فجر اليوم ضربة على مسلحين قرب قاعدة حرير في أربيل.', 'Harir'],
    ['the coalition as the subject', 'قصف التحالف الدولي مساء الإثنين آليات مسلحة في محيط قاعدة التنف.', 'al-Tanf'],
    ['America, near Ain al-Asad', 'وجهت أمريكا ليل السبت ضربة إلى سيارة مسلحة قرب قاعدة عين الأسد.', 'Ain al-Asad'],
    ['the coalition verb-first, near the Conoco field', 'ضرب التحالف الدولي صباح اليوم آليات مسلحة قرب حقل كونيكو.', 'Conoco gas field'],
    ['the United States, launchers near al-Omar', 'قصفت الولايات المتحدة ليل الجمعة منصتين لإطلاق الصواريخ قرب حقل العمر.', 'al-Omar oil field'],
  ])('%s', (_label, text, place) => {
    expect(sides(text, '2024-03-15')).toEqual([['strike_on_militias', place]]);
  });

  it.each([
    ['a US base hit, the US named after', 'تعرضت قاعدة عين الأسد فجر اليوم لهجوم بطائرة مسيرة، وقالت الولايات المتحدة إنه لم يسفر عن إصابات.', 'Ain al-Asad'],
    ['a militia shelling al-Tanf', 'قصفت فصائل مسلحة قاعدة التنف التي تتمركز فيها قوات أمريكية بطائرتين مسيرتين مساء الأحد.', 'al-Tanf'],
    ["the coalition's base hit", 'استهدفت طائرة مسيرة قاعدة التحالف الدولي في حقل العمر فجر اليوم.', 'al-Omar oil field'],
    ['"led Washington to a response" is no strike of its own', 'ما تغير هو الكلفة، فهجوم البرج 22 في 28 كانون الثاني، الذي قتل ثلاثة جنود، دفع واشنطن إلى رد غير مسبوق.', 'Tower 22'],
  ])('still an attack: %s', (_label, text, place) => {
    expect(sides(text, '2024-03-15')).toEqual([['attack_on_us_forces', place]]);
  });
});

describe('what a threat is to was not hit', () => {
  it.each([
    ['"a threat to coalition forces"', 'قصفت طائرات أمريكية صباح الخميس آليتين مسلحتين رأت أنهما تشكلان تهديدا لقوات التحالف في حامية التنف.', 'al-Tanf'],
    ['"posing a threat to US forces"', 'دمرت مقاتلات أمريكية فجر اليوم منصة صواريخ قالت إنها تشكل تهديدا للقوات الأمريكية قرب قاعدة عين الأسد.', 'Ain al-Asad'],
    ['"a threat" (definite) to the forces', 'استهدفت طائرة أمريكية مسيرة مساء الأحد شاحنة قالت القيادة إنها كانت تمثل التهديد للقوات الأمريكية قرب حقل العمر.', 'al-Omar oil field'],
    ['"a danger" told with its threat word', 'ضربت طائرات التحالف ليل السبت سيارة مسلحة اعتبرت تهديدا لقوات التحالف المتمركزة في قاعدة الشدادي.', 'al-Shaddadi'],
    ['the threat verb', 'قصفت مقاتلات أمريكية مساء اليوم مسلحين كانوا يهددون القوات الأمريكية قرب قاعدة حرير.', 'Harir'],
  ])('%s', (_label, text, place) => {
    expect(sides(text, '2024-03-15')).toEqual([['strike_on_militias', place]]);
  });
});

describe('munitions dropped from the air', () => {
  it.each([
    [
      'a drone dropped munitions near coalition forces',
      'قال المتحدث باسم التحالف إن طائرة مسيرة ألقت أمس الخميس ذخيرة قرب موقع لقوات التحالف في حامية التنف.',
      'attack_on_us_forces',
      'al-Tanf',
      'drone',
    ],
    ['two bombs on a US position', 'ألقت مسيرة مجهولة قنبلتين على نقطة للقوات الأمريكية في حقل العمر مساء الأحد.', 'attack_on_us_forces', 'al-Omar oil field', 'drone'],
    ['the verbal noun', 'أفاد مصدر أمني بإلقاء طائرة مسيرة قنبلة على رتل للقوات الأمريكية قرب قاعدة الشدادي فجر اليوم.', 'attack_on_us_forces', 'al-Shaddadi', 'drone'],
    ['the present, a day between', 'مسيرة تلقي فجر اليوم ذخائر على قاعدة حرير في أربيل.', 'attack_on_us_forces', 'Harir', 'drone'],
    ['a US drone dropping a bomb on a car', 'ألقت طائرة أمريكية مسيرة قنبلة على سيارة تقل عناصر من كتائب حزب الله قرب القائم ليل الثلاثاء.', 'strike_on_militias', 'al-Qaim', 'drone'],
    ['the aircraft and the hour between', 'ألقت طائرة مسيرة مجهولة مساء الأحد ذخائر قرب موقع لقوات التحالف في قاعدة الشدادي.', 'attack_on_us_forces', 'al-Shaddadi', 'drone'],
    ['a dual, the day between', 'وألقت مسيرتان ليل السبت عبوتين قرب نقطة للقوات الأمريكية في حقل كونيكو.', 'attack_on_us_forces', 'Conoco gas field', 'drone'],
    ['a plural subject, explosives', 'ألقوا من طائرة مسيرة متفجرات قرب موقع للتحالف في قاعدة حرير فجر الجمعة.', 'attack_on_us_forces', 'Harir', 'drone'],
    ['an Israeli drone, bombs on a depot', 'ألقت مسيرة إسرائيلية قنابل على مستودع للحرس الثوري قرب البوكمال مساء الأربعاء.', 'strike_on_militias', 'Albukamal', 'drone'],
  ])('%s', (_label, text, category, place, weapon) => {
    expect(brief(text, '2024-03-15')).toMatchObject([{ category, place, weapon }]);
  });

  it.each([
    ['an arrest', 'ألقت القوات الأمنية القبض على ثلاثة مشتبه بهم في مدينة القائم أمس.'],
    ['a speech', 'ألقى قائد الحرس الثوري كلمة في مدينة البوكمال بمناسبة الذكرى.'],
    ['leaflets', 'ألقت طائرات منشورات فوق مدينة الميادين تدعو السكان إلى الابتعاد عن مقرات الفصائل.'],
    ['a lecture on a base', 'ألقى ضابط محاضرة في قاعدة عين الأسد عن أمن القواعد.'],
  ])('no act: %s', (_label, text) => {
    expect(brief(text, '2024-03-15')).toEqual([]);
  });
});

describe('a toll told place by place', () => {
  it.each([
    [
      '"10 in A, and 13 in B"',
      'شنت القوات الأمريكية ليل الجمعة ضربات جوية على مواقع للفصائل في دير الزور والميادين، ما أسفر عن مقتل 10 عناصر في مدينة دير الزور و13 في الميادين.',
      [
        ['Deir ez-Zor', 10],
        ['Mayadin', 13],
      ],
    ],
    [
      'with "others" in the second',
      'قصفت طائرات أمريكية فجر اليوم مواقع لكتائب حزب الله في القائم وعكاشات، وقتل أربعة عناصر في القائم، وستة آخرون في عكاشات.',
      [
        ['al-Qaim', 4],
        ['Akashat', 6],
      ],
    ],
    [
      'the wounded, digits',
      'استهدفت غارات إسرائيلية مستودعات للحرس الثوري في البوكمال والميادين، وأصيب 7 عناصر في البوكمال و3 في الميادين.',
      [
        ['Albukamal', 7],
        ['Mayadin', 3],
      ],
    ],
    [
      'words for figures',
      'شنت مقاتلات أمريكية غارات على مقرات للحشد في القائم وعكاشات، ما أدى إلى مقتل ثلاثة عناصر في عكاشات وخمسة في القائم.',
      [
        ['al-Qaim', 5],
        ['Akashat', 3],
      ],
    ],
    [
      'a quarter between the figure and the town',
      'قصفت طائرات مجهولة مواقع لميليشيات إيرانية في البوكمال والميادين، وقتل 8 عناصر في حي الكتف بالبوكمال و2 في الميادين.',
      [
        ['Albukamal', 8],
        ['Mayadin', 2],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    const got = brief(text, '2024-02-06').map((m) => [m.place, m.killed ?? m.injured]);
    expect(got.sort()).toEqual([...(expected as Array<[string, number]>)].sort());
  });
});
