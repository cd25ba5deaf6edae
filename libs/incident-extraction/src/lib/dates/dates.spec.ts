import { keyTokens } from '../text/tokens';
import { findDates, bestDate } from './dates';

const best = (text: string, pub: string | null) => {
  const d = bestDate(findDates(text, keyTokens(text), pub));
  return d ? `${d.value}/${d.precision}` : null;
};

describe('findDates', () => {
  // 2024-03-15 is a Friday.
  const FRI = '2024-03-15';

  it.each([
    ['Levantine month with day', 'سقطت القذائف في 9 شباط الماضي', FRI, '2024-02-09/day'],
    ['Egyptian month with day', 'أعلن الجيش يوم 20 يناير أن', FRI, '2024-01-20/day'],
    ['Maghrebi month and year', 'وقع الهجوم في 3 جانفي 2022 فجرا', FRI, '2022-01-03/day'],
    ['day and month without year after publication belongs to last year', 'في 28 كانون الأول', FRI, '2023-12-28/day'],
    ['double month spelling', 'في 29 أيلول/سبتمبر الماضي', FRI, '2023-09-29/day'],
    ['numeric date', 'بيان صدر 11-3-2024 عن القيادة', FRI, '2024-03-11/day'],
    ['yesterday', 'استهدفت طائرة مسيرة أمس القاعدة', FRI, '2024-03-14/day'],
    ['the day before yesterday', 'سقط صاروخان أول أمس', FRI, '2024-03-13/day'],
    ['"أمس الأول"', 'سقطت قذائف أمس الأول على القاعدة', FRI, '2024-03-13/day'],
    ['days ago', 'وكانت القاعدة قد تعرضت قبل ثلاثة أيام لهجوم', FRI, '2024-03-12/day'],
    ['two days ago', 'قصفت الطائرات قبل يومين مواقع', FRI, '2024-03-13/day'],
    ['this evening', 'شنت القوات الأمريكية هذا المساء ضربات', FRI, '2024-03-15/day'],
    ['a moment ago', 'سقطت قبل قليل قذائف على القاعدة', FRI, '2024-03-15/day'],
    ['today', 'أفاد مصدر اليوم بسقوط صاروخ', FRI, '2024-03-15/day'],
    ['last night', 'هزت انفجارات المدينة الليلة الماضية', FRI, '2024-03-14/day'],
    ['weekday', 'تعرضت القاعدة مساء الثلاثاء لهجوم', FRI, '2024-03-12/day'],
    ['weekday of publication', 'قصفت الطائرات الجمعة مواقع', FRI, '2024-03-15/day'],
    ['last weekday', 'يوم الجمعة الماضي', FRI, '2024-03-08/day'],
    ['night spanning two days takes the first', 'ليل الأربعاء - الخميس', FRI, '2024-03-13/day'],
    ['quoted "today" with another weekday', 'قال البيان إن مجاهدينا هاجموا اليوم الأربعاء القاعدة', FRI, '2024-03-13/day'],
    ['ordinal day', 'في الهجوم الذي وقع في الثامن من كانون الثاني', FRI, '2024-01-08/day'],
    ['compound ordinal day', 'فجر الحادي والعشرين من شباط', FRI, '2024-02-21/day'],
    ['day of last month', 'وفي 11 من الشهر الماضي استهدف طيران مسير', FRI, '2024-02-11/day'],
    ['ordinal day of this month', 'في العاشر من الشهر الجاري', FRI, '2024-03-10/day'],
    ['last month', 'تعرضت القاعدة الشهر الماضي لهجوم', FRI, '2024-02/month'],
    ['last week: only its month is certain', 'وفي الأسبوع الماضي قصفت الطائرات مواقع', FRI, '2024-03/month'],
    ['last week across a month boundary', 'تعرضت القاعدة الأسبوع المنصرم لهجوم', '2024-03-04', '2024-02/month'],
    ['month only', 'وفي تشرين الثاني الماضي قصفت الطائرات', FRI, '2023-11/month'],
  ])('%s', (_label, text, pub, expected) => {
    expect(best(text, pub)).toBe(expected);
  });

  it('reads "في 28 منه" as a day of the month just named, and nothing without one', () => {
    const text = 'وفي 20 كانون الثاني استهدفت صواريخ القاعدة، وفي 28 منه قتل ثلاثة جنود';
    expect(findDates(text, keyTokens(text), FRI).map((d) => d.value)).toEqual(['2024-01-20', '2024-01-28']);
    const alone = 'وفي 28 منه قتل ثلاثة جنود';
    expect(findDates(alone, keyTokens(alone), FRI)).toEqual([]);
  });

  it('prefers the event day over the day a statement was issued', () => {
    expect(best('وقالت القيادة في بيان اليوم إن صاروخين سقطا قرب القاعدة مساء الأربعاء', FRI)).toBe('2024-03-13/day');
    expect(best('أعلن الجيش أمس إسقاط مسيرة', FRI)).toBe('2024-03-14/day');
    expect(best('أفاد مسؤول عسكري أميركي، فجر اليوم، بأن هجوما استهدف، مساء الأربعاء، القاعدة', FRI)).toBe('2024-03-13/day');
  });

  it('ignores dates that bound a period', () => {
    expect(best('تعرضت القوات لـ40 هجوما منذ 17 تشرين الأول', FRI)).toBeNull();
  });

  it('resolves relative words only with a publication date', () => {
    expect(best('استهدفت مسيرة أمس القاعدة', null)).toBeNull();
    expect(best('في 5 آب 2021 سقطت قذائف', null)).toBe('2021-08-05/day');
  });

  it('treats an impossible publication date as none', () => {
    expect(best('استهدفت مسيرة أمس القاعدة', '2024-02-30')).toBeNull();
  });

  it('does not read آب (father) as August without a day or year', () => {
    expect(best('قال أب أحد الجنود', FRI)).toBeNull();
  });

  it('gives character offsets of the expression', () => {
    const text = 'وقع الهجوم في 9 شباط الماضي قرب الحقل';
    const [d] = findDates(text, keyTokens(text), FRI);
    expect(text.slice(d.start, d.end)).toBe('9 شباط الماضي');
  });
});

