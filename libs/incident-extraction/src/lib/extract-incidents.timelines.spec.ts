import { brief } from '../../test/brief';
import { keyTokens } from './text/tokens';
import { findCasualties, resolveCount } from './casualties/casualties';

// Timelines in the present tense, series counted as operations or told over lists of bases, tolls
// over a period, and denials of who did an act. Sentences written for these tests.

describe('a timeline or headline told in the present tense', () => {
  it.each([
    ['the Guard fires missiles', '- 8 كانون الثاني 2020: الحرس الثوري يطلق صواريخ بالستية على قاعدة عين الأسد.', 'Ain al-Asad', 'missile', '2020-01-08'],
    ['rockets fall on the embassy', '- 20 كانون الأول 2020: تسقط ثمانية صواريخ كاتيوشا داخل مجمع السفارة الأمريكية في بغداد.', 'US embassy Baghdad', 'rocket', '2020-12-20'],
    ['rockets hit and wound', '- 12 كانون الثاني 2020: ثمانية صواريخ على قاعدة بلد الجوية تصيب أربعة من منتسبي القوة الجوية.', 'Balad air base', 'rocket', '2020-01-12'],
    ['two drones fall, dual present', 'مسيرتان تسقطان داخل قاعدة حرير فجر اليوم.', 'Harir', 'drone', '2024-03-15'],
  ])('%s', (_label, text, place, weapon, date) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, weapon, date }]);
  });

  it('wounding told in the present counts its victims', () => {
    expect(brief('- 12 كانون الثاني 2020: ثمانية صواريخ على قاعدة بلد الجوية تصيب أربعة من منتسبي القوة الجوية.')[0]).toMatchObject({ injured: 4 });
  });

  it.each([
    ['a group that calls itself a name', 'قالت جماعة تطلق على نفسها اسم ثأر المهندس إنها ستواصل عملياتها ضد قاعدة عين الأسد.'],
    ['a group that called itself, past', 'وقالت جماعة أطلقت على نفسها اسم أولياء الدم إنها تراقب قاعدة حرير.'],
  ])('no act in %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('series: operations counted, acts in the plural over a list of bases', () => {
  it.each([
    ['more than 170 operations from base to base', 'وقال الأمين العام إن المقاومة نفذت أكثر من 170 عملية ضد قواعد الاحتلال منذ تشرين الأول، من عين الأسد وحرير إلى الشدادي والتنف.'],
    ['more than a hundred operations, in words', 'وأكد المتحدثون أن فصائل المقاومة نفذت منذ تشرين الأول أكثر من مئة عملية ضد قواعد الاحتلال في العراق وسوريا.'],
    ['some sixty strikes', 'وشنت الفصائل نحو 60 ضربة على القواعد الأمريكية في عين الأسد والتنف خلال الشهرين الماضيين.'],
    ['strikes over three bases, no day', 'جاء العدوان بعد فشل قوات الاحتلال في صد ضربات المجاهدين على قواعدها في عين الأسد وحرير والشدادي.'],
    ['dozens of attacks with a clitic', 'وكانت القواعد الأمريكية في دير الزور والحسكة قد تعرضت لعشرات الهجمات بالصواريخ والطائرات المسيرة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['a bomber named with a figure', 'نفذت قاذفات بي-1 ضربات على مواقع للفصائل في القائم فجر اليوم.', 'al-Qaim'],
    ['one wave on three bases with a day', 'هاجمت مسيرات قواعد عين الأسد وحرير والشدادي في هجمات متزامنة فجر اليوم.', 'Ain al-Asad'],
  ])('still an act: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toContain(place);
  });
});

describe("a toll over a period is no act's", () => {
  const counts = (text: string) => {
    const m = findCasualties(keyTokens(text));
    return { killed: resolveCount(m, 'killed')?.value ?? null, injured: resolveCount(m, 'injured')?.value ?? null };
  };
  it.each([
    ['protests since October', 'في ظل احتجاجات واسعة قتل فيها أكثر من 400 شخص منذ مطلع أكتوبر'],
    ['the war since its start', 'وأصيب أكثر من 180 جنديا منذ بداية الحرب'],
    ['since a month', 'ومقتل 30 عنصرا منذ تشرين الأول'],
  ])('%s', (_label, text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });

  it('days ago is one act', () => {
    expect(counts('أدى إلى مقتل 3 جنود أميركيين وإصابة حوالي 40 آخرين منذ أيام')).toEqual({ killed: 3, injured: 40 });
  });
});

