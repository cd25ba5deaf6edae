/**
 * Start-up bench (issues 14 and 15): `npm start` exactly as a user runs it, on embedded defaults,
 * timed to the API's `/health` answering 200.
 *  - cold: a fresh DATA_DIR each run (initdb, migrations, topics);
 *  - restart: right after kill -9 of the stack's process groups (npm's and the launcher's), as
 *    a terminal or `docker kill` would, `npm start` again on the same DATA_DIR.
 * For each run it prints when each phase of the combined log was reached (ms since `npm start`),
 * the CPU the stack's processes had used by the time it was healthy, and the load average; then
 * medians and ranges. JSON in tmp/bench/start.json.
 *
 *   npm run bench:start -- --runs 5
 */
import { intOption, parseCli, runCli } from '@raseed/config';
import { findFreePort } from '@raseed/persistence';
import { stackProcesses } from '@raseed/platform';
import { ChildProcess, spawn } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { createInterface } from 'readline';

const ROOT = resolve(__dirname, '..', '..');
const USAGE = `usage: npm run bench:start -- [--runs <n>] [--root <checkout>] [--out <file.json>]
  --runs <n>        cold starts, each followed by a restart after kill -9 of its groups (default 3)
  --root <checkout> run \`npm start\` of another checkout (a worktree of an earlier commit: before/after)
  --out <file>      JSON results (default tmp/bench/start.json)`;

/** Phases of the combined log, in the order they usually come. */
const MARKS: Array<[string, RegExp]> = [
  ['services built', /^build:node:/],
  ['launcher running', /\[stack\] services: /],
  ['PostgreSQL up', /\[stack\] embedded PostgreSQL on/],
  ['broker ready', /\[broker\] kafka-broker ready/],
  ['search page built', /\[stack\] search page built/],
  ['topics ready', /\[stack\] replicas:/],
  ...['fetcher', 'normaliser', 'extractor', 'indexer', 'api'].map((s): [string, RegExp] => [`${s} listening`, new RegExp(`\\[${s}\\] .*listening on`)]),
  ['launcher ready', /\[stack\] ready in/],
];

interface Run {
  kind: 'cold' | 'restart';
  healthyMs: number;
  marks: Record<string, number>;
  cpuSeconds: number;
  load: number;
}

class NpmStart {
  readonly marks: Record<string, number> = {};
  readonly log: string[] = [];
  private readonly npm: ChildProcess;
  readonly t0 = Date.now();

