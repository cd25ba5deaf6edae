import { keyTokens } from '../text/tokens';
import { findCasualties, resolveCount } from './casualties';

const counts = (text: string) => {
  const m = findCasualties(keyTokens(text));
  return { killed: resolveCount(m, 'killed')?.value ?? null, injured: resolveCount(m, 'injured')?.value ?? null };
};

describe('findCasualties', () => {
  it.each([
    ['digits after the head', 'أسفر القصف عن مقتل 4 عناصر وإصابة 7 آخرين', 4, 7],
    ['number words', 'قتل ثلاثة جنود وأصيب خمسة عشر آخرون', 3, 15],
    ['hedged figures keep the figure', 'أدى الهجوم إلى إصابة أكثر من 30 عسكريا', null, 30],
    ['"at least"', 'إصابة ما لا يقل عن 12 من أفراد الخدمة', null, 12],
    ['dual noun', 'مقتل عنصرين من الفصيل', 2, null],
    ['singular victim', 'أسفرت الضربة عن مقتل قيادي في الفصيل', 1, null],
    ['singular victim with a companion', 'مقتل المسؤول الأمني للفصيل وأحد مرافقيه', 2, null],
    ['pronoun head', 'استهدفت الطائرة سيارتهما ما أدى إلى مقتلهما', 2, null],
    ['subject before the verb', 'وقال المرصد إن 9 مقاتلين قتلوا في الغارة', 9, null],
 ['number after the noun', 'سقطت قذائف ما أدى إلى إصابة مدنيين اثنين', null, 2],
    ['count noun', 'سقوط قتيل وستة جرحى', null, 6],
    ['vague plural is stated but unknown', 'أدى القصف إلى مقتل وإصابة عدد من العناصر', null, null],
    ['"met their death", victims between verb and noun', 'لقي أربعة من عناصر الفصيل مصرعهم وأصيب ستة آخرون بجروح', 4, 6],
    ['"met their end", dual', 'لقي جنديان حتفهما في الهجوم', 2, null],
    ['"met" with no death after it is no toll', 'لقي الهجوم على القاعدة إدانة واسعة', null, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['لم يسفر الهجوم عن وقوع إصابات', 0, 0],
    ['سقطت الصواريخ دون وقوع إصابات بين الجنود', 0, 0],
    ['ولم يخلف القصف أي ضحايا', 0, 0],
    ['لم يقتل أي جندي في الهجوم', 0, null],
    ['لم تكن هناك تقارير عن إصابات', 0, 0],
    ['سقط صاروخان دون أن يسفر ذلك عن خسائر', 0, 0],
  ])('stated zero: %s', (text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    'دون ورود معلومات عن إصابات',
    'لم تتوفر معلومات عن خسائر بشرية',
    'لم يتعرض الجنود لإصابات خطيرة',
    'سقطت القذائف دون خسائر مادية',
  ])('no information is not zero: %s', (text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });

  it('prefers a stated count over a zero elsewhere', () => {
    expect(counts('لم يقتل أي مستشار أجنبي، لكن الغارة أدت إلى مقتل 6 مسلحين').killed).toBe(6);
  });

  it.each([
    ['numbered soldiers under treatment', 'قال مسؤول إن أربعة جنود يتلقون العلاج من إصابات طفيفة', null, 4],
    ['a dual under treatment', 'جنديان يخضعان للفحص بسبب ارتجاج في الدماغ', null, 2],
    ['an unknown number under examination', 'عدد من الجنود يخضعون للفحص بسبب إصابات دماغية محتملة', null, null],
    ['treatment not for an injury', 'ثلاثة جنود يخضعون لدورة تدريبية في القاعدة', null, null],
  ])('treated for an injury: %s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it('marks whose people a stated zero is about', () => {
    const side = (text: string) => findCasualties(keyTokens(text)).filter((m) => m.value === 0).map((m) => m.side ?? null);
    expect(side('ولم يصب أي من الجنود العراقيين بأذى')).toEqual(['local']);
    expect(side('دون وقوع إصابات في صفوف القوات الأمريكية')).toEqual(['us', 'us']);
    expect(side('لم يسفر الهجوم عن إصابات')).toEqual([null, null]);
  });

  it('does not read a hit target as an injury', () => {
    expect(counts('أصابت الطائرات أهدافها بدقة وتمت إصابة الهدف مباشرة')).toEqual({ killed: null, injured: null });
  });
});
