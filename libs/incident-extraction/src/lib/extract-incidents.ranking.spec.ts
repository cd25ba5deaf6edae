import { brief } from '../../test/brief';

// A superlative ranks one act against others ("the most direct since months", "one of the fiercest
// attacks"): the period or the plural it ranks over tells no habit and no series. Sentences written
// for these tests.

describe('a superlative over a period ranks one act', () => {
  it.each([
    [
      'the most direct against the mission since months',
      'أصاب صاروخ مساء الخميس مبنى داخل مجمع السفارة الأمريكية في بغداد، في هجوم وصفه مسؤولون بأنه الأكثر مباشرة ضد البعثة الدبلوماسية منذ أشهر.',
      'US embassy Baghdad',
    ],
    ['the fiercest on the base in years', 'سقطت عشرة صواريخ على قاعدة عين الأسد فجر الأربعاء، في ما اعتبره ضباط الهجوم الأعنف على القاعدة الجوية منذ سنوات.', 'Ain al-Asad'],
    ['the largest over the whole period', 'هاجمت خمس طائرات مسيرة قاعدة حرير مساء الثلاثاء، وهو الهجوم الأكبر بالطائرات المسيرة على قواعد الإقليم على مدى العام.', 'Harir'],
    ['the most dangerous since months, told last', 'استهدفت قذائف صاروخية حقل العمر يوم الاثنين، وقال مصدر إنه الاستهداف الأخطر للقوات الأمريكية في الحقل منذ أشهر.', 'al-Omar oil field'],
  ])('%s', (_label, text, place) => {
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });

  it.each([
    ['a count stays a habit', 'تتعرض قاعدة عين الأسد مرارا لهجمات صاروخية، وهي الأكبر في غرب العراق.'],
    ['a period without a superlative', 'تطلق الفصائل الصواريخ على قاعدة حرير منذ أشهر دون أن تتبنى ذلك.'],
  ])('still no incident for %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('"one of the fiercest attacks" is one act', () => {
  it.each([
    [
      'one of the most dangerous targetings, month only',
      'وكانت السفارة الأمريكية في بغداد قد تعرضت في شباط الماضي لقصف سقط خلاله صاروخ على مبنى داخل مجمعها، في واحد من أخطر الاستهدافات التي طالتها.',
      'US embassy Baghdad',
      '2024-02',
    ],
    ['one of the fiercest attacks, with a day', 'تعرضت قاعدة التنف مساء الأحد لهجوم بطائرات مسيرة، في واحد من أعنف الهجمات التي شهدتها القاعدة.', 'al-Tanf', '2024-03-10'],
    ['among the bloodiest strikes', 'قتل عشرة عناصر من كتائب حزب الله في غارة أمريكية على موقع قرب القائم فجر الثلاثاء، في واحدة من أدمى الضربات على الفصائل.', 'al-Qaim', '2024-03-12'],
    ['one of the largest, feminine "إحدى"', 'وكانت قاعدة الشدادي قد تعرضت في كانون الثاني الماضي لإحدى أكبر الهجمات الصاروخية التي استهدفتها.', 'al-Shaddadi', '2024-01'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text)).toMatchObject([{ place, date }]);
  });

  it.each([
    ['"most of the attacks" is a series', 'وتبنت المقاومة الإسلامية أكثر الهجمات التي استهدفت قاعدة عين الأسد في كانون الثاني الماضي.'],
    ['a series with no superlative', 'وكانت السفارة الأمريكية قد تعرضت في شباط الماضي لسلسلة من الاستهدافات التي طالتها.'],
  ])('still no incident for %s', (_label, text) => {
    expect(brief(text)).toEqual([]);
  });
});
