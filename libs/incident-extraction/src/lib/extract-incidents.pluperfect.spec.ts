import { brief } from '../../test/brief';

// "وكان … قد …" tells an earlier act or how the act of the news went. Sentences written for these tests.

describe('a pluperfect with a time of its own far from "كان" is an earlier act', () => {
  it.each([
    [
      'a month and a toll, undated page',
      'هاجمت طائرة مسيرة مساء أمس الأربعاء قاعدة التحالف في مطار أربيل دون إصابات. وكان هجوم صاروخي على المطار في منتصف شباط/فبراير قد أودى بحياة متعاقد أجنبي.',
      null,
    ],
    ['a weekday named in a long subject', 'سقطت قذيفتا هاون على قاعدة حرير فجر اليوم. وكان قصف صاروخي عنيف على القاعدة الجوية في ليلة الأحد الماضي قد أصاب مستودعا للوقود.', '2024-03-15'],
    [
      'the month before the particle, a dated page',
      'تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة صباح اليوم. وكانت صواريخ كاتيوشا أطلقت على القاعدة في كانون الثاني الماضي قد أصابت مهجعا للجنود.',
      '2024-03-15',
    ],
  ])('%s', (_label, text, pub) => {
    const out = brief(text, pub);
    expect(out).toHaveLength(2);
    expect(new Set(out.map((m) => m.weapon)).size).toBe(2);
  });
});

describe('a pluperfect with no time of its own tells how the act of the news went', () => {
  it.each([
    [
      'rockets fired from a vehicle, after a reaction',
      'قالت حكومة الإقليم إن الهجوم الصاروخي الذي استهدف مساء الأربعاء محيط مطار أربيل يمثل تهديدا للمدنيين. وكانت ستة صواريخ قد أطلقت من عجلة باتجاه المطار، وسقط بعضها في محيطه من دون إصابات.',
      'Erbil airport',
      'rocket',
    ],
    [
      'drones, after a condemnation',
      'دانت الحكومة العراقية الهجوم بالطائرات المسيرة الذي طال قاعدة عين الأسد فجر الأحد. وكانت ثلاث مسيرات قد حلقت فوق القاعدة قبل أن تسقط اثنتان منها داخلها.',
      'Ain al-Asad',
      'drone',
    ],
    [
      'the strike already told as the subject',
      'شنت طائرات أمريكية غارة على مقر لكتائب حزب الله قرب القائم فجر اليوم. وكانت الغارة، التي نفذتها طائرتان حربيتان بقنابل موجهة، قد أسفرت عن مقتل ثلاثة عناصر.',
      'al-Qaim',
      'airstrike',
    ],
  ])('%s', (_label, text, place, weapon) => {
    expect(brief(text, null)).toMatchObject([{ place, weapon }]);
  });

  it('still an earlier act when told as earlier ("وفي وقت سابق")', () => {
    expect(brief('هاجمت مسيرة قاعدة الشدادي فجر اليوم. وفي وقت سابق كانت الفصائل قد أطلقت صواريخ على القاعدة وأصابت جنديين.', null)).toHaveLength(2);
  });
});

describe('an act told as the cause of another is no news of the day', () => {
  it.each([
    [
      'a headline cause, then the dated strike',
      'قصف صاروخي يستهدف القوات الأمريكية في حقل العمر بعد غارات على البوكمال\nتعرضت قاعدة أمريكية في حقل العمر، أمس الاثنين، لقصف صاروخي. وكانت طائرات أمريكية قد استهدفت، ليل الأحد، مواقع لفصائل موالية لإيران قرب مدينة البوكمال.',
      'Albukamal',
    ],
    [
      'a cause clause, then the pluperfect detail at the same base',
      'دمرت مروحيات أمريكية ثلاث عربات استخدمت في إطلاق صواريخ، عقب هجوم صاروخي استهدف قاعدة كونيكو. وكانت عدة صواريخ قد سقطت داخل قاعدة كونيكو ما أدى إلى إصابة ثلاثة عسكريين.',
      'Conoco gas field',
    ],
    [
      'a retaliation headline, then the dated strike',
      'ضربة صاروخية على قاعدة التنف ردا على غارات في البوكمال\nوكانت مقاتلات أمريكية قد قصفت مساء الخميس مستودعا للحرس الثوري في مدينة البوكمال.',
      'Albukamal',
    ],
  ])('%s', (_label, text, place) => {
    expect(brief(text).filter((m) => m.place === place)).toHaveLength(1);
  });
});

