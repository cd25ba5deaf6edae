import { brief } from '../../test/brief';

// Classes left open on dev28 and dev30 and found on dev31–dev32 (sets written blind to the rules, read after their
// first figure), each fixed as a mechanism. Sentences written for these tests, in variants the sets do not show.

describe('where an act is remembered is not where it happened; remembered with no place of its own, it is background', () => {
  it.each([
    [
      'a crowd in one city',
      'أحيت جماهير غفيرة في العاصمة العراقية بغداد، اليوم الأربعاء، الذكرى الرابعة لمقتل قاسم سليماني وأبو مهدي المهندس في الغارة الأمريكية التي استهدفت موكبهم فجر الثالث من كانون الثاني 2020.',
      '2024-01-03',
    ],
    ['supporters in a quarter', 'أحيا أنصار الكتائب في مدينة الصدر، مساء الأحد، الذكرى الخامسة لشهداء الغارة الأمريكية التي طالت مقراتهم يوم 29 كانون الأول 2019.', '2024-12-30'],
    ['the PMF, present tense', 'تحيي فصائل الحشد في كربلاء ذكرى شهداء الضربات الأمريكية التي وقعت فجر 29 كانون الأول 2019.', '2024-12-30'],
    [
      "with another country's bombing told after it",
      'أحيت جماهير في بغداد، اليوم، ذكرى سليماني الذي قُتل بغارة أمريكية فجر 3 كانون الثاني 2020. وفي إيران، أسفر تفجيران في كرمان عن مقتل أكثر من مئة شخص.',
      '2024-01-03',
    ],
  ])('%s', (_label, text, pub) => {
    expect(brief(text, pub)).toEqual([]);
  });

  it.each([
    [
      "the site named after the crowd's city",
      'استذكرت فصائل المقاومة في البصرة، يوم الجمعة، ضحايا الغارة الأمريكية على مقر الكتائب في جرف الصخر في 12 آذار 2020.',
      '2021-03-13',
      'Jurf al-Sakhar',
      '2020-03-12',
    ],
    [
      'a gathering to remember',
      'تجمع المئات في كربلاء، اليوم الأحد، لإحياء ذكرى الضربات الأمريكية التي قتلت 25 من عناصر الكتائب في القائم في 29 كانون الأول 2019.',
      '2024-12-30',
      'al-Qaim',
      '2019-12-29',
    ],
    ['near the airport', 'احتشد الآلاف في ساحة التحرير ببغداد لإحياء ذكرى مقتل سليماني والمهندس بضربة أمريكية قرب مطار بغداد في 3 كانون الثاني 2020.', '2024-01-03', 'Baghdad airport', '2020-01-03'],
  ])('remembered at its own place: %s', (_label, text, pub, place, date) => {
    expect(brief(text, pub)).toMatchObject([{ category: 'strike_on_militias', place, date }]);
  });

  it('a strike of the day, beside a commemoration told after it, stands', () => {
    expect(brief('قصفت طائرات أمريكية فجر الجمعة مقرات للحشد في القائم، بينما كانت الفصائل تحيي ذكرى قادتها في بغداد.', '2024-02-05')).toMatchObject([
      { category: 'strike_on_militias', place: 'al-Qaim', date: '2024-02-02' },
    ]);
  });
});
