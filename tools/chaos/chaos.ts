/**
 * Chaos run of `npm start` (issue 14): drives the embedded stack with generated articles while
 * killing (kill -9) a random part every few seconds — each service, the broker, PostgreSQL, the
 * launcher itself and the launcher's whole process group (each then `npm start` again, as a
 * supervisor would) — and checks at the end:
 * every article indexed exactly once, incidents identical to a fault-free run of the same
 * articles, nothing left running. Prints the faults injected and the recovery times.
 *
 * Usage: npm run chaos -- [--articles 200] [--faults-per-kind 2] [--kinds broker,postgres,…]
 *                         [--interval-ms 2000] [--seed 1]
 */
import { enumOption, intOption, parseCli, runCli } from '@raseed/config';
import { findFreePort } from '@raseed/persistence';
import { stackProcesses } from '@raseed/platform';
import { ChildProcess, spawn } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '..', '..');
const KINDS = ['broker', 'postgres', 'fetcher', 'normaliser', 'extractor', 'indexer', 'api', 'launcher', 'group'] as const;
type Kind = (typeof KINDS)[number];
type ChildStatus = { name: string; pid: number | null; up: boolean; healthUrl?: string };

export const CHAOS_USAGE = `usage: npm run chaos -- [options]
  --articles <n>         generated articles, dropped in batches between faults (default 200)
  --faults-per-kind <k>  kill -9 each kind of process at least k times (default 2)
  --kinds <list>         comma-separated, from ${KINDS.join(',')} (default: all)
  --interval-ms <ms>     pause between a recovery and the next fault (default 2000)
  --seed <n>             order of faults (default 1)
  --keep                 keep the temporary directories (logs, data) for a look afterwards`;

interface ChaosArgs {
  articles: number;
  faultsPerKind: number;
  kinds: Kind[];
  intervalMs: number;
  seed: number;
  keep: boolean;
}

function parseChaosArgs(argv: readonly string[]): ChaosArgs {
  const { values } = parseCli(argv, {
    options: { articles: { type: 'string' }, 'faults-per-kind': { type: 'string' }, kinds: { type: 'string' }, 'interval-ms': { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' } },
  });
  return {
    articles: intOption('articles', values.articles, { min: 1, max: 100_000 }, 200),
    faultsPerKind: intOption('faults-per-kind', values['faults-per-kind'], { min: 0, max: 1000 }, 2),
    kinds: (values.kinds ?? KINDS.join(',')).split(',').map((k) => enumOption('kinds', k.trim(), KINDS)),
    intervalMs: intOption('interval-ms', values['interval-ms'], { min: 0, max: 600_000 }, 2000),
    seed: intOption('seed', values.seed, { min: 0 }, 1),
    keep: values.keep ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// Articles: several reports of the same event (same place, weapon, day) so clustering matters.

const PLACES = ['قاعدة التنف', 'قاعدة الشدادي', 'حقل العمر النفطي', 'حقل كونيكو للغاز', 'قاعدة عين الأسد', 'قاعدة حرير في أربيل', 'مطار أربيل الدولي', 'قاعدة خراب الجير'];
const WEAPONS = ['بطائرة مسيرة مفخخة', 'بثلاثة صواريخ', 'بقذائف الهاون', 'بطائرتين مسيرتين'];
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران'];

function article(i: number): string {
  const event = Math.floor(i / 3); // three reports per event
  const place = PLACES[event % PLACES.length];
  const weapon = WEAPONS[(event >> 3) % WEAPONS.length];
  const day = 1 + (event % 27);
  const month = MONTHS[(event >> 5) % MONTHS.length];
  return [
    `هجوم ${weapon} على ${place} (تقرير ${i})`,
    `تعرضت ${place} التي تتمركز فيها قوات أمريكية لهجوم ${weapon} يوم ${day} ${month} 2024، بحسب مصادر محلية تحدثت للتقرير رقم ${i}.`,
    `وقالت المصادر إن الهجوم أسفر عن إصابة ${1 + (event % 4)} من الجنود بجروح طفيفة، فيما لم تتبن أي جهة المسؤولية حتى الآن.`,
  ].join('\n');
}
const articleId = (i: number) => `chaos-${String(i).padStart(6, '0')}`;

// ---------------------------------------------------------------------------------------------
// One stack: `npm start` in a process group of its own, as a terminal or container runs it.

class NpmStack {
  private npm: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  readonly dataDir: string;
  readonly inbox: string;
  private readonly logFile: string;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.dataDir = join(dir, 'data');
    this.inbox = join(dir, 'inbox');
    this.logFile = join(dir, 'stack.log');
    mkdirSync(this.inbox, { recursive: true });
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): void {
    const env = {
      ...process.env,
      DATA_DIR: this.dataDir,
      INBOX_DIR: this.inbox,
      API_PORT: String(this.port),
      LOG_LEVEL: 'warn',
      INBOX_SETTLE_MS: '50',
      KAFKA_BROKERS: '',
      DATABASE_URL: '',
      OPENSEARCH_URL: '',
    };
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const append = (d: Buffer) => writeFileSync(this.logFile, d, { flag: 'a' });
    npm.stdout!.on('data', append);
    npm.stderr!.on('data', append);
    this.npm = npm;
    this.exited = new Promise((r) => npm.once('exit', () => r()));
  }

  async waitHealthy(timeoutMs: number, url = `${this.api}/health`): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.npm && (this.npm.exitCode !== null || this.npm.signalCode !== null)) throw new Error(`npm start exited while waiting for ${url}; see ${this.logFile}`);
      try {
        if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200) return;
      } catch {
        // not up yet
      }
      await sleep(100);
    }
    throw new Error(`${url} not healthy within ${timeoutMs} ms; see ${this.logFile}`);
  }

  /** The supervisor's view of its children (tools/stack/start.ts writes it on every change). */
  children(): ChildStatus[] {
    try {
      return (JSON.parse(readFileSync(join(this.dataDir, 'stack-status.json'), 'utf8')) as { children: ChildStatus[] }).children;
    } catch {
      return [];
    }
  }

  stackFile(): { pid: number; databaseUrl: string } | null {
    try {
      return JSON.parse(readFileSync(join(this.dataDir, 'stack.json'), 'utf8')) as { pid: number; databaseUrl: string };
    } catch {
      return null;
    }
  }

  async stop(timeoutMs = 60_000): Promise<void> {
    if (!this.npm || this.npm.exitCode !== null || this.npm.signalCode !== null) return;
    this.npm.kill('SIGTERM');
    await Promise.race([this.exited, sleep(timeoutMs)]);
  }

  async npmExited(timeoutMs: number): Promise<void> {
    await Promise.race([this.exited, sleep(timeoutMs)]);
    if (this.npm && this.npm.exitCode === null && this.npm.signalCode === null) signal(-this.npm.pid!, 'SIGKILL');
  }

  /** Every live process that belongs to this stack (its environment or command line names DATA_DIR). */
  processes(): Array<{ pid: number; cmd: string }> {
    return stackProcesses(this.dataDir);
  }

  async waitNoneLeft(timeoutMs: number): Promise<number> {
    const t0 = Date.now();
    while (this.processes().length && Date.now() - t0 < timeoutMs) await sleep(100);
    return Date.now() - t0;
  }
}

