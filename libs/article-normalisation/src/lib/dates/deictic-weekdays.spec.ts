import { contradictsWritingDay, writingWeekdays } from './deictic-weekdays';

describe('writingWeekdays: the weekday a text says it was written on', () => {
  it.each([
    ['تعرض محيط السفارة، فجر اليوم الجمعة، إلى هجوم صاروخي', [5]],
    ['أعلنت الوزارة اليوم، الإثنين، ارتفاع الحصيلة', [1]],
    ['وقع الهجوم مساء أمس الخميس قرب القاعدة', [5]],
    ['كشفت القيادة عن هجوم وقع يوم أمس الخميس', [5]],
    ['قصفت الطائرات الموقع أول من أمس الأربعاء', [5]],
    ['ضربات أمس الأول السبت على مواقع الفصائل', [1]],
    ['واليوم السبت شيّع الأهالي القتلى', [6]],
    ['اليوم يوم الأحد والهجوم وقع الليلة', [0]],
  ])('%s', (text, days) => {
    expect([...writingWeekdays(text)]).toEqual(days);
  });

  it.each(['هاجمت الفصائل القاعدة يوم الجمعة الماضي', 'اليوم الأول من الهجمات كان الأعنف', 'استهدفت طائرة مسيرة القاعدة مساء الأحد', 'أمسية ثقافية يوم الخميس'])('names no writing day: %s', (text) => {
    expect(writingWeekdays(text).size).toBe(0);
  });
});

describe('contradictsWritingDay', () => {
  it('a Tuesday header above a story of "today Friday" is not the publication day', () => {
    expect(contradictsWritingDay('2024-07-16', writingWeekdays('فجر اليوم الجمعة'))).toBe(true);
  });
  it('a Thursday header above a story of "yesterday Thursday" is not the publication day', () => {
    expect(contradictsWritingDay('2024-04-25', writingWeekdays('يوم أمس الخميس'))).toBe(true);
  });
  it('a dateline on the day the text names is kept, with or without a time', () => {
    expect(contradictsWritingDay('2023-12-08T10:52:00.000Z', writingWeekdays('فجر اليوم الجمعة'))).toBe(false);
    expect(contradictsWritingDay('2019-12-30', writingWeekdays('أعلنت الهيئة اليوم الإثنين'))).toBe(false);
  });
  it('any agreeing mention keeps the dateline; a text naming no day never contradicts', () => {
    expect(contradictsWritingDay('2024-01-05', writingWeekdays('اليوم الجمعة … وقال أمس الأربعاء'))).toBe(false);
    expect(contradictsWritingDay('2024-01-05', writingWeekdays('مساء الأربعاء'))).toBe(false);
  });
});
