import { extractIncidents } from '../extract-incidents';
import { brief } from '../../../test/brief';

// Articles and sentences written for these specs (not taken from any corpus).
// Publication Friday 15 March 2024 unless given.
const FRI = '2024-03-15';
const dates = (text: string, publishedAt: string | null = FRI) => extractIncidents({ text, publishedAt }).map((m) => [m.place?.name_en ?? null, m.date ? m.date.value : null]);

describe('incident dates', () => {
  describe("a date in a clause about something else is not the act's", () => {
    it.each([
      [
        'a base handed over on a numeric date',
        'سقطت أربع قذائف هاون مساء اليوم على قاعدة عين الأسد، وهي القاعدة التي سلمتها القوات الأمريكية للجيش العراقي بتاريخ 15-2-2021.',
        [['Ain al-Asad', '2024-03-15']],
      ],
      ['a base opened in a month of a year', 'استهدفت مسيرة فجر اليوم قاعدة حرير، التي افتتحها التحالف في 3 آذار 2016.', [['Harir', '2024-03-15']]],
      ['a depot seized years ago', 'قصفت طائرات أمريكية أمس مستودعا للأسلحة في مدينة البوكمال، الذي استولت عليه الفصائل في 20 تشرين الثاني 2017.', [['Albukamal', '2024-03-14']]],
      ['Arabic-Indic digits in the aside', 'سقط صاروخان الليلة الماضية على معسكر فيكتوري، الذي تسلمته القوات العراقية بتاريخ ١٠-١١-٢٠١٩.', [['Victory base', '2024-03-14']]],
      ['an Egyptian month in the aside', 'هاجمت مسيرتان قاعدة الشدادي صباح اليوم، وهي القاعدة التي أنشأتها واشنطن في 12 مايو 2016.', [['al-Shaddadi', '2024-03-15']]],
      ['a Maghrebi month in the aside', 'تعرض حقل العمر مساء أمس لقصف صاروخي، وهو الحقل الذي سيطرت عليه قوات سوريا الديمقراطية في 22 جوان 2017.', [['al-Omar oil field', '2024-03-14']]],
      ['an appositive after "وهي"', 'سقطت ثلاثة صواريخ أمس على قاعدة عين الأسد، وهي أكبر قاعدة زارها الرئيس الأمريكي في 26 كانون الأول 2018.', [['Ain al-Asad', '2024-03-14']]],
      ['an embassy that moved its staff', 'سقطت قذيفتان صباح الثلاثاء قرب السفارة الأمريكية في بغداد، التي خفضت عدد موظفيها في 3 أيار 2020.', [['US embassy Baghdad', '2024-03-12']]],
      [
        'a dated past strike at another place in a relative clause',
        'أعلن الحرس الثوري مقتل أحد مستشاريه بغارة إسرائيلية استهدفت اليوم محيط مطار دمشق الدولي، وهو من رفاق القائد الذي اغتيل بضربة أمريكية في بغداد خلال كانون الثاني العام 2020.',
        [
          ['Damascus airport', '2024-03-15'],
          ['Baghdad', '2020-01'],
        ],
      ],
      [
        '"قبل ساعات" and a year after "العام" in one sentence',
        'أعلن الحرس الثوري مقتل مستشار بغارة إسرائيلية استهدفت قبل ساعات محيط مطار دمشق الدولي، وهو من رفاق القائد الذي اغتيل بضربة أمريكية في بغداد خلال كانون الثاني العام 2020.',
        [
          ['Damascus airport', '2024-03-15'],
          ['Baghdad', '2020-01'],
        ],
      ],
    ])('%s', (_label, text, expected) => {
      expect(dates(text)).toEqual(expected);
    });

    it('keeps the date of an act told in a relative clause', () => {
      expect(dates('أكدت القيادة اليوم أن قاعدة حرير التي تعرضت أمس لهجوم بمسيرة لم تتضرر.')).toEqual([['Harir', '2024-03-14']]);
    });
  });

  describe('an act told as earlier than the one before it keeps its own date or none', () => {
    it.each([
      [
        'a cause clause in a sentence of its own',
        'نفذت مسيرة أمريكية مساء الثلاثاء ضربة على سيارة في جرف الصخر أدت إلى مقتل قياديين في فصيل مسلح.\nوتأتي العملية رداً على هجوم بطائرة مسيرة استهدف قاعدة التنف.',
        '2024-01-31',
        [
          ['Jurf al-Sakhar', '2024-01-30'],
          ['al-Tanf', null],
        ],
      ],
      [
        'a cause after "انتقاماً" in the same sentence',
        'قصفت مقاتلات أمريكية فجر اليوم مخازن أسلحة في مدينة البوكمال، انتقاماً لهجوم بطائرة مسيرة استهدف قاعدة التنف.',
        FRI,
        [
          ['Albukamal', '2024-03-15'],
          ['al-Tanf', null],
        ],
      ],
      [
        'a cause after "على خلفية"',
        'استهدفت طائرات حربية أمريكية مساء أمس مقرات لكتائب حزب الله في القائم، على خلفية قصف صاروخي طال قاعدة عين الأسد.',
        FRI,
        [
          ['al-Qaim', '2024-03-14'],
          ['Ain al-Asad', null],
        ],
      ],
      [
        'an undated recollection "وكانت … قد"',
        'سقطت ثلاثة صواريخ اليوم على قاعدة عين الأسد.\nوكانت قاعدة حرير قد تعرضت لهجوم بطائرة مسيرة أدى إلى إصابة جنديين.',
        FRI,
        [
          ['Ain al-Asad', '2024-03-15'],
          ['Harir', null],
        ],
      ],
      [
        'an undated recollection "وسبق أن"',
        'هاجمت مسيرتان حقل كونيكو مساء الأحد.\nوسبق أن استهدفت الفصائل قاعدة الشدادي بالصواريخ ما أدى إلى إصابة جندي.',
        FRI,
        [
          ['Conoco gas field', '2024-03-10'],
          ['al-Shaddadi', null],
        ],
      ],
      [
        'a sequel some days before',
        'هاجمت مسيرة قاعدة التنف صباح اليوم.\nويأتي ذلك بعد أيام من هجوم صاروخي استهدف حقل كونيكو.',
        FRI,
        [
          ['al-Tanf', '2024-03-15'],
          ['Conoco gas field', null],
        ],
      ],
      [
        'a sequel months before (month only)',
        'سقط صاروخ فجر الخميس داخل محيط مطار أربيل الدولي.\nويأتي ذلك بعد قرابة أربعة أشهر من هجوم مماثل استهدف مطار أربيل وأدى إلى إصابة جندي أجنبي.',
        FRI,
        [
          ['Erbil airport', '2024-03-14'],
          ['Erbil airport', '2023-11'],
        ],
      ],
      [
        'a sequel weeks before',
        'قصفت طائرات أمريكية مواقع في القائم مساء الأحد، بعد ثلاثة أسابيع من هجوم صاروخي على قاعدة عين الأسد.',
        FRI,
        [
          ['al-Qaim', '2024-03-10'],
          ['Ain al-Asad', '2024-02-18'],
        ],
      ],
      [
        'a sequel of about two months',
        'استهدفت مسيرة قاعدة حرير ليل السبت، بعد نحو شهرين من هجوم مماثل على قاعدة عين الأسد.',
        FRI,
        [
          ['Harir', '2024-03-09'],
          ['Ain al-Asad', '2024-01'],
        ],
      ],
      [
        '"وقبل ذلك بيومين"',
        'استهدفت مسيرة قاعدة حرير فجر الأحد، وقبل ذلك بيومين سقطت صواريخ على قاعدة عين الأسد.',
        FRI,
        [
          ['Harir', '2024-03-10'],
          ['Ain al-Asad', '2024-03-08'],
        ],
      ],
      [
        '"قبل ذلك بـ٣ أيام" in Arabic-Indic digits',
        'سقطت قذائف على السفارة الأمريكية في بغداد مساء الأربعاء.\nوقبل ذلك بـ٣ أيام استهدفت مسيرة قاعدة فكتوريا.',
        FRI,
        [
          ['US embassy Baghdad', '2024-03-13'],
          ['Victory base', '2024-03-10'],
        ],
      ],
      [
        '"وفي اليوم التالي"',
        'قصفت طائرات أمريكية مواقع في مدينة البوكمال ليل الثلاثاء.\nوفي اليوم التالي استهدفت صواريخ حقل العمر.',
        FRI,
        [
          ['Albukamal', '2024-03-12'],
          ['al-Omar oil field', '2024-03-13'],
        ],
      ],
    ])('%s', (_label, text, pub, expected) => {
      expect(dates(text, pub)).toEqual(expected);
    });
  });

  describe('an article without a publication day tells its earlier acts apart, and shows no day it cannot know', () => {
    it.each([
      [
        "a recollection on last week's weekday",
        'سقطت صواريخ على قاعدة عين الأسد التي تستضيف قوات أمريكية.\nوكانت قاعدة عين الأسد قد تعرضت الثلاثاء الماضي لقصف صاروخي أصاب جنديين.',
        [
          ['Ain al-Asad', null],
          ['Ain al-Asad', null],
        ],
      ],
      [
        'two weekdays at one base',
        'تعرضت قاعدة حرير لهجوم بمسيرة، الأحد.\nوفي وقت سابق من الخميس، سقطت صواريخ على قاعدة حرير وأصابت ثلاثة جنود.',
        [
          ['Harir', null],
          ['Harir', null],
        ],
      ],
      [
        '"اليوم الجمعة" and "أول أمس الأربعاء"',
        'سقطت قذائف صباح اليوم الجمعة على قاعدة بلد الجوية.\nوكانت قاعدة بلد قد تعرضت أول أمس الأربعاء لهجوم مماثل.',
        [
          ['Balad air base', null],
          ['Balad air base', null],
        ],
      ],
      [
        "last month's attack at the same field",
        'هاجمت مسيرتان حقل العمر.\nوكان حقل العمر قد تعرض الشهر الماضي لهجوم صاروخي أصاب جنديين.',
        [
          ['al-Omar oil field', null],
          ['al-Omar oil field', null],
        ],
      ],
      [
        'a sequel four months on',
        'سقط صاروخ داخل مطار أربيل الدولي فجر اليوم.\nويأتي ذلك بعد قرابة أربعة أشهر من هجوم مماثل استهدف مطار أربيل وأدى إلى إصابة جندي أجنبي.',
        [
          ['Erbil airport', null],
          ['Erbil airport', null],
        ],
      ],
      [
        'a strike with no place, dated by its weekday',
        'شنت القوات الأمريكية ضربات الإثنين ضد تسعة أهداف مرتبطة بمجموعات مدعومة من إيران في سوريا، وقال المرصد إن الضربات أسفرت عن مقتل أربعة عناصر.',
        [[null, null]],
      ],
      [
        "last week's recollection",
        'هاجمت مسيرة قاعدة الشدادي.\nوكانت قاعدة الشدادي قد استهدفت الأسبوع الماضي بصواريخ.',
        [
          ['al-Shaddadi', null],
          ['al-Shaddadi', null],
        ],
      ],
      [
        'three days ago',
        'سقطت قذيفتان قرب السفارة الأمريكية في بغداد.\nوكانت السفارة الأمريكية قد تعرضت قبل ثلاثة أيام لهجوم بالصواريخ.',
        [
          ['US embassy Baghdad', null],
          ['US embassy Baghdad', null],
        ],
      ],
      [
        'three days ago in Arabic-Indic digits',
        'أصابت صواريخ حقل كونيكو.\nوكان حقل كونيكو قد استهدف قبل ٣ أيام بطائرة مسيرة.',
        [
          ['Conoco gas field', null],
          ['Conoco gas field', null],
        ],
      ],
      [
        '"اليوم الأربعاء" and "أمس الثلاثاء"',
        'ضربت مسيرة قاعدة التنف اليوم الأربعاء.\nوكانت قاعدة التنف قد تعرضت أمس الثلاثاء لهجوم مماثل.',
        [
          ['al-Tanf', null],
          ['al-Tanf', null],
        ],
      ],
      ['one day told twice stays one incident', 'استهدفت مسيرة قاعدة التنف اليوم الأحد.\nوأكد مسؤول أن الهجوم على قاعدة التنف وقع صباح الأحد ولم يسفر عن إصابات.', [['al-Tanf', null]]],
      [
        'a day and month with no year is not set against "yesterday"',
        'أعلنت القيادة المركزية أنها استهدفت خمسة مسلحين أمس الأحد قرب مدينة كركوك.\nوقالت القيادة إنه في 3 كانون الأول قرب مدينة كركوك اشتبكت قواتها مع خمسة مسلحين وقتلتهم بضربة جوية.',
        [['Kirkuk', null]],
      ],
      ['a weekday is not set against "today" of an unknown weekday', 'سقطت صواريخ اليوم على قاعدة عين الأسد.\nوذكر مصدر أن القصف على قاعدة عين الأسد وقع مساء الثلاثاء.', [['Ain al-Asad', null]]],
      [
        'a day told in full and "أمس" are not set against each other',
        'أعلنت القيادة المركزية الأمريكية أنها نفذت في 3 كانون الأول 2023 ضربة جوية قرب مدينة كركوك.\nوقالت مصادر أمنية إن الضربة الأمريكية قرب مدينة كركوك أوقعت خمسة قتلى أمس.',
        [['Kirkuk', '2023-12-03']],
      ],
      ['a date told in full is shown', 'قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم في 29 كانون الأول 2019.', [['al-Qaim', '2019-12-29']]],
    ])('%s', (_label, text, expected) => {
      expect(dates(text, null)).toEqual(expected);
    });
  });

  describe('a relative day inside a quotation is reckoned from the day it was said', () => {
    it.each([
      [
        '"اليوم" quoted from a statement made yesterday',
        'أعلن متحدث باسم البنتاغون، أمس الاثنين، إصابة جنديين في هجوم صاروخي على قاعدة عين الأسد.\nوقال المتحدث: "يعتقد أن هجوما صاروخيا وقع اليوم ضد القوات الأمريكية في قاعدة عين الأسد".',
        '2024-03-12',
        [['Ain al-Asad', '2024-03-11']],
      ],
      ['a statement dated in the same sentence, «» quotes', 'وقالت القيادة المركزية في بيان أمس: «قصفت طائرات أمريكية اليوم مستودعا للأسلحة في مدينة البوكمال»', FRI, [['Albukamal', '2024-03-14']]],
      ['“” quotes after "أن"', 'ذكرت الفصائل في بيان أمس الخميس أن “مجاهدينا استهدفوا اليوم قاعدة حرير بطائرة مسيرة”', FRI, [['Harir', '2024-03-14']]],
      ['"أمس" quoted from a statement made yesterday', 'أعلن الجيش الأمريكي أمس في بيان: «تعرضت قاعدة التنف أمس لهجوم بمسيرتين»', FRI, [['al-Tanf', '2024-03-13']]],
      ['a statement dated by its weekday', 'قال البنتاغون الأربعاء: «سقطت صواريخ اليوم على قاعدة عين الأسد»', FRI, [['Ain al-Asad', '2024-03-13']]],
      ['a quote running over two sentences', 'أعلن متحدث عسكري، أمس، أن صواريخ سقطت على قاعدة حرير.\nوقال: «سقطت الصواريخ على قاعدة حرير اليوم. ولم تقع إصابات».', FRI, [['Harir', '2024-03-14']]],
      [
        'straight quotes, the statement in the sentence before',
        'صرح مسؤول أمريكي السبت بأن قاعدة التنف تعرضت لهجوم.\nوأضاف المسؤول: "الهجوم على قاعدة التنف وقع مساء اليوم بطائرتين مسيرتين".',
        FRI,
        [['al-Tanf', '2024-03-09']],
      ],
      ['"قبل يومين" quoted', 'قالت القيادة أمس: «قصفت مقاتلات أمريكية مخزنا للأسلحة في مدينة الميادين قبل يومين»', FRI, [['Mayadin', '2024-03-12']]],
      [
        'without a publication day, one incident',
        'أعلنت وزارة الدفاع، أمس الأحد، أن مسيرة استهدفت قاعدة الشدادي.\nوقال المتحدث باسم الوزارة: “ضربت المسيرة قاعدة الشدادي اليوم دون أن توقع إصابات”.',
        null,
        [['al-Shaddadi', null]],
      ],
      ['a statement "صادر أمس"', 'أفاد بيان صادر أمس عن التحالف بأن «قذائف سقطت صباح اليوم على قاعدة حرير»', FRI, [['Harir', '2024-03-14']]],
      ['a quote with no statement date keeps publication', 'وقال المتحدث: «سقطت ثلاثة صواريخ اليوم على قاعدة عين الأسد»', FRI, [['Ain al-Asad', '2024-03-15']]],
    ])('%s', (_label, text, pub, expected) => {
      expect(dates(text, pub)).toEqual(expected);
    });
  });

  describe('an undated incident takes the day the next sentence tells of the same act', () => {
    const WED = '2024-03-13';
    it.each([
      [
        'rounds inside the Green Zone, the embassy in the headline',
        'سقوط قذيفتين بمحيط السفارة الأمريكية في بغداد\nوسقطت قذيفتان أمس الثلاثاء داخل المنطقة الخضراء وسط بغداد من دون أن تسفرا عن ضحايا.',
        WED,
        [['US embassy Baghdad', '2024-03-12']],
      ],
      ['explosions heard near the field', 'هجوم بطائرة مسيرة على حقل كونيكو\nودوت انفجارات قوية فجر أمس في محيط الحقل، بحسب مصادر محلية.', WED, [['Conoco gas field', '2024-03-12']]],
      ['a weekday in the next sentence', 'استهداف قاعدة حرير بطائرتين مسيرتين\nوأفادت مصادر كردية بأن دوي انفجارين سمع مساء الاثنين في أرجاء المنطقة.', WED, [['Harir', '2024-03-11']]],
      ['a statement dated yesterday', 'هجوم صاروخي على قاعدة عين الأسد غرب العراق\nوأوضح التحالف في بيان أمس أن ثلاثة صواريخ سقطت دون أن تسفر عن أضرار.', WED, [['Ain al-Asad', '2024-03-12']]],
      ['two days ago, Arabic-Indic digits', 'قصف يستهدف محيط مطار أربيل الدولي\nوسقطت ٣ صواريخ قبل يومين قرب المطار، وفق مصادر أمنية.', WED, [['Erbil airport', '2024-03-11']]],
      ['last night', 'سقوط صواريخ على معسكر فيكتوري شمال بغداد\nوانفجرت الصواريخ الليلة الماضية قرب مهبط الطائرات دون إصابات.', WED, [['Victory base', '2024-03-12']]],
      ["a Maghrebi outlet's headline and lead", 'استهداف قاعدة التنف الأمريكية بطائرة مسيرة\nوأسقطت الدفاعات الجوية طائرة مسيرة ثانية ليلة أمس قبل وصولها.', WED, [['al-Tanf', '2024-03-12']]],
      ['the day before yesterday', 'هجوم على حقل العمر شرق سوريا\nوسمعت أصوات انفجارات أول أمس في المنطقة دون معلومات عن إصابات.', WED, [['al-Omar oil field', '2024-03-11']]],
      ['"this evening" of a Gulf outlet', 'قصف قاعدة الشدادي بالصواريخ\nودوت انفجارات هذا المساء داخل القاعدة بحسب ناشطين.', WED, [['al-Shaddadi', '2024-03-13']]],
      ['blasts heard yesterday morning', 'استهداف قاعدة عين الأسد\nوأفاد شهود بسماع دوي انفجارات صباح أمس من جهة القاعدة.', WED, [['Ain al-Asad', '2024-03-12']]],
      ['sirens on a weekday evening', 'هجوم على السفارة الأمريكية في بغداد\nوانطلقت صفارات الإنذار مساء الاثنين في المنطقة الخضراء.', WED, [['US embassy Baghdad', '2024-03-11']]],
      ['blasts at dawn on a weekday', 'قصف حقل كونيكو\nوهزت انفجارات عنيفة أرجاء الحقل فجر الثلاثاء.', WED, [['Conoco gas field', '2024-03-12']]],
      ['a weekday night', 'استهداف قاعدة رميلان بقذائف صاروخية\nوسقطت القذائف ليل الأحد داخل حرم القاعدة.', WED, [['Rmelan', '2024-03-10']]],
    ])('%s', (_label, text, pub, expected) => {
      expect(dates(text, pub)).toEqual(expected);
    });

    it('not from a sentence about another place, nor a month of background', () => {
      expect(dates('قصف على قاعدة حرير\nوقال مصدر إن قذائف سقطت في محيط مدينة كركوك أمس.', WED)).toEqual([['Harir', WED]]);
      expect(dates('هجوم بمسيرة على قاعدة الشدادي\nوكان الجيش الأمريكي قد دفع بتعزيزات إلى القاعدة أمس.', WED)).toEqual([['al-Shaddadi', WED]]);
    });
  });

  describe('an earlier act at the same place, dated, is not the undated news of the day', () => {
    it.each([
      [
        '"قبل أسبوع، ففي 3 آذار"',
        'هاجمت طائرتان مسيرتان قاعدة التنف الأمريكية، وأسقطت الدفاعات الجوية إحداهما.\nوكان هجوم مماثل قد وقع قبل أسبوع، ففي 3 آذار الجاري استهدفت مسيرة القاعدة الأمريكية في التنف.',
        '2024-03-09',
        [
          ['al-Tanf', '2024-03-09'],
          ['al-Tanf', '2024-03-03'],
        ],
      ],
      [
        '"وقبل أيام، في 5 آذار"',
        'سقطت صواريخ على قاعدة عين الأسد.\nوقبل أيام، في 5 آذار، تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة.',
        FRI,
        [
          ['Ain al-Asad', FRI],
          ['Ain al-Asad', '2024-03-05'],
        ],
      ],
      [
        'an Egyptian month after "وقبل أسبوعين"',
        'أصابت قذائف معسكر فيكتوري شمال بغداد.\nوقبل أسبوعين، وتحديدا في 1 مارس، سقطت صواريخ على معسكر فيكتوري.',
        FRI,
        [
          ['Victory base', FRI],
          ['Victory base', '2024-03-01'],
        ],
      ],
      [
        'a Maghrebi month after "وقبل ذلك"',
        'هاجمت مسيرة قاعدة حرير.\nوقبل ذلك، في 2 أفريل، استهدفت مسيرة أخرى قاعدة حرير.',
        '2024-04-10',
        [
          ['Harir', '2024-04-10'],
          ['Harir', '2024-04-02'],
        ],
      ],
      [
        'Arabic-Indic digits after "وقبل أسبوع"',
        'سقطت صواريخ على مطار أربيل الدولي.\nوقبل أسبوع، في ٣ آذار، استهدفت مسيرة مطار أربيل الدولي.',
        FRI,
        [
          ['Erbil airport', FRI],
          ['Erbil airport', '2024-03-03'],
        ],
      ],
      [
        'a sequel some days after a dated attack',
        'استهدفت مسيرة حقل كونيكو.\nوجاء ذلك بعد أيام من هجوم صاروخي استهدف حقل كونيكو في 11 آذار.',
        FRI,
        [
          ['Conoco gas field', FRI],
          ['Conoco gas field', '2024-03-11'],
        ],
      ],
      [
        'a weekday after "قبل ذلك"',
        'سقطت قذائف على قاعدة بلد الجوية.\nوقبل ذلك، مساء الثلاثاء، استهدفت صواريخ قاعدة بلد الجوية.',
        FRI,
        [
          ['Balad air base', FRI],
          ['Balad air base', '2024-03-12'],
        ],
      ],
      [
        '"قبلها بأيام" with a date',
        'هاجمت مسيرتان حقل العمر.\nوقبلها بأيام، في 9 آذار، سقطت قذائف على حقل العمر.',
        FRI,
        [
          ['al-Omar oil field', FRI],
          ['al-Omar oil field', '2024-03-09'],
        ],
      ],
      [
        'a sequel three days on, reckoned from the undated news',
        'سقطت صواريخ على قاعدة الشدادي.\nويأتي ذلك بعد ثلاثة أيام من استهداف قاعدة الشدادي بطائرة مسيرة.',
        FRI,
        [
          ['al-Shaddadi', FRI],
          ['al-Shaddadi', '2024-03-12'],
        ],
      ],
      [
        'without a publication day',
        'هاجمت مسيرة قاعدة الشدادي.\nوقبل أسبوع، في 3 آذار 2024، استهدفت مسيرة قاعدة الشدادي.',
        null,
        [
          ['al-Shaddadi', null],
          ['al-Shaddadi', '2024-03-03'],
        ],
      ],
    ])('%s', (_label, text, pub, expected) => {
      expect(dates(text, pub)).toEqual(expected);
    });

    it('one act told twice, the second time "hours ago", stays one', () => {
      expect(dates('هاجمت مسيرة قاعدة التنف اليوم.\nوقال مسؤول إن المسيرة ضربت قاعدة التنف قبل ساعات.')).toEqual([['al-Tanf', FRI]]);
    });
  });

  describe('keeps what it should', () => {
    it.each([
      ['the act\'s day after a comma beats a reported "today"', 'أعلنت الفصائل اليوم أنها استهدفت قاعدة حرير، مساء أمس.', FRI, [['Harir', '2024-03-14']]],
      ['a recollection in the next sentence lends no day', 'هجوم على قاعدة عين الأسد\nوكانت قاعدة عراقية في الأنبار قد تعرضت أمس لهجوم بقذائف.', FRI, [['Ain al-Asad', FRI]]],
      ['a new speaker\'s "today" is not the earlier statement\'s', 'أعلن الجيش أمس أن صواريخ سقطت قرب القاعدة.\nوقال مصدر محلي: «سقطت قذائف اليوم على قاعدة عين الأسد».', FRI, [['Ain al-Asad', FRI]]],
      [
        '"قبل أن" tells a later step, not an earlier act',
        'استهدفت مسيرة قاعدة التنف فجر اليوم، قبل أن تسقط صواريخ على حقل العمر.',
        FRI,
        [
          ['al-Tanf', FRI],
          ['al-Omar oil field', FRI],
        ],
      ],
      ['"بعد أن" in one story is no cause', 'أسقطت الدفاعات الأمريكية مسيرة فوق قاعدة حرير مساء أمس، بعد أن حلقت المسيرة فوق قاعدة عين الأسد.', FRI, [['Harir', '2024-03-14']]],
    ])('%s', (_label, text, pub, expected) => {
      expect(dates(text, pub)).toEqual(expected);
    });
  });

  describe('a claim is dated by when it was made: the act it claims came that day or before', () => {
    // Publication Monday 18 March 2024.
    const MON = '2024-03-18';
    it.each([
      [
        'claimant in quotes, the claim made Monday, the statement dates the act Sunday',
        'تبنت فصائل "المقاومة الإسلامية في العراق"، يوم الاثنين، الهجوم بطائرة مسيرة على قاعدة حرير. وقالت الفصائل في بيان إن "مجاهدينا استهدفوا، يوم 17 آذار 2024، قاعدة حرير بالطيران المسير".',
        [['Harir', '2024-03-17']],
      ],
      [
        'a long claimant without quotes, the act dated in the next sentence',
        'تبنت فصائل المقاومة الإسلامية في العراق اليوم الاثنين استهداف قاعدة عين الأسد بالصواريخ. وأوضح البيان أن الهجوم نفذ مساء 16 آذار 2024 بثلاثة صواريخ.',
        [['Ain al-Asad', '2024-03-16']],
      ],
      [
        'guillemets around the claimant',
        'تبنت «المقاومة الإسلامية في العراق»، أمس الأحد، هجوما بمسيرتين على قاعدة الشدادي. وجاء في بيانها: «استهدف مجاهدونا في 16-3-2024 قاعدة الاحتلال في الشدادي».',
        [['al-Shaddadi', '2024-03-16']],
      ],
      [
        'present tense, the act on an Egyptian month in the statement',
        'تتبنى المقاومة الإسلامية في العراق، اليوم الاثنين، استهداف قاعدة حرير بطائرتين مسيرتين. وأكدت في بيانها أن مجاهديها استهدفوا القاعدة فجر 17 مارس 2024.',
        [['Harir', '2024-03-17']],
      ],
      [
        'a numeric date in the statement, the claim made yesterday',
        'تبنت فصائل عراقية مسلحة، أمس الأحد، قصف حقل كونيكو بالصواريخ. وقالت الفصائل إن "القصف جرى بتاريخ 16/3/2024 بعدة صواريخ".',
        [['Conoco gas field', '2024-03-16']],
      ],
      [
        'the claim made on a weekday, the act dated by a weekday told with its date',
        'تبنت "كتائب حزب الله"، الاثنين، هجوما بمسيرة على قاعدة الشدادي. وقالت الكتائب إن الهجوم وقع يوم الأحد 17 آذار 2024.',
        [['al-Shaddadi', '2024-03-17']],
      ],
      ['the claim the same day as the act', 'تبنت كتائب حزب الله، يوم الأحد، قصف قاعدة التنف بالطائرات المسيرة. وقالت في بيان إن "القصف نفذ في 17 آذار 2024".', [['al-Tanf', '2024-03-17']]],
    ])('%s', (_label, text, expected) => {
      expect(dates(text, MON)).toEqual(expected);
    });

    it.each([
      [
        'a claim made a week after the act it names: two reports, not one act',
        'تبنت فصائل المقاومة الإسلامية في العراق، يوم الاثنين، الهجوم بطائرة مسيرة على قاعدة حرير. وقالت الفصائل إن "مجاهدينا استهدفوا، يوم 10 آذار 2024، قاعدة حرير بالطيران المسير".',
        2,
      ],
      [
        "a security source telling yesterday Thursday's attack on the same base is not Wednesday's claimed attack",
        'هاجمت المقاومة الإسلامية، اليوم الجمعة 15-3-2024، قاعدة عين الأسد بالطيران المسير. وصرح مصدر أمني، يوم أمس الخميس، باستهداف القاعدة ذاتها بطائرة مسيرة مفخخة. وأعلنت الفصائل، يوم الأربعاء الماضي، أن مجاهديها هاجموا اليوم الأربعاء قاعدة عين الأسد بالصواريخ.',
        3,
      ],
    ])('%s', (_label, text, count) => {
      expect(extractIncidents({ text, publishedAt: MON }).length).toBe(count);
    });
  });

  describe('"بعد <span> من <act>" after an act tells how long after the act before it this one came', () => {
    it.each([
      [
        'a retaliation five days after an assassination dated in full',
        'قتل قائد فيلق القدس بغارة لطائرة مسيرة أمريكية قرب مطار بغداد الدولي فجر 3 كانون الثاني 2020. وكان الحرس الثوري قد رد بقصف قاعدة عين الأسد بالصواريخ، بعد خمسة أيام من الاغتيال.',
        [
          ['Baghdad airport', '2020-01-03'],
          ['Ain al-Asad', '2020-01-08'],
        ],
      ],
      [
        'two days after a strike',
        'شنت طائرات أمريكية غارات على مقرات الفصائل في القائم يوم 2 شباط 2024. واستهدفت الفصائل قاعدة التنف بطائرة مسيرة، بعد يومين من الضربات.',
        [
          ['al-Qaim', '2024-02-02'],
          ['al-Tanf', '2024-02-04'],
        ],
      ],
      [
        'a week after an attack',
        'قتل ثلاثة جنود أمريكيين في هجوم بمسيرة على البرج 22 يوم 28 كانون الثاني 2024. وردت الولايات المتحدة بغارات على مواقع الفصائل في البوكمال، بعد أسبوع من الهجوم.',
        [
          ['Tower 22', '2024-01-28'],
          ['Albukamal', '2024-02-04'],
        ],
      ],
    ])('%s', (_label, text, expected) => {
      expect(dates(text)).toEqual(expected);
    });

    it('but not after an announcement', () => {
      expect(dates('تعرضت القاعدة الأمريكية في حقل العمر لاستهداف بالصواريخ، بعد يوم من إعلان البنتاغون تعرض قواته لهجمات.')).toEqual([['al-Omar oil field', '2024-03-15']]);
    });
  });
});

