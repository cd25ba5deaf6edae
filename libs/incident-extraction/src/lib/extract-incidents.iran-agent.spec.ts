import { brief } from '../../test/brief';

// Iran as the adjective of the act is the one who struck, even with an adjective of the act's
// kind between them. Sentences written for these tests.
const actors = (text: string) => brief(text).map((m) => [m.place, m.actor]);

describe('"the Iranian (missile) attack" names Iran as the striker', () => {
  it.each([
    ['missile attack', 'ارتفع عدد المصابين جراء الهجوم الصاروخي الإيراني على قاعدة عين الأسد الجوية إلى 109.', [['Ain al-Asad', 'irgc']]],
    ['ballistic strikes', 'استهدفت الضربات الباليستية الإيرانية قاعدة حرير فجر اليوم.', [['Harir', 'irgc']]],
    ['the Iranian bombardment', 'أصيب جنود أمريكيون في القصف الإيراني على قاعدة عين الأسد فجر اليوم.', [['Ain al-Asad', 'irgc']]],
    ['the Iranian missile response', 'أصاب الرد الصاروخي الإيراني قاعدة حرير فجر اليوم.', [['Harir', 'irgc']]],
    ['the Iranian air attack', 'استهدف الهجوم الجوي الإيراني قاعدة حرير فجر اليوم.', [['Harir', 'irgc']]],
    ['Iranian missiles', 'سقطت صواريخ إيرانية على قاعدة حرير فجر اليوم.', [['Harir', 'irgc']]],
  ])('%s', (_label, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it.each([
    ['backed by Iran', 'هاجمت فصائل مدعومة من إيران قاعدة عين الأسد بالصواريخ.', [['Ain al-Asad', 'iran_backed_militia']]],
    ['loyal to Iran', 'هاجمت فصائل موالية لإيران قاعدة عين الأسد بالصواريخ.', [['Ain al-Asad', 'iran_backed_militia']]],
  ])('but a militia %s is not Iran itself', (_label, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});

describe("a sentence that tells another incident at another place names that act's attacker, not this one's", () => {
  it.each([
    [
      'أصيب أربعة عسكريين عراقيين مساء الأحد في هجوم بثمانية صواريخ كاتيوشا استهدف قاعدة بلد الجوية.\nويأتي الهجوم بعد أيام من قصف إيران بصواريخ باليستية قاعدة عين الأسد الجوية في الأنبار.',
      'Balad air base',
      'rocket',
      'unknown',
    ],
    ['سقطت ثلاثة صواريخ على معسكر التاجي مساء الأحد.\nوجاء ذلك بعد أسبوع من هجوم شنته كتائب حزب الله بطائرة مسيرة على قاعدة حرير.', 'Taji', 'rocket', 'unknown'],
  ])('undated: %s', (text, place, weapon, actor) => {
    const first = brief(text, null)[0];
    expect([first.place, first.weapon, first.actor]).toEqual([place, weapon, actor]);
  });

  it('but the attacker named in the same sentence as the act still counts', () => {
    const text = 'شنت الطائرات الأمريكية فجر اليوم غارات على مواقع لميليشيات موالية لإيران في مدينة البوكمال، ردا على هجوم بطائرة مسيرة استهدف قاعدة التنف أمس.';
    expect(brief(text).find((m) => m.place === 'al-Tanf')?.actor).toBe('iran_backed_militia');
  });
});

describe('Iran or its groups as the one striking is no strike on them ("الحرس الثوري يقصف أربيل")', () => {
  it.each([
    ['subject before a present verb', 'الحرس الثوري يقصف أربيل بصواريخ باليستية ويقتل أربعة مدنيين'],
    ['missiles it launched on a house', 'قتل أربعة مدنيين عندما سقطت صواريخ باليستية أطلقها الحرس الثوري على منزل في أربيل فجر اليوم.'],
    ['telling of its own strike', 'وقال الحرس الثوري في بيان إنه استهدف مقراً للتجسس في أربيل بالصواريخ الباليستية.'],
    ['a group bombarding a village in the present', 'حزب الله يقصف بلدة في ريف القصير بالصواريخ فجر اليوم.'],
    ['drones it sent on a camp', 'أصيب لاجئان عندما هاجمت مسيرات أطلقها الحرس الثوري مخيما في كويسنجق مساء أمس.'],
    ['a faction announcing it struck a rival', 'وأعلنت كتائب حزب الله أنها قصفت مواقع لتنظيم داعش قرب الطارمية بالصواريخ.'],
  ])('%s', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'strike_on_militias')).toEqual([]);
  });

  it.each([
    ["a US strike on the guards' site", 'قصفت طائرات أمريكية مقرا للحرس الثوري في البوكمال فجر اليوم.', 'Albukamal'],
    ['a raid on a PMF site, no striker named', 'غارة على مقر للحشد الشعبي في القائم فجر اليوم.', 'al-Qaim'],
    ['the PMF announcing its dead from an air strike', 'أعلنت هيئة الحشد الشعبي مقتل أربعة من منتسبيها جراء ضربة جوية استهدفت مقرا لها في جرف الصخر ليل الثلاثاء.', 'Jurf al-Sakhar'],
    ['Israel striking a group that was telling of its own act', 'قصفت طائرات إسرائيلية مستودعا لحزب الله قرب البوكمال بعد أن قال الحزب إنه استهدف دورية.', 'Albukamal'],
  ])('but a strike on them stays: %s', (_label, text, place) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual([['strike_on_militias', place]]);
  });
});

describe('a US target said not to have been hit, or among whom nobody was hurt, is none', () => {
  it.each([
    ['US facilities not targeted', 'وقالت المتحدثة إن أي منشآت أو أفراد أمريكيين لم يستهدفوا في القصف الإيراني على أربيل.'],
    ['no injuries among Americans', 'وأكد البنتاغون أن الصواريخ التي سقطت في أربيل لم توقع إصابات بين الأمريكيين.'],
    ['US forces not exposed to the attack', 'وأوضح مسؤول أن القوات الأمريكية لم تتعرض للهجوم الذي طال منزلا في أربيل.'],
    ['no losses in US ranks', 'وسقطت صواريخ على منزل في أربيل دون خسائر في صفوف الأمريكيين.'],
  ])('%s', (_label, text) => {
    expect(brief(text).filter((m) => m.category === 'attack_on_us_forces')).toEqual([]);
  });

  it.each([
    ['a named base with no US hurt', 'سقطت صواريخ على قاعدة حرير ولم توقع إصابات بين الأمريكيين.', 'Harir'],
    ['an airport with no losses among Americans', 'أطلقت صواريخ على مطار أربيل فجر اليوم دون وقوع إصابات في صفوف الأمريكيين.', 'Erbil airport'],
  ])('but an attack at a US site stays: %s', (_label, text, place) => {
    expect(brief(text).map((m) => [m.category, m.place])).toEqual([['attack_on_us_forces', place]]);
  });
});
