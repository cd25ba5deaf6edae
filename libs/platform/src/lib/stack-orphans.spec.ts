import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { groupMembers } from '@raseed/config';
import { findStackOrphans, isAlive, stopProcesses } from './stack-orphans';

const ROOT = resolve(__dirname, '..', '..', '..', '..');

/** A stand-in with the command line and environment of a stack process (it only sleeps). */
function fake(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
}

(process.platform === 'linux' ? describe : describe.skip)('findStackOrphans', () => {
  let dir: string;
  const started: ChildProcess[] = [];
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'orphans-'))));
  afterEach(() => {
    for (const c of started.splice(0)) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the services and broker of this DATA_DIR, not another stack's, and stops them", async () => {
    const other = mkdtempSync(join(tmpdir(), 'orphans-other-'));
    const fetcher = fake(['--enable-source-maps', join(ROOT, 'dist', 'node', 'apps', 'fetcher', 'src', 'main.js')], { DATA_DIR: dir }); // as npm start runs it
    const broker = fake(['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'apps', 'broker', 'src', 'main.ts'), '--data-dir', join(dir, 'kafka')]); // from source
    const foreign = fake([join(ROOT, 'apps', 'api', 'src', 'main.ts')], { DATA_DIR: other });
    const unrelated = fake([], { DATA_DIR: dir }); // e.g. a CLI run with the same DATA_DIR
    started.push(fetcher, broker, foreign, unrelated);
    await new Promise((r) => setTimeout(r, 300));

    const found = findStackOrphans(dir, ROOT);
    expect(found.sort((a, b) => a.pid - b.pid)).toEqual(
      [
        { pid: fetcher.pid, what: 'fetcher' },
        { pid: broker.pid, what: 'kafka-broker' },
      ].sort((a, b) => a.pid! - b.pid!),
    );
    const t0 = Date.now();
    await stopProcesses(found, 4000);
    expect(Date.now() - t0).toBeLessThan(2000); // they stop on SIGTERM: no wait for the grace period
    expect(isAlive(fetcher.pid!)).toBe(false);
    expect(isAlive(broker.pid!)).toBe(false);
    expect(isAlive(foreign.pid!)).toBe(true);
    rmSync(other, { recursive: true, force: true });
  });

  it('lists the live members of a process group, and none once they are killed (zombies do not count)', async () => {
    const leader = spawn('sh', ['-c', 'sleep 30 & sleep 30 & wait'], { detached: true, stdio: 'ignore' });
    started.push(leader);
    await new Promise((r) => setTimeout(r, 300));
    const members = groupMembers(leader.pid!)!;
    expect(members).toContain(leader.pid);
    expect(members.length).toBe(3);
    process.kill(-leader.pid!, 'SIGKILL');
    const until = Date.now() + 3000;
    while (groupMembers(leader.pid!)!.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(groupMembers(leader.pid!)).toEqual([]);
  });
});
