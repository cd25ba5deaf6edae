import { loadSourcesFile, SourcesFileError } from '@raseed/fetching';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

describe('SOURCES_FILE', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sources-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads YAML with defaults and resolves folder paths against the file', () => {
    const file = join(dir, 'sources.yaml');
    writeFileSync(
      file,
      `defaults:\n  intervalSeconds: 60\nsources:\n  - name: jz\n    kind: feed\n    url: https://ex.org/rss\n    outlet: الجزيرة\n    jitter: 0.5\n  - name: drop\n    kind: folder\n    path: ./drop\n  - name: map\n    kind: sitemap\n    url: https://ex.org/news-sitemap.xml\n    maxItems: 20\n`,
    );
    const sources = loadSourcesFile(file);
    expect(sources[0]).toMatchObject({ name: 'jz', kind: 'feed', intervalSeconds: 60, jitter: 0.5, maxItems: 100, itemBody: 'page', enabled: true, outlet: 'الجزيرة' });
    expect(sources[1]).toMatchObject({ kind: 'folder', path: join(dir, 'drop') });
    expect(sources[2]).toMatchObject({ kind: 'sitemap', maxItems: 20, intervalSeconds: 60 });
  });

  it('loads a JSON array', () => {
    const file = join(dir, 'sources.json');
    writeFileSync(file, JSON.stringify([{ name: 'p', kind: 'page', url: 'http://ex.org/a' }]));
    expect(loadSourcesFile(file)).toEqual([expect.objectContaining({ name: 'p', intervalSeconds: 300, jitter: 0.2 })]);
  });

  it('lists every problem: unknown kind, bad URL, unknown key, duplicate names', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, `sources:\n  - { name: a, kind: ftp, url: x }\n  - { name: b, kind: feed, url: 'file:///etc/passwd' }\n  - { name: c, kind: page, url: 'https://ex.org', colour: red }\n`);
    let err: unknown;
    try {
      loadSourcesFile(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SourcesFileError);
    const problems = (err as SourcesFileError).sourceProblems.join('\n');
    expect(problems).toMatch(/sources\.0\.kind/);
    expect(problems).toMatch(/sources\.1\.url: must be an http\(s\) URL/);
    expect(problems).toMatch(/sources\.2.*colour/);
    writeFileSync(file, `- { name: a, kind: page, url: 'https://ex.org/1' }\n- { name: a, kind: page, url: 'https://ex.org/2' }\n`);
    expect(() => loadSourcesFile(file)).toThrow(/duplicate name "a"/);
    expect(() => loadSourcesFile(join(dir, 'missing.yaml'))).toThrow(/cannot read/);
  });
});
