import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Runs the CLI as users do (a child process), on files written here.
const ROOT = path.resolve(__dirname, '..', '..', '..');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['-r', './tools/register.js', 'apps/cli/src/normalise.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STORY = [
  'أعلنت مديرية الصحة افتتاح قسم جديد لغسيل الكلى في المستشفى الوطني، يضم عشرين جهازاً حديثاً.',
  'وقال مدير المستشفى إن القسم سيستقبل المرضى من القرى المجاورة الذين كانوا يسافرون ساعات للعلاج.',
  'وأضاف أن الأطباء والممرضين الجدد أنهوا تدريبهم الشهر الماضي، وأن الخدمة مجانية للجميع.',
];

describe('npm run normalise', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'normalise-cli-'));
    fs.writeFileSync(
      path.join(dir, 'a.json'),
      JSON.stringify({ id: 'art-1', url: 'https://example.org/1', published_at: '2024-04-02', text: ['قسم جديد لغسيل الكلى في المستشفى الوطني', ...STORY, 'مقالات ذات صلة'].join('\n\n') }),
    );
    fs.writeFileSync(path.join(dir, 'b.txt'), `fbpx\n${STORY.join('\n')}\nالمصدر: وكالة الأنباء`);
    fs.writeFileSync(path.join(dir, 'c.html'), `<html><head><title>خبر</title></head><body><article>${STORY.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`);
    fs.writeFileSync(path.join(dir, 'd.txt'), 'The hospital opened a new dialysis ward with twenty machines.');
    fs.writeFileSync(path.join(dir, 'notes.md'), 'ignored');
    fs.symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'e.txt'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON line per article and reports bad files without stopping', () => {
    const { code, stdout, stderr } = run(dir);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['art-1', 'b', 'c']);
    expect(lines[0]).toMatchObject({ title: 'قسم جديد لغسيل الكلى في المستشفى الوطني', published_at: '2024-04-02', lang: 'ar', text: STORY.join('\n'), removed: ['مقالات ذات صلة'] });
    expect(lines[1]).toMatchObject({ text: STORY.join('\n'), removed: ['fbpx', 'المصدر: وكالة الأنباء'], duplicate_of: 'art-1' });
    expect(lines[2]).toMatchObject({ duplicate_of: 'art-1' });
    expect(stderr).toContain('"rejected":"not_arabic"');
    expect(stderr).toMatch(/e\.txt: ENOENT/);
    expect(code).toBe(1);
  });

  it('accepts a single file', () => {
    const { code, stdout } = run(path.join(dir, 'b.txt'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'b', duplicate_of: null });
  });

  it('fails with a message for a path that does not exist', () => {
    const { code, stdout, stderr } = run(path.join(dir, 'nope'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read .*nope/);
  });

  it('refuses a command line without a path, or with an unknown option, in one line; --help prints the usage', () => {
    expect(run()).toEqual({ code: 2, stdout: '', stderr: 'normalise: missing file or folder (see --help)\n' });
    expect(run('--jsn', dir)).toEqual({ code: 2, stdout: '', stderr: 'normalise: unknown option --jsn (see --help)\n' });
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: npm run -s normalise -- <file-or-folder>/), stderr: '' });
  });
});
