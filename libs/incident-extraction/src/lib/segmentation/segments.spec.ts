import { sentence } from '../../../test/sentence';
import { segmentsOf } from './segments';

const pieces = (text: string) => {
  const { facts } = sentence(text);
  return segmentsOf(facts).map(([a, b]) => text.slice(facts.tokens[a].start, facts.tokens[b - 1].end));
};

describe('segments', () => {
  it('cuts at a retaliation marker', () => {
    expect(pieces('قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم ردا على هجوم استهدف قاعدة عين الأسد')).toEqual([
      'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم',
      'ردا على هجوم استهدف قاعدة عين الأسد',
    ]);
  });

  it('does not cut at a boundary word that opens the sentence', () => {
    expect(pieces('بعد ذلك سقطت ثلاثة صواريخ على قاعدة التاجي')).toHaveLength(1);
  });

  it('cuts where a clause opens with a date of its own', () => {
    expect(pieces('استهدفت مسيرة قاعدة حرير في 3 آذار، وفي 9 آذار سقطت صواريخ على مطار أربيل')).toHaveLength(2);
  });

  it('keeps "من بعد" inside a segment', () => {
    expect(pieces('أطلقت الصواريخ من بعد منتصف الليل على قاعدة التنف')).toHaveLength(1);
  });
});
