import { keyTokens } from '../text/tokens';
import { weekdayOf, parseIsoDay } from './calendar';
import { readingDay } from './stand-in';

const weekday = (text: string) => {
  const r = readingDay(null, keyTokens(text));
  return { wd: weekdayOf(parseIsoDay(r.day)!), known: r.weekdayKnown, standIn: r.standIn };
};

describe('reading day', () => {
  it('is publication when there is one', () => {
    expect(readingDay('2024-03-15', keyTokens('اليوم الأحد'))).toEqual({ day: '2024-03-15', standIn: false, weekdayKnown: true });
  });

  it.each([
    ['"اليوم الأربعاء"', 'قصفت مسيرة القاعدة اليوم الأربعاء', 3],
    ['"فجر اليوم الجمعة"', 'سقطت صواريخ فجر اليوم الجمعة على المطار', 5],
    ['"أمس الأحد" is the day before', 'أعلن الجيش أمس الأحد استهداف موقع', 1],
    ['"أول أمس الخميس" two days before', 'هاجمت الفصائل أول أمس الخميس القاعدة', 6],
  ])('takes the weekday the article gives today: %s', (_label, text, wd) => {
    expect(weekday(text)).toEqual({ wd, known: true, standIn: true });
  });

  it('guesses the day after the first weekday named, and says it is a guess', () => {
    expect(weekday('تعرضت القاعدة لهجوم مساء الثلاثاء')).toEqual({ wd: 3, known: false, standIn: true });
  });

  it('stays within one month for a week back', () => {
    const r = readingDay(null, keyTokens('اليوم السبت'));
    expect(Number(r.day.slice(8))).toBeGreaterThan(7);
  });
});
