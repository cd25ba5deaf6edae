import { detectInputFormat } from './input-format';
import { readJsonEnvelope } from './json-envelope';

describe('detectInputFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>نص</p></body></html>', null, null, 'html'],
    ['  <!-- cached --> <div class="x">نص</div>', null, null, 'html'],
    ['نص عادي', 'text/html; charset=utf-8', null, 'html'],
    ['نص عادي', null, 'page.HTM', 'html'],
    ['{"id":"1","text":"نص"}', null, null, 'json'],
    ['{"a":1}', 'application/json', null, 'json'],
    ['قال المتحدث إن <الهدنة> صامدة', null, null, 'text'],
    ['{ نص بين قوسين }', null, null, 'text'],
  ])('%s (%s, %s) → %s', (text, type, name, format) => {
    expect(detectInputFormat(text, type, name)).toBe(format);
  });
});

describe('readJsonEnvelope', () => {
  it('reads the inbox article shape', () => {
    expect(readJsonEnvelope(JSON.stringify({ id: 'a7', url: 'https://x.example/1', published_at: '2024-02-02', title: 'عنوان', text: 'نص الخبر' }))).toEqual({
      id: 'a7',
      url: 'https://x.example/1',
      title: 'عنوان',
      publishedAt: '2024-02-02',
      outlet: null,
      body: 'نص الخبر',
      bodyIsHtml: false,
    });
  });

  it('prefers an html field and accepts numeric ids', () => {
    const envelope = readJsonEnvelope(JSON.stringify({ id: 9, html: '<p>نص</p>', text: 'نص' }));
    expect(envelope).toMatchObject({ id: '9', body: '<p>نص</p>', bodyIsHtml: true });
  });

  it('returns null for invalid JSON or non-objects', () => {
    expect(readJsonEnvelope('{oops')).toBeNull();
    expect(readJsonEnvelope('[1,2]')).toBeNull();
    expect(readJsonEnvelope('"نص"')).toBeNull();
  });
});