describe('an evening told in Washington time is the next day where the act happened', () => {
  const day = (text: string, pub: string) => findDates(text, keyTokens(text), pub).map((d) => d.value);
  it.each([
    ['Tuesday evening, Washington time', 'أطلقت الصواريخ مساء الثلاثاء بتوقيت واشنطن، واستهدفت قاعدة عين الأسد.', '2020-01-08', '2020-01-08'],
    ['Thursday evening, Washington time', 'شنت قواته غارات جوية مساء الخميس بتوقيت واشنطن على منشآت قرب البوكمال.', '2021-02-26', '2021-02-26'],
    ['Sunday evening, American time', 'شنت طائرات أميركية مساء الأحد بالتوقيت الأمريكي ضربات على منشآت.', '2021-06-28', '2021-06-28'],
    ['Sunday night, US East Coast time', 'نفذت القوات الأمريكية ليل الأحد بتوقيت الساحل الشرقي ضربات.', '2021-06-28', '2021-06-28'],
  ])('%s', (_label, text, pub, value) => {
    expect(day(text, pub)).toEqual([value]);
  });

  it.each([
    ['a day with no evening', 'شنت قواته غارات جوية الخميس بتوقيت واشنطن على منشآت.', '2021-02-26', '2021-02-25'],
    ['a local night', 'شنت طائرات أميركية ليل الأحد ضربات على منشآت.', '2021-06-28', '2021-06-27'],
  ])('but not %s', (_label, text, pub, value) => {
    expect(day(text, pub)).toEqual([value]);
  });
});

describe('in an undated article, a day and month take the year of its first full date', () => {
  const days = (text: string, hint: string) => findDates(text, keyTokens(text), null, 0, keyTokens(text).length, hint).map((d) => d.value);
  it.each([
    ['the same month', 'فجر الجمعة 13 آذار', '2020-03-11', '2020-03-13'],
    ['a later month of the year', 'في 2 أيار', '2020-03-11', '2020-05-02'],
    ['January after December', 'وفي 2 كانون الثاني', '2021-12-29', '2022-01-02'],
    ['December before January', 'في 29 كانون الأول', '2022-01-02', '2021-12-29'],
  ])('%s', (_label, text, hint, value) => {
    expect(days(text, hint)).toEqual([value]);
  });

  it('no hint, no year', () => {
    expect(findDates('فجر الجمعة 13 آذار', keyTokens('فجر الجمعة 13 آذار'), null)).toEqual([]);
  });
});

describe('a day "of the same month" ("السادس والعشرين من الشهر نفسه") is of the month just named', () => {
  it.each([
    ['in the sentence', 'وقع الهجوم في 25 كانون الأول 2023، ثم جاء الرد فجر السادس والعشرين من الشهر نفسه', '2023-12-25', '2023-12-26'],
    ['"ذاته"', 'في الثالث من شباط 2024 وصلت التعزيزات، وفي السابع من الشهر ذاته قصفت مسيرة سيارة', '2024-02-03', '2024-02-07'],
    ['digits', 'سقطت صواريخ في 10 آذار، ثم في 14 من الشهر نفسه', '2024-03-10', '2024-03-14'],
  ])('%s', (_label, text, first, second) => {
    expect(findDates(text, keyTokens(text), '2024-03-15').map((d) => d.value)).toEqual([first, second]);
  });

  it('in an undated page, the month of its first full date', () => {
    const text = 'ففجر السادس والعشرين من الشهر نفسه، أغارت مقاتلات أمريكية على منشآت';
    expect(findDates(text, keyTokens(text), null, 0, keyTokens(text).length, '2023-12-25').map((d) => d.value)).toEqual(['2023-12-26']);
  });

  it('no month named, a dated article: nothing is made up', () => {
    const text = 'وفي السادس والعشرين من الشهر نفسه سقطت قذائف';
    expect(findDates(text, keyTokens(text), '2024-03-15').filter((d) => d.precision === 'day')).toEqual([]);
  });
});
