// What `npm start` and the image run: tools/stack/build-node.ts, on a small workspace of its own
// (aliases, decorator metadata, a JSON file, source maps) and on the real entry points.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '..', '..', '..');

interface BuildResult {
  files: number;
  compiled: number;
  removed: number;
}

/** buildNode(options) in a process of its own, run from source as `npm run build:node` runs it. */
function buildNode(options: { root?: string; outDir?: string; entries?: string[] }): BuildResult {
  const script = `process.stdout.write(JSON.stringify(require('./tools/stack/build-node.ts').buildNode(${JSON.stringify(options)})))`;
  const r = spawnSync(process.execPath, ['-r', './tools/register.js', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-node failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as BuildResult;
}

describe('build-node', () => {
  // Inside the workspace (tmp/ is ignored), so node_modules resolves from it as from the real tree.
  const ws = join(ROOT, 'tmp', `build-node-spec-${process.pid}`);
  const out = join(ws, 'dist', 'node');
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(ws, file)), { recursive: true });
    writeFileSync(join(ws, file), text);
  };
  const build = () => buildNode({ root: ws, entries: ['apps/demo/src/main.ts'] });
  const run = () => spawnSync(process.execPath, ['--enable-source-maps', join(out, 'apps', 'demo', 'src', 'main.js')], { cwd: ws, encoding: 'utf8' });

  beforeAll(() => {
    write('tools/swc-options.json', readFileSync(join(ROOT, 'tools', 'swc-options.json'), 'utf8'));
    write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@demo/lib': ['libs/lib/src/index.ts'] } } }));
    write('libs/lib/src/index.ts', "export * from './lib/greeter';\n");
    write(
      'libs/lib/src/lib/greeter.ts',
      "export class Name {\n  value = 'world';\n}\nexport const tag = (): ClassDecorator => () => undefined;\n@tag()\nexport class Greeter {\n  constructor(readonly name: Name) {}\n}\n",
    );
    write('libs/lib/src/lib/unused.ts', 'export const nobodyImportsThis = 1;\n');
    write('apps/demo/src/data.json', '{ "greeting": "hello" }\n');
    write(
      'apps/demo/src/main.ts',
      "import 'reflect-metadata';\nimport { Greeter } from '@demo/lib';\nimport data from './data.json';\n\nconst types = Reflect.getMetadata('design:paramtypes', Greeter) as Array<{ name: string }>;\nconsole.log(`${data.greeting} ${types.map((t) => t.name).join()}`);\nif (process.env.THROW) throw new Error('boom');\n",
    );
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('compiles what the entry imports, aliases resolved, decorator metadata kept, the JSON copied, source maps beside', () => {
    const first = build();
    expect(first).toMatchObject({ files: 4, compiled: 4, removed: 0 });
    expect(existsSync(join(out, 'libs', 'lib', 'src', 'lib', 'unused.js'))).toBe(false);
    const main = readFileSync(join(out, 'apps', 'demo', 'src', 'main.js'), 'utf8');
    expect(main).toContain('require("../../../libs/lib/src")');
    expect(main).toMatch(/\n\/\/# sourceMappingURL=main\.js\.map\n$/);
    expect(JSON.parse(readFileSync(join(out, 'apps', 'demo', 'src', 'main.js.map'), 'utf8')).sources).toEqual(['../../../../../apps/demo/src/main.ts']);
    expect(run()).toMatchObject({ status: 0, stdout: 'hello Name\n' });
    // A stack trace names the TypeScript line.
    const failed = spawnSync(process.execPath, ['--enable-source-maps', join(out, 'apps', 'demo', 'src', 'main.js')], { cwd: ws, encoding: 'utf8', env: { ...process.env, THROW: '1' } });
    expect(failed.stderr).toContain(`${join(ws, 'apps', 'demo', 'src', 'main.ts')}:7`);
  });

  it('compiles nothing when nothing changed, a changed file alone, and drops what is no longer imported', () => {
    build();
    expect(build()).toMatchObject({ files: 4, compiled: 0, removed: 0 });

    write(
      'libs/lib/src/lib/greeter.ts',
      "export class Name {\n  value = 'world';\n}\nexport const tag = (): ClassDecorator => () => undefined;\n@tag()\nexport class Greeter {\n  constructor(readonly name: Name, readonly again: Name) {}\n}\n",
    );
    expect(build()).toMatchObject({ files: 4, compiled: 1 });
    expect(run().stdout).toBe('hello Name,Name\n');

    write('libs/lib/src/index.ts', "export * from './lib/greeter';\nexport * from './lib/unused';\n");
    expect(build()).toMatchObject({ files: 5, compiled: 2, removed: 0 });
    write('libs/lib/src/index.ts', "export * from './lib/greeter';\n");
    expect(build()).toMatchObject({ files: 4, compiled: 1, removed: 1 });
    expect(existsSync(join(out, 'libs', 'lib', 'src', 'lib', 'unused.js'))).toBe(false);

    rmSync(join(out, 'apps', 'demo', 'src', 'main.js'));
    expect(build()).toMatchObject({ compiled: 1 });
  });

  it('reaches every program npm start and the compose file run, and leaves no @raseed alias to resolve at run time', () => {
    const real = join(ws, 'real');
    expect(buildNode({ outDir: real }).files).toBeGreaterThan(100);
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, { command?: string[] }> };
    // (The program is the first argument after node's own flags.)
    const programs = Object.values(compose.services).flatMap((s) => (s.command?.[0] === 'node' ? [s.command.slice(1).find((a) => !a.startsWith('--'))!] : []));
    const launched = ['api', 'broker', 'extractor', 'fetcher', 'indexer', 'normaliser'].map((app) => `dist/node/apps/${app}/src/main.js`);
    for (const file of [...programs, ...launched, 'dist/node/tools/stack/start.js', 'dist/node/libs/config/src/register-source-maps.js'])
      expect([file, existsSync(join(real, file.replace(/^dist\/node\//, '')))]).toEqual([file, true]);
    const manifest = JSON.parse(readFileSync(join(real, 'build-manifest.json'), 'utf8')) as { files: Record<string, unknown> };
    const aliased = Object.keys(manifest.files).filter((f) => readFileSync(join(real, f.replace(/\.ts$/, '.js')), 'utf8').includes('require("@raseed/'));
    expect(aliased).toEqual([]);
  });

  it('the preload the launcher gives its services maps a trace to the TypeScript line, as --enable-source-maps does, reading maps only then', () => {
    const real = join(ws, 'real');
    buildNode({ outDir: real });
    build();
    const preload = join(real, 'libs', 'config', 'src', 'register-source-maps.js');
    const failed = spawnSync(process.execPath, ['--require', preload, join(out, 'apps', 'demo', 'src', 'main.js')], { cwd: ws, encoding: 'utf8', env: { ...process.env, THROW: '1' } });
    // (Node colours the frames when the runner forces colour, as CI does: read the text without them.)
    const stderr = failed.stderr.replace(/\u001b\[[0-9;]*m/g, '');
    expect(stderr).toContain(`${join(ws, 'apps', 'demo', 'src', 'main.ts')}:7`);
    expect(stderr).toContain('Error: boom');
  });
});
