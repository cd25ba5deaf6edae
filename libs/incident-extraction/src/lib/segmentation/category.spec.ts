import { sentence } from '../../../test/sentence';
import { readCategory } from './category';

const ours = { ourWar: true, otherWar: false };
const categoryOf = (text: string, ctx = ours) => {
  const { seg } = sentence(text);
  return readCategory(
    seg,
    seg.places().some((p) => p.place.us),
    ctx,
  ).category;
};

describe('category', () => {
  it.each([
    ['a US base hit', 'سقطت صواريخ على قاعدة عين الأسد', 'attack_on_us_forces'],
    ['US forces hit by a drone', 'هاجمت مسيرة القوات الأمريكية', 'attack_on_us_forces'],
    ['a US strike on a militia', 'قصفت طائرات أمريكية مقرا لكتائب حزب الله', 'strike_on_militias'],
    ['the US as the subject', 'شنت الولايات المتحدة ضربات على مواقع لفصائل موالية لإيران', 'strike_on_militias'],
    ['an Israeli strike', 'غارة إسرائيلية استهدفت مستودع أسلحة', 'strike_on_militias'],
    ['an unidentified aircraft over a US base', 'حلقت طائرة مجهولة وقصفت قاعدة التنف', 'attack_on_us_forces'],
    ['air raids in an article about this war', 'شنت طائرات غارات على مواقع في البوكمال', 'strike_on_militias'],
  ])('%s', (_label, text, expected) => {
    expect(categoryOf(text)).toBe(expected);
  });

  it('leaves bare air raids alone in an article about another war', () => {
    expect(categoryOf('شنت طائرات غارات على مواقع في البوكمال', { ourWar: true, otherWar: true })).toBeNull();
  });
});
