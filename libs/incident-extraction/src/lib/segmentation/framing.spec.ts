import { sentence } from '../../../test/sentence';
import { isRecall, threatens } from './framing';

describe('framing', () => {
  it.each([
    ['a threat before the act', 'توعدت الفصائل باستهداف القواعد الأمريكية', true],
    ['a hedge right on the act', 'رصدت الدفاعات هجوما محتملا على القاعدة', true],
    ['aftermath after the act', 'قصفت مسيرة قاعدة التنف وتوعدت واشنطن بالرد لاحقا على من يقف وراءه بعد دراسة الخيارات', false],
  ])('%s', (_label, text, expected) => {
    expect(threatens(sentence(text).facts.cues)).toBe(expected);
  });

  it.each([
    ['a pluperfect', 'وكانت القاعدة قد تعرضت لهجوم مماثل', true],
    ['"earlier"', 'وفي وقت سابق، سقطت صواريخ على القاعدة', true],
    ['"سبق أن"', 'وسبق أن استهدفت المسيرات القاعدة', true],
    ['a plain past', 'سقطت صواريخ على القاعدة', false],
  ])('recall: %s', (_label, text, expected) => {
    const { facts } = sentence(text);
    expect(isRecall(facts.tokens, 0, facts.tokens.length)).toBe(expected);
  });
});
