import { datesOf } from '../../../test/sentence';

describe('month names', () => {
  it.each([
    ['Levantine month with day and year', 'في 3 آذار 2023', ['2023-03-03', 'day', 4]],
    ['Egyptian month with ordinal day', 'في الثامن من يناير', ['2024-01-08', 'day', 4]],
    ['two spellings of one month', 'في 9 أيلول/سبتمبر', ['2023-09-09', 'day', 4]],
    ['compound ordinal day', 'الحادي والعشرين من شباط', ['2024-02-21', 'day', 4]],
    ['a month alone, year inferred', 'في تشرين الأول', ['2023-10', 'month', 1]],
    ['Maghrebi month', 'يوم 12 جانفي', ['2024-01-12', 'day', 4]],
  ])('%s', (_label, text, expected) => {
    expect(datesOf(text)).toEqual([expected]);
  });

  // Sentences written for these specs; publication Friday 15 March 2024 unless null.
  it.each([
    ['"عام" between month and year', 'يذكر أن قاعدة البغدادي تعرضت في تشرين الثاني/ نوفمبر عام 2021 لهجوم', '2024-03-15', ['2021-11', 'month', 1]],
    ['"العام" after "خلال" and the month', 'اغتيل القائد بضربة أمريكية خلال كانون الثاني العام 2020', '2024-03-15', ['2020-01', 'month', 1]],
    ['a day, "من عام" and the year', 'في 8 كانون الثاني من عام 2020 قصفت إيران قاعدة عين الأسد', '2024-03-15', ['2020-01-08', 'day', 4]],
    ['Egyptian month, "من العام"', 'وكان الهجوم قد وقع في يناير من العام 2020', '2024-03-15', ['2020-01', 'month', 1]],
    ['Maghrebi month, "سنة"', 'تعرض المطار لقصف في جوان سنة 2019', '2024-03-15', ['2019-06', 'month', 1]],
    ['Arabic-Indic digits', 'سقطت قذائف على السفارة في ٣ آذار عام ٢٠٢٢', '2024-03-15', ['2022-03-03', 'day', 4]],
    ['year with the era letter', 'قصفت الطائرات المعبر في أغسطس عام 2021م', '2024-03-15', ['2021-08', 'month', 1]],
    ['آب with "عام" and a year is August', 'تعرضت القاعدة لهجوم في آب عام 2019', '2024-03-15', ['2019-08', 'month', 1]],
    ['ordinal day, "من العام" and the year', 'في الحادي والثلاثين من ديسمبر من العام 2019 اقتحم محتجون السفارة', '2024-03-15', ['2019-12-31', 'day', 4]],
    ['"من العام الماضي" is the year before publication', 'وكانت القاعدة قد استهدفت في شباط من العام الماضي', '2024-03-15', ['2023-02', 'month', 1]],
    ['"العام المنصرم" with a day', 'قتل المتعاقد في 10 كانون الثاني العام المنصرم', '2024-01-20', ['2023-01-10', 'day', 4]],
    ['"العام قبل الماضي"', 'تعرض الحقل في آذار من العام قبل الماضي لهجوم', '2024-03-15', ['2022-03', 'month', 1]],
    ['a year after "عام" needs no publication day', 'قصفت القوات الأمريكية القائم في أكتوبر عام 2020', null, ['2020-10', 'month', 1]],
  ])('reads the year after the month: %s', (_label, text, pub, expected) => {
    expect(datesOf(text, pub)).toEqual([expected]);
  });

  it('does not read آب (father) as August without a day or a year', () => {
    expect(datesOf('قال أب الضحية')).toEqual([]);
    expect(datesOf('في 4 آب')).toEqual([['2023-08-04', 'day', 4]]);
  });

  it('skips a date that only bounds a period', () => {
    expect(datesOf('منذ 17 تشرين الأول')).toEqual([]);
  });

  it('reads a day of the month just named', () => {
    expect(datesOf('وفي 20 كانون الثاني قصفت المسيرات القاعدة، وفي 28 منه قتل ثلاثة جنود').map((d) => d[0])).toEqual(['2024-01-20', '2024-01-28']);
  });
});

// "آب" is also "father": a day before it, the word "شهر" or "الحالي" after makes it the month. Sentences written for these specs.
describe('آب with a day joined by "من", "شهر" or "الحالي"', () => {
  it.each([
    ['a day, "من" and آب', 'استهدف هجوم قاعدة التنف في 15 من آب', '2022-08-24', ['2022-08-15', 'day', 4]],
    ['"الحالي" after آب', 'جاءت الضربات ردا على هجوم في 15 من آب الحالي', '2022-08-24', ['2022-08-15', 'day', 4]],
    ['an ordinal day and "من"', 'في الخامس عشر من آب سقطت صواريخ على القاعدة', '2022-08-24', ['2022-08-15', 'day', 4]],
    ['"من شهر" between day and month', 'يوم 15 من شهر آب الجاري هاجمت مسيرات القاعدة', '2022-08-24', ['2022-08-15', 'day', 4]],
    ['"شهر" before another month', 'في الثالث من شهر آذار الماضي قصفت الطائرات القائم', '2022-08-24', ['2022-03-03', 'day', 4]],
    ['"شهر" right after the day', 'استهدفت مسيرة قاعدة حرير في 4 شهر تموز', '2022-08-24', ['2022-07-04', 'day', 4]],
  ])('%s', (_label, text, pub, expected) => {
    expect(datesOf(text, pub)).toEqual([expected]);
  });

  it('a father is still no month', () => {
    expect(datesOf('قال أب القتيل إن ابنه كان في القاعدة', '2022-08-24')).toEqual([]);
  });
});
