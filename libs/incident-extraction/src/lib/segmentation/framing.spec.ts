import { sentence } from '../../../test/sentence';
import { isRecall, threatens } from './framing';

describe('framing', () => {
  it.each([
    ['a threat before the act', 'توعدت الفصائل باستهداف القواعد الأمريكية', true],
    ['a hedge right on the act', 'رصدت الدفاعات هجوما محتملا على القاعدة', true],
    ['aftermath after the act', 'قصفت مسيرة قاعدة التنف وتوعدت واشنطن بالرد لاحقا على من يقف وراءه بعد دراسة الخيارات', false],
    ['a vow to answer an act made', 'هددت الفصائل بالانتقام للضربة الأمريكية على مقرها', false],
    ['a vow to answer any act', 'هددت الفصائل بالانتقام من أي ضربة أمريكية على مقرها', true],
    ['fear of a response is no vow', 'علقت الكتائب عملياتها لتجنب رد أمريكي على مقراتها', true],
  ])('%s', (_label, text, expected) => {
    const { facts } = sentence(text);
    expect(threatens(facts.cues, facts.tokens, facts.to)).toBe(expected);
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
