import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { AWAIT_START_ENV, sendStart } from './start-gate';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** A real child process with an IPC channel, as the launcher spawns a service: it says when it waits and when it starts. */
function child(env: NodeJS.ProcessEnv): { proc: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const script = `
    const { awaitLauncherStart } = require(${JSON.stringify(join(__dirname, 'start-gate.ts'))});
    awaitLauncherStart().then(() => { console.log('started ' + process.env.DATABASE_URL + ' gate ' + (process.env.${AWAIT_START_ENV} ?? 'gone')); process.exit(0); });
    console.log('loaded');`;
  const proc = spawn(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), '-e', script], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  return { proc, out: () => out, exited };
}

async function until(what: () => boolean): Promise<void> {
  while (!what()) await new Promise((r) => setTimeout(r, 20));
}

describe('start gate (services spawned ahead of their go)', () => {
  it('loads, then waits for the go and starts with its variables', async () => {
    const c = child({ [AWAIT_START_ENV]: '1' });
    await until(() => c.out().includes('loaded'));
    // Still waiting: the loop is kept alive by the channel, nothing started.
    await new Promise((r) => setTimeout(r, 200));
    expect(c.out()).toBe('loaded\n');
    expect(sendStart(c.proc, { DATABASE_URL: 'postgres://db' })).toBe(true);
    expect(await c.exited).toBe(0);
    expect(c.out()).toBe('loaded\nstarted postgres://db gate gone\n');
  });

  it('exits when the launcher goes away before the go', async () => {
    const c = child({ [AWAIT_START_ENV]: '1' });
    await until(() => c.out().includes('loaded'));
    c.proc.disconnect();
    expect(await c.exited).toBe(1);
    expect(c.out()).not.toContain('started');
  });

  it('starts at once when not spawned gated', async () => {
    const c = child({ DATABASE_URL: 'postgres://env' });
    expect(await c.exited).toBe(0);
    expect(c.out()).toContain('started postgres://env');
  });

  it('tells the launcher when a go can no longer be delivered', async () => {
    const c = child({ DATABASE_URL: 'postgres://env' });
    await c.exited;
    expect(sendStart(c.proc, {})).toBe(false);
  });
});
