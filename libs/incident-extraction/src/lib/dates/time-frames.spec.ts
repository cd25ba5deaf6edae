import { datesOf } from '../../../test/sentence';

// Sentences written for these specs; publication Friday 15 March 2024.
describe('dates that frame a period or a count, not an act', () => {
  it.each([
    ['"منذ أن" + a clause + the month', 'وهو الهجوم الأول على السفارة منذ أن بدأت الحرب في غزة منتصف أكتوبر'],
    ['"منذ بدء" + a clause + a day', 'وهي المرة الأولى التي تستهدف فيها القاعدة منذ بدء الحرب في 7 أكتوبر'],
    ['"منذ اندلاع" + a clause + an ordinal day', 'في أول هجوم من نوعه منذ اندلاع الحرب في السابع من تشرين الأول'],
    ['Maghrebi month after "منذ انطلاق"', 'تعرضت القاعدة لعشرات الضربات منذ انطلاق الحرب على غزة في أكتوبر'],
    ['"منذ مطلع شهر"', 'وتكررت الضربات على المعبر منذ مطلع شهر كانون الثاني'],
    ['"منذ أواسط شهر"', 'تتعرض القواعد الأمريكية لهجمات منذ أواسط شهر تشرين الأول'],
    ['"حتى نهاية شهر"', 'استمرت الغارات على مواقع الفصائل حتى نهاية شهر شباط الماضي'],
    ['"منذ الشهر الماضي"', 'تتعرض القواعد لهجمات متكررة منذ الشهر الماضي'],
    ['an ordinal count with "الشهر الماضي"', 'لتكون المسيرة الثالثة التي تسقط فوق القاعدة الشهر الماضي'],
    ['a construct ordinal with "خلال الشهر الجاري"', 'وهو ثاني هجوم يستهدف حقل العمر خلال الشهر الجاري'],
    ['"للمرة الثانية" with last week', 'سقطت الصواريخ على معسكر التاجي للمرة الثانية خلال الأسبوع الماضي'],
    ['a construct ordinal with "في غضون الشهر الماضي"', 'وهذا ثالث استهداف لقاعدة حرير في غضون الشهر الماضي'],
    ['an ordinal count with "الأسبوع الماضي"', 'وهي الضربة الرابعة على البوكمال خلال الأسبوع الماضي'],
  ])('%s', (_label, text) => {
    expect(datesOf(text)).toEqual([]);
  });

  it.each([
    ['a commemoration "أمس"', 'وأحيا أنصار الحشد الذكرى أمس عند موقع الاغتيال قرب مطار بغداد'],
    ['a funeral before the day', 'شيع الآلاف أمس جثامين المقاتلين الذين قتلوا بالغارة'],
    ['a memorial on a weekday', 'أقيمت مراسم تأبين القيادي مساء الثلاثاء في كربلاء'],
    ['a funeral on "يوم الجمعة"', 'جرى تشييع القتلى يوم الجمعة في البوكمال'],
    ['a protest today', 'نظم أنصار الفصائل وقفة احتجاجية اليوم أمام السفارة'],
    ['a demonstration yesterday', 'خرجت تظاهرة أمس الأحد قرب السفارة الأمريكية'],
    ['a wake on a calendar date', 'أقيم مجلس عزاء في 5 كانون الثاني 2024 في بغداد'],
    ['an anniversary that fell yesterday', 'تزامن الهجوم مع الذكرى الرابعة لمقتل سليماني التي صادفت أمس'],
    ['an anniversary kept on a Levantine date', 'أحيت الفصائل في 3 كانون الثاني ذكرى مقتل المهندس'],
    ['a funeral right after the day', 'جرت أمس جنازة الجنود الثلاثة في الولايات المتحدة'],
  ])('skips the day of a ceremony: %s', (_label, text) => {
    expect(datesOf(text)).toEqual([]);
  });

  it('still reads the date of an act', () => {
    // An anniversary named after the act's own date does not take it.
    expect(datesOf('هاجمت مسيرة قاعدة فكتوريا فجر اليوم تزامنا مع ذكرى مقتل سليماني')).toEqual([['2024-03-15', 'day', 3]]);
    // A comma closes the period: the next clause dates its own act.
    expect(datesOf('تتعرض القواعد لهجمات منذ أسابيع، وفي 3 آذار قصفت مسيرة قاعدة حرير')).toEqual([['2024-03-03', 'day', 4]]);
    // An ordinal count dated to the day: the day is the act's.
    expect(datesOf('وهو الهجوم الثاني على القاعدة في 3 آذار')).toEqual([['2024-03-03', 'day', 4]]);
    // A month after the name of a month with an ordinal in it ("كانون الثاني") is no count.
    expect(datesOf('قصفت الطائرات في كانون الثاني مواقع في البوكمال، ثم عادت الشهر الماضي').map((d) => d[0])).toEqual(['2024-01', '2024-02']);
    expect(datesOf('وفي أكتوبر الماضي، استهدفت مسيرة القاعدة')).toEqual([['2023-10', 'month', 1]]);
    // A named month holds the act it counts.
    expect(datesOf('وهي الضربة الرابعة على البوكمال في شباط')).toEqual([['2024-02', 'month', 1]]);
  });
});
