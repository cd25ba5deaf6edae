// Test helper: one service's main.ts as a child process, its output kept line by line (exported from testing.ts only).
import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { createInterface } from 'readline';

const ROOT = join(__dirname, '..', '..', '..', '..');

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  line: string;
}

/** `node -r tools/register.js apps/<name>/src/main.ts` with exactly `env` (plus PATH), as the launcher or a container runs it. */
export class ServiceChild {
  readonly lines: OutputLine[] = [];
  private readonly child: ChildProcess;
  private readonly exit: Promise<string>;

  constructor(name: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'apps', name, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of ['stdout', 'stderr'] as const) createInterface({ input: this.child[stream]! }).on('line', (line) => this.lines.push({ stream, line }));
    this.exit = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)));
  }

  /** The first line matching `test`, waiting up to `timeoutMs`; fails at once if the process exits. */
  async waitForLine(test: (line: string) => boolean, timeoutMs = 30_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    let exited: string | null = null;
    void this.exit.then((how) => (exited = how));
    for (;;) {
      const hit = this.lines.find((l) => test(l.line));
      if (hit) return hit.line;
      if (exited) throw new Error(`the service exited (${exited}) first:\n${this.text()}`);
      if (Date.now() > until) throw new Error(`no such line within ${timeoutMs} ms:\n${this.text()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  text(): string {
    return this.lines.map((l) => `${l.stream}: ${l.line}`).join('\n');
  }

  /** SIGTERM (as docker stop sends it); resolves with how it ended. */
  async stop(timeoutMs = 20_000): Promise<string> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const how = await this.exit;
    clearTimeout(timer);
    return how;
  }
}