  constructor(root: string, env: NodeJS.ProcessEnv) {
    // A group of its own, as a terminal gives a foreground job: the bench can kill that group.
    this.npm = spawn('npm', ['start'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    for (const stream of [this.npm.stdout!, this.npm.stderr!])
      createInterface({ input: stream }).on('line', (line) => {
        const ms = Date.now() - this.t0;
        this.log.push(`${ms} ${line}`);
        for (const [name, re] of MARKS) if (this.marks[name] === undefined && re.test(line)) this.marks[name] = ms;
      });
  }

  get pid(): number {
    return this.npm.pid!;
  }
}

async function waitHealthy(url: string, stack: NpmStart, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200) return Date.now() - stack.t0;
    } catch {
      // not up yet
    }
    if (Date.now() - stack.t0 > timeoutMs) throw new Error(`not healthy after ${timeoutMs} ms:\n${stack.log.slice(-40).join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** CPU seconds (user + system, with reaped children: initdb, build-node) of the stack's processes. */
function stackCpuSeconds(dataDir: string, npmPid: number): number {
  const pids = new Set([npmPid, ...stackProcesses(dataDir).map((p) => p.pid)]);
  // npm's sh, the front and the launcher are found by their parent chain from npm.
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const f = statFields(entry);
    if (f && pids.has(Number(f[1]))) pids.add(Number(entry));
  }
  let ticks = 0;
  for (const pid of pids) {
    const f = statFields(String(pid));
    if (f) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / 100;
}

function statFields(pid: string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function kill9(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone already
  }
}

async function waitNoneLeft(dataDir: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (stackProcesses(dataDir).length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  const left = stackProcesses(dataDir);
  if (left.length) throw new Error(`still running: ${left.map((p) => `${p.pid} ${p.cmd}`).join('; ')}`);
}

async function oneRound(root: string, base: string, i: number): Promise<Run[]> {
  const dir = join(base, `run-${i}`);
  const dataDir = join(dir, 'data');
  mkdirSync(join(dir, 'inbox'), { recursive: true });
  const port = await findFreePort();
  const env = { DATA_DIR: dataDir, INBOX_DIR: join(dir, 'inbox'), API_PORT: String(port), KAFKA_BROKERS: '', DATABASE_URL: '', OPENSEARCH_URL: '', LOG_LEVEL: 'log' };
  const health = `http://127.0.0.1:${port}/health`;
  const runs: Run[] = [];

  const cold = new NpmStart(root, env);
  const coldMs = await waitHealthy(health, cold);
  runs.push({ kind: 'cold', healthyMs: coldMs, marks: cold.marks, cpuSeconds: stackCpuSeconds(dataDir, cold.pid), load: loadavg()[0] });
  // Settled, as a stack that has run a while: the group offsets are committed, the page built.
  await new Promise((r) => setTimeout(r, 3000));

  // kill -9 of npm's group and the launcher's (the launcher leads a group of its own).
  const launcher = (JSON.parse(readFileSync(join(dataDir, 'stack.json'), 'utf8')) as { pid: number }).pid;
  kill9(-cold.pid);
  kill9(-launcher);
  const again = new NpmStart(root, env);
  const againMs = await waitHealthy(health, again);
  runs.push({ kind: 'restart', healthyMs: againMs, marks: again.marks, cpuSeconds: stackCpuSeconds(dataDir, again.pid), load: loadavg()[0] });
  process.kill(again.pid, 'SIGTERM');
  await waitNoneLeft(dataDir);
  return runs;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const s1 = (ms: number) => (ms / 1000).toFixed(1);

function report(runs: Run[]): void {
  for (const kind of ['cold', 'restart'] as const) {
    const of = runs.filter((r) => r.kind === kind);
    const h = of.map((r) => r.healthyMs);
    const cpu = of.map((r) => r.cpuSeconds);
    console.log(
      `\n${kind === 'cold' ? 'cold start (fresh DATA_DIR)' : 'restart right after kill -9 of the groups'}: /health 200 in median ${s1(median(h))} s (${s1(Math.min(...h))}–${s1(Math.max(...h))}) over ${of.length} runs`,
    );
    console.log(`  per run: ${h.map(s1).join(', ')} s; CPU of the stack by then ${cpu.map((c) => c.toFixed(1)).join(', ')} s; load ${of.map((r) => r.load.toFixed(1)).join(', ')}`);
    console.log('  phase (s since npm start)   median   range');
    for (const [name] of MARKS) {
      const at = of.map((r) => r.marks[name]).filter((x): x is number => x !== undefined);
      if (at.length) console.log(`  ${name.padEnd(26)} ${s1(median(at)).padStart(7)}   ${s1(Math.min(...at))}–${s1(Math.max(...at))}`);
    }
  }
}

async function main(): Promise<number> {
  const { values } = parseCli(process.argv.slice(2), { options: { runs: { type: 'string' }, root: { type: 'string' }, out: { type: 'string' } } });
  const root = resolve(values.root ?? ROOT);
  const rounds = intOption('runs', values.runs, { min: 1, max: 100 }, 3);
  const out = resolve(values.out ?? join(ROOT, 'tmp', 'bench', 'start.json'));
  const base = mkdtempSync(join(tmpdir(), 'raseed-start-'));
  const runs: Run[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const r = await oneRound(root, base, i);
      runs.push(...r);
      console.log(`round ${i + 1}/${rounds}: cold ${s1(r[0].healthyMs)} s, restart after kill -9 ${s1(r[1].healthyMs)} s (load ${r[1].load.toFixed(1)})`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  report(runs);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), root, runs }, null, 2));
  console.log(`\nJSON: ${out}`);
  return 0;
}

if (require.main === module) runCli('bench:start', USAGE, main);
