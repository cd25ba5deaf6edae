import { brief } from '../../test/brief';

// Background that names bases and acts but tells no incident: lists of bases attacked over
// time, commemorations, other wars, blasts heard with nothing else. Sentences written for these tests.

describe('background lists of bases are no incidents', () => {
  it.each([
    ['"most notably" after a series', 'وتعرضت قواعد أمريكية عدة في سوريا لهجمات متكررة، أبرزها قاعدة التنف وحقل العمر.'],
    ['"among them" after attacks on coalition sites', 'وشنت الجماعات المسلحة هجمات صاروخية على مواقع التحالف، ومنها قاعدة عين الأسد ومطار أربيل.'],
    ['"dozens of bases"', 'واستهدفت الفصائل خلال الأشهر الماضية عشرات القواعد، بينها الشدادي وخراب الجير.'],
    ['"all these bases"', 'وكل هذه القواعد، ومنها قاعدة حرير، تعرضت للقصف بالصواريخ والمسيرات.'],
    ['two bases that were subjected to attacks', 'وتتمركز القوات الأمريكية في قاعدتي التنف والشدادي اللتين تعرضتا لهجمات بالمسيرات.'],
    ['"among the sites the attacks targeted"', 'ومن بين المواقع التي استهدفتها الهجمات قاعدة عين الأسد وقاعدة حرير ومطار أربيل.'],
    ['"including" a base', 'وطالت الهجمات المتكررة قواعد أمريكية في العراق، بما فيها قاعدة بلد الجوية.'],
    ['three sites "all of them"', 'وتعرض حقل كونيكو وحقل العمر وقاعدة الشدادي جميعها لضربات بالمسيرات.'],
    ['"including" after strikes on coalition bases', 'ونفذت الفصائل الموالية لإيران هجمات على قواعد التحالف في سوريا والعراق، بما في ذلك قاعدة التنف.'],
    ['the most attacked base', 'وكانت قاعدة عين الأسد من أكثر القواعد تعرضا للهجمات الصاروخية منذ مطلع العام.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['"the latest of which" after a count', 'وتعرضت القوات الأمريكية لأكثر من 60 هجوما منذ منتصف أكتوبر، كان آخرها استهداف قاعدة الشدادي بمسيرة مساء أمس.', 'al-Shaddadi', '2024-03-14'],
    ['"the latest" after attacks', 'وشنت الفصائل هجمات عدة على القواعد الأمريكية، آخرها على قاعدة التنف فجر اليوم.', 'al-Tanf', '2024-03-15'],
    ['"the most recent of which"', 'وطالت الهجمات قواعد التحالف في العراق، وأحدثها قصف مطار أربيل بطائرتين مسيرتين ليلة الخميس.', 'Erbil airport', '2024-03-14'],
    ['a wave of attacks with its day', 'تعرضت قاعدة حرير لهجمات بالمسيرات فجر اليوم دون إصابات.', 'Harir', '2024-03-15'],
  ])('but the one singled out is: %s', (_label, text, place, date) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, date }]);
  });
});

describe('a commemoration recalls, it tells nothing new', () => {
  it.each([
    [
      'an anniversary of an assassination near an airport',
      'أسقطت الدفاعات مسيرتين حاولتا استهداف قاعدة فكتوريا فجر اليوم. وتزامن ذلك مع ذكرى مقتل قائد قوة القدس بغارة أمريكية في محيط مطار بغداد.',
      1,
    ],
    ['a ceremony at the site of a killing', 'أحيا أنصار الحشد الشعبي أمس الذكرى الرابعة لاغتيال قادة بضربة أمريكية قرب مطار بغداد.', 0],
    ['marking the anniversary of a strike', 'نظمت الفصائل وقفة في القائم إحياء لذكرى ضحايا الغارات الأمريكية على مقراتها.', 0],
  ])('%s', (_label, text, n) => {
    expect(brief(text)).toHaveLength(n);
  });
});

