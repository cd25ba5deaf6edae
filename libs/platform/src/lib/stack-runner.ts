// Test and bench helper: the real `npm start` launcher as a child process (exported from testing.ts only).
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The real `npm start` launcher as a child process, with its combined log captured. */
export class StackRunner {
  private child: ChildProcess | null = null;
  private exit: Promise<number | null> | null = null;
  log = '';
  /** Set when the launcher has exited: waits fail at once instead of timing out. */
  exitedWith: number | null | undefined = undefined;

  /**
   * `compiled`: exactly as `npm start` runs it (build the Node.js programs, then the compiled
   * front and launcher), which is what the benches measure; otherwise from source, as tests do.
   */
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly options: { compiled?: boolean } = {},
  ) {}

  start(): void {
    this.log = '';
    const register = join(ROOT, 'tools', 'register.js');
    let args = ['-r', register, join(ROOT, 'tools', 'stack', 'start.ts')];
    if (this.options.compiled) {
      const built = spawnSync(process.execPath, ['-r', register, join(ROOT, 'tools', 'stack', 'build-node.ts')], { cwd: ROOT, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`build of the Node.js programs failed:\n${built.stderr || built.stdout}`);
      args = [join(ROOT, 'dist', 'node', 'tools', 'stack', 'launch.js')];
    }
    this.child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.log += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.log += d.toString()));
    this.exitedWith = undefined;
    this.exit = new Promise((resolve) => this.child!.once('exit', (code) => resolve((this.exitedWith = code))));
  }

  /** The launcher's process id (its services, broker and database are its descendants). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Ctrl-C, as a user would; resolves with the launcher's exit code. */
  async stop(timeoutMs = 60_000): Promise<number | null> {
    if (!this.child || !this.exit) return null;
    this.child.kill('SIGINT');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), timeoutMs);
    const code = await this.exit;
    clearTimeout(timer);
    this.child = null;
    return code;
  }
}

export async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, stack?: StackRunner): Promise<T> {
  const until = Date.now() + timeoutMs;
  let lastError = '';
  const log = () => stack?.log ?? '';
  while (Date.now() < until) {
    if (stack && stack.exitedWith !== undefined) throw new Error(`${what}: the stack exited (code ${stack.exitedWith})\n${log().slice(-6000)}`);
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} not reached in ${timeoutMs} ms ${lastError}\n--- stack log (tail) ---\n${log().slice(-6000)}`);
}

export async function getJson<T = Record<string, unknown>>(url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: (await res.json()) as T };
}
