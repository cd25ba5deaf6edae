// The launcher's priority for services loading ahead of their go (tools/stack/load-priority.ts),
// on real processes, run from source in a process of its own as the launcher runs it.
import { spawnSync } from 'child_process';
import { resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..', '..');

function run(script: string): Record<string, unknown> {
  const prelude = `const { spawn } = require('child_process'); const { getPriority } = require('os'); const { LoadPriority } = require('./tools/stack/load-priority.ts');`;
  const r = spawnSync(process.execPath, ['-r', './tools/register.js', '-e', `${prelude}\n${script}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('LoadPriority', () => {
  it('lowers a loading process and gives it the launcher’s priority back; lowers nothing when it could not give it back', () => {
    const r = run(`
      const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
      const p = new LoadPriority();
      p.lower(sleeper.pid);
      const lowered = getPriority(sleeper.pid);
      p.restore(sleeper.pid);
      const restored = getPriority(sleeper.pid);
      sleeper.kill();
      process.stdout.write(JSON.stringify({ enabled: p.enabled, base: getPriority(), lowered, restored }));`);
    const base = r.base as number;
    expect(r.lowered).toBe(r.enabled ? Math.min(19, base + 10) : base);
    expect(r.restored).toBe(base);
  });

  it('ignores a process that has exited meanwhile', () => {
    const r = run(`
      const quick = spawn('true');
      quick.once('exit', () => {
        const p = new LoadPriority();
        p.lower(quick.pid);
        p.restore(quick.pid);
        process.stdout.write(JSON.stringify({ ok: true }));
      });`);
    expect(r).toEqual({ ok: true });
  });
});
