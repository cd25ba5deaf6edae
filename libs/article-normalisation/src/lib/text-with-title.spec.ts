import { textWithTitle } from '@raseed/article-normalisation';

describe('textWithTitle', () => {
  it('leads with the headline', () => {
    expect(textWithTitle('قصف قاعدة التنف', 'قالت مصادر إن…')).toBe('قصف قاعدة التنف\nقالت مصادر إن…');
  });
  it('does not repeat a headline the body already starts with, nor add an empty one', () => {
    expect(textWithTitle('قصف قاعدة التنف', 'قصف قاعدة التنف\nقالت مصادر')).toBe('قصف قاعدة التنف\nقالت مصادر');
    expect(textWithTitle(null, 'نص')).toBe('نص');
  });
});