describe('"(وذلك) بعد يومين من هجوم" after news that is no act: the act came that long before the news', () => {
  it.each([
    [
      'after a suspension announced today',
      'أعلنت كتائب حزب الله، اليوم الجمعة، تعليق عملياتها ضد القوات الأمريكية، بعد يومين من هجوم أودى بحياة ثلاثة جنود أمريكيين في الأردن.',
      [['Tower 22', '2024-03-13']],
    ],
    ['"وذلك بعد" with the news dated in full', 'أعلنت الفصائل، يوم الخميس 14 آذار 2024، وقف هجماتها، وذلك بعد ثلاثة أيام من الهجوم بطائرة مسيرة على قاعدة التنف.', [['al-Tanf', '2024-03-11']]],
    ['"جاء ذلك بعد" in the next sentence', 'أعلن البنتاغون اليوم إرسال تعزيزات إلى المنطقة. جاء ذلك بعد يومين من قصف صاروخي استهدف قاعدة عين الأسد.', [['Ain al-Asad', '2024-03-13']]],
    ['a threat of response', 'قالت واشنطن اليوم إنها سترد في الوقت المناسب، بعد يوم من هجوم بطائرة مسيرة على قاعدة حرير.', [['Harir', '2024-03-14']]],
    [
      'a week after, told with a weekday',
      'زار وزير الدفاع العراقي، الثلاثاء، قاعدة عسكرية في بغداد، وذلك بعد أسبوع من غارة أمريكية على مقر لكتائب حزب الله في جرف الصخر.',
      [['Jurf al-Sakhar', '2024-03-05']],
    ],
    ['"يأتي ذلك بعد" and a strike', 'طالبت الحكومة العراقية اليوم بانسحاب التحالف. يأتي ذلك بعد يومين من ضربة أمريكية بطائرة مسيرة في بغداد قتلت قياديا في النجباء.', [['Baghdad', '2024-03-13']]],
    [
      'hours after, the same day',
      'أعلنت السفارة الأمريكية اليوم تعليق خدماتها القنصلية، بعد ساعات من هجوم صاروخي على مركز الدعم الدبلوماسي قرب مطار بغداد.',
      [['Baghdad Diplomatic Support Center', '2024-03-15']],
    ],
    ['"about two weeks" after strikes', 'عقد البرلمان العراقي اليوم جلسة طارئة، بعد نحو أسبوعين من غارات أمريكية على مقرات الحشد في جرف الصخر.', [['Jurf al-Sakhar', '2024-03-01']]],
    ['four days after, with "الهجمات"', 'استدعت بغداد السفير الأمريكي أمس، بعد أربعة أيام من الغارات الأمريكية على مواقع الفصائل في القائم.', [['al-Qaim', '2024-03-10']]],
    ['after a funeral held today', 'شيع الآلاف اليوم في بغداد جثامين قتلى الحشد، بعد ثلاثة أيام من غارات أمريكية على مقرات الفصائل في القائم.', [['al-Qaim', '2024-03-12']]],
  ])('%s', (_label, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['from an accusation, not an act', 'التقى قاآني بقادة الفصائل في بغداد يوم 13 آذار، بعد أقل من 48 ساعة من اتهام واشنطن لها بالوقوف وراء مقتل ثلاثة جنود في البرج 22.'],
    ['from a statement', 'أعلنت الفصائل اليوم تعليق عملياتها، بعد يومين من بيان للبنتاغون عن هجوم على قاعدة التنف.'],
  ])('but not when the span counts from something else: %s', (_label, text) => {
    expect(dates(text).every(([, d]) => d !== '2024-03-13' && d !== '2024-03-11')).toBe(true);
  });
});

