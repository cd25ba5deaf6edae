import { keyTokens } from '../text/tokens';
import { isVague, readNumber } from './numbers';

const read = (text: string) => readNumber(keyTokens(text), 0)?.value ?? null;

describe('readNumber', () => {
  it.each([
    ['7 صواريخ', 7],
    ['١٢ قذيفة', 12],
    ['ثلاثة جنود', 3],
    ['خمس طائرات', 5],
    ['بثلاثة صواريخ', 3],
    ['ثلاثة عشر عنصرا', 13],
    ['خمسة وعشرين مصابا', 25],
    ['عشرين مدنيا', 20],
    ['جنود', null],
  ])('%s → %s', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it('recognises vague quantities', () => {
    expect(isVague(keyTokens('عشرات')[0])).toBe(true);
    expect(isVague(keyTokens('وعدد')[0])).toBe(true);
    expect(isVague(keyTokens('خمسة')[0])).toBe(false);
  });
});