// ---------------------------------------------------------------------------------------------
// What the stack produced, read from its PostgreSQL.

interface Snapshot {
  articleIds: string[];
  incidents: string[];
  mentions: number;
  /** Mentions the indexer's settle pass has yet to re-derive: incidents are final at 0. */
  unsettled: number;
}

async function snapshot(databaseUrl: string): Promise<Snapshot> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const articles = await db.query<{ id: string }>(`SELECT id FROM search_articles ORDER BY id`);
    const incidents = await db.query<{ sig: string }>(
      `SELECT i.id || '|' || i.category || '|' || coalesce(i.event_date::text, '-') || '|' || coalesce(i.place_id, '-') || '|' ||
              coalesce((SELECT string_agg(m.article_id || '#' || m.idx, ',' ORDER BY m.article_id, m.idx) FROM search_mentions m WHERE m.incident_id = i.id), '') AS sig
         FROM search_incidents i ORDER BY i.id`,
    );
    const [{ n, unsettled }] = (await db.query<{ n: string; unsettled: string }>(`SELECT count(*) AS n, count(*) FILTER (WHERE NOT settled) AS unsettled FROM search_mentions`)).rows;
    return { articleIds: articles.rows.map((r) => r.id), incidents: incidents.rows.map((r) => r.sig), mentions: Number(n), unsettled: Number(unsettled) };
  } finally {
    await db.end();
  }
}

/** Polls until all `n` articles are indexed, settled, and nothing has changed for a moment. */
async function waitIndexed(stack: NpmStack, n: number, timeoutMs: number): Promise<Snapshot> {
  const until = Date.now() + timeoutMs;
  let last = '';
  let stableSince = 0;
  let snap: Snapshot | null = null;
  while (Date.now() < until) {
    try {
      const url = stack.stackFile()?.databaseUrl;
      if (url) {
        snap = await snapshot(url);
        const key = `${snap.articleIds.length}/${snap.incidents.length}/${snap.mentions}/${snap.unsettled} unsettled`;
        if (key !== last) {
          last = key;
          stableSince = Date.now();
        } else if (snap.articleIds.length >= n && snap.unsettled === 0 && Date.now() - stableSince > 2000) return snap;
      }
    } catch {
      // PostgreSQL restarting: try again
    }
    await sleep(500);
  }
  throw new Error(`not all ${n} articles indexed within ${timeoutMs} ms (last: ${last})`);
}

