import { inferYear, parseIsoDay, shiftDays, validDay } from './calendar';

describe('calendar', () => {
  it('parses ISO days and date-times, and refuses impossible days', () => {
    expect(parseIsoDay('2024-02-29T10:00:00Z')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  it('shifts across month and year ends', () => {
    expect(shiftDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDays('2024-01-01', -2)).toBe('2023-12-30');
  });

  it('infers the latest year not after publication, with two days of slack', () => {
    const pub = { y: 2024, m: 1, d: 10 };
    expect(inferYear(12, 28, pub)).toBe(2023);
    expect(inferYear(1, 12, pub)).toBe(2024);
    expect(inferYear(1, 13, pub)).toBe(2023);
  });

  it('validates days', () => {
    expect(validDay(2024, 4, 31)).toBe(false);
    expect(validDay(1989, 4, 1)).toBe(false);
  });
});
