import { readInboxFile, scanInbox } from '@raseed/fetching';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

describe('readInboxFile', () => {
  it('reads a JSON article envelope with its id, url and publish date', () => {
    const body = Buffer.from(JSON.stringify({ id: 'x-17', url: 'https://example.org/a', text: 'نص الخبر', published_at: '2024-02-01' }));
    const r = readInboxFile('news/x.json', body, 1e6);
    if (!r.ok) throw new Error(r.detail);
    expect(r.sourceKey).toBe('inbox:news/x.json');
    expect(r.event.articleId).toBe('x-17');
    expect(r.event.url).toBe('https://example.org/a');
    expect(r.event.hints.publishedAt).toBe('2024-02-01');
    expect(Buffer.from(r.event.bodyBase64, 'base64').toString('utf8')).toBe('نص الخبر');
  });

  it('uses the file name as id for .txt and .html, keeping raw bytes for charset sniffing', () => {
    const bytes = Buffer.from([0xc7, 0xe1, 0xe5]); // windows-1256 bytes, not UTF-8
    const r = readInboxFile('003.html', bytes, 1e6);
    if (!r.ok) throw new Error(r.detail);
    expect(r.event.articleId).toBe('003');
    expect(r.event.contentType).toBe('text/html');
    expect(Buffer.from(r.event.bodyBase64, 'base64')).toEqual(bytes);
  });

  it('refuses oversize, empty and malformed JSON files with a reason', () => {
    expect(readInboxFile('a.txt', Buffer.alloc(2000, 65), 1024)).toMatchObject({ ok: false, reason: 'too_large' });
    expect(readInboxFile('a.txt', Buffer.alloc(0), 1024)).toMatchObject({ ok: false, reason: 'empty' });
    expect(readInboxFile('a.json', Buffer.from('{oops'), 1024)).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(readInboxFile('a.json', Buffer.from('{"id":"a"}'), 1024)).toMatchObject({ ok: false, reason: 'undecodable' });
  });

  it('same bytes give the same content hash; different bytes a different one', () => {
    const a = readInboxFile('a.txt', Buffer.from('نص'), 1e6);
    const b = readInboxFile('a.txt', Buffer.from('نص'), 1e6);
    const c = readInboxFile('a.txt', Buffer.from('نص آخر'), 1e6);
    if (!a.ok || !b.ok || !c.ok) throw new Error('unexpected');
    expect(a.event.contentHash).toBe(b.event.contentHash);
    expect(a.event.contentHash).not.toBe(c.event.contentHash);
  });
});

describe('scanInbox', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'inbox-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists settled article files recursively and skips dotfiles, other types and fresh files', async () => {
    mkdirSync(join(dir, 'sub'));
    for (const f of ['a.txt', 'sub/b.json', '.hidden.txt', 'c.pdf', 'fresh.html']) writeFileSync(join(dir, f), 'x');
    const old = (Date.now() - 10_000) / 1000;
    for (const f of ['a.txt', 'sub/b.json', '.hidden.txt', 'c.pdf']) utimesSync(join(dir, f), old, old);
    const entries = await scanInbox(dir, 2000);
    expect(entries.map((e) => e.relativePath).sort()).toEqual(['a.txt', 'sub/b.json']);
  });

  it('returns nothing for a missing folder', async () => {
    expect(await scanInbox(join(dir, 'nope'), 0)).toEqual([]);
  });
});
