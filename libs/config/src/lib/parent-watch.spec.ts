import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { AWAIT_DEPENDENCIES_ENV, DEPENDENCIES_ASKED, DEPENDENCIES_READY } from './parent-watch';

const REGISTER = join(__dirname, '..', '..', '..', '..', 'tools', 'register.js');

/** A child with an IPC channel, as the launcher starts a service, that prints `go` once awaitLauncherDependencies resolves. */
function service(env: NodeJS.ProcessEnv) {
  const script = `require(${JSON.stringify(join(__dirname, 'parent-watch.ts'))}).awaitLauncherDependencies().then(() => { console.log('go'); process.exit(0); });`;
  const child = spawn(process.execPath, ['-r', REGISTER, '-e', script], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  return { child, output: () => out, exited };
}

const asked = (child: ChildProcess) => new Promise<unknown>((ok) => child.once('message', ok));

describe('awaitLauncherDependencies', () => {
  it('asks the launcher and waits for its answer before going on', async () => {
    const s = service({ [AWAIT_DEPENDENCIES_ENV]: '1' });
    expect(await asked(s.child)).toBe(DEPENDENCIES_ASKED);
    await new Promise((r) => setTimeout(r, 200));
    expect(s.output()).toBe('');
    s.child.send(DEPENDENCIES_READY);
    expect(await s.exited).toBe(0);
    expect(s.output()).toBe('go\n');
  });

  it('goes on at once when not asked to wait (compose, tests)', async () => {
    const s = service({});
    expect(await s.exited).toBe(0);
    expect(s.output()).toBe('go\n');
  });

  it('exits when the launcher goes away while it waits', async () => {
    const s = service({ [AWAIT_DEPENDENCIES_ENV]: '1' });
    await asked(s.child);
    s.child.disconnect();
    expect(await s.exited).toBe(1);
    expect(s.output()).toBe('');
  });
});
