// Command lines of the tools, run as users run them: the pipeline bench, the compose provision
// job and the data builders (all refuse before they start anything).
import { spawnSync } from 'child_process';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..', '..');
const tool = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'tools', file), ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });

describe('npm run bench:pipeline', () => {
  it('refuses a bad --articles in one line with exit 2; --help prints the usage', () => {
    expect(tool('bench/pipeline.bench.ts', '--articles', 'many')).toMatchObject({ status: 2, stdout: '', stderr: "bench:pipeline: --articles must be a whole number (got 'many') (see --help)\n" });
    expect(tool('bench/pipeline.bench.ts', '--help')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^usage: npm run bench:pipeline -- \[--articles <n>\]/) });
  });
});

describe('npm run provision', () => {
  it('takes no arguments (the environment configures it): one line and exit 2 for any; --help prints what it reads', () => {
    expect(tool('stack/provision.ts', '--partitions', '3')).toMatchObject({ status: 2, stdout: '', stderr: 'provision: unknown option --partitions (see --help)\n' });
    expect(tool('stack/provision.ts', '--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('KAFKA_RETENTION_MS') });
  });
});

describe('the data builders (gazetteer, map outlines)', () => {
  it('refuse an unknown option in one line with exit 2', () => {
    expect(tool('gazetteer/build.ts', '--chek')).toMatchObject({ status: 2, stdout: '', stderr: 'gazetteer: unknown option --chek (see --help)\n' });
    expect(tool('map-data/build-outlines.ts', '--frm', 'x')).toMatchObject({ status: 2, stdout: '', stderr: 'map:outlines: unknown option --frm (see --help)\n' });
  });
});

describe('npm start --replicas', () => {
  it('refuses an unknown stage or a count out of range before starting anything (exit 78), flag or environment', () => {
    const dataDir = join(ROOT, 'tmp', `replicas-spec-${process.pid}`);
    const flag = spawnSync(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'tools', 'stack', 'start.ts'), '--replicas', 'indexer=0'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    });
    expect(flag).toMatchObject({ status: 78, stderr: expect.stringContaining('REPLICAS: indexer=0: count must be 1..16') });
    const env = spawnSync(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'tools', 'stack', 'start.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, REPLICAS: 'fetcher=2' },
    });
    expect(env).toMatchObject({ status: 78, stderr: expect.stringContaining("REPLICAS: unknown stage 'fetcher'") });
  });
});