describe('an article about the war on ISIS', () => {
  it.each([
    ['a headline with US raids and a body on ISIS', 'ضربات جوية أمريكية قرب سنجار\nأعلن البنتاغون أن طائراته دمرت آلية لتنظيم داعش غرب الموصل، كما قصفت تجمعا لعناصره قرب بلدة سنجار.'],
    ['coalition strikes on ISIS hideouts', 'غارات للتحالف في بادية الميادين\nقصفت طائرات التحالف الدولي مخابئ لخلايا داعش في بادية الميادين، بحسب بيان للتحالف.'],
    ['US raids told apart from their ISIS targets', 'غارات أمريكية على مواقع في البادية السورية\nوقالت القيادة المركزية إن الغارات استهدفت معسكرات لتنظيم الدولة الإسلامية.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('still reads a strike on militias in an article that names the coalition against ISIS', () => {
    const text = 'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم فجر اليوم.\nوتنتشر القوات الأمريكية في العراق ضمن التحالف الدولي لمحاربة داعش.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'al-Qaim' }]);
  });
});

describe('blasts heard at a base with nothing else', () => {
  it('are no incident on their own, told after the story', () => {
    const lead = 'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم فجر اليوم.\n';
    expect(brief(lead + 'وأفاد ناشطون بسماع دوي انفجارات من جهة القاعدة الأمريكية في الشدادي.').map((m) => m.place)).toEqual(['al-Qaim']);
    expect(brief(lead + 'وسمع سكان محليون أصوات انفجارات قرب قاعدة حرير.').map((m) => m.place)).toEqual(['al-Qaim']);
  });

  it('are the story in a headline', () => {
    expect(brief('عاجل: دوي انفجارات في قاعدة حرير شمال أربيل')).toMatchObject([{ category: 'attack_on_us_forces', place: 'Harir' }]);
  });

  it('are one with a day of their own', () => {
    expect(brief('دوت انفجارات في قاعدة التنف العسكرية ليلة الخميس.')).toMatchObject([{ place: 'al-Tanf', date: '2024-03-14' }]);
  });
});

describe('an earlier statement made days ago tells an earlier act, not the news of the day', () => {
  // The news of the day first, then "وكان … قد أعلن/أفاد، <a past day>، أن …" about the same place.
  it.each([
    [
      'a past weekday after the pluperfect report, undated page',
      'سقطت صواريخ كاتيوشا على معسكر فيكتوري الذي يستضيف قوات أمريكية. وكان مسؤولون أمريكيون قد أعلنوا، الأربعاء الماضي، أن جنديين قتلا وأصيب 10 آخرون في سقوط صواريخ على معسكر فيكتوري.',
      null,
    ],
    [
      'the same, with a publication day',
      'سقطت صواريخ كاتيوشا على معسكر فيكتوري الذي يستضيف قوات أمريكية. وكان مسؤولون أمريكيون قد أعلنوا، الأربعاء الماضي، أن جنديين قتلا وأصيب 10 آخرون في سقوط صواريخ على معسكر فيكتوري.',
      '2024-03-15',
    ],
    ['"last week" after the report', 'استهدفت طائرة مسيرة قاعدة حرير شمال أربيل. وكانت وزارة الدفاع الأمريكية قد أفادت الأسبوع الماضي بإصابة ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة حرير.', null],
    ['"days ago" after the report', 'سقطت قذائف على قاعدة عين الأسد غربي العراق. وكان مصدر أمني قد ذكر قبل أيام أن صاروخين سقطا على قاعدة عين الأسد وأصابا جنديا أمريكيا.', null],
    ['a feminine subject and "المنصرم"', 'هاجمت مسيرة حقل كونيكو في ريف دير الزور. وكانت القيادة المركزية قد أكدت، الثلاثاء المنصرم، مقتل متعاقد أمريكي في هجوم على حقل كونيكو.', '2024-03-15'],
    [
      'an agency that reported last Friday, feminine past word',
      'سقط صاروخ على قاعدة فيكتوريا قرب مطار بغداد. وكانت وكالة رويترز قد نقلت، الجمعة الماضية، عن مسؤول أمريكي إصابة جندي في هجوم صاروخي على قاعدة فيكتوريا.',
      null,
    ],
    ['"a week ago" right after the verb', 'استهدفت مسيرة قاعدة الشدادي في ريف الحسكة. وكان التحالف قد أكد قبل أسبوع إصابة جندي في هجوم بالصواريخ على قاعدة الشدادي.', '2024-03-15'],
  ])('%s', (_label, text, pub) => {
    expect(brief(text, pub).length).toBe(2);
  });

  it.each([
    ['a report made yesterday about the same attack', 'سقطت صواريخ على قاعدة عين الأسد فجر أمس. وكان مصدر أمني قد أعلن أمس أن الهجوم لم يسفر عن إصابات.'],
    ['a report with no time of its own', 'استهدفت مسيرة قاعدة التنف اليوم. وكان مسؤول أمريكي قد أكد أن الهجوم لم يوقع إصابات.'],
    [
      'the news itself dated that past day',
      'أصيب جنديان أمريكيان في هجوم بمسيرة على قاعدة حرير الأربعاء الماضي. وكانت وزارة الدفاع قد أعلنت، الأربعاء الماضي، أن الهجوم على قاعدة حرير أسفر عن إصابة جنديين.',
    ],
  ])('but not: %s', (_label, text) => {
    expect(brief(text).length).toBe(1);
  });
});

describe('a commemorated act with a calendar day of its own is an incident', () => {
  it.each([
    [
      'an anniversary of a drone strike near an airport',
      'يحيي العراقيون اليوم الذكرى السنوية الثانية لمقتل قادة الفصائل الذين قتلوا بغارة لطائرة مسيرة أمريكية قرب مطار بغداد الدولي فجر 3 كانون الثاني 2020.',
      'Baghdad airport',
      '2020-01-03',
    ],
    ['"في ذكرى" with an Egyptian month', 'في ذكرى الغارة الأمريكية التي استهدفت مقرات كتائب حزب الله في القائم يوم 29 ديسمبر 2019، نظم أنصار الكتائب وقفة احتجاجية.', 'al-Qaim', '2019-12-29'],
    ['a commemoration told with a numeric date', 'أحيا الحشد الشعبي ذكرى عناصره الذين قتلوا بقصف أمريكي على جرف الصخر بتاريخ 13/3/2020.', 'Jurf al-Sakhar', '2020-03-13'],
    ['"إحياء" with a weekday and a full date', 'جرى في مهرجان خطابي إحياء ذكرى ضحايا الضربة الجوية الأمريكية التي استهدفت البوكمال مساء الأحد 27 حزيران 2021.', 'Albukamal', '2021-06-27'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place, date }]);
  });

  it.each([
    ['a commemoration with no day of the act', 'يحيي العراقيون اليوم ذكرى القادة الذين قتلوا بغارة أمريكية قرب مطار بغداد الدولي.'],
    ['a commemoration dated only by the ceremony', 'أحيا أنصار الفصائل أمس ذكرى ضحايا القصف الأمريكي على القائم.'],
    ['a commemoration with a month only', 'في ذكرى الغارات الأمريكية على جرف الصخر في آذار 2020، أقيمت مراسم تأبين.'],
  ])('but not %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('an earlier figure of the act just told ("وكان المرصد قد وثق في حصيلة سابقة مقتل 18") is no earlier act', () => {
  const lead = 'قتل 12 عنصراً من الفصائل في غارات أمريكية على مواقع قرب البوكمال فجر اليوم.\n';
  it.each([
    ['وكان المرصد السوري قد وثق في حصيلة سابقة مقتل 8 عناصر.'],
    ['وكانت حصيلة أولية قد تحدثت عن مقتل ستة مسلحين.'],
    ['وكان المرصد قد سجل في وقت سابق مقتل ثمانية عناصر.'],
    ['وكانت مصادر محلية قد تحدثت عن سقوط 7 قتلى.'],
    ['وكان ناشطون قد رصدوا مقتل تسعة عناصر بينهم قيادي.'],
    ['وكانت شبكات محلية قد أحصت مقتل عشرة عناصر على الأقل.'],
  ])('%s', (later) => {
    expect(brief(lead + later, '2024-02-03').map((m) => [m.place, m.killed])).toEqual([['Albukamal', 12]]);
  });

  it.each([
    ['after "بعد أن كان"', 'ارتفع إلى 22 عدد القتلى جراء الغارات الأمريكية على مواقع للفصائل في البوكمال فجر الخميس، وذلك بعد أن كان المرصد السوري وثّق في وقت سابق من اليوم مقتل 17 عنصراً.', 22],
    ['dated by the day of the report', 'قتل 12 عنصراً من الفصائل في غارات أمريكية على مواقع قرب البوكمال فجر الخميس.\nوكان المرصد قد وثق اليوم مقتل 7 عناصر.', 12],
    ['a later count the same day', 'قتل 12 عنصراً من الفصائل في غارات أمريكية على مواقع قرب البوكمال فجر الخميس.\nوسجل ناشطون اليوم مقتل 15 عنصراً.', 15],
  ])('%s', (_label, text, killed) => {
    expect(brief(text, '2021-02-26').map((m) => [m.place, m.date, m.killed])).toEqual([['Albukamal', '2021-02-25', killed]]);
  });

  it('an earlier act recalled with its own month stays another incident', () => {
    const text = lead + 'وكان المرصد قد وثق الشهر الماضي مقتل خمسة عناصر في غارة مماثلة على البوكمال.';
    expect(brief(text, '2024-02-03').map((m) => [m.place, m.date, m.killed])).toEqual([
      ['Albukamal', '2024-02-03', 12],
      ['Albukamal', '2024-01', 5],
    ]);
  });
});

