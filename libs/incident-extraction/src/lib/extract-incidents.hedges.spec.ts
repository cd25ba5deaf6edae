import { brief } from '../../test/brief';

// What may happen, what is brandished and what is denied as a proposition tell no act; the
// same words around an act that happened leave it. Sentences written for these tests.

describe('"قد" before a present tense governing the act a few words on: what may happen', () => {
  it.each([
    ['exposes them to strikes', 'ويرى محللون أن دخول الحرب قد يعرّضها لضربات إسرائيلية موجعة في بغداد.'],
    ['resorts to targeting', 'وقد تلجأ الفصائل إلى استهداف قاعدة عين الأسد مجدداً خلال الأيام المقبلة.'],
    ['drags the region into attacks', 'ويخشى دبلوماسيون أن التصعيد قد يجرّ المنطقة إلى هجمات على القواعد الأمريكية في سوريا.'],
    ['pushes the groups towards shelling', 'ويقول مراقبون إن الضغوط قد تدفع الجماعات المسلحة نحو قصف مطار أربيل.'],
    ['opens the door to raids', 'وأي خطأ في الحسابات قد يفتح الباب أمام غارات أمريكية على مقار الحشد في القائم.'],
    ['a form V present', 'وقال الخبير إن مقار الفصائل في البوكمال قد تتعرض لغارات جوية في أي لحظة.'],
    ['with its conjunction', 'فالقرار قد يستدعي ضربات انتقامية على مواقع كتائب حزب الله في جرف الصخر.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['the pluperfect', 'وكانت قاعدة حرير قد تعرضت لهجوم بطائرة مسيرة فجر الثلاثاء.', 'attack_on_us_forces', 'Harir'],
    ['the pluperfect, masculine', 'وكان مقر للنجباء قرب القائم قد تعرض لقصف جوي ليل الأحد.', 'strike_on_militias', 'al-Qaim'],
    ['"may be" of who struck', 'قتل ثلاثة عناصر في غارة قد تكون إسرائيلية استهدفت مستودعا للحرس الثوري في البوكمال فجر اليوم.', 'strike_on_militias', 'Albukamal'],
    ['a hedge on the toll after the act', 'قصفت طائرة مجهولة موقعا لكتائب حزب الله في القائم فجر اليوم، وقالت مصادر إن الحصيلة قد ترتفع.', 'strike_on_militias', 'al-Qaim'],
    ['an act told before a hedge on what follows', 'سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء أمس، ويرى محللون أن الهجوم قد يستدعي ردا أمريكيا.', 'attack_on_us_forces', 'Ain al-Asad'],
  ])('still an incident: %s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe('brandishing attacks (لوّح) is a threat', () => {
  it.each([
    ['brandished by factions', 'لوّحت فصائل عراقية مسلحة باستهداف القواعد الأمريكية في العراق إذا انخرطت واشنطن في الحرب.'],
    ['the present tense', 'وتلوّح كتائب حزب الله بضرب قاعدة عين الأسد ردا على أي عدوان.'],
    ['the participle', 'وأصدرت النجباء بيانا ملوّحة بقصف السفارة الأمريكية في بغداد.'],
    ['a masculine subject', 'ولوّح قيادي في الحشد بشن هجمات على قاعدة حرير قرب أربيل.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('a denial of a proposition ("نفى … أن يكون … قد") denies the act in it', () => {
  it.each([
    ['a commander denies his HQ was shelled', 'في المقابل، نفى قائد في لواء فاطميون الأفغاني أن يكون مقر اللواء قرب مدينة البوكمال قد تعرض للقصف.'],
    ['a ministry denies the airport was hit', 'ونفت وزارة الدفاع العراقية أن تكون قاعدة عين الأسد قد تعرضت لأي هجوم صاروخي الليلة الماضية.'],
    ['the denial told by a participle', 'وقال المتحدث إن الأوضاع هادئة، نافياً أن تكون مقرات الحشد في القائم قد استهدفت بغارة جوية.'],
    ['a present denial', 'وتنفي مصادر في الحشد الشعبي أن يكون أي من مواقعها في جرف الصخر قد قصف بطائرات مسيرة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['a denial of losses', 'قصفت طائرة مسيرة مقرا للنجباء في القائم فجر اليوم، ونفت الحركة أن يكون القصف قد أوقع قتلى في صفوفها.', 'strike_on_militias', 'al-Qaim'],
    ['a denial of who did it', 'استهدفت غارة جوية مستودعا للحرس الثوري في البوكمال مساء الأحد، ونفى التحالف أن تكون طائراته قد نفذت الغارة.', 'strike_on_militias', 'Albukamal'],
  ])('still an incident: %s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe("the side whose men or site an act hit is its victim, not a striker (Hezbollah's war with Israel)", () => {
  it.each([
    ['a gathering of soldiers', 'أعلن حزب الله في بيان، بعد ظهر اليوم الثلاثاء، أن مقاتليه استهدفوا تجمعاً لجنود الجيش الإسرائيلي في محيط ثكنة المطلة بالأسلحة الصاروخية الموجهة.'],
    ['the subject between verb and victims', 'استهدف مقاتلو حزب الله تجمعاً لجنود الجيش الإسرائيلي في محيط ثكنة المطلة بالأسلحة الصاروخية.'],
    ['a vehicle', 'استهدف حزب الله آلية للجيش الإسرائيلي قرب المطلة بصاروخ موجه.'],
    ['a position hit by an Iraqi faction', 'هاجمت المقاومة الإسلامية في العراق بطائرة مسيرة موقعا للجيش الإسرائيلي في الجولان المحتل.'],
    ['a patrol', 'وقصفت المقاومة دورية للجيش الإسرائيلي عند أطراف بلدة كفركلا بقذائف المدفعية.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['the army striking', 'قصف الجيش الإسرائيلي موقعا لحزب الله في القصير بريف حمص فجر اليوم.', 'strike_on_militias', 'al-Qusayr'],
    ['a raid of the army', 'استهدفت غارة للجيش الإسرائيلي مستودعا للحرس الثوري قرب مطار دمشق.', 'strike_on_militias', 'Damascus airport'],
    ['US soldiers hit', 'استهدفت الفصائل تجمعا لجنود الجيش الأمريكي في قاعدة عين الأسد بصواريخ كاتيوشا مساء أمس.', 'attack_on_us_forces', 'Ain al-Asad'],
    ['a coalition position hit', 'قصفت الفصائل موقعا للتحالف الدولي في قاعدة حرير بطائرتين مسيرتين.', 'attack_on_us_forces', 'Harir'],
  ])('still an incident: %s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe('what a source is said not to show (a fact check) is no act', () => {
  it.each([
    ['a video', 'الفيديو لا يُظهر استهداف قاعدة عين الأسد بطائرة مسيّرة'],
    ['photos, past negation', 'الصور المتداولة لم تُثبت قصف مقر لكتائب حزب الله في القائم.'],
    ['a clip with its subject after the verb', 'ولا تُظهر اللقطات سقوط صواريخ على قاعدة حرير كما زعمت الحسابات.'],
    ['footage that documents nothing', 'والمقطع لا يوثّق استهداف السفارة الأمريكية في بغداد، بل يعود إلى تدريب سابق.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['a video that shows the act', 'ويُظهر الفيديو استهداف قاعدة عين الأسد بطائرة مسيّرة مساء أمس.', 'attack_on_us_forces', 'Ain al-Asad'],
    ['an act the coalition did not confirm', 'تبنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة فجر اليوم، ولم يؤكد التحالف الهجوم.', 'attack_on_us_forces', 'Harir'],
  ])('still an incident: %s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});

describe('acts told by how they rose (تصاعدت الضربات، تزايدت الغارات) are many, unless a day is pinned', () => {
  it.each([
    ['a rise of Israeli strikes since a war', 'وتصاعدت الضربات الإسرائيلية على الأراضي السورية منذ اندلاع الحرب في قطاع غزة في تشرين الأول الماضي، وطالت مواقع في محيط دمشق وحمص ودير الزور وحلب.'],
    ['unidentified strikes grew over a year', 'وتزايدت الضربات الجوية المجهولة على مستودعات الحرس الثوري في دير الزور خلال العام الماضي.'],
    ['the verbal noun', 'ويأتي ذلك مع تكثيف الغارات الأمريكية على مواقع الفصائل في القائم والبوكمال.'],
    ['a present tense', 'وتتصاعد الهجمات على قاعدة حرير منذ مطلع الشهر.'],
    ['another rise verb', 'وازدادت الاعتداءات على مقرات الحشد في جرف الصخر في الأشهر الأخيرة.'],
  ])('%s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });

  it.each([
    ['a rise told before a strike of its own', 'وفي ظل تصاعد الغارات الإسرائيلية، استهدفت غارة فجر اليوم مستودعا للحرس الثوري في البوكمال.', 'strike_on_militias', 'Albukamal'],
    ['smoke rising after a strike', 'تصاعد الدخان من مستودع للحرس الثوري في البوكمال بعد غارة إسرائيلية فجر اليوم.', 'strike_on_militias', 'Albukamal'],
  ])('still an incident: %s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });
});
