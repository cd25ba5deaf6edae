import { evidenceSentences, markSpans, splitMarks } from './marks';

describe('highlights and evidence marks', () => {
  it('splits search highlights into text and marks, keeping other markup as text', () => {
    expect(splitMarks('هجوم على <mark>التنف</mark> <b>x</b>')).toEqual([
      { text: 'هجوم على ', mark: false },
      { text: 'التنف', mark: true },
      { text: ' <b>x</b>', mark: false },
    ]);
    expect(splitMarks('')).toEqual([]);
  });

  it('marks evidence spans in the source text; one sentence for several fields is one mark', () => {
    const text = 'جملة أولى. جملة ثانية. جملة ثالثة.';
    const segs = markSpans(text, [
      { start: 11, end: 22, field: 'place' },
      { start: 11, end: 22, field: 'weapon' },
      { start: 23, end: 99, field: 'injured' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark)).toEqual([
      { text: 'جملة ثانية.', mark: true, fields: ['place', 'weapon'] },
      { text: 'جملة ثالثة.', mark: true, fields: ['injured'] },
    ]);
  });

  it('groups a mention evidence by sentence in reading order', () => {
    const s1 = { sentence: 'ب', start: 10, end: 20 };
    const s0 = { sentence: 'أ', start: 0, end: 9 };
    expect(evidenceSentences({ injured: s1, date: s0, place: s0 })).toEqual([
      { ...s0, fields: ['date', 'place'] },
      { ...s1, fields: ['injured'] },
    ]);
  });
});
