import { keyTokens } from '../text/tokens';
import { findCasualties } from './casualties';

// What an act killed and what it wounded, told with two verbs after the act ("قتلت الصواريخ طفلة وأصابت خمسة"),
// and a toll told place by place. Sentences written for these tests.

const all = (text: string) => findCasualties(keyTokens(text)).map((m) => [m.kind, m.value]);

describe('one person killed, then others wounded by the next verb', () => {
  it.each([
    ['a girl, five wounded', 'قتلت الصواريخ التي سقطت خارج المنطقة طفلة وأصابت خمسة مدنيين.', 1, 5],
    ['a child (masculine), three others', 'قتل القصف طفلا وأصاب ثلاثة آخرين.', 1, 3],
    ['a civilian, four wounded with "جرحت"', 'قتلت الضربة مدنيا وجرحت أربعة من المارة.', 1, 4],
    ['a woman', 'قتلت القذيفة امرأة وأصابت اثنين من أبنائها.', 1, 2],
    ['a driver', 'قتلت المسيرة سائقا وأصابت مرافقيه الثلاثة.', 1, 3],
    ['a soldier, the clause between', 'قتلت الصواريخ التي أطلقت من الحي جنديا وأصابت ستة آخرين.', 1, 6],
  ])('%s', (_label, text, killed, injured) => {
    expect(all(text)).toEqual(
      expect.arrayContaining([
        ['killed', killed],
        ['injured', injured],
      ]),
    );
    expect(all(text).filter(([k]) => k === 'killed')).toEqual([['killed', killed]]);
  });

  it.each([
    ['a figure, then the wounded', 'قتلت الغارة ثلاثة عناصر وأصابت اثنين.', 3],
    ['a dual', 'قتلت المسيرة جنديين أمريكيين.', 2],
  ])('counts still read: %s', (_label, text, killed) => {
    expect(all(text).filter(([k]) => k === 'killed')).toEqual([['killed', killed]]);
  });
});

describe('a toll told place by place', () => {
  it.each([
    ['digits, the noun left out', 'قتل 10 عناصر في مدينة دير الزور، و13 في مدينة الميادين.', [10, 13]],
    ['words', 'قتل ثلاثة عناصر في عكاشات، وخمسة في القائم.', [3, 5]],
    ['"others"', 'قتل أربعة عناصر في القائم، وستة آخرون في عكاشات.', [4, 6]],
    ['the wounded', 'أصيب 7 عناصر في البوكمال و3 في الميادين.', [7, 3]],
  ])('%s', (_label, text, figures) => {
    expect(all(text).map(([, v]) => v)).toEqual(figures);
  });

  it('no place after the figure: no share', () => {
    expect(all('قتل 10 عناصر في مدينة دير الزور و13 من أبنائها نزحوا.').map(([, v]) => v)).toEqual([10]);
  });
});
