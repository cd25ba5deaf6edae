import { sentence } from '../../../test/sentence';
import { readAct } from './acts';

describe('acts', () => {
  it('counts attack words', () => {
    expect(readAct(sentence('استهدفت مسيرة قاعدة التنف').seg).trigger).toBeGreaterThan(0);
  });

  it('counts an explosion only at a US or militia site or with a bomb', () => {
    expect(readAct(sentence('سمع دوي انفجار في قاعدة التنف').seg)).toMatchObject({ blast: 1 });
    expect(readAct(sentence('سمع دوي انفجار في السوق').seg)).toEqual({ trigger: 0, blast: 0 });
    expect(readAct(sentence('انفجرت عبوة ناسفة بدورية').seg)).toMatchObject({ blast: 1 });
  });

  it('counts a launch as an act', () => {
    expect(readAct(sentence('أطلقت من البادية').seg).trigger).toBeGreaterThan(0);
  });
});