describe('news dated only by its report, and a recollection a day or two before it, tell one act', () => {
  const MON = '2019-12-30';
  it.each([
    [
      'a long reporter before "today", then "last night" in the pluperfect',
      'أعلنت هيئة الحشد الشعبي في العراق، اليوم الإثنين، ارتفاع حصيلة العدوان الأمريكي الذي استهدف مقرات اللواءين 45 و46 في قضاء القائم إلى 25 شهيداً.\nوكانت طائرات حربية أمريكية قد شنت مساء أمس الأحد سلسلة غارات على المقرات.',
    ],
    ['a short reporter', 'أعلن الحشد اليوم ارتفاع حصيلة الغارات الأمريكية على مقراته في القائم إلى 25 قتيلاً.\nوكانت طائرات أمريكية قد قصفت المقرات مساء أمس الأحد.'],
  ])('%s', (_label, text) => {
    expect(brief(text, MON).map((m) => [m.place, m.date, m.killed])).toEqual([['al-Qaim', '2019-12-29', 25]]);
  });

  it('but a recollection a week before stays another act', () => {
    const text = 'أعلن الحشد اليوم ارتفاع حصيلة الغارات الأمريكية على مقراته في القائم إلى 25 قتيلاً.\nوكانت طائرات مجهولة قد قصفت مقراً في القائم يوم الإثنين الماضي.';
    expect(brief(text, MON).map((m) => m.date)).toEqual(['2019-12-30', '2019-12-23']);
  });
});

