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
});
