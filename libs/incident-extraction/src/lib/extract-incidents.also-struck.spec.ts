import { brief } from '../../test/brief';

// A strike wave told site by site: what the strikes "also" hit is another site of the wave, however near the first
// (an incident is one place); a place inside the first stays that incident. Sentences written for these tests.
const places = (text: string, pub: string | null = '2024-03-15') => brief(text, pub).map((m) => m.place);

describe('what the strikes also hit, near the first site, is another incident', () => {
  it.each([
    [
      '"also" after the verb, in a witness report',
      'قصفت طائرات أمريكية مطار كربلاء قيد الإنشاء فجر اليوم. وقال شهود إن القصف طال أيضا مقرا لكتائب حزب الله في ناحية الحيدرية شمالي النجف.',
      ['Karbala airport', 'al-Haydariyah (Najaf)'],
    ],
    ['«كما» opening the next sentence', 'قصفت مسيرات مجهولة مواقع للحرس الثوري في مدينة الميادين ليل الأحد. كما استهدفت الضربات مستودعا للأسلحة في بلدة محكان.', ['Mayadin', 'Muhkan']],
    [
      '"also" trailing the verb and its subject, after a comma',
      'استهدفت غارات جوية مواقع للحشد في معسكر الصقر جنوبي بغداد مساء الثلاثاء، وطالت الغارات كذلك مخزنا للعتاد في اليوسفية.',
      ['Camp Saqr', 'Yusufiyah'],
    ],
    [
      'the strikes named as the subject, then "and the raids also targeted"',
      'غارات إسرائيلية على مطار دير الزور العسكري فجر اليوم، واستهدفت الغارات أيضاً مقراً للميليشيات في حي هرابش.',
      ['Deir ez-Zor airport', 'Harabesh'],
    ],
    [
      'a security source, the next sentence',
      'شنت طائرات أمريكية غارات على مقرات لكتائب حزب الله في جرف الصخر ليلة أمس. وأفاد مصدر أمني بأن الغارات استهدفت أيضا مستودعا للطائرات المسيرة في المسيب.',
      ['Jurf al-Sakhar', 'Musayyib'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps the striker and the weapon for the second site (the drones in a depot hit are no weapon)', () => {
    const text = 'شنت طائرات أمريكية غارات على مقرات لكتائب حزب الله في جرف الصخر ليلة أمس. وأفاد مصدر أمني بأن الغارات استهدفت أيضا مستودعا للطائرات المسيرة في المسيب.';
    expect(brief(text).find((m) => m.place === 'Musayyib')).toMatchObject({ category: 'strike_on_militias', weapon: 'airstrike', actor: 'us' });
  });
});

describe('what the strikes also hit inside the first site, or at it, stays one incident', () => {
  it.each([
    ['a village in the desert of the town told after', 'قصفت طائرات مجهولة مواقع في منطقة الحيدرية ببادية الميادين فجر اليوم، كما استهدفت الغارات مزارع في ريف الميادين.', ['al-Haydariyah']],
    ['the same town again', 'استهدفت غارات أمريكية مقرات للحشد في القائم مساء أمس. كما طالت الغارات أيضا مخازن أسلحة في القائم.', ['al-Qaim']],
    ['the airport of the town told first', 'قصفت طائرات مجهولة مواقع للميليشيات في البوكمال فجر اليوم، كما استهدفت الضربات مطار الحمدان.', ['Hamdan airport']],
    ['an attack, not a strike: a drone that also fell near the base', 'استهدفت مسيرات قاعدة عين الأسد فجر اليوم، كما سقطت مسيرة أيضا قرب البغدادي.', ['Ain al-Asad']],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('"reached" with its subject elided tells where the act before it fell, not another act', () => {
    const text = 'شنت مسيرات مجهولة منذ مساء الجمعة سلسلة غارات على مواقع للحشد في القائم، طالت مخازن للعتاد قرب الحدود.';
    expect(places(text)).toEqual(['al-Qaim']);
  });
});

describe('a report told before an act told as «also» belongs to the act before it', () => {
  it('the official version of the first strike does not follow the second', () => {
    const text =
      'قصفت طائرة إسرائيلية مقرا للحشد في بلدة آمرلي في 19 تموز 2019. وكانت بغداد قد تحدثت عن مسيرة مجهولة وعن ثلاثة جرحى، في حين أشارت تقارير إلى مقتل مستشارين إيرانيين. وبحسب التقرير، فإن الطائرة الإسرائيلية نفذت كذلك ضربة ليل 28 تموز على معسكر أشرف في ديالى.';
    expect(brief(text, '2019-07-30').map((m) => [m.place, m.date, m.injured])).toEqual([
      ['Amerli', '2019-07-19', 3],
      ['Camp Ashraf', '2019-07-28', null],
    ]);
  });
});
