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
