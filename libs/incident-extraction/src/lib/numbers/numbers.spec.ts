import { keyTokens } from '../text/tokens';
import { findCasualties } from '../casualties/casualties';
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

describe('number words of larger figures', () => {
  it.each([
    ['مئتين', 200],
    ['مائتي', 200],
    ['ألف', 1000],
    ['18 ألف', 18000],
    ['ثلاثة آلاف', 3000],
  ])('%s → %s', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each([
    ['أسفر القصف عن مقتل ما يقرب من عشرين مسلحا', 20],
    ['أدى الهجوم إلى إصابة ما يصل إلى 11 جنديا', 11],
    ['ما أسفر عن مقتل ما يناهز ثلاثين عنصرا', 30],
    ['وأسفرت الغارات عن مقتل ما يربو على أربعين مقاتلا', 40],
  ])('a hedge before the figure keeps the figure: %s', (text, value) => {
    const m = findCasualties(keyTokens(text));
    expect(m[0]?.value).toBe(value);
  });

  it('reads "a few" as vague', () => {
    expect(isVague(keyTokens('بضعة')[0])).toBe(true);
  });
});
