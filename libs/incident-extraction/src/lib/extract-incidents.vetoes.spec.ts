import { brief } from '../../test/brief';

// Cues meant to veto a segment (drills, foiled plots, Turkey, series) that fire on innocent
// words. Sentences written for these tests.

describe('a training facility that is hit is a target, not a drill', () => {
  it.each([
    ['a militia training camp', 'قصفت طائرات مجهولة فجر اليوم معسكر تدريب لكتائب حزب الله قرب مدينة القائم.', 'strike_on_militias', 'al-Qaim'],
    [
      'a training centre of partner forces in a field',
      'استهدفت مسيرة انتحارية مركز تدريب تابعا لقسد داخل حقل العمر ليل الأحد، ما أدى إلى مقتل أربعة مقاتلين.',
      'attack_on_us_forces',
      'al-Omar oil field',
    ],
    ['a military academy with an adjective between', 'أغارت مقاتلات إسرائيلية على أكاديمية عسكرية للتدريب يستخدمها الحرس الثوري في مدينة البوكمال مساء الخميس.', 'strike_on_militias', 'Albukamal'],
    ['the training ground of a base', 'سقطت ثلاثة صواريخ على ساحة التدريب في قاعدة عين الأسد صباح اليوم دون إصابات.', 'attack_on_us_forces', 'Ain al-Asad'],
    ['a training facility of US forces', 'هاجمت طائرتان مسيرتان منشأة تدريب للقوات الأمريكية في قاعدة حرير مساء أمس.', 'attack_on_us_forces', 'Harir'],
    ['a camp "for training" militia members', 'ضربت غارة أمريكية معسكراً لتدريب عناصر النجباء في جرف الصخر فجر الثلاثاء.', 'strike_on_militias', 'Jurf al-Sakhar'],
    ['a coalition training centre near an airport', 'تعرض مركز للتدريب تابع للتحالف الدولي في مطار أربيل لهجوم بطائرة مسيرة الليلة الماضية.', 'attack_on_us_forces', 'Erbil airport'],
    ['a training headquarters', 'دمر قصف جوي مجهول مقر تدريب لفصيل عراقي موال لإيران في البوكمال يوم الأربعاء.', 'strike_on_militias', 'Albukamal'],
    ['a military school in a base', 'استهدف هجوم صاروخي مدرسة التدريب العسكري في قاعدة التاجي التي تضم مدربين أمريكيين مساء الاثنين.', 'attack_on_us_forces', 'Taji'],
    ['a training camp and the toll', 'قتل ثلاثة عناصر من الحشد الشعبي بضربة جوية على معسكر للتدريب في القائم مساء الثلاثاء.', 'strike_on_militias', 'al-Qaim'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });

  it.each([
    ['joint drills', 'أجرت القوات الأمريكية تدريبات مشتركة مع قسد في حقل العمر اليوم.'],
    ['a live-fire exercise with blasts heard', 'نفذت قوات التحالف تمرينا بالذخيرة الحية في قاعدة عين الأسد، وسمع دوي انفجارات.'],
    ['training fighters to launch drones', 'بدأت الفصائل تدريب عناصرها على إطلاق المسيرات في معسكر قرب القائم.'],
  ])('still no incident for %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('Turkey as a word of a border description is no Turkish party', () => {
  it.each([
    ['the tri-border point', 'سقطت صواريخ فجر اليوم على قاعدة رميلان القريبة من المثلث الحدودي السوري العراقي التركي.', 'Rmelan'],
    ['the Syrian-Turkish border', 'استهدفت مسيرة مجهولة قاعدة خراب الجير الأمريكية قرب الحدود السورية التركية مساء الأحد.', 'Kharab al-Jir'],
    ['a base near the Turkish border', 'تعرضت قاعدة للتحالف في تل بيدر القريبة من الحدود التركية لقصف صاروخي ليل الخميس.', 'Tal Baydar'],
    ['the meeting point of three borders', 'دوت انفجارات في قاعدة رميلان الأمريكية عند نقطة التقاء الحدود السورية والعراقية والتركية إثر سقوط صواريخ عليها اليوم.', 'Rmelan'],
    ['a town on the Turkish border', 'قصفت طائرات أمريكية موقعا لميليشيات موالية لإيران قرب البوكمال، بعيدا عن الحدود التركية، فجر اليوم.', 'Albukamal'],
    ['the Turkish border strip', 'أطلقت الفصائل صاروخين على قاعدة خراب الجير بمحاذاة الشريط الحدودي التركي مساء أمس.', 'Kharab al-Jir'],
    ['Turkish-Iraqi border area in Kurdistan', 'هاجمت مسيرة مفخخة قاعدة حرير الجوية شمال أربيل، غير البعيدة عن الحدود العراقية التركية، صباح اليوم.', 'Harir'],
    ['an attack with the border named after', 'سقطت قذيفتان على قاعدة الشدادي، ولا تبعد المنطقة كثيرا عن الحدود التركية، مساء الأربعاء.', 'al-Shaddadi'],
    ['the triangle without "point"', 'استهدفت مسيرات قاعدة رميلان في المثلث الحدودي مع العراق وتركيا ليل السبت.', 'Rmelan'],
    ['Turkish border crossing as a landmark', 'سقط صاروخ على قاعدة تل بيدر التي تبعد عشرات الكيلومترات عن المعبر الحدودي التركي اليوم.', 'Tal Baydar'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: expect.any(String), place }]);
  });

  it.each([
    ['a Turkish drone', 'قصفت مسيرة تركية سيارة لقسد قرب القامشلي اليوم.'],
    ['Turkish artillery', 'استهدفت المدفعية التركية قرى في ريف تل تمر مساء أمس.'],
    ['Turkey as the striker', 'شنت تركيا غارات على مواقع لحزب العمال في جبال قنديل.'],
  ])('still no incident for %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('explosions, smoke and interceptions are evidence of an act, not series or plots', () => {
  it.each([
    ['a series of explosions', 'هزت سلسلة انفجارات قاعدة كونيكو الأمريكية بعد أن طالتها قذائف صاروخية مساء الجمعة.', 'attack_on_us_forces', 'Conoco gas field'],
    ['a chain of blasts at a depot', 'وقعت سلسلة من الانفجارات في مستودع أسلحة للحشد الشعبي في جرف الصخر إثر غارة جوية مجهولة فجر اليوم.', 'strike_on_militias', 'Jurf al-Sakhar'],
    ['smoke rising before the strike is named', 'شوهدت أعمدة الدخان تتصاعد من مقر للميليشيات في البوكمال بعد أن قصفته طائرات إسرائيلية ليل الخميس.', 'strike_on_militias', 'Albukamal'],
    ['smoke rising from a base', 'تصاعد الدخان من قاعدة التنف إثر سقوط صاروخين عليها صباح اليوم.', 'attack_on_us_forces', 'al-Tanf'],
    [
      'residents heard explosions and saw smoke',
      'سمع سكان الميادين دوي انفجارات وتصاعد أعمدة الدخان، وأكد المرصد أن غارات إسرائيلية استهدفت مقرين للحرس الثوري في مدينة الميادين.',
      'strike_on_militias',
      'Mayadin',
    ],
    ['a drone attack foiled by shooting the drone down', 'أحبطت الدفاعات الجوية هجوما بطائرة مسيرة حاولت استهداف قاعدة عين الأسد فجر اليوم.', 'attack_on_us_forces', 'Ain al-Asad'],
    ['partner forces foiled a drone attack on a field', 'أعلنت قسد إحباط هجوم بطائرة مسيرة على حقل العمر الذي تتمركز فيه قوات أمريكية مساء أمس.', 'attack_on_us_forces', 'al-Omar oil field'],
    ['a rocket attack foiled by interception', 'أحبطت منظومة الدفاع هجوما صاروخيا على السفارة الأمريكية في بغداد بعد اعتراض صاروخين فجر اليوم.', 'attack_on_us_forces', 'US embassy Baghdad'],
    ['a series of airstrikes in one night', 'شنت طائرات أمريكية سلسلة غارات على مواقع لكتائب حزب الله في القائم ليل السبت.', 'strike_on_militias', 'al-Qaim'],
    ['smoke seen over an airport after rockets', 'تصاعدت أعمدة الدخان فوق مطار أربيل بعد سقوط ثلاثة صواريخ في محيطه مساء الاثنين.', 'attack_on_us_forces', 'Erbil airport'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });

  it.each([
    ['a foiled plot with launchers seized', 'أحبطت القوات الأمنية مخططا لاستهداف قاعدة عين الأسد وضبطت منصة صواريخ معدة للإطلاق.'],
    ['a series of attacks as background', 'تأتي هذه التطورات ضمن سلسلة هجمات تستهدف القواعد الأمريكية منذ أشهر.'],
    ['rising attacks', 'حذر مسؤولون من تصاعد الهجمات على القوات الأمريكية في العراق وسوريا.'],
  ])('still no incident for %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('attacks that describe who was hit are no series of attacks', () => {
  it.each([
    ['leaders "involved in" attacks', 'استهدفت طائرة مسيرة أمريكية سيارة في جرف الصخر تقل قياديين متورطين في هجمات بالصواريخ على قاعدة عين الأسد.', 'Jurf al-Sakhar'],
    ['a faction "responsible for" attacks', 'قصفت مقاتلات أمريكية مخزنا في الميادين تابعا لفصيل مسؤول عن هجمات بالصواريخ والمسيرات.', 'Mayadin'],
    ['a commander "accused of" plotting attacks', 'اغتالت مسيرة أمريكية قياديا في كتائب حزب الله متهما بتدبير هجمات على القوات الأمريكية في بغداد.', 'Baghdad'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it('while repeated attacks are still a habit', () => {
    expect(brief('تتعرض القواعد الأمريكية لهجمات متكررة من فصائل مسؤولة عن التصعيد.')).toEqual([]);
  });
});

describe('a dual tells two acts, a dual counted out loud is a tally', () => {
  const read = (text: string) => brief(text, '2022-08-25').map((m) => [m.place, m.date]);
  it.each([
    [
      '"in two rocket attacks that targeted" two bases',
      'أصيب ثلاثة جنود أمريكيين مساء الأربعاء في هجومين صاروخيين استهدفا موقع دعم المهمة كونيكو والقرية الخضراء.',
      [
        ['Conoco gas field', '2022-08-24'],
        ['Green Village', '2022-08-24'],
      ],
    ],
    ['"two attacks on" one base', 'تعرضت قاعدة حقل العمر لهجومين بطائرات مسيرة مساء الأربعاء.', [['al-Omar oil field', '2022-08-24']]],
    [
      'two strikes',
      'نفذت طائرات أمريكية ضربتين على مواقع للفصائل في القائم والبوكمال ليل الأربعاء.',
      [
        ['al-Qaim', '2022-08-24'],
        ['Albukamal', '2022-08-24'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('"هجومين اثنين على قاعدة" in a tally of attacks is no incident', () => {
    expect(brief('وتوزعت الهجمات وفق الآتي: هجومين اثنين على قاعدة تل بيدر بريف الحسكة.', '2024-01-05')).toEqual([]);
  });
});

describe('an act denied is no incident; a loss or a responsibility denied leaves the act', () => {
  it.each([
    ['"denied the base was subjected to any attack"', 'نفى البنتاغون تعرض قاعدة عين الأسد لأي هجوم خلال الساعات الماضية.'],
    ['"denied an attack took place", the denier between', 'نفت وزارة الدفاع الأمريكية وقوع هجوم على قاعدة حرير.'],
    ['"denied the reports of rockets falling"', 'نفى مصدر أمني صحة الأنباء عن سقوط صواريخ على مطار أربيل.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['casualties denied', 'نفت القيادة المركزية وقوع إصابات في الهجوم على قاعدة التنف.', 'al-Tanf'],
    ['casualties denied after the act', 'استهدفت مسيرة قاعدة التنف، ونفى البنتاغون وقوع إصابات.', 'al-Tanf'],
    ['responsibility denied', 'نفى الحشد الشعبي مسؤوليته عن استهداف قاعدة عين الأسد بالصواريخ مساء أمس.', 'Ain al-Asad'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });
});

describe('a list of the sites one strike hit ("مواقع …، بينها مقر …") is no series of acts', () => {
  const placesOf = (text: string) => brief(text).map((m) => [m.category, m.place]);
  it.each([
    ['"من بينها" after headquarters', 'قصفت مقاتلات أمريكية مقرات للحشد الشعبي في الأنبار، من بينها مقر اللواء 45 في القائم.', 'al-Qaim'],
    ['"أبرزها" after depots', 'استهدفت غارات جوية مجهولة مستودعات للأسلحة في البوكمال، أبرزها مستودع قرب حي الجمعيات.', 'Albukamal'],
    ['"بينها" after positions of militias', 'طالت الضربات الإسرائيلية مواقع للميليشيات الإيرانية في ريف البوكمال، بينها نقطة عسكرية قرب الحدود.', 'Albukamal'],
    ['"ومن بينها" after headquarters of factions', 'أغارت طائرات مجهولة على مقرات لفصائل عراقية في البوكمال، ومن بينها مقر لحركة النجباء.', 'Albukamal'],
    ['"من بينها" after centres', 'قصفت طائرة مسيرة أمريكية مراكز لكتائب حزب الله في جرف الصخر، من بينها مركز للقيادة.', 'Jurf al-Sakhar'],
    ['"أبرزها" after camps', 'استهدفت غارات إسرائيلية معسكرات للحرس الثوري قرب دمشق، أبرزها معسكر في الكسوة.', 'al-Kiswah'],
    ['"بما فيها" after targets', 'قالت القيادة المركزية إن مقاتلاتها ضربت أهدافا للحرس الثوري في سوريا، بما فيها مركز قيادة في الميادين.', 'Mayadin'],
    ['"بينها" after sites in a governorate', 'شنت طائرات أمريكية غارات طالت مواقع في محافظة بابل، بينها مقر لكتائب حزب الله في قضاء الحلة.', 'Babil'],
    ['"منها" after facilities', 'دمرت الضربات الأمريكية منشآت للحرس الثوري في ريف دير الزور، منها مخزن للطائرات المسيرة في الميادين.', 'Mayadin'],
    ['"بينها" after positions on the border', 'ضربت طائرات التحالف مواقع للحشد على الحدود العراقية السورية، بينها موقع في القائم.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(placesOf(text)).toEqual([['strike_on_militias', place]]);
  });

  it.each([
    ['attacks on US bases over time', 'تعرضت القواعد الأمريكية في سوريا لهجمات عدة، أبرزها قاعدة التنف.'],
    ['US sites hit several times', 'استهدفت الفصائل مواقع أمريكية مرات عدة خلال الشهر، أبرزها قاعدة التنف.'],
  ])('but bases hit over time still are: %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('strikes on the Syrian army are that army’s war, not a strike on Iran’s groups', () => {
  it.each([
    ['sites "belonging to" the army', 'استهدف الطيران الحربي الإسرائيلي مساء الثلاثاء مواقع عسكرية تابعة للجيش السوري قرب مدينة الكسوة جنوبي دمشق، ما أسفر عن مقتل ستة من عناصر وزارة الدفاع.'],
    ['positions "of" the army', 'شنت طائرات إسرائيلية غارات على مواقع للجيش السوري في ريف درعا فجر اليوم.'],
    ['soldiers "of" the army killed', 'قتل ثلاثة عناصر من الجيش السوري بغارة إسرائيلية قرب القنيطرة مساء أمس.'],
    ['two soldiers "of" the army, told by its ministry', 'أعلنت وزارة الدفاع السورية مقتل جنديين من الجيش السوري بقصف إسرائيلي على ريف القنيطرة.'],
    ['tanks "belonging to" the army', 'دمرت غارة إسرائيلية دبابات تابعة للجيش السوري في ريف درعا فجر اليوم.'],
    ['barracks "of" the army', 'استهدفت مسيرات إسرائيلية ثكنة للجيش السوري قرب مدينة الكسوة مساء أمس.'],
    ['a convoy of the new army', 'قصفت مسيرة إسرائيلية رتلا تابعا للجيش السوري الجديد في ريف دمشق.'],
    ['a division now under the new army', 'قالت مصادر محلية إن الغارات الإسرائيلية استهدفت مستودعات ذخيرة ومقرات للفرقة الأولى سابقاً، التي باتت تتبع للجيش السوري الجديد.'],
    [
      'the army named first in the article, the next sentence names no one hit',
      'غارات إسرائيلية على مواقع للجيش السوري قرب الكسوة.\nوقالت وزارة الدفاع إن الغارات طالت مواقع ونقاطا عسكرية في محيط الكسوة مساء الثلاثاء.',
    ],
    [
      'the army named first, Iran’s militias only as the area’s past',
      'استهدفت غارات إسرائيلية مواقع للجيش السوري في ريف درعا الغربي.\nوطالت الغارات نقاطا عسكرية قرب مدينة نوى فجر اليوم.\nوكانت المنطقة تضم ميليشيات موالية لإيران قبل سقوط النظام.',
    ],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['the army and Iranian militias hit together', 'استهدفت غارات إسرائيلية مواقع للجيش السوري والميليشيات الإيرانية في ريف دمشق فجر اليوم.', 'Rif Dimashq'],
    ['the army and Hezbollah', 'استهدفت غارات إسرائيلية مواقع للجيش السوري وحزب الله قرب القصير.', 'al-Qusayr'],
    ['IRGC depots inside an army base', 'قصفت طائرات إسرائيلية مستودعات للحرس الثوري الإيراني داخل مقر للجيش السوري قرب دمشق.', 'Damascus'],
    [
      'Iran’s groups named first in the article',
      'قصفت طائرات إسرائيلية مقرات لميليشيات موالية لإيران قرب مطار دمشق فجر اليوم.\nوطالت الغارات أيضا مواقع للجيش السوري في محيط المطار.',
      'Damascus airport',
    ],
  ])('but a strike that names Iran’s groups stays: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toContain(place);
  });
});

describe('an act denied, negated or put down to a fault is no incident', () => {
  it.each([
    ['حريق داخل قاعدة عين الأسد.. والعمليات المشتركة: ناجم عن تماس كهربائي ولا استهداف'],
    ['وتداولت منصات مقربة من الفصائل المسلحة أنباء عن استهداف القاعدة بطائرة مسيّرة، قبل أن تنفي قيادة العمليات المشتركة ذلك.'],
    ['تداولت مواقع التواصل أنباء عن استهداف قاعدة حرير بطائرة مسيرة، لكن قوات البيشمركة نفت ذلك.'],
    ['نفت قيادة العمليات المشتركة صحة الأنباء عن سقوط صواريخ على قاعدة عين الأسد.'],
    ['نفى مسؤول أمريكي تعرض قاعدة التنف لأي هجوم خلال الساعات الماضية.'],
    ['نفت وزارة الدفاع الأمريكية الأنباء التي تحدثت عن هجوم بطائرة مسيرة على حقل العمر.'],
    ['أكد التحالف الدولي أن الانفجار في قاعدة الشدادي ناجم عن تفجير مسيطر عليه ولا صحة لأنباء استهدافها.'],
    ['شبت النيران في مخزن داخل قاعدة عين الأسد بسبب تماس كهربائي، ولم تسجل أي إصابات.'],
    ['وقال مصدر أمني إن الحريق الذي اندلع في قاعدة حرير سببه تماس كهربائي وليس هجوما بطائرة مسيرة.'],
    ['ذكرت وسائل إعلام أن صواريخ استهدفت قاعدة كي وان، غير أن الشرطة نفت وقوع أي هجوم.'],
    ['أفادت مصادر بسماع انفجارات في قاعدة حرير، قبل أن تنفي وزارة البيشمركة صحة ذلك.'],
    ['تحدثت تقارير عن هجوم بطائرة مسيرة على مطار أربيل، غير أن السلطات الكردية نفت الأمر.'],
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['responsibility denied', 'استهدفت مسيرة قاعدة حرير مساء أمس، فيما نفى الحشد مسؤوليته عن ذلك.', 'Harir'],
    ['losses denied after the act', 'سقطت صواريخ على قاعدة عين الأسد، ونفت القيادة وقوع إصابات جراء ذلك.', 'Ain al-Asad'],
    ['losses denied before the act', 'نفت وزارة الدفاع وقوع إصابات في الهجوم على قاعدة حرير.', 'Harir'],
  ])('but a denial of who did it or of losses leaves the act: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });

  // The reports denied, then what they told in a clause of its own after a long denier.
  it.each([
    ['نفت وزارة داخلية إقليم كوردستان، مساء الخميس، الأنباء التي تداولتها مواقع التواصل الاجتماعي عن تعرض مطار أربيل الدولي لهجوم بطائرة مسيرة.'],
    ['نفى مصدر أمني في قيادة العمليات المشتركة، اليوم السبت، التقارير التي تحدثت عن سقوط صواريخ على قاعدة عين الأسد الجوية.'],
    ['ونفت قيادة قوات التحالف الدولي ما تناقلته بعض وسائل الإعلام المحلية بشأن استهداف قاعدة حرير بطائرة مسيرة.'],
    ['ونفى المتحدث باسم البنتاغون صحة الأخبار المتداولة على منصات التواصل حول هجوم صاروخي جديد على قاعدة التنف.'],
    ['نفت خلية الإعلام الأمني الشائعات التي انتشرت مساء أمس عن قصف قاعدة بلد الجوية بقذائف الهاون.'],
    ['ونفت مصادر في الحشد الشعبي بشكل قاطع الروايات التي تحدثت عن غارة أمريكية على مقر اللواء 45 في القائم.'],
  ])('reports of an act denied: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['reports of losses denied after the act', 'هاجمت طائرة مسيرة قاعدة حرير، فيما نفت الوزارة التقارير عن سقوط قتلى.', 'Harir'],
    ['reports of losses denied before it', 'نفت الوزارة الأنباء عن وقوع إصابات في الهجوم بطائرة مسيرة على قاعدة حرير.', 'Harir'],
    ['reports of a part in it denied', 'نفت الفصائل الأنباء التي تحدثت عن مشاركتها في قصف قاعدة التنف بطائرة مسيرة.', 'al-Tanf'],
  ])('but reports of losses or of a part in it leave the act: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });

  it.each([
    ['أعلنت القيادة المركزية الأميركية أن 22 من أفراد الخدمة أصيبوا بجروح متفاوتة، يوم الأحد، في حادث تعرضت له مروحية عسكرية في شمال شرقي سوريا، مؤكدة أن الحادث "لم يكن نتيجة نيران معادية".'],
    ['أصيب 22 عسكرياً أمريكياً في حادث مروحية في شمال شرق سوريا.'],
    ['قال مسؤول أمريكي إن المروحية سقطت قرب قاعدة عين الأسد ولا يشتبه بأنها أسقطت بنيران معادية.'],
    ['هبطت مروحية أمريكية هبوطاً اضطرارياً قرب قاعدة حرير وأصيب اثنان من طاقمها.'],
    ['أصيب خمسة جنود أمريكيين في انفجار داخل قاعدة الشدادي، وقال البنتاغون إنه ليس بنيران معادية.'],
  ])('an aircraft mishap, or hostile fire ruled out: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['تعرضت دورية أمريكية لنيران معادية قرب قاعدة التنف، ما أدى إلى إصابة جنديين.', 'al-Tanf'],
    ['قتل جنديان أمريكيان بنيران معادية في هجوم على قاعدة الشدادي.', 'al-Shaddadi'],
  ])('but hostile fire told as such is an attack: %s', (text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });

  it('blasts at a base, put down to a fault in the headline before them, are no attack', () => {
    const text = 'حريق داخل قاعدة عين الأسد والقيادة: ناجم عن تماس كهربائي\nاندلع حريق مساء الجمعة داخل أحد المخازن في قاعدة عين الأسد، ما أدى إلى سماع دوي انفجارات متتالية.';
    expect(brief(text)).toEqual([]);
  });
});

describe('where a place lies measured from a base, and acts pointed back to as a set, are no incident', () => {
  it.each([
    ['وتقع منطقة الاستهداف على بعد نحو 30 كيلومتراً من قاعدة للتحالف الدولي في رميلان.'],
    ['ويقع موقع القصف على بعد 10 كيلومترات من قاعدة التنف الأمريكية.'],
    ['وتقع القرية المستهدفة على بعد 5 كم من حقل العمر الذي يضم قاعدة أمريكية.'],
    ['يقع المقر المستهدف على بعد كيلومترين من قاعدة حرير.'],
    ['وأشار إلى أن الرد الأمريكي على تلك العمليات لم يغير شيئا في المعادلة.'],
    ['وقال إن الضربات الأمريكية على هذه الهجمات لم تردع الفصائل.'],
    ['وتبعد منطقة القصف نحو 20 كيلومترا عن قاعدة عين الأسد الجوية.'],
    ['وتقع البلدة المستهدفة على بعد 15 كيلومترا من مطار أربيل الذي يضم قوات التحالف.'],
    ['يبعد موقع الانفجار خمسة كيلومترات فقط عن قاعدة الشدادي الأمريكية.'],
    ['وتقع منطقة الغارة على بعد 40 كيلومترا من قاعدة خراب الجير.'],
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('but a base that lies somewhere, hit, is an incident', () => {
    expect(brief('استهدفت مسيرة قاعدة التنف التي تقع على بعد 20 كم من الحدود الأردنية مساء أمس.').map((m) => m.place)).toEqual(['al-Tanf']);
  });
});

describe("after the fall of Assad, Israel's strikes in Syria hit the new state's forces, not Iran's", () => {
  it.each([
    ['published after', 'شنت طائرات إسرائيلية مساء الأربعاء غارات على مطار حماة العسكري، ما أدى إلى مقتل أربعة من عناصر وزارة الدفاع.', '2025-04-03'],
    ['published after, a site near Damascus', 'قصفت طائرات إسرائيلية مواقع قرب دمشق.', '2025-02-01'],
    ['told after, undated page', 'شنت طائرات إسرائيلية غارات على مطار حماة العسكري، في واحدة من أعنف موجات القصف منذ سقوط نظام الأسد.', null],
    ['the new government named', 'قصفت طائرات إسرائيلية مواقع عسكرية للحكومة السورية الجديدة قرب دمشق.', null],
    ['the new administration named', 'قصفت طائرات إسرائيلية مقرات للإدارة الجديدة في ريف دمشق.', null],
  ])('%s', (_label, text, pub) => {
    expect(brief(text, pub)).toEqual([]);
  });

  it.each([
    ['before the fall', 'قصفت طائرات إسرائيلية مواقع قرب دمشق.', '2024-01-20', 'Damascus'],
    ["Iran's men named", 'قصفت طائرات إسرائيلية مستودعات لحزب الله قرب القصير بعد سقوط النظام.', null, 'al-Qusayr'],
    ['a US strike', 'قصفت طائرات أمريكية مقرات لكتائب حزب الله في القائم.', '2025-02-01', 'al-Qaim'],
  ])('but not %s', (_label, text, pub, place) => {
    expect(brief(text, pub).map((m) => m.place)).toEqual([place]);
  });
});

describe('ISIS named as what a side guards against is no war with ISIS', () => {
  it.each([['وقالت هيئة الحشد في بيان إن المقرات المستهدفة كانت تؤدي واجباتها في حماية الحدود من فلول داعش.'], ['وأكد الحشد أن مقاتليه يتصدون منذ سنوات لخلايا داعش على الحدود.']])(
    'the strikes on other sites stay: %s',
    (later) => {
      const text = `قصفت طائرات أمريكية ليلة الجمعة مقرات الحشد في قضاء القائم.\nوفي سوريا، طال العدوان الأمريكي في الليلة ذاتها مواقع في مدينتي البوكمال والميادين.\n${later}`;
      expect(brief(text, '2024-02-03').map((m) => m.place)).toEqual(['al-Qaim', 'Albukamal', 'Mayadin']);
    },
  );

  it('but strikes on ISIS cells make the article that war', () => {
    const text = 'قصفت طائرات التحالف مواقع في البادية السورية قرب الميادين.\nوقال المرصد إن الغارات استهدفت خلايا لداعش في المنطقة.';
    expect(brief(text, '2024-02-03')).toEqual([]);
  });
});

describe('a practice told in the present, its act only an aim ("وتتخذ الميليشيات من القرى منصات لإطلاق الصواريخ"), is no incident', () => {
  it.each([
    ['villages used as launch pads', 'وتتخذ الميليشيات من قرى الضفة الغربية للفرات منصات لإطلاق الصواريخ نحو قاعدة حقل كونيكو.'],
    ['desert roads used to attack', 'وتستخدم الفصائل الطرق الصحراوية قرب القائم لشن هجمات على قاعدة التنف.'],
    ['farms used to fire drones', 'ويستغل المسلحون المزارع المحيطة بقاعدة حرير لإطلاق الطائرات المسيرة.'],
    ['trucks kept for firing rockets', 'وتحتفظ الجماعات بشاحنات صغيرة قرب بلد لإطلاق صواريخ الكاتيوشا على معسكر التاجي.'],
    ['a depot kept to target a base', 'وتملك الكتائب مخازن في جرف الصخر لاستهداف قاعدة عين الأسد بالصواريخ.'],
    ['a strike capability described', 'وتعتمد الفصائل على مسيرات إيرانية الصنع لضرب القواعد الأمريكية في سوريا.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['a past launch with its means', 'استخدم المهاجمون شاحنة لإطلاق الصواريخ على قاعدة عين الأسد مساء أمس.', 'Ain al-Asad'],
    ['a present-tense verb and a day of its own', 'وتستخدم الفصائل شاحنة لإطلاق الصواريخ على قاعدة عين الأسد مساء أمس.', 'Ain al-Asad'],
    ['an aim beside an act that happened', 'أطلقت الفصائل صاروخين على قاعدة التنف فجر اليوم، وتستخدم منصات متنقلة لإطلاقها.', 'al-Tanf'],
  ])('but an act told is: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });
});

describe('an act the article denies is no incident, wherever its report is told', () => {
  it.each([
    ['a long denier before the reports', 'نفت هيئة الحشد الشعبي في العراق والتحالف الدولي بقيادة الولايات المتحدة، السبت، تقارير عن ضربة جوية استهدفت قافلة للحشد قرب معسكر التاجي.'],
    ['two deniers in the dual', 'الحشد والتحالف ينفيان تعرض قافلة للحشد لضربة جوية قرب التاجي'],
    ['reports said to be untrue', 'قالت الهيئة إن الأنباء عن استهداف قافلة للحشد في منطقة التاجي غير صحيحة.'],
    ['reports "baseless"', 'وأكدت القيادة أن الأخبار عن قصف مقر للحشد في القائم لا أساس لها من الصحة.'],
    ['reports called fabricated', 'ووصف المتحدث المعلومات عن هجوم بمسيرة على قاعدة حرير بأنها مفبركة.'],
    ['a negated doing before the act', 'وأكد المتحدث أن التحالف لم ينفذ أي ضربات جوية قرب معسكر التاجي.'],
    ['the report told first, denied after', 'وكانت مصادر أمنية قد تحدثت عن غارة استهدفت عجلات للحشد قرب التاجي. لكن الهيئة نفت الأنباء عن استهداف قافلتها في التاجي.'],
    ['the denial first, the report after', 'نفى الحشد الشعبي تقارير عن قصف مقر له في القائم. وكانت وسائل إعلام قد نقلت عن مصادر أن طائرة قصفت المقر في القائم فجر اليوم.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['who did it denied, not the act', 'قصفت طائرات مجهولة مقرا للحشد في القائم فجر اليوم. ونفى التحالف تنفيذ أي ضربات في القائم.', 'al-Qaim'],
    ['a side says it did not strike', 'قصفت طائرات مجهولة مقرا للحشد في القائم فجر اليوم. وأكد التحالف أنه لم ينفذ أي ضربات في القائم.', 'al-Qaim'],
    ['a denial of another site', 'قصفت طائرات مجهولة مقرا للحشد في القائم فجر اليوم. ونفت الهيئة الأنباء عن استهداف مقرها في جرف الصخر.', 'al-Qaim'],
    ['sources confirming the reports', 'قصفت طائرة مسيرة مقرا للحشد في القائم فجر اليوم، وأكدت مصادر صحة الأنباء عن سقوط قتلى.', 'al-Qaim'],
  ])('but an act told stays: %s', (_label, text, place) => {
    expect(brief(text).map((m) => m.place)).toEqual([place]);
  });
});

describe('US strikes on jihadist groups other than ISIS are another war', () => {
  it.each([
    ['Hurras al-Din', 'قتلت غارة أمريكية تسعة عناصر من تنظيم حراس الدين في شمال غربي سوريا فجر اليوم.'],
    ['HTS', 'استهدفت مسيرة أمريكية قياديا في هيئة تحرير الشام قرب إدلب فجر اليوم.'],
    ['al-Nusra', 'نفذت القوات الأمريكية غارة جوية على مقر لجبهة النصرة في ريف حلب فجر اليوم.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('how strikes go now ("لم تعد الغارات … تقتصر على") is a habit, not an act', () => {
  it.each([
    ['no longer confined to Damascus', 'لم تعد الغارات الإسرائيلية في سوريا تقتصر على محيط دمشق والحدود اللبنانية، فقد باتت تطال مناطق في عمق البادية.'],
    ['no longer only depots', 'لم يعد القصف الأمريكي يستهدف مخازن الفصائل في البوكمال فقط، بل قادتها أيضا.'],
    ['no longer only the desert', 'لم تعد الضربات الأمريكية تقتصر على البادية، إذ طالت مواقع في القائم.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('a wish to strike ("رغبة … في ضرب") is no strike', () => {
  it.each([
    ['a US wish shown by a strike', 'وتعكس الضربة رغبة أمريكية في قصف مخازن الكتائب قرب القائم.'],
    ['an Israeli wish told by statements', 'وتكشف التصريحات رغبة إسرائيلية في قصف مخازن الحرس الثوري في البوكمال.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('a strike told plainly still counts', () => {
    expect(brief('قصفت مقاتلات إسرائيلية مواقع في تدمر فجر اليوم، ما أسفر عن مقتل 36 شخصا.')).toMatchObject([{ place: 'Palmyra', killed: 36 }]);
  });
});

describe('earlier operations shown ("لعمليات سابقة") and any strike ("أي ضربة") are no act', () => {
  it.each([
    ['footage of earlier operations', '• 14:20 | المقاومة الإسلامية في العراق تنشر مشاهد لعمليات سابقة استهدفت قاعدتي عين الأسد وحرير.'],
    ['clips of earlier strikes', 'وعرضت النجباء مقاطع لضربات سابقة على مطار أربيل وقاعدة حرير.'],
    ['any strike on the factions', 'فالفصائل جزء من المنظومة الرسمية، وأي ضربة عليها في جرف الصخر تُقرأ في بغداد بوصفها اعتداء على مؤسسات الدولة.'],
    ['any raid on their headquarters', 'وأي غارة على مقرات الحشد في القائم ستعد اعتداء على الدولة.'],
    ['any attack on a base', 'وأي هجوم على قاعدة عين الأسد سيقابل برد حازم.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('other theatres and other air forces', () => {
  it.each([
    ['a drone from Iraq on the Golan', 'أعلن الجيش الإسرائيلي مقتل جنديين وإصابة 24 آخرين جراء سقوط طائرة مسيّرة أطلقت من الأراضي العراقية على قاعدة عسكرية في شمال هضبة الجولان المحتلة فجر أمس.'],
    ['a drone on a post in the Golan', 'أعلن الجيش الإسرائيلي إصابة ثلاثة جنود جراء طائرة مسيرة أطلقت من العراق على موقع في الجولان فجر اليوم.'],
    ['Jordanian jets on Suwayda', 'استهدفت طائرات حربية أردنية منازل في بلدة عرمان بريف السويداء فجر اليوم، ما أسفر عن مقتل عشرة مدنيين.'],
    ['Jordanian jets on smugglers', 'أغارت مقاتلات أردنية على مواقع لمهربين في ريف السويداء فجر اليوم، ما أدى إلى مقتل خمسة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('attacks that a site is used for ("منشآت تستخدمها لتنسيق هجمات الطائرات المسيرة") describe the target, not a series, nor the means', () => {
  it.each([
    ['used to coordinate', 'أغارت مقاتلات أمريكية فجر اليوم على منشآت تستخدمها كتائب حزب الله لتنسيق هجمات الطائرات المسيرة في القائم.', 'airstrike'],
    ['used, with a pronoun', 'قصفت طائرات أمريكية فجر اليوم مقراً يستخدمه الحرس الثوري في هجمات على القوات الأمريكية قرب البوكمال.', 'airstrike'],
    ['linked to attacks', 'نفذت القوات الأمريكية فجر اليوم ضربات جوية على منشآت مرتبطة بهجمات الصواريخ في جرف الصخر.', 'airstrike'],
    ['the sites linked, definite', 'ضربت مقاتلات أمريكية فجر اليوم المواقع المرتبطة بهجمات المسيرات في الميادين.', 'airstrike'],
  ])('%s', (_label, text, weapon) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', weapon }]);
  });

  it.each([
    ['attacks counted before the act', 'تعرضت القوات الأمريكية لهجمات متكررة بالطائرات المسيرة في العراق وسوريا منذ أشهر.'],
    ['a count of attacks in a year', 'وسجلت القواعد الأمريكية عشرات الهجمات بالطائرات المسيرة خلال العام الماضي.'],
  ])('still a series: %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('"not merely a link in the series the factions have kept up for years": the habit is the series\'s, the act is one', () => {
  it.each([
    ['an attack', 'لم يكن الهجوم بطائرة مسيرة على قاعدة التنف مساء الأحد 15 آب مجرد حلقة في سلسلة الاستهدافات التي دأبت عليها الفصائل منذ سنوات.', 'al-Tanf'],
    ['a strike', 'لم تكن الضربة الأمريكية على مقر الكتائب في القائم فجر الجمعة 2 شباط مجرد حلقة أخرى في سلسلة الهجمات التي اعتادت عليها المنطقة منذ أشهر.', 'al-Qaim'],
  ])('%s', (_label, text, place) => {
    expect(brief(text, '2024-02-10')).toMatchObject([{ place }]);
  });

  it('a habit of the act itself still tells no act', () => {
    expect(brief('ودأبت الفصائل منذ سنوات على استهداف قاعدة التنف بالطائرات المسيرة.', '2024-02-10')).toEqual([]);
  });
});

describe('what was done "instead of" ("بدلاً من ضرب …") is an act that did not happen', () => {
  it.each([
    ['"بدلاً من"', 'يرى دبلوماسي أن اختيار أهداف محدودة في دير الزور، بدلاً من ضرب البنية القيادية للفصائل في البوكمال، يعكس رغبة في إبقاء الرد محسوباً.'],
    ['"عوضاً عن"', 'واختارت واشنطن العقوبات عوضاً عن قصف مواقع الحرس الثوري في البوكمال.'],
    ['"بدل"', 'ودعا النائب إلى الحوار بدل استهداف القواعد الأمريكية في عين الأسد.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe('sites ranked by how often they are hit ("الأكثر استهدافاً"، "من أكثر المواقع التي تعرضت لهجمات") tell no act', () => {
  it.each([
    ['a list topped', 'تصدرت قواعد عين الأسد والتنف والشدادي وحرير قائمة المواقع الأكثر استهدافاً.'],
    ['"من أكثر المواقع التي"', 'وتعد قاعدة عين الأسد من أكثر المواقع التي تعرضت لهجمات بالصواريخ منذ تشرين الأول.'],
    ['"من أكثر القواعد التي استهدفتها"', 'وتبقى قاعدة حرير من أكثر القواعد التي استهدفتها الفصائل بالطائرات المسيرة.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe("a denial of the act's verbal noun, or by a participle after the speaker's account, denies the report", () => {
  it.each([
    ['the present tense, in a headline', 'سنتكوم تنفي قصف رتل للحشد قرب القائم'],
    ['the Pentagon denies striking', 'البنتاغون ينفي ضرب مواقع للفصائل في جرف الصخر فجر اليوم'],
    ['"نافياً ما تداولته"', 'وقال مصدر إن الانفجار في مخزن الحشد ناجم عن سوء الخزن، نافياً ما تداولته مواقع التواصل عن غارة لطائرة مسيرة في آمرلي.'],
    ['"نافيةً الأنباء"', 'وأكدت القيادة أن الحريق عرضي، نافيةً الأنباء عن قصف جوي استهدف المعسكر في جرف الصخر.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe("a roadside bomb or gunfire on Iran's men is no air, drone or missile strike", () => {
  it.each([
    ['an IED on a PMF vehicle', 'استشهد اثنان من منتسبي الحشد الشعبي مساء اليوم بانفجار عبوة ناسفة استهدفت عجلتهم في مطيبيجة.'],
    ['an IED on the road', 'أصيب ثلاثة من مقاتلي كتائب حزب الله بانفجار عبوة ناسفة على الطريق قرب القائم فجر اليوم.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe('what the accused are tried for is a case, not a report of the act', () => {
  it.each([
    ['a cell accused of firing rockets', 'أصدرت محكمة جنايات أربيل أحكاماً بالسجن على خلية متهمة بإطلاق صواريخ على مطار أربيل.'],
    ['the accused tried', 'وتحاكم السلطات خمسة متهمين بقصف قاعدة عين الأسد بالصواريخ.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe('"targets" an aim (depriving, drying up) is no act', () => {
  it.each([
    ['sanctions that target depriving', 'وتستهدف العقوبات حرمان الفصائل من موارد مالية في بغداد.'],
    ['measures that aim at drying up', 'وقال مسؤول إن الإجراءات تهدف إلى تجفيف منابع تمويل الكتائب في العراق.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe('air raids near a US site, the site only measured from, are no attack on it', () => {
  it.each([
    ['a raid kilometres from a base hosting coalition forces', 'وذكرت مصادر أن إحدى الغارات طالت منشأة نفطية في ريف رميلان، على بعد كيلومترات من قاعدة تضم قوات للتحالف، دون إصابات.'],
    ['Turkish drones 10 km from the base', 'وقصفت مسيرات تركية محطة كهرباء قرب القحطانية على بعد 10 كيلومترات من قاعدة رميلان.'],
  ])('%s', (_label, text) => {
    expect(brief(text, '2024-02-10')).toEqual([]);
  });
});

describe('ISIS named in the mission of the unit hit ("المكلف بمنع تسلل عصابات داعش") is not the war of the strike', () => {
  it.each([
    [
      '"بمنع تسلل"',
      'أقدمت الطائرات الأمريكية فجر اليوم على قصف مقر اللواء الرابع عشر في الحشد الشعبي، المرابط على الشريط الحدودي ضمن قاطع القائم، والمكلف بمنع تسلل عصابات داعش من الأراضي السورية.',
      'al-Qaim',
    ],
    ['"لملاحقة خلايا"', 'استهدفت غارة أمريكية فجر اليوم مقراً لكتائب حزب الله في القائم يستخدم لملاحقة خلايا داعش.', 'al-Qaim'],
    ['"مواجهة فلول"', 'قصفت طائرات مجهولة فجر اليوم موقعاً للحشد في عكاشات يتولى مواجهة فلول داعش في الصحراء.', 'Akashat'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it('a strike on ISIS cells is still their war', () => {
    expect(brief('استهدفت غارة جوية للتحالف فجر اليوم مخبأ لخلايا داعش في وادي حوران.')).toEqual([]);
  });
});
