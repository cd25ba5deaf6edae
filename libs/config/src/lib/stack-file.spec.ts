import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { isZombie, readRunningStack, writeStackFile } from './stack-file';

const stack = (pid: number) => ({ pid, startedAt: new Date().toISOString(), kafkaBrokers: 'x:1', databaseUrl: 'postgres://x', apiUrl: 'http://x', opensearchUrl: null });

(process.platform === 'linux' ? describe : describe.skip)('readRunningStack', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stack-file-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a live launcher', () => {
    writeStackFile(dir, stack(process.pid));
    expect(readRunningStack(dir)?.pid).toBe(process.pid);
  });

  it('does not count a dead launcher that is still a zombie as running', async () => {
    // Node reaps its children from the event loop: exit a child and look before that happens.
    const child = spawn('sh', ['-c', 'exit 0']);
    const pid = child.pid!;
    const until = Date.now() + 2000;
    while (!isZombie(pid) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    expect(isZombie(pid)).toBe(true);
    writeStackFile(dir, stack(pid));
    expect(readRunningStack(dir)).toBeNull();
    await new Promise((r) => child.once('exit', r));
  });
});
