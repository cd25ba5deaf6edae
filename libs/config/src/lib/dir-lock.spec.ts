import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { acquireDirLock, dirLockHolder, DirLockedError } from './dir-lock';

const REGISTER = join(__dirname, '..', '..', '..', '..', 'tools', 'register.js');

/** A separate process holding the lock, as a second broker or launcher would. */
function holdInChild(dir: string) {
  const script = `require(${JSON.stringify(join(__dirname, 'dir-lock.ts'))}).acquireDirLock(${JSON.stringify(dir)}, 'test holder').then(() => { console.log('held'); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ['-r', REGISTER, '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const held = new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('held') && ok());
    child.once('exit', (code) => fail(new Error(`holder exited (${code})`)));
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  return { child, held, exited };
}

(process.platform === 'linux' ? describe : describe.skip)('acquireDirLock', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dir-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder in another process and names it; kill -9 frees the lock at once', async () => {
    const holder = holdInChild(dir);
    await holder.held;
    const refused = await acquireDirLock(dir, 'second').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DirLockedError);
    expect(refused).toMatchObject({ holderPid: holder.child.pid, holderRole: 'test holder' });
    expect(await dirLockHolder(dir)).toEqual({ pid: holder.child.pid, role: 'test holder' });

    holder.child.kill('SIGKILL');
    await holder.exited;
    const lock = await acquireDirLock(dir, 'after kill');
    expect(lock.kernel).toBe(true);
    await lock.release();
  });

  it('refuses a second holder in the same process until the first releases', async () => {
    const first = await acquireDirLock(dir, 'first');
    await expect(acquireDirLock(join(dir, '.'), 'second')).rejects.toThrow(/in use by first/);
    await first.release();
    const again = await acquireDirLock(dir, 'again');
    expect(await dirLockHolder(dir)).toEqual({ pid: process.pid, role: 'again' });
    await again.release();
    expect(await dirLockHolder(dir)).toBeNull();
  });

  it('locks directories independently', async () => {
    const other = mkdtempSync(join(tmpdir(), 'dir-lock-'));
    const a = await acquireDirLock(dir, 'a');
    const b = await acquireDirLock(other, 'b');
    await Promise.all([a.release(), b.release()]);
    rmSync(other, { recursive: true, force: true });
  });
});
