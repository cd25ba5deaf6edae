import { brief } from '../../test/brief';

// Classes found on dev22 (a set written blind to the rules, read after its first figure), each fixed as
// a mechanism. Sentences written for these tests, in variants the set does not show.

describe('the attackers a response killed (ISIS, "terrorists") are no toll of the side attacked', () => {
  it.each([
    [
      'ISIS members behind the launch',
      'سقطت صواريخ مساء الجمعة على قاعدة حرير من دون تسجيل ضحايا. وقال قائد في البيشمركة إن القوات ردت على مصادر النيران وقتلت ثلاثة من عناصر تنظيم داعش كانوا وراء عملية الإطلاق.',
      0,
    ],
    ['terrorists killed by the response', 'تعرضت قاعدة عين الأسد لقصف صاروخي فجر اليوم دون إصابات، وأعلنت قيادة العمليات مقتل أربعة إرهابيين في ملاحقة مطلقي الصواريخ.', 0],
    ['soldiers of the base still count', 'قتل جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم.', 2],
  ])('%s', (_label, text, killed) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', killed }]);
  });
});
