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
