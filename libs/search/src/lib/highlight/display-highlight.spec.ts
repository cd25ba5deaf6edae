import { displayHighlight, markedKeys } from './display-highlight';

describe('displayHighlight (from the display text, matches mapped back from the search key)', () => {
  it('marks the display words whose key the back end marked, keeping hamza, taa marbuta and diacritics', () => {
    const backend = 'البرج 22 Tower 22 مقتل ثلاثه جنود امريكيين في هجوم بطايره <mark>مسيره</mark> علي <mark>القاعده</mark> الامريكيه';
    const sentences = ['مقتل ثلاثة جنود أمريكيين في هجوم بطائرة مُسيّرة على القاعدة الأمريكية'];
    expect(displayHighlight(backend, sentences)).toBe('مقتل ثلاثة جنود أمريكيين في هجوم بطائرة <mark>مُسيّرة</mark> على <mark>القاعدة</mark> الأمريكية');
  });

  it('takes the sentences with the most matches, in text order, at most two; never the place-name prefix', () => {
    const s = ['سقوط صواريخ على قاعدة الشدادي.', 'وقال مصدر إن الهجوم لم يسفر عن إصابات.', 'وهي ثاني مرة تستهدف فيها قاعدة الشدادي بالصواريخ.'];
    const h = displayHighlight('al-Shaddadi <mark>الشدادي</mark> … <mark>صواريخ</mark>', s);
    expect(h).toBe('سقوط <mark>صواريخ</mark> على قاعدة <mark>الشدادي</mark>. … وهي ثاني مرة تستهدف فيها قاعدة <mark>الشدادي</mark> بالصواريخ.');
  });

  it('cuts a long sentence around its first match', () => {
    const long = `${'كلمة '.repeat(60)}ضربت مسيّرة قاعدة التنف ${'أخرى '.repeat(60)}`;
    const h = displayHighlight('<mark>التنف</mark>', [long]) ?? '';
    expect(h.startsWith('… ')).toBe(true);
    expect(h.endsWith(' …')).toBe(true);
    expect(h).toContain('قاعدة <mark>التنف</mark>');
    expect(h.length).toBeLessThan(long.length / 2);
  });

  it('falls back to the first sentence unmarked when the match was not in the sentences, and to null without any', () => {
    expect(displayHighlight('<mark>tower</mark> 22', ['هجوم على البرج.'])).toBe('هجوم على البرج.');
    expect(displayHighlight('<mark>x</mark>', [])).toBeNull();
  });

  it('reads the marked words of either back end', () => {
    expect([...markedKeys('a <mark>القاعدة</mark> b <mark>Tower 22</mark>')]).toEqual(['القاعده', 'tower', '22']);
  });
});
