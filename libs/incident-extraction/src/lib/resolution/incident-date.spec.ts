import { extractIncidents } from '../extract-incidents';

// Articles and sentences written for these specs (not taken from any corpus).
// Publication Friday 15 March 2024 unless given.
const FRI = '2024-03-15';
const dates = (text: string, publishedAt: string | null = FRI) =>
  extractIncidents({ text, publishedAt }).map((m) => [m.place?.name_en ?? null, m.date ? m.date.value : null]);

describe('incident dates', () => {
  describe('a date in a clause about something else is not the act\'s', () => {
    it.each([
      ['a base handed over on a numeric date', 'سقطت أربع قذائف هاون مساء اليوم على قاعدة عين الأسد، وهي القاعدة التي سلمتها القوات الأمريكية للجيش العراقي بتاريخ 15-2-2021.', [['Ain al-Asad', '2024-03-15']]],
      ['a base opened in a month of a year', 'استهدفت مسيرة فجر اليوم قاعدة حرير، التي افتتحها التحالف في 3 آذار 2016.', [['Harir', '2024-03-15']]],
      ['a depot seized years ago', 'قصفت طائرات أمريكية أمس مستودعا للأسلحة في مدينة البوكمال، الذي استولت عليه الفصائل في 20 تشرين الثاني 2017.', [['Albukamal', '2024-03-14']]],
      ['Arabic-Indic digits in the aside', 'سقط صاروخان الليلة الماضية على معسكر التاجي، الذي تسلمته القوات العراقية بتاريخ ١٠-١١-٢٠١٩.', [['Taji', '2024-03-14']]],
      ['an Egyptian month in the aside', 'هاجمت مسيرتان قاعدة الشدادي صباح اليوم، وهي القاعدة التي أنشأتها واشنطن في 12 مايو 2016.', [['al-Shaddadi', '2024-03-15']]],
      ['a Maghrebi month in the aside', 'تعرض حقل العمر مساء أمس لقصف صاروخي، وهو الحقل الذي سيطرت عليه قوات سوريا الديمقراطية في 22 جوان 2017.', [['al-Omar oil field', '2024-03-14']]],
      ['an appositive after "وهي"', 'سقطت ثلاثة صواريخ أمس على قاعدة عين الأسد، وهي أكبر قاعدة زارها الرئيس الأمريكي في 26 كانون الأول 2018.', [['Ain al-Asad', '2024-03-14']]],
      ['an embassy that moved its staff', 'سقطت قذيفتان صباح الثلاثاء قرب السفارة الأمريكية في بغداد، التي خفضت عدد موظفيها في 3 أيار 2020.', [['US embassy Baghdad', '2024-03-12']]],
      ['a dated past strike at another place in a relative clause', 'أعلن الحرس الثوري مقتل أحد مستشاريه بغارة إسرائيلية استهدفت اليوم محيط مطار دمشق الدولي، وهو من رفاق القائد الذي اغتيل بضربة أمريكية في بغداد خلال كانون الثاني العام 2020.', [['Damascus airport', '2024-03-15'], ['Baghdad', '2020-01']]],
      ['"قبل ساعات" and a year after "العام" in one sentence', 'أعلن الحرس الثوري مقتل مستشار بغارة إسرائيلية استهدفت قبل ساعات محيط مطار دمشق الدولي، وهو من رفاق القائد الذي اغتيل بضربة أمريكية في بغداد خلال كانون الثاني العام 2020.', [['Damascus airport', '2024-03-15'], ['Baghdad', '2020-01']]],
    ])('%s', (_label, text, expected) => {
      expect(dates(text)).toEqual(expected);
    });

    it('keeps the date of an act told in a relative clause', () => {
      expect(dates('أكدت القيادة اليوم أن قاعدة حرير التي تعرضت أمس لهجوم بمسيرة لم تتضرر.')).toEqual([['Harir', '2024-03-14']]);
    });
  });

  describe('an act told as earlier than the one before it keeps its own date or none', () => {
    it.each([
      ['a cause clause in a sentence of its own', 'نفذت مسيرة أمريكية مساء الثلاثاء ضربة على سيارة في جرف الصخر أدت إلى مقتل قياديين في فصيل مسلح.\nوتأتي العملية رداً على هجوم بطائرة مسيرة استهدف قاعدة التنف.', '2024-01-31', [['Jurf al-Sakhar', '2024-01-30'], ['al-Tanf', null]]],
      ['a cause after "انتقاماً" in the same sentence', 'قصفت مقاتلات أمريكية فجر اليوم مخازن أسلحة في مدينة البوكمال، انتقاماً لهجوم بطائرة مسيرة استهدف قاعدة التنف.', FRI, [['Albukamal', '2024-03-15'], ['al-Tanf', null]]],
      ['a cause after "على خلفية"', 'استهدفت طائرات حربية أمريكية مساء أمس مقرات لكتائب حزب الله في القائم، على خلفية قصف صاروخي طال قاعدة عين الأسد.', FRI, [['al-Qaim', '2024-03-14'], ['Ain al-Asad', null]]],
      ['an undated recollection "وكانت … قد"', 'سقطت ثلاثة صواريخ اليوم على قاعدة عين الأسد.\nوكانت قاعدة حرير قد تعرضت لهجوم بطائرة مسيرة.', FRI, [['Ain al-Asad', '2024-03-15'], ['Harir', null]]],
      ['an undated recollection "وسبق أن"', 'هاجمت مسيرتان حقل كونيكو مساء الأحد.\nوسبق أن استهدفت الفصائل قاعدة الشدادي بالصواريخ.', FRI, [['Conoco gas field', '2024-03-10'], ['al-Shaddadi', null]]],
      ['a sequel some days before', 'هاجمت مسيرة قاعدة التنف صباح اليوم.\nويأتي ذلك بعد أيام من هجوم صاروخي استهدف حقل كونيكو.', FRI, [['al-Tanf', '2024-03-15'], ['Conoco gas field', null]]],
      ['a sequel months before (month only)', 'سقط صاروخ فجر الخميس داخل محيط مطار أربيل الدولي.\nويأتي ذلك بعد قرابة أربعة أشهر من هجوم مماثل استهدف مطار أربيل وأدى إلى إصابة جندي أجنبي.', FRI, [['Erbil airport', '2024-03-14'], ['Erbil airport', '2023-11']]],
      ['a sequel weeks before', 'قصفت طائرات أمريكية مواقع في القائم مساء الأحد، بعد ثلاثة أسابيع من هجوم صاروخي على قاعدة عين الأسد.', FRI, [['al-Qaim', '2024-03-10'], ['Ain al-Asad', '2024-02-18']]],
      ['a sequel of about two months', 'استهدفت مسيرة قاعدة حرير ليل السبت، بعد نحو شهرين من هجوم مماثل على قاعدة عين الأسد.', FRI, [['Harir', '2024-03-09'], ['Ain al-Asad', '2024-01']]],
      ['"وقبل ذلك بيومين"', 'استهدفت مسيرة قاعدة حرير فجر الأحد، وقبل ذلك بيومين سقطت صواريخ على قاعدة عين الأسد.', FRI, [['Harir', '2024-03-10'], ['Ain al-Asad', '2024-03-08']]],
      ['"قبل ذلك بـ٣ أيام" in Arabic-Indic digits', 'سقطت قذائف على السفارة الأمريكية في بغداد مساء الأربعاء.\nوقبل ذلك بـ٣ أيام استهدفت مسيرة قاعدة فكتوريا.', FRI, [['US embassy Baghdad', '2024-03-13'], ['Victory base', '2024-03-10']]],
      ['"وفي اليوم التالي"', 'قصفت طائرات أمريكية مواقع في مدينة البوكمال ليل الثلاثاء.\nوفي اليوم التالي استهدفت صواريخ حقل العمر.', FRI, [['Albukamal', '2024-03-12'], ['al-Omar oil field', '2024-03-13']]],
    ])('%s', (_label, text, pub, expected) => {
      expect(dates(text, pub)).toEqual(expected);
    });
  });
});
