import { sumOverlaps, textOverlap } from './text-overlap';

describe('textOverlap', () => {
  it('is perfect for the same words, whatever the spelling variant', () => {
    expect(textOverlap('أعلنت الوزارة', 'اعلنت الوزاره')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts extra words against precision and missing words against recall', () => {
    const o = textOverlap('قال الوزير إن الطريق مغلق اقرأ أيضاً', 'قال الوزير إن الطريق مغلق اليوم');
    expect(o.common).toBe(5);
    expect(o.precision).toBeCloseTo(5 / 7);
    expect(o.recall).toBeCloseTo(5 / 6);
  });

  it('micro-averages by word counts', () => {
    const sum = sumOverlaps([textOverlap('a b', 'a b'), textOverlap('c', 'c d e f')]);
    expect(sum).toMatchObject({ common: 3, extracted: 3, expected: 6, precision: 1, recall: 0.5 });
  });
});
