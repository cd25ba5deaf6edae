import { ChildProcess, spawn } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findFreePort } from '@raseed/persistence';
import { getJson, StackRunner, waitUntil } from '@raseed/platform/testing';
import { stackProcesses } from '@raseed/platform';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(__dirname, '..', 'fixtures');

async function waitForNone(dataDir: string, timeoutMs: number, log: () => string = () => ''): Promise<number> {
  const t0 = Date.now();
  while (stackProcesses(dataDir).length && Date.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 100));
  const left = stackProcesses(dataDir);
  if (left.length) throw new Error(`still running after ${timeoutMs} ms:\n${left.map((p) => `${p.pid} ${p.cmd}`).join('\n')}\n--- log tail ---\n${log().slice(-4000)}`);
  return Date.now() - t0;
}

/** `npm start` exactly as docker or systemd runs it, in a process group of its own (so a test can kill that group). */
function npmStart(env: NodeJS.ProcessEnv): { npm: ChildProcess; log: () => string; exited: Promise<number | null> } {
  let log = '';
  const npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  npm.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  npm.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((r) => npm.once('exit', (code) => r(code)));
  return { npm, log: () => log, exited };
}

function pidOf(dataDir: string, pattern: RegExp): number {
  const p = stackProcesses(dataDir).find((x) => pattern.test(x.cmd));
  if (!p) throw new Error(`no process matching ${pattern}`);
  return p.pid;
}

/**
 * Process supervision of `npm start` (issue 14): signals a supervisor sends stop everything,
 * kill -9 of the launcher leaves nothing behind and an immediate restart works, killed
 * children (broker, PostgreSQL, a service) come back by themselves, a second live stack on
 * the same DATA_DIR is refused.
 */
/** The launcher proper: the pid it records in DATA_DIR/stack.json once it is up. */
function launcherPid(dataDir: string): number {
  return (JSON.parse(readFileSync(join(dataDir, 'stack.json'), 'utf8')) as { pid: number }).pid;
}

function parentPid(pid: number): number | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return ppid > 1 ? ppid : null;
}

/** kill -9 of a process that may have exited since it was listed. */
function kill9(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

describe('npm start: supervision', () => {
  let dir: string;
  let dataDir: string;
  let inbox: string;
  let api: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'raseed-sup-'));
    dataDir = join(dir, 'data');
    inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const port = await findFreePort();
    api = `http://127.0.0.1:${port}`;
    env = { DATA_DIR: dataDir, INBOX_DIR: inbox, API_PORT: String(port), KAFKA_BROKERS: '', DATABASE_URL: '', OPENSEARCH_URL: '', LOG_LEVEL: 'warn' };
  });

  afterAll(async () => {
    for (const p of stackProcesses(dataDir)) kill9(p.pid);
    rmSync(dir, { recursive: true, force: true });
  });

  const healthy = async () => (await getJson(`${api}/health`)).status === 200;

  it('SIGTERM to npm stops the whole stack: no process left behind', async () => {
    const run = npmStart(env);
    await waitUntil('health', healthy, 120_000);
    run.npm.kill('SIGTERM');
    const goneMs = await waitForNone(dataDir, 30_000, run.log);
    process.stdout.write(`SIGTERM to npm start: every process gone in ${goneMs} ms\n`);
  });

  it('SIGTERM while the services still wait for their go (spawned ahead of PostgreSQL and the broker) stops everything too', async () => {
    const run = npmStart(env);
    await waitUntil('services spawned', async () => stackProcesses(dataDir).some((p) => /apps\/api\/src\/main\.js/.test(p.cmd)), 60_000);
    run.npm.kill('SIGTERM');
    await waitForNone(dataDir, 30_000, run.log);
    expect(run.log()).not.toMatch(/exited unexpectedly/);
  });

  it('kill -9 of the launcher: children gone within seconds, and an immediate restart comes up', async () => {
    const run = npmStart(env);
    await waitUntil('health', healthy, 120_000);
    // Both launcher processes at once, by pid: the launcher proper (stack.json) and the front
    // npm runs, its parent. Matching command lines instead raced with npm's own `sh -c`.
    const launcher = launcherPid(dataDir);
    const front = parentPid(launcher);
    kill9(launcher);
    if (front) kill9(front);
    const goneMs = await waitForNone(dataDir, 15_000, run.log);
    kill9(-run.npm.pid!); // npm may have exited with its launcher already

    // The whole group at once (kill -9 of `npm start` as a terminal or docker kill would).
    const t0 = Date.now();
    const second = npmStart(env);
    await waitUntil('health after restart', healthy, 120_000);
    const restartMs = Date.now() - t0;
    kill9(-second.npm.pid!);
    const goneGroupMs = await waitForNone(dataDir, 15_000, second.log);
    const t1 = Date.now();
    const third = npmStart(env);
    await waitUntil('health after kill -9 of the group', healthy, 120_000);
    const restartGroupMs = Date.now() - t1;
    process.stdout.write(
      `kill -9 launcher: children gone in ${goneMs} ms, restart healthy in ${restartMs} ms; kill -9 npm group: gone in ${goneGroupMs} ms, restart healthy in ${restartGroupMs} ms\n`,
    );
    third.npm.kill('SIGTERM');
    await waitForNone(dataDir, 30_000);
  }, 360_000); // three full starts: ~70 s unloaded, over 200 s on 2 busy cores

  it('restarts a killed broker, PostgreSQL and service; the pipeline carries on; a second stack is refused', async () => {
    const stack = new StackRunner(env);
    stack.start();
    await waitUntil('health', healthy, 120_000, stack);

    const second = new StackRunner(env);
    second.start();
    await waitUntil('second launcher refused', async () => second.exitedWith !== undefined, 30_000);
    expect(second.exitedWith).toBe(78);
    expect(second.log).toMatch(/a stack is already running on DATA_DIR=.*\(launcher pid \d+\)/);

    for (const [what, pattern] of [
      ['broker', /dist\/node\/apps\/broker\/src\/main\.js/],
      ['postgres', /bin\/postgres -D/],
      ['normaliser', /dist\/node\/apps\/normaliser\/src\/main\.js/],
    ] as const) {
      const pid = pidOf(dataDir, pattern);
      process.kill(pid, 'SIGKILL');
      await waitUntil(`${what} restarted`, async () => new RegExp(`${what} restarted \\(pid \\d+\\) \\d+ ms`).test(stack.log), 30_000, stack);
      await waitUntil(`health after ${what}`, healthy, 60_000, stack);
    }

    copyFileSync(join(FIXTURES, 'tanf-drone.txt'), join(inbox, 'tanf-drone.txt'));
    await waitUntil('incident after the restarts', async () => (await getJson<{ total: number }>(`${api}/api/incidents?q=${encodeURIComponent('التنف')}`)).body.total > 0, 90_000, stack);
    expect(await stack.stop()).toBe(0);
    await waitForNone(dataDir, 15_000);
  });
});