// ---------------------------------------------------------------------------------------------
// Faults.

interface Fault {
  kind: Kind;
  pid: number;
  atS: number;
  recoveryMs: number | null;
  note: string;
}

/** Every kind `perKind` times, in a seeded random order (no two launcher kills in a row when avoidable). */
function faultPlan(kinds: readonly Kind[], perKind: number, seed: number): Kind[] {
  const plan = kinds.flatMap((k) => Array.from({ length: perKind }, () => k));
  let s = seed >>> 0 || 1;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  return plan;
}

async function inject(stack: NpmStack, kind: Kind, t0: number): Promise<Fault> {
  const atS = (Date.now() - t0) / 1000;
  if (kind === 'launcher' || kind === 'group') {
    const pid = stack.stackFile()?.pid;
    if (!pid) return { kind, pid: -1, atS, recoveryMs: null, note: 'no launcher pid (stack.json missing)' };
    const killedAt = Date.now();
    // The launcher leads its group: -pid is every process of the stack at once (as docker kill or
    // an OOM of the cgroup would), all but npm and its front.
    signal(kind === 'group' ? -pid : pid, 'SIGKILL');
    const goneMs = await stack.waitNoneLeft(20_000);
    await stack.npmExited(5_000);
    const left = stack.processes();
    if (left.length) return { kind, pid, atS, recoveryMs: null, note: `${left.length} process(es) left after 20 s: ${left.map((p) => p.cmd).join('; ')}` };
    stack.start();
    await stack.waitHealthy(120_000);
    return { kind, pid, atS, recoveryMs: Date.now() - killedAt, note: `children gone in ${goneMs} ms, npm start again` };
  }
  const child = stack.children().find((c) => c.name === kind && c.up && c.pid);
  if (!child?.pid) return { kind, pid: -1, atS, recoveryMs: null, note: `${kind} not up (not injected)` };
  const killedAt = Date.now();
  signal(child.pid, 'SIGKILL');
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const now = stack.children().find((c) => c.name === kind);
    if (now?.up && now.pid !== child.pid) {
      // A service has recovered when its own /health answers 200 (broker and PostgreSQL are
      // restarted only once ready); then the whole stack's.
      if (now.healthUrl) await stack.waitHealthy(Math.max(1000, until - Date.now()), now.healthUrl);
      await stack.waitHealthy(Math.max(1000, until - Date.now()));
      return { kind, pid: child.pid, atS, recoveryMs: Date.now() - killedAt, note: `restarted as pid ${now.pid}` };
    }
    await sleep(50);
  }
  return { kind, pid: child.pid, atS, recoveryMs: null, note: 'not restarted within 90 s' };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const args = parseChaosArgs(process.argv.slice(2));
  const base = mkdtempSync(join(tmpdir(), 'raseed-chaos-'));
  const plan = faultPlan(args.kinds, args.faultsPerKind, args.seed);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`chaos: ${args.articles} articles, ${plan.length} faults (${args.kinds.join(', ')} × ${args.faultsPerKind}), seed ${args.seed}, work dir ${base}`);
  const stacks: NpmStack[] = [];
  let failed = false;
  try {
    // 1. The run under faults.
    const chaos = new NpmStack(join(base, 'chaos'), await findFreePort());
    stacks.push(chaos);
    const t0 = Date.now();
    chaos.start();
    await chaos.waitHealthy(120_000);
    out(`stack up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const batches = Math.max(1, plan.length);
    let dropped = 0;
    const drop = (upTo: number) => {
      for (; dropped < upTo; dropped++) writeFileSync(join(chaos.inbox, `${articleId(dropped)}.txt`), article(dropped));
    };
    const faults: Fault[] = [];
    for (let f = 0; f < plan.length; f++) {
      drop(Math.ceil(((f + 1) * args.articles) / batches));
      await sleep(args.intervalMs);
      const fault = await inject(chaos, plan[f], t0);
      faults.push(fault);
      out(
        `  fault ${String(f + 1).padStart(3)}/${plan.length} ${fault.kind.padEnd(10)} pid ${String(fault.pid).padEnd(7)} ${fault.recoveryMs === null ? 'NOT RECOVERED' : `recovered in ${fault.recoveryMs} ms`} (${fault.note})`,
      );
      if (fault.recoveryMs === null && fault.pid !== -1) throw new Error(`${fault.kind}: ${fault.note}`);
    }
    drop(args.articles);
    const underFaults = await waitIndexed(chaos, args.articles, Math.max(120_000, args.articles * 200));
    const chaosS = (Date.now() - t0) / 1000;
    await chaos.stop();
    const leftMs = await chaos.waitNoneLeft(30_000);
    const leftAfterChaos = chaos.processes();

    // 2. The same articles without faults.
    const reference = new NpmStack(join(base, 'reference'), await findFreePort());
    stacks.push(reference);
    const t1 = Date.now();
    reference.start();
    await reference.waitHealthy(120_000);
    for (let i = 0; i < args.articles; i++) writeFileSync(join(reference.inbox, `${articleId(i)}.txt`), article(i));
    const faultFree = await waitIndexed(reference, args.articles, Math.max(120_000, args.articles * 200));
    const referenceS = (Date.now() - t1) / 1000;
    await reference.stop();
    await reference.waitNoneLeft(30_000);

    // 3. Checks and the report.
    const expected = Array.from({ length: args.articles }, (_, i) => articleId(i));
    const missing = expected.filter((id) => !underFaults.articleIds.includes(id));
    const extra = underFaults.articleIds.filter((id) => !expected.includes(id));
    const refSet = new Set(faultFree.incidents);
    const chaosSet = new Set(underFaults.incidents);
    const onlyChaos = underFaults.incidents.filter((s) => !refSet.has(s));
    const onlyRef = faultFree.incidents.filter((s) => !chaosSet.has(s));
    const checks: Array<[string, boolean, string]> = [
      [
        'every article indexed exactly once',
        missing.length === 0 && extra.length === 0 && underFaults.articleIds.length === args.articles,
        `${underFaults.articleIds.length}/${args.articles} indexed, ${missing.length} missing, ${extra.length} unexpected`,
      ],
      ['mentions identical to the fault-free run', underFaults.mentions === faultFree.mentions, `${underFaults.mentions} vs ${faultFree.mentions}`],
      [
        'incidents identical to the fault-free run',
        onlyChaos.length === 0 && onlyRef.length === 0,
        `${underFaults.incidents.length} vs ${faultFree.incidents.length} incidents, ${onlyChaos.length} only under faults, ${onlyRef.length} only fault-free`,
      ],
      ['every fault recovered', faults.every((f) => f.recoveryMs !== null), `${faults.filter((f) => f.recoveryMs !== null).length}/${faults.length}`],
      ['nothing left running after stop', leftAfterChaos.length === 0, leftAfterChaos.length ? leftAfterChaos.map((p) => `${p.pid} ${p.cmd}`).join('; ') : `all gone ${leftMs} ms after SIGTERM`],
    ];
    out('');
    out(faultTable(faults));
    out('');
    out(`run under faults: ${chaosS.toFixed(1)} s; fault-free run: ${referenceS.toFixed(1)} s`);
    for (const [what, ok, detail] of checks) out(`${ok ? 'PASS' : 'FAIL'}  ${what}: ${detail}`);
    for (const s of onlyChaos.slice(0, 5)) out(`  only under faults: ${s.slice(0, 200)}`);
    for (const s of onlyRef.slice(0, 5)) out(`  only fault-free:   ${s.slice(0, 200)}`);
    failed = checks.some(([, ok]) => !ok);
    return failed ? 1 : 0;
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    for (const s of stacks) {
      await s.stop(30_000);
      for (const p of s.processes()) signal(p.pid, 'SIGKILL');
    }
    if (args.keep || failed) out(`work dir kept: ${base}`);
    else if (existsSync(base)) rmSync(base, { recursive: true, force: true });
  }
}

function faultTable(faults: Fault[]): string {
  const rows = KINDS.map((kind) => {
    const mine = faults.filter((f) => f.kind === kind);
    const times = mine
      .map((f) => f.recoveryMs)
      .filter((t): t is number => t !== null)
      .sort((a, b) => a - b);
    const pct = (p: number) => (times.length ? `${(times[Math.min(times.length - 1, Math.floor(p * times.length))] / 1000).toFixed(1)} s` : '-');
    return [kind, String(mine.length), String(times.length), pct(0.5), times.length ? `${(times[times.length - 1] / 1000).toFixed(1)} s` : '-'];
  }).filter((r) => r[1] !== '0');
  const header = ['KILLED (-9)', 'FAULTS', 'RECOVERED', 'MEDIAN RECOVERY', 'MAX RECOVERY'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

runCli('chaos', CHAOS_USAGE, main);