describe('an active verb of wounding counts its victims', () => {
  it.each([
    ['after a killing', 'وكان هجوم صاروخي على مطار أربيل قد أودى بحياة متعاقد وأصاب تسعة آخرين', 9],
    ['the shrapnel between', 'هاجمت مسيرة قاعدة حرير مساء الخميس وأصابت الشظايا اثنين من المتعاقدين', 2],
    ['the act between', 'أصاب هجوم صاروخي ثلاثة متعاقدين في قاعدة عين الأسد مساء اليوم', 3],
    ['soldiers after a fall', 'سقطت صواريخ على قاعدة عين الأسد مساء اليوم وأصابت خمسة جنود أمريكيين', 5],
  ])('%s', (_label, text, injured) => {
    expect(brief(text)[0]).toMatchObject({ injured });
  });

  it.each([
    ['what was hit', 'أصاب صاروخ قاعة الطعام في قاعدة عين الأسد مساء اليوم'],
    ['counted rockets', 'أصابت ثلاثة صواريخ قاعدة عين الأسد مساء اليوم'],
    ['counted rockets in figures', 'أصابت 3 صواريخ قاعدة عين الأسد مساء اليوم'],
  ])('no victims in %s', (_label, text) => {
    expect(brief(text)[0]).toMatchObject({ injured: null });
  });
});

describe('a recollection whose object points back to the one the news told is the same act', () => {
  it.each([
    ['a house, with the toll', 'قال ذوو الضحايا الذين قضوا بسقوط صاروخ على منزلهم قرب مطار بغداد إنهم لم يتسلموا أي تعويض. وكان صاروخ كاتيوشا قد سقط مساء الإثنين على المنزل، ما أسفر عن مقتل خمسة.'],
    ['a home hit', 'شيع أهالي الرضوانية ضحايا صاروخ سقط على بيتهم قرب مطار بغداد. وكان صاروخ قد أصاب البيت ليلة الاثنين وقتل ثلاثة.'],
    ['a house, the day after the verb', 'شيع أهالي الرضوانية ضحايا صاروخ سقط على منزلهم قرب مطار بغداد. وكان صاروخ قد سقط ليلة الاثنين على المنزل.'],
    ['a home, the day after the verb', 'شيع أهالي الرضوانية ضحايا صاروخ سقط على بيتهم قرب مطار بغداد. وكان صاروخ قد سقط ليلة الاثنين على البيت.'],
  ])('%s', (_label, text) => {
    expect(brief(text, null)).toHaveLength(1);
  });

  it('another house on a day of its own is another act', () => {
    expect(brief('سقط صاروخ على منزل قرب مطار بغداد اليوم. وكان صاروخ قد سقط على منزل مجاور في 3 آذار.')).toHaveLength(2);
  });
});

describe('a recollection dated the day of publication is the story of the day', () => {
  it.each([
    [
      'noon today, after a headline',
      'الناطق العسكري: استهداف مقر للحشد في بغداد اعتداء خطير\nأدان الناطق العسكري، اليوم الجمعة، الاستهداف. وكانت طائرة مسيرة قد استهدفت، ظهر اليوم، مقر الدعم اللوجستي للحشد في شارع فلسطين شرقي بغداد.',
    ],
    ['dawn today', 'قصف مقر لكتائب حزب الله في القائم\nوكانت مسيرة أمريكية قد قصفت فجر اليوم مقرا للكتائب في القائم.'],
    ['this morning', 'هجوم على قاعدة عين الأسد\nوكانت صواريخ قد سقطت صباح اليوم على قاعدة عين الأسد.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toHaveLength(1);
  });

  it('one dated days before is another act', () => {
    expect(brief('هجوم على قاعدة عين الأسد\nوكانت صواريخ قد سقطت يوم 3 آذار على قاعدة عين الأسد.')).toHaveLength(2);
  });
});