describe('who did the act is denied, or accused', () => {
  it.each([
    ['the coalition denies any link', 'قال الحشد إن 22 من مقاتليه قتلوا في غارة جوية قرب بلدة الهري ليل الأحد، في حين نفى التحالف الدولي بقيادة واشنطن أي علاقة له بالهجوم.', 'al-Hari'],
    ['the Pentagon denies taking part', 'قصفت طائرات مجهولة مقرا للحشد قرب القائم فجر اليوم. بدوره، نفى المتحدث باسم البنتاغون مشاركة القوات الأمريكية في الضربة.', 'al-Qaim'],
    ['the militia accuses the United States', 'قال الحشد إن 22 من مقاتليه قتلوا في غارة جوية قرب بلدة الهري ليل الأحد، واتهم الولايات المتحدة بتنفيذها.', 'al-Hari'],
  ])('%s: one strike, no attack', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it('a denial told after the act leaves the act', () => {
    expect(brief('قتل متعاقد أمريكي في هجوم صاروخي على قاعدة كي وان في كركوك مساء الجمعة، وهو ما تنفي الكتائب أي صلة لها به.')).toMatchObject([
      { category: 'attack_on_us_forces', place: 'Kirkuk K1' },
    ]);
  });
});

describe('"لترد …" opens the reply as an act of its own', () => {
  it.each([
    ['warplanes reply at night', 'وكانت طائرة مسيرة قد استهدفت ظهر أمس منشأة في قاعدة للتحالف بريف الحسكة، لترد مقاتلات أمريكية ليلا بقصف مواقع للفصائل في دير الزور.', 'Hasakah', 'Deir ez-Zor'],
    ['aircraft reply near al-Qaim', 'استهدفت مسيرة قاعدة حرير مساء أمس، لترد طائرات أمريكية بقصف مواقع للفصائل قرب القائم.', 'Harir', 'al-Qaim'],
    ['the coalition then strikes', 'سقطت صواريخ على قاعدة الشدادي فجر اليوم، ليقوم التحالف بقصف مصادر النيران قرب الميادين.', 'al-Shaddadi', 'Mayadin'],
  ])('%s', (_label, text, attacked, struck) => {
    const out = brief(text);
    expect(out.find((m) => m.category === 'attack_on_us_forces')).toMatchObject({ place: attacked });
    expect(out.find((m) => m.category === 'strike_on_militias')).toMatchObject({ place: struck });
  });
});

describe('acts told over a span of past days are a series', () => {
  it.each([
    ['claims over the past days', 'وكانت المقاومة الإسلامية في العراق قد أعلنت خلال الأيام الماضية استهداف قواعد الاحتلال في عين الأسد والتنف والشدادي وحرير.'],
    ['in recent days', 'وتبنت فصائل عراقية في الأيام الأخيرة استهداف قاعدة حرير بطائرة مسيرة.'],
    ['over the last few days', 'تعرضت قاعدة التنف خلال الأيام القليلة الماضية لاستهداف بالطائرات المسيرة.'],
    ['throughout the past days', 'طوال الأيام الماضية قصفت المقاومة مواقع الاحتلال في الشدادي.'],
    ['in the past days, rockets', 'أطلقت الفصائل في الأيام الماضية صواريخ على قاعدة حرير.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['ranked among them', 'تعرضت قاعدة عين الأسد لهجوم صاروخي فجر اليوم، وهو الأول خلال الأيام الماضية.'],
    ['a calm before the act', 'سقطت ثلاثة صواريخ على قاعدة فكتوريا قرب مطار بغداد، بعد هدوء ساد خلال الأيام الماضية.'],
  ])('but one act %s', (_label, text) => {
    expect(brief(text)).toHaveLength(1);
  });
});

describe('whenever ("كل هجوم"، "كلما") is a habit, not an act', () => {
  it.each([
    ['every attack answered', 'وفي كل هجوم على قاعدة التنف كانت الولايات المتحدة ترد بضربات جوية.'],
    ['each time', 'وكانت الطائرات الأمريكية تقصف مواقع الفصائل في البوكمال كلما تعرضت قاعدة التنف لهجوم.'],
    ['every strike', 'وفي كل ضربة على مواقع الحشد في القائم كانت الفصائل تتوعد بالرد.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('what goes on ("تتواصل التحقيقات") is not a series of acts unless it is acts', () => {
  it.each([
    ['investigations', 'تتواصل التحقيقات في الهجوم بطائرة مسيرة الذي استهدف قاعدة حرير مساء الأحد.', 'Harir'],
    ['questions', 'تتزايد الأسئلة حول الهجوم الصاروخي الذي استهدف قاعدة عين الأسد فجر الاثنين.', 'Ain al-Asad'],
    ['preparations for a funeral', 'تتواصل الاستعدادات لتشييع ضحايا الغارة الأمريكية على مقر للكتائب في جرف الصخر فجر الأحد.', 'Jurf al-Sakhar'],
    ['Iraqi investigations', 'تتواصل التحقيقات العراقية في الهجوم الصاروخي الذي استهدف مطار بغداد الدولي فجر الأربعاء الماضي.', 'Baghdad airport'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ place }]);
  });

  it('attacks going on are a series', () => {
    expect(brief('تتواصل الهجمات على قاعدة عين الأسد منذ أسابيع.')).toEqual([]);
  });
});

describe('"بينها" naming groups lists who used a site, not acts', () => {
  it.each([
    [
      'militias among the users of a border post',
      'أعلن البنتاغون أن قواته شنت غارات جوية مساء الخميس بتوقيت واشنطن على منشآت تستخدمها فصائل مدعومة من إيران شرقي سوريا. وقال المتحدث إن الضربات "دمرت عدة منشآت في نقطة مراقبة حدودية تستخدمها ميليشيات عدة مدعومة من إيران، بينها كتائب حزب الله"، قرب مدينة البوكمال.',
      'Albukamal',
    ],
    [
      'groups among the users of depots',
      'أعلن البنتاغون أن قواته شنت غارات جوية مساء الخميس على مخازن تستخدمها فصائل مدعومة من إيران شرقي سوريا. وقال المتحدث إن الضربات "أصابت مخازن تستخدمها جماعات عدة مدعومة من إيران، منها النجباء"، قرب مدينة الميادين.',
      'Mayadin',
    ],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });
});

describe('the present of assassination in timelines and headlines ("مسيرة تغتال …")', () => {
  it.each([
    ['a timeline line', '- 4 يناير 2024: مسيرة تغتال القيادي في حركة النجباء في مقر للحشد الشعبي بشارع فلسطين في بغداد.', 'Palestine Street'],
    ['an unidentified drone', '- 12 آب 2023: مسيرة مجهولة تغتال مسؤولا في الحرس الثوري قرب البوكمال.', 'Albukamal'],
    ['a US aircraft in a headline', 'عاجل | طائرة أمريكية تغتال قياديا في كتائب حزب الله بضربة قرب القائم', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });
});

describe('an act told as coming some time after unplaced strikes keeps its own day ("تأتي بعد أقل من أسبوع على الغارات")', () => {
  it.each([
    [
      'less than a week after raids in two countries',
      'مسيرة تستهدف سيارة في منطقة المشتل ببغداد ومقتل قيادي في كتائب حزب الله\nولم يصدر تعليق، إلا أن الضربة تأتي بعد أقل من أسبوع على الغارات الأمريكية في غرب العراق وشرق سوريا.',
    ],
    ['a week after strikes in Syria', 'غارة بطائرة مسيرة على مقر لكتائب حزب الله في جرف الصخر\nوتأتي الغارة بعد أسبوع من الضربات الأمريكية على مواقع الفصائل في سوريا.'],
    ['ten days after strikes', 'قصف أمريكي يستهدف مقرا للنجباء في القائم\nويأتي القصف بعد عشرة أيام على الضربات الأمريكية في العراق وسوريا.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-07')).toMatchObject([{ date: '2024-02-07' }]);
  });
});

describe('an undated article: the scene set the sentence before, and the year of its first full date', () => {
  it('a day and month after a full date take its year; the scene dates the act after it', () => {
    expect(
      brief(
        'لم يكن مساء الأربعاء 11 آذار 2020 عادياً في معسكر التاجي. عشرات صواريخ الكاتيوشا سقطت على المعسكر الذي يؤوي مدربين أميركيين، فقتلت ثلاثة جنود. وبعد أقل من ثلاثين ساعة، فجر الجمعة 13 آذار، أغارت المقاتلات الأميركية على منشآت في جرف الصخر.',
        null,
      ),
    ).toMatchObject([
      { place: 'Taji', date: '2020-03-11', killed: 3 },
      { place: 'Jurf al-Sakhar', date: '2020-03-13' },
    ]);
  });

  it('a night set the sentence before', () => {
    expect(brief('شهدت ليلة 8 حزيران 2021 توترا في مطار بغداد. وسقطت طائرة مسيرة مفخخة داخل المطار قرب قاعدة فكتوريا.', null)).toMatchObject([{ date: '2021-06-08' }]);
  });

  it('a full date told in the act keeps it', () => {
    expect(brief('تعرضت قاعدة التحالف في مطار أربيل، مساء الأربعاء 13 آذار 2024، لهجوم بطائرة مسيرة.')).toMatchObject([{ place: 'Erbil airport', date: '2024-03-13' }]);
  });
});

describe('an undated page whose only year is told with a month: days and months take that year', () => {
  it.each([
    ['a timeline titled with a month and year', 'تسلسل زمني للتصعيد شرق الفرات (آب 2022)\n\nالاثنين 15 آب: طائرات مسيّرة عدة تهاجم محيط قاعدة التنف.', 'al-Tanf', '2022-08-15'],
    ['the month and year in the lead', 'شهدت المنطقة خلال شهر كانون الثاني 2024 تصعيداً واسعاً. وفي 20 كانون الثاني سقطت صواريخ باليستية على قاعدة عين الأسد.', 'Ain al-Asad', '2024-01-20'],
    ['a bullet with its time of day', 'حصاد شهر تشرين الأول/أكتوبر 2023:\n- الخميس 19 تشرين الأول، مساءً: صواريخ تسقط داخل قاعدة عين الأسد.', 'Ain al-Asad', '2023-10-19'],
    ['a Gulf month name', 'أبرز أحداث يونيو 2021\n\n28 يونيو: غارات أمريكية على مقرات للفصائل في القائم.', 'al-Qaim', '2021-06-28'],
    ['a month early in the next year', 'ملف: من كانون الأول 2023 إلى ما بعده. في 4 كانون الثاني قصفت مسيرة أمريكية مقراً لحركة النجباء في شارع فلسطين ببغداد.', 'Palestine Street', '2024-01-04'],
    ['the weekday settles the year', 'كُتب هذا التقرير في أيار 2023. ويستعيد التقرير ما جرى يوم الأربعاء 24 آب، حين أغارت مقاتلات أمريكية على مستودعات في عياش.', 'Ayyash depots', '2022-08-24'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text, null)).toMatchObject([{ place, date }]);
  });

  it.each([
    ['no year anywhere', 'الاثنين 15 آب: طائرات مسيّرة عدة تهاجم محيط قاعدة التنف.'],
    ['a month told relative to a publication it lacks', 'وفي آب الماضي تصاعدت الهجمات. الاثنين 15 آب: طائرات مسيّرة تهاجم محيط قاعدة التنف.'],
  ])('no date with %s', (_label, text) => {
    expect(brief(text, null)).toMatchObject([{ place: 'al-Tanf', date: null }]);
  });
});

describe('attacks counted in words ("أكثر من عشرين هجوماً") are a series', () => {
  it.each([
    ['more than twenty', 'منذ تشرين الأول الماضي، سُجّل أكثر من عشرين هجوماً على قواعد تضم أميركيين، من القائم إلى بلد إلى المنطقة الخضراء.'],
    ['about thirty', 'وتعرضت قاعدة عين الأسد لنحو ثلاثين هجوماً منذ مطلع العام.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('a hedged span of months or years ("بعد أقل من عام على هجوم مماثل") names no month', () => {
  it.each([
    ['less than a year after', 'هاجمت مسيرات قاعدة التنف فجر اليوم. وتأتي الحادثة بعد أقل من عام على هجوم مماثل استهدف القاعدة.'],
    ['about two years after', 'قصفت طائرات أمريكية موقعا قرب البوكمال فجر اليوم، بعد نحو عامين على غارة مماثلة في المنطقة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toHaveLength(1);
  });

  it('a year to the day names the month', () => {
    expect(brief('هاجمت مسيرات قاعدة التنف فجر اليوم. وتأتي الحادثة بعد عام على هجوم مماثل استهدف القاعدة.').map((m) => m.date)).toEqual(['2024-03-15', '2023-03']);
  });
});

describe('bulletins and headlines with no verb ("صاروخان على معسكر بسماية") tell an attack', () => {
  it.each([
    ['a timeline line', '- الاثنين 16 آذار 2020: صاروخان على معسكر بسماية جنوب شرقي بغداد، دون إصابات.', 'Besmaya base'],
    ['a breaking headline', 'عاجل | ثلاثة صواريخ على قاعدة عين الأسد', 'Ain al-Asad'],
    ['shells near the embassy', '- 5 كانون الثاني: قذائف على محيط السفارة الأمريكية في بغداد.', 'US embassy Baghdad'],
    ['two drones', 'مسيرتان على قاعدة حرير فجر اليوم دون خسائر', 'Harir'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });

  it('rockets found on a launch pad are no attack', () => {
    expect(brief('وعثرت القوات الأمنية على صواريخ على منصة إطلاق قرب المطار.')).toEqual([]);
  });
});

describe('an attack told as what a dated reply came right after ("عقب هجوم …") happened that day', () => {
  it.each([
    [
      '"عقب" in the statement',
      'استهدفت مروحيات أمريكية مساء الأربعاء عناصر من الميليشيات في بادية الميادين. وأوضح البيان أن المروحيات دمرت ثلاث عربات استخدمت في إطلاق الصواريخ، عقب هجوم صاروخي استهدف قاعدة كونيكو.',
      'Conoco gas field',
    ],
    ['"في أعقاب"', 'قصفت مروحيات أمريكية مساء الأربعاء مواقع للفصائل قرب الميادين. وجاء القصف في أعقاب هجوم صاروخي استهدف قاعدة القرية الخضراء في حقل العمر.', 'Green Village'],
  ])('%s', (_label, text, place) => {
    expect(brief(text, '2022-08-25').find((m) => m.category === 'attack_on_us_forces')).toMatchObject({ place, date: '2022-08-24' });
  });

  it('"بعد" alone may be days later: no day lent', () => {
    expect(brief('قصفت طائرات أمريكية مواقع للفصائل قرب القائم فجر الخميس، بعد هجوم بطائرة مسيرة على قاعدة عين الأسد.').find((m) => m.category === 'attack_on_us_forces')).toMatchObject({
      date: null,
    });
  });
});

describe('"في الليلة ذاتها" / "في الليلة التالية": the night of the act told before, or the next', () => {
  it.each([
    ['the same night', 'هاجمت طائرة مسيرة قاعدة الشدادي مساء الخميس 23 آذار. وجاء الرد الأمريكي في الليلة ذاتها، حين أغارت مقاتلات على مستودع في البوكمال.', 'Albukamal', '2023-03-23'],
    ['"نفسها"', 'سقطت صواريخ على قاعدة عين الأسد مساء الثلاثاء 9 كانون الثاني. وفي الليلة نفسها قصفت مسيرة مجهولة مقراً للحشد في القائم.', 'al-Qaim', '2024-01-09'],
    ['the next night', 'قصفت مقاتلات أمريكية مقرات للكتائب في القائم مساء الجمعة 2 شباط. وفي الليلة التالية سقطت صواريخ على قاعدة حرير.', 'Harir', '2024-02-03'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text, '2024-02-10').find((m) => m.place === place)).toMatchObject({ date });
  });
});

describe('a part of "the same day" / "the next day" ("في وقت سابق من اليوم ذاته"، "صباح اليوم التالي"): that day of the act told before', () => {
  const lead = 'استهدفت طائرة مسيرة قاعدة الشدادي في الحسكة يوم الثلاثاء 2 كانون الثاني 2024. ';
  it.each([
    ['early the next day', 'وفي وقت مبكر من اليوم التالي، سقطت صواريخ على قاعدة فيكتوريا قرب مطار بغداد.', 'Victory base', '2024-01-03'],
    ['the first hours of the next day', 'وفي الساعات الأولى من اليوم التالي، قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم.', 'al-Qaim', '2024-01-03'],
    ['the next morning, no "في"', 'وصباح اليوم التالي، قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم.', 'al-Qaim', '2024-01-03'],
    ['late in the next night', 'وفي ساعة متأخرة من الليلة التالية، سقطت صواريخ على قاعدة عين الأسد.', 'Ain al-Asad', '2024-01-03'],
    ['the evening before', 'ومساء اليوم السابق، قصفت مسيرة مجهولة مقراً للحشد في القائم.', 'al-Qaim', '2024-01-01'],
    ['the day before', 'وفي اليوم السابق، قصفت مسيرة مجهولة مقراً للحشد في القائم.', 'al-Qaim', '2024-01-01'],
    ['later the same day', 'وفي وقت لاحق من اليوم نفسه، استهدفت مسيرة أخرى قاعدة عين الأسد في الأنبار.', 'Ain al-Asad', '2024-01-02'],
    ['that evening, no "في"', 'ومساء اليوم ذاته، قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم.', 'al-Qaim', '2024-01-02'],
  ])('%s', (_label, next, place, date) => {
    expect(brief(lead + next, '2024-01-05').find((m) => m.place === place)).toMatchObject({ date });
  });

  it.each([
    ['"ذاته"', 'وفي وقت سابق من اليوم ذاته، تعرضت القاعدة لهجوم صاروخي.'],
    ['"نفسه"', 'وفي وقت سابق من اليوم نفسه، استهدفت القاعدة بصواريخ.'],
    ['pluperfect', 'وكانت القاعدة قد تعرضت في وقت سابق من اليوم ذاته لهجوم صاروخي.'],
  ])("an earlier act of that day at the same base is that day's incident there, not another undated one (%s)", (_label, next) => {
    const claim = 'أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن هجوم بطائرة مسيرة، الثلاثاء، على قاعدة الشدادي في الحسكة. ';
    expect(brief(claim + next, '2024-01-03')).toMatchObject([{ place: 'al-Shaddadi', date: '2024-01-02' }]);
  });
});

describe('weapons "on" a US site with no verb ("صواريخ على قاعدة عين الأسد"), as bullets and headlines tell an act, are an attack', () => {
  it.each([
    ["a timeline's bullet, two salvoes", '• 8 كانون الأول/ديسمبر 2023: دفعتان من صواريخ الكاتيوشا فجراً على مجمع السفارة الأمريكية، من دون إصابات.', 'US embassy Baghdad', 'rocket'],
    ['a headline', 'صواريخ على قاعدة عين الأسد فجر اليوم', 'Ain al-Asad', 'rocket'],
    ['a breaking ticker, "باتجاه"', 'عاجل | 3 مسيرات باتجاه قاعدة حرير', 'Harir', 'drone'],
    ['a bullet with its toll', '- 20 تشرين الأول 2023: طائرتان مسيرتان على قاعدة التنف، وإصابات طفيفة.', 'al-Tanf', 'drone'],
    ['mortars on the airport', 'قذائف هاون على محيط مطار بغداد الدولي حيث قاعدة فكتوريا مساء أمس.', 'Baghdad airport', 'mortar'],
  ])('%s', (_label, text, place, weapon) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place, weapon }]);
  });

  it('launch sites kept for firing at the base tell no act', () => {
    expect(brief('وتتخذ الميليشيات من القرى منصات لإطلاق الصواريخ نحو قاعدة التحالف في حقل كونيكو.')).toEqual([]);
  });
});

describe('a day that dates only the statement ("في إيجاز صحفي الخميس") gives way to the day the lead tells the attacks', () => {
  it.each([
    [
      'a briefing on Thursday',
      'قال المتحدث إن قوات أمريكية تعرضت يوم الأربعاء لهجمات بطائرات مسيرة في العراق وسوريا. وأوضح رايدر، في إيجاز صحفي الخميس، أن طائرتين مسيرتين استهدفتا قاعدة التنف.',
      '2023-10-19',
      '2023-10-18',
    ],
    ['a statement today', 'تعرضت قوات التحالف أمس لهجمات صاروخية في سوريا. وأعلنت القيادة في بيان اليوم أن صواريخ سقطت على حقل العمر.', '2023-10-19', '2023-10-18'],
    ['a press conference on Friday', 'تعرضت القواعد الأمريكية يوم الأربعاء لهجمات بمسيرات في العراق. وقال المتحدث في مؤتمر صحفي الجمعة إن مسيرة أصابت قاعدة عين الأسد.', '2023-10-20', '2023-10-18'],
  ])('%s', (_label, text, pub, date) => {
    expect(brief(text, pub).find((m) => m.place)).toMatchObject({ date });
  });

  it("with no other day told, the statement's day stays", () => {
    expect(brief('وأوضح رايدر، في إيجاز صحفي الخميس، أن طائرتين مسيرتين استهدفتا قاعدة التنف.', '2023-10-19')).toMatchObject([{ date: '2023-10-19' }]);
  });
});
