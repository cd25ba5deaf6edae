import { keyTokens } from '../text/tokens';
import { readSpan, spanDays } from './spans';

const span = (text: string) => {
  const s = readSpan(keyTokens(text), 0);
  return s && { unit: s.unit, count: s.count, days: spanDays(s) };
};

describe('time spans', () => {
  it.each([
    ['a dual', 'يومين', { unit: 'day', count: 2, days: 2 }],
    ['a count in words', 'ثلاثة أيام', { unit: 'day', count: 3, days: 3 }],
    ['a count in Arabic-Indic digits with its preposition', 'بـ٣ أيام', { unit: 'day', count: 3, days: 3 }],
    ['"نحو" before the count', 'نحو شهرين', { unit: 'month', count: 2, days: null }],
    ['"قرابة" before a count of months', 'قرابة أربعة أشهر', { unit: 'month', count: 4, days: null }],
    ['"يوم واحد"', 'يوم واحد', { unit: 'day', count: 1, days: 1 }],
    ['a few hours: the same day', 'ساعات قليلة', { unit: 'hour', count: null, days: 0 }],
    ['48 hours', '48 ساعة', { unit: 'hour', count: 48, days: 2 }],
    ['a few days: no count', 'بضعة أيام', { unit: 'day', count: null, days: null }],
    ['weeks with the preposition', 'بأسبوعين', { unit: 'week', count: 2, days: 14 }],
  ])('%s', (_label, text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it('reads no span in "اليوم" or a bare word', () => {
    expect(span('اليوم')).toBeNull();
    expect(span('هجوم')).toBeNull();
  });
});
