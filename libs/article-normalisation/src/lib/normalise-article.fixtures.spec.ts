import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '@raseed/arabic-text';
import { normaliseArticle } from './normalise-article';

// Pages written for this repo in the shape of real Arabic news templates, each with the
// main text and metadata a reader would call the article.
const DIR = path.join(__dirname, '..', '..', 'test', 'fixtures', 'html');
const fixtures = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

describe.each(fixtures)('HTML fixture %s', (file) => {
  const name = file.replace(/\.html$/, '');
  const expected = fs
    .readFileSync(path.join(DIR, `${name}.expected.txt`), 'utf8')
    .trim()
    .split('\n');
  const meta = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.meta.json`), 'utf8')) as Record<string, string | null>;
  const result = normaliseArticle({ body: fs.readFileSync(path.join(DIR, file)), fileName: file });

  it('is accepted as Arabic', () => {
    expect(result).toMatchObject({ ok: true, article: { lang: 'ar', format: 'html' } });
  });

  it('keeps every story paragraph, in order', () => {
    if (!result.ok) throw new Error(result.detail);
    const got = result.article.paragraphs.map((p) => words(p).join(' '));
    const want = expected.map((p) => words(p).join(' '));
    const positions = want.map((p) => got.indexOf(p));
    expect(positions.every((i) => i >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('adds no page furniture', () => {
    if (!result.ok) throw new Error(result.detail);
    expect(words(result.article.text).length).toBe(words(expected.join('\n')).length);
  });

  it('reads the metadata', () => {
    if (!result.ok) throw new Error(result.detail);
    const { charset, ...fields } = meta;
    expect(result.article).toMatchObject(fields);
    if (charset) expect(result.article.charset).toBe(charset);
  });
});