describe('the ordinal of a Levantine month name ("كانون الأول"، "تشرين الثاني") is part of the date, no comparison', () => {
  it.each([
    ['وكانت غارة إسرائيلية في 25 كانون الأول/ديسمبر الماضي قد أدت إلى مقتل المستشار البارز في الحرس الثوري رضي موسوي في منطقة السيدة زينب جنوب دمشق.', [['Sayyida Zeinab', '2023-12-25']]],
    ['وكانت مسيرة قد استهدفت في 12 تشرين الثاني الماضي قاعدة حرير دون إصابات.', [['Harir', '2023-11-12']]],
    ['وفي 3 كانون الثاني 2020 قتلت غارة أمريكية قرب مطار بغداد قائد فيلق القدس قاسم سليماني.', [['Baghdad airport', '2020-01-03']]],
    ['في 18 تشرين الأول 2023 سقطت صواريخ على قاعدة عين الأسد.', [['Ain al-Asad', '2023-10-18']]],
    ['وكانت قاعدة التنف قد تعرضت في 20 تشرين الأول الماضي لهجوم بطائرتين مسيرتين.', [['al-Tanf', '2023-10-20']]],
    ['وفي 8 كانون الثاني الماضي سقط صاروخان على قاعدة عين الأسد.', [['Ain al-Asad', '2024-01-08']]],
    ['في 17 تشرين الأول قصفت طائرات أمريكية مواقع للحرس الثوري في البوكمال.', [['Albukamal', '2023-10-17']]],
    ['في 27 تشرين الأول 2023 شنت الولايات المتحدة ضربات على منشأتين للحرس الثوري في البوكمال.', [['Albukamal', '2023-10-27']]],
    ['وفي 2 كانون الأول استهدفت مسيرة قاعدة الشدادي.', [['al-Shaddadi', '2023-12-02']]],
    ['وفي 4 كانون الثاني قتل قيادي في النجباء بضربة أمريكية بطائرة مسيرة في بغداد.', [['Baghdad', '2024-01-04']]],
    ['في 21 تشرين الثاني سقط صاروخ باليستي على قاعدة عين الأسد.', [['Ain al-Asad', '2023-11-21']]],
    ['وفي 28 كانون الثاني قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22.', [['Tower 22', '2024-01-28']]],
    ['في 8 تشرين الثاني قصفت مقاتلات أمريكية منشأة للحرس الثوري قرب الميادين.', [['Mayadin', '2023-11-08']]],
    ['في 26 كانون الأول 2023 نفذت القوات الأمريكية ضربات على ثلاث منشآت لكتائب حزب الله في الحلة.', [['Babil', '2023-12-26']]],
    ['وفي 12 تشرين الأول 2023 أغارت طائرات إسرائيلية على مطار حلب.', [['Aleppo airport', '2023-10-12']]],
    ['في 30 تشرين الأول هاجمت مسيرة قاعدة خراب الجير.', [['Kharab al-Jir', '2023-10-30']]],
    ['في 5 كانون الثاني 2024 سقطت صواريخ على قاعدة عين الأسد.', [['Ain al-Asad', '2024-01-05']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

// Written for these specs (published Friday 15 March 2024).
describe('a reply told with its verb and no day of its own', () => {
  it.each([
    [
      'helicopters reply after a dated attack, headline first',
      'قصف صاروخي على قاعدة كونيكو.. ومروحيات أمريكية ترد في بادية الميادين\nتعرضت قاعدة التحالف في حقل كونيكو مساء أمس الخميس لقصف صاروخي. وردت مروحيات أمريكية بقصف آليات قرب مواقع الإطلاق في بادية الميادين.',
      '2024-03-14',
    ],
    ['artillery replies after an attack two days back', 'سقطت صواريخ على قاعدة الشدادي مساء الأربعاء. وردت المدفعية الأمريكية بقصف مصادر النيران قرب مدينة الميادين.', '2024-03-13'],
    ['the coalition replies, told first', 'ردت قوات التحالف بقصف مواقع للفصائل قرب البوكمال، بعد أن استهدفت مسيرة حقل العمر ليل الثلاثاء.', '2024-03-12'],
  ])('%s', (_label, text, day) => {
    expect(brief(text).find((m) => m.category === 'strike_on_militias')).toMatchObject({ date: day });
  });

  it('a retaliation "ردا على" keeps the publication day when it has none of its own', () => {
    const out = brief('شنت طائرات أمريكية غارات على مواقع لكتائب حزب الله قرب القائم، ردا على الهجوم الذي استهدف قاعدة عين الأسد يوم الأحد الماضي.');
    expect(out.find((m) => m.category === 'strike_on_militias')).toMatchObject({ date: '2024-03-15' });
  });
});

describe('"وبعد أربعة أيام،" opening a sentence counts from the act told before', () => {
  it.each([
    ['four days', 'سقطت صواريخ على قاعدة رميلان يوم 5 آذار. وبعد أربعة أيام، أصيب ثمانية عسكريين في هجوم بطائرة مسيرة على قاعدة التنف.', '2024-03-09'],
    ['two days, dual', 'استهدفت مسيرة قاعدة حرير يوم 10 آذار. وبعد يومين، سقطت قذائف على قاعدة عين الأسد.', '2024-03-12'],
    ['a week', 'قصفت طائرات أمريكية مواقع في القائم يوم 2 آذار. وبعد أسبوع، هاجمت مسيرات قاعدة الشدادي.', '2024-03-09'],
  ])('%s', (_label, text, day) => {
    expect(brief(text).at(-1)).toMatchObject({ date: day });
  });

  it('a few days, uncounted, gives no day of its own', () => {
    expect(brief('سقطت صواريخ على قاعدة رميلان يوم 5 آذار. وبعد أيام، هاجمت مسيرة قاعدة التنف.').at(-1)?.date).not.toBe('2024-03-09');
  });
});

describe("a reaction's day is not the act's: the act told in a relative clause with its own day, and a second object sharing it", () => {
  const MON = '2019-12-30';
  it.each([
    ['strikes "carried out" on Saturday, condemned today', 'أدان البرلمان اليوم الاثنين الغارات التي شنتها طائرات أمريكية فجر السبت على مقر للكتائب في جرف الصخر.', [['Jurf al-Sakhar', '2019-12-28']]],
    ['an attack "carried out" by drones', 'أدانت الحكومة اليوم الاثنين الهجوم الذي نفذته مسيرات ليل السبت على قاعدة حرير.', [['Harir', '2019-12-28']]],
    [
      'a second object after a comma shares the day of the verb before it',
      'توالت ردود الفعل اليوم الاثنين على الضربات الجوية الأميركية التي استهدفت مساء أمس الأحد مقرات للحشد الشعبي في قضاء القائم، وموقعاً آخر قرب مدينة البوكمال.',
      [
        ['al-Qaim', '2019-12-29'],
        ['Albukamal', '2019-12-29'],
      ],
    ],
    [
      'a second base after the shelling "launched" on Saturday',
      'استنكرت الخارجية اليوم الاثنين القصف الذي شنه مجهولون مساء السبت على قاعدة عين الأسد، وقاعدة أخرى قرب أربيل.',
      [
        ['Ain al-Asad', '2019-12-28'],
        ['Erbil', '2019-12-28'],
      ],
    ],
  ])('%s', (_label, text, out) => {
    expect(dates(text, MON)).toEqual(out);
  });

  it('but a second object with a day of its own keeps it', () => {
    expect(dates('أدانت الحكومة اليوم الاثنين الهجوم الذي نفذته مسيرات ليل السبت على قاعدة حرير، وقصفا آخر فجر الأحد على قاعدة عين الأسد.', MON)).toEqual([
      ['Harir', '2019-12-28'],
      ['Ain al-Asad', '2019-12-29'],
    ]);
  });
});

describe('an incident placed at a site told by its kind takes the day of the sentence that named the site', () => {
  const TUE = '2019-08-13';
  it.each([
    [
      'a depot told by its kind, after blasts at the camp on Monday evening',
      'هزت سلسلة انفجارات عنيفة معسكر الصقر جنوبي بغداد مساء أمس الاثنين.\nوقال مصدر في الحشد الشعبي إن المعسكر تعرض لضربة جوية مجهولة المصدر.',
      [['Camp Saqr', '2019-08-12']],
    ],
    ['the camp hit by a drone, told after the blast on Sunday night', 'دوى انفجار في معسكر الصقر ليل الأحد.\nوأكدت مصادر أن طائرة مسيرة مجهولة قصفت المعسكر.', [['Camp Saqr', '2019-08-11']]],
  ])('%s', (_label, text, out) => {
    expect(dates(text, TUE)).toEqual(out);
  });

  it('but a strike on the site with a day of its own keeps it', () => {
    expect(dates('هزت انفجارات معسكر الصقر مساء أمس الاثنين.\nوكانت طائرة مسيرة قد قصفت المعسكر ليل السبت.', TUE).map(([, d]) => d)).toContain('2019-08-10');
  });
});

describe('a day of the same month, and the next day after a time of day, count from the incident told before', () => {
  const PUB = '2023-11-15';
  it.each([
    [
      'the thirtieth of the same month, in words',
      'سقطت صواريخ على قاعدة حرير في 27 تشرين الأول. ففي مساء الثلاثين من الشهر نفسه، دكت قاعدة عين الأسد برشقة صاروخية.',
      [
        ['Harir', '2023-10-27'],
        ['Ain al-Asad', '2023-10-30'],
      ],
    ],
    [
      'the 30th of the same month, in digits',
      'سقطت صواريخ على قاعدة حرير في 27 تشرين الأول. وفي 30 من الشهر ذاته قصفت مسيرة قاعدة التنف.',
      [
        ['Harir', '2023-10-27'],
        ['al-Tanf', '2023-10-30'],
      ],
    ],
    [
      'the next day at dawn',
      'أسقطت الدفاعات مسيرة قرب قاعدة حرير مساء 3 تشرين الثاني. وفي فجر اليوم التالي أُسقطت مسيّرتان أخريان قرب قاعدة عين الأسد.',
      [
        ['Harir', '2023-11-03'],
        ['Ain al-Asad', '2023-11-04'],
      ],
    ],
    [
      'the next day in the evening',
      'قصفت مسيرة قاعدة الشدادي في 5 تشرين الثاني. وفي مساء اليوم التالي سقطت صواريخ على حقل العمر.',
      [
        ['al-Shaddadi', '2023-11-05'],
        ['al-Omar oil field', '2023-11-06'],
      ],
    ],
  ])('%s', (_label, text, out) => {
    expect(dates(text, PUB)).toEqual(out);
  });

  it('but an invalid day of that month is none', () => {
    expect(dates('قصفت مسيرة قاعدة الشدادي في 5 شباط. وفي الثلاثين من الشهر نفسه سقطت صواريخ على حقل العمر.', '2023-03-10')[1][1]).not.toBe('2023-02-30');
  });
});

describe('a second place with a day of its own in its own clause keeps that day', () => {
  it.each([
    [
      'drones shot down at a base on Tuesday, and two more over the airport on Monday',
      'أسقطت الدفاعات طائرتين مسيرتين كانتا تستهدفان قاعدة عين الأسد صباح الثلاثاء، وأخريين فوق المنطقة الدبلوماسية في مطار بغداد الدولي الاثنين.',
      '2022-01-05',
      [
        ['Ain al-Asad', '2022-01-04'],
        ['Baghdad airport', '2022-01-03'],
      ],
    ],
  ])('%s', (_label, text, pub, out) => {
    expect(dates(text, pub)).toEqual(out);
  });
});

describe('a hedged span of days or weeks ("بعد أقل من أسبوع على") names only the month it keeps to', () => {
  it.each([
    [
      'less than a week after, within one month',
      'سقطت صواريخ على قاعدة بلد مساء الأحد. ويأتي الهجوم بعد أقل من أسبوع على الضربة الصاروخية الإيرانية على قاعدة عين الأسد.',
      '2020-01-14',
      [
        ['Balad air base', '2020-01-12'],
        ['Ain al-Asad', '2020-01'],
      ],
    ],
    [
      'less than three days after, within one month',
      'استهدفت مسيرة قاعدة حرير فجر الخميس. ويأتي ذلك بعد أقل من ثلاثة أيام على قصف صاروخي استهدف قاعدة عين الأسد.',
      '2024-03-15',
      [
        ['Harir', '2024-03-14'],
        ['Ain al-Asad', '2024-03'],
      ],
    ],
  ])('%s', (_label, text, pub, out) => {
    expect(dates(text, pub)).toEqual(out);
  });

  it('but a stretch across two months names none', () => {
    expect(dates('سقطت صواريخ على قاعدة بلد في 3 شباط. ويأتي الهجوم بعد أقل من أسبوع على الضربة الإيرانية على قاعدة عين الأسد.', '2024-02-05')[1]).toEqual(['Ain al-Asad', null]);
  });
});