describe('the headquarters hit ("غارة على مقره في القائم") is no "whose headquarters is in"', () => {
  it.each([
    ['أعلن الحشد الشعبي اليوم مقتل 5 من عناصره في غارة أمريكية على مقره في القائم.', 'al-Qaim'],
    ['قصفت طائرات مجهولة مقرها في البوكمال.', 'Albukamal'],
    ['قتل 3 من عناصر الفصيل في قصف إسرائيلي طال مقرهم في البوكمال.', 'Albukamal'],
  ])('%s', (text, place) => {
    expect(brief(text, '2019-12-30').map((m) => m.place)).toEqual([place]);
  });
});

describe('a span of weeks or months is many times, not one ("تعرضت مقرات … خلال الأسابيع الماضية لانفجارات")', () => {
  it.each([
    ['depots in three places over past weeks', 'وكانت مقرات ومخازن للحشد في آمرلي ومعسكر الصقر قد تعرضت خلال الأسابيع الماضية لانفجارات غامضة.'],
    ['strikes over recent months', 'وقصفت طائرات مجهولة مواقع للفصائل في البوكمال والميادين على مدى الأشهر الماضية.'],
    ['in recent weeks, a base', 'وتعرضت قاعدة حرير في الأسابيع الأخيرة لضربات بالمسيرات.'],
    ['throughout the months', 'واستهدفت الفصائل طوال الأشهر الماضية قاعدة عين الأسد بالصواريخ.'],
    ['within weeks, told first', 'وخلال أسابيع قليلة استهدفت غارات أمريكية مقرات الكتائب في القائم.'],
    ['over the months, a field', 'وهاجمت المسيرات حقل العمر خلال الشهور الماضية مرات متفرقة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['an act ranked among the weeks', 'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم، في الهجوم الأعنف خلال الأشهر الماضية.', 'al-Qaim'],
    ['the first in weeks', 'استهدفت مسيرة قاعدة حرير فجر اليوم، وهو الأول خلال أسابيع.', 'Harir'],
    ['a day in the past weeks', 'استهدفت مسيرة قاعدة التنف فجر اليوم، بعد هدوء ساد خلال الأسابيع الماضية.', 'al-Tanf'],
  ])('but one act is: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });
});

describe('acts told as repeated ("تكرار الضربات") are many', () => {
  it.each([
    ["an analysts' view of repeated strikes", 'ويرى مراقبون في بغداد أن تكرار الضربات على مقرات الحشد يحرج الحكومة.'],
    ['repeated attacks on a base', 'وحذر النائب من تكرار الهجمات على قاعدة عين الأسد بالصواريخ.'],
    ['"the repeated strikes" on a town', 'وأدانت الخارجية الضربات المتكررة على مواقع في البوكمال.'],
    ['repeated shelling as a cause', 'وبتكرار القصف على حقل العمر، عززت القوات الأمريكية دفاعاتها.'],
    ['repeated drone attacks', 'وأثارت الهجمات المتكررة بالمسيرات على قاعدة حرير قلق أربيل.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['shelling repeated today, a verb', 'تكرر القصف على قاعدة التنف فجر اليوم للمرة الثانية.', ['al-Tanf']],
    ['targeting repeated with its day', 'وتكرر استهداف قاعدة عين الأسد بالصواريخ فجر اليوم.', ['Ain al-Asad']],
    ['a strike after repeated attacks', 'قصفت طائرات أمريكية مقرا للحشد في القائم فجر اليوم، بعد تكرار الهجمات على قاعدة التنف.', ['al-Qaim']],
  ])('but one act is: %s', (_label, text, places) => {
    expect(brief(text).map((m) => m.place)).toEqual(places);
  });
});

describe('in an article naming ISIS, "the Organisation" (التنظيم) struck is ISIS', () => {
  it.each([
    ['coalition raids on its dens', 'هاجم عناصر من داعش نقطة للجيش في مطيبيجة ليلة أمس.\nونفذت طائرات التحالف الدولي ضربات جوية على أوكار للتنظيم في المنطقة.'],
    ['US strikes on its cells', 'قتل جنديان بهجوم لتنظيم الدولة في حوض حمرين.\nوقصفت طائرات أمريكية خلايا التنظيم في الوادي فجر اليوم.'],
    ['raids on its hideouts in the desert', 'نفذ مسلحو داعش هجوما على رعاة في بادية الأنبار.\nوشنت طائرات التحالف غارات على مخابئ التنظيم قرب الرطبة.'],
    ['its remnants hit by drones', 'أعلنت قوات الأمن ملاحقة خلايا داعش في جبال مكحول.\nوقصفت مسيرات التحالف فلول التنظيم في المنطقة مساء أمس.'],
    ['its positions after an ambush', 'قتل ثلاثة من الحشد بكمين لداعش شمال ديالى.\nوردت طائرات التحالف بضربات على مواقع للتنظيم قرب الحدود.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['no ISIS named: a militia site struck', 'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم فجر اليوم، وقالت إن التنظيم يقف وراء الهجمات.', 'al-Qaim'],
    ['ISIS named as a threat only, the PMF hit', 'قصفت طائرة مسيرة مجهولة مقرا للحشد الشعبي قرب القائم، حيث يلاحق الحشد فلول داعش.', 'al-Qaim'],
  ])('but %s', (_label, text, place) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual([['strike_on_militias', place]]);
  });
});
