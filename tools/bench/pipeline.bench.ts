/**
 * End-to-end pipeline bench: `npm start` on embedded defaults (separate processes), generated
 * Arabic articles dropped into the inbox, timed until the indexer has stored every one and every
 * consumer group's lag is zero. Reports articles/s, a per-stage breakdown from the services' own
 * /metrics.json, RSS per process (each one's peak, and each one's at the peak of the sum; sampled
 * every second) and, with --rate, the latency from a file landing in the inbox to its article
 * being searchable. Prints a table and writes JSON.
 *
 *   npm run bench:pipeline -- --articles 10000              everything at once (backfill)
 *   npm run bench:pipeline -- --articles 3000 --rate 50     steady rate, latency percentiles
 *   npm run bench:pipeline -- --articles 10000 --syndicated 147 copies of 147 stories (~68 reports each)
 */
import { intOption, parseCli, readRunningStack, runCli } from '@raseed/config';
import { createKafka, LagReader, readTopicRange } from '@raseed/kafka';
import { TOPICS } from '@raseed/contracts';
import { findFreePort } from '@raseed/persistence';
import { StackRunner, getJson, waitUntil } from '@raseed/platform/testing';
import { parseReplicas, describeReplicas, stageOfReplica } from '@raseed/platform';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { Client } from 'pg';
import { SYNDICATED_STORIES, article, syndicatedArticle } from './generated-articles';

const STAGE_GROUPS = ['normaliser', 'extractor', 'indexer'];
const ID_PREFIX = 'bench-';

const PIPELINE_BENCH_USAGE = `usage: npm run bench:pipeline -- [--articles <n>] [--rate <r>] [--syndicated] [--replicas <spec>] [--out <file.json>]
  --articles <n>  generated articles, 1–100000 (default 1000)
  --rate <r>      drop them at r articles/s (steady mode: latency percentiles) instead of all at once
  --syndicated    ${SYNDICATED_STORIES} stories repeated with a varied line (~N/${SYNDICATED_STORIES} reports per incident)
  --replicas <s>  processes per stage, as npm start takes them ("all=2", "indexer=2,extractor=2"; default 1 each)
  --out <file>    JSON results (default tmp/bench/pipeline-<mode>-<n>.json)
  --timeout <s>   give up waiting after s seconds and report what finished (default 1800)
  --pg-statements PostgreSQL's costliest statements over the run (pg_stat_statements, loaded at its start)`;

interface BenchArgs {
  articles: number;
  rate: number | null;
  syndicated: boolean;
  replicas: string;
  out: string | null;
  timeoutSeconds: number;
  pgStatements: boolean;
}

function parsePipelineBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseCli(argv, {
    options: {
      articles: { type: 'string' },
      rate: { type: 'string' },
      syndicated: { type: 'boolean' },
      replicas: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string' },
      'pg-statements': { type: 'boolean' },
    },
  });
  return {
    articles: intOption('articles', values.articles, { min: 1, max: 100_000 }, 1000),
    rate: values.rate === undefined ? null : intOption('rate', values.rate, { min: 1, max: 10_000 }, 50),
    syndicated: values.syndicated ?? false,
    replicas: values.replicas ?? '',
    out: values.out ?? null,
    timeoutSeconds: intOption('timeout', values.timeout, { min: 10, max: 86_400 }, 1800),
    pgStatements: values['pg-statements'] ?? false,
  };
}

// --- RSS of the launcher and every process under it ---------------------------------------

interface ProcInfo {
  pid: number;
  ppid: number;
  rssBytes: number;
  /** Proportional set size: shared pages (PostgreSQL's shared buffers, libraries) split among their users. */
  pssBytes: number;
  /** CPU seconds, user + system, of the process and of its children it has reaped (PostgreSQL's exited backends). */
  cpuSeconds: number;
  name: string;
}

function readProcs(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      out.push({ pid: Number(entry), ppid, rssBytes: rss, pssBytes: pssOf(entry) ?? rss, cpuSeconds: cpuSecondsOf(entry), name: processName(cmd) });
    } catch {
      // exited while reading
    }
  }
  return out;
}

// Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux that matters here).
const CLOCK_TICKS = 100;

/** utime + stime + cutime + cstime: a live process's own CPU and that of its reaped children (never counted twice). */
function cpuSecondsOf(pid: string): number {
  // The command name in parentheses may hold spaces: fields are counted after its closing one.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLOCK_TICKS;
}

/** PSS from smaps_rollup (Linux 4.14+); null where it cannot be read. */
function pssOf(pid: string): number | null {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** A stable label for a process of the stack: service name, broker, postgres or launcher. */
function processName(cmd: string): string {
  const app = /apps[/\\](\w+)[/\\]/.exec(cmd);
  if (app) return app[1];
  if (/postgres/.test(cmd)) return 'postgres';
  if (/tools[/\\]stack[/\\]start/.test(cmd)) return 'launcher';
  if (/tools[/\\]stack[/\\]launch/.test(cmd)) return 'front';
  return cmd.split(' ')[0].split('/').pop() || 'other';
}

/** Samples RSS summed per process name (postgres backends together) and keeps the peaks. */
class RssSampler {
  peakTotal = 0;
  peakPssTotal = 0;
  readonly peakByName = new Map<string, number>();
  /** Each process's RSS in the sample where the sum peaked (the per-process peaks above come from different moments). */
  atPeak = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly rootPid: number) {}

  /** CPU seconds used so far per process name, over the stack's process tree. */
  cpu(): Map<string, number> {
    const byName = new Map<string, number>();
    for (const p of this.tree(readProcs())) byName.set(p.name, (byName.get(p.name) ?? 0) + p.cpuSeconds);
    return byName;
  }

  private tree(procs: ProcInfo[]): ProcInfo[] {
    const children = new Map<number, ProcInfo[]>();
    for (const p of procs) (children.get(p.ppid) ?? children.set(p.ppid, []).get(p.ppid)!).push(p);
    const root = procs.find((p) => p.pid === this.rootPid);
    const out: ProcInfo[] = [];
    const queue = root ? [root] : [];
    while (queue.length) {
      const p = queue.pop()!;
      out.push(p);
      queue.push(...(children.get(p.pid) ?? []));
    }
    return out;
  }

  sample(): { total: number; byName: Map<string, number> } {
    const byName = new Map<string, number>();
    let total = 0;
    let pss = 0;
    for (const p of this.tree(readProcs())) {
      byName.set(p.name, (byName.get(p.name) ?? 0) + p.rssBytes);
      total += p.rssBytes;
      pss += p.pssBytes;
    }
    if (total > this.peakTotal) this.atPeak = byName;
    this.peakTotal = Math.max(this.peakTotal, total);
    this.peakPssTotal = Math.max(this.peakPssTotal, pss);
    for (const [name, rss] of byName) this.peakByName.set(name, Math.max(this.peakByName.get(name) ?? 0, rss));
    return { total, byName };
  }

  start(): void {
    this.timer = setInterval(() => this.sample(), 1000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

// --- the services' own metrics ---------------------------------------------------------------

interface TopicMetrics {
  processed: number;
  calls?: number;
  handlerSeconds?: number;
  seconds: number;
  bytes?: number;
  waitSeconds?: number;
  deadLettered: number;
}
type ServiceMetrics = Record<string, Record<string, TopicMetrics>>;

/** Each stage's metrics, summed over its replicas ("indexer-1", "indexer-2" → "indexer"). */
async function readServiceMetrics(services: Record<string, string>): Promise<ServiceMetrics> {
  const out: ServiceMetrics = {};
  for (const [name, url] of Object.entries(services)) {
    const stage = stageOfReplica(name);
    if (!STAGE_GROUPS.includes(stage)) continue;
    const sum = (out[stage] ??= {});
    let body: Record<string, TopicMetrics> = {};
    try {
      body = (await getJson<Record<string, TopicMetrics>>(`${url}/metrics.json`)).body;
    } catch {
      // not answering: counts as nothing
    }
    for (const [topic, m] of Object.entries(body)) {
      const acc = (sum[topic] ??= { processed: 0, seconds: 0, deadLettered: 0 });
      for (const [k, v] of Object.entries(m) as Array<[keyof TopicMetrics, number | undefined]>) if (typeof v === 'number') acc[k] = ((acc[k] as number | undefined) ?? 0) + v;
    }
  }
  return out;
}

interface StageRow {
  stage: string;
  topic: string;
  messages: number;
  calls: number | null;
  meanBatch: number | null;
  handlerSeconds: number;
  waitSeconds: number | null;
  megabytes: number | null;
  handlerMessagesPerSecond: number | null;
  deadLettered: number;
}

function stageRows(before: ServiceMetrics, after: ServiceMetrics): StageRow[] {
  const rows: StageRow[] = [];
  for (const stage of STAGE_GROUPS) {
    for (const [topic, a] of Object.entries(after[stage] ?? {})) {
      const b = before[stage]?.[topic];
      const d = (k: keyof TopicMetrics) => (a[k] === undefined ? null : (a[k] as number) - ((b?.[k] as number | undefined) ?? 0));
      const messages = d('processed') ?? 0;
      const calls = d('calls');
      const handlerSeconds = d('handlerSeconds') ?? d('seconds') ?? 0;
      const bytes = d('bytes');
      rows.push({
        stage,
        topic,
        messages,
        calls,
        meanBatch: calls ? messages / calls : null,
        handlerSeconds,
        waitSeconds: d('waitSeconds'),
        megabytes: bytes === null ? null : bytes / 1e6,
        handlerMessagesPerSecond: handlerSeconds > 0 ? messages / handlerSeconds : null,
        deadLettered: d('deadLettered') ?? 0,
      });
    }
  }
  return rows;
}

// --- completion: the indexer's own rows and zero consumer lag ---------------------------------

async function indexedCount(db: Client): Promise<number> {
  // A key range, not LIKE: an index-only count instead of a scan of every row, four times a second (it was
  // ~0.25 ms of PostgreSQL CPU per article at 10,000, taken from the stack being measured).
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM search_articles WHERE id >= $1 AND id < $2`, [ID_PREFIX, ID_PREFIX.slice(0, -1) + '.']);
  return Number(rows[0].n);
}

/** Events the indexer replicas have handled (their own counters: an HTTP read, no database work). */
async function indexerHandled(services: Record<string, string>): Promise<number> {
  const metrics = await readServiceMetrics(Object.fromEntries(Object.entries(services).filter(([name]) => stageOfReplica(name) === 'indexer')));
  return Object.values(metrics.indexer ?? {}).reduce((n, m) => n + m.processed, 0);
}

async function totalLag(reader: LagReader): Promise<number> {
  const snapshot = await reader.read();
  let lag = 0;
  for (const g of snapshot.groups) for (const p of g.partitions) lag += Math.max(0, p.logEndOffset - (p.committedOffset ?? p.logStartOffset));
  return lag;
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function cpuPerArticle(before: Map<string, number>, after: Map<string, number>, articles: number): Record<string, number> {
  const rows: Array<[string, number]> = [...after].map(([name, s]): [string, number] => [name, ((s - (before.get(name) ?? 0)) * 1000) / Math.max(1, articles)]).filter(([, ms]) => ms > 0);
  rows.sort((a, b) => b[1] - a[1]);
  rows.push(['total', rows.reduce((t, [, ms]) => t + ms, 0)]);
  return Object.fromEntries(rows.map(([k, v]) => [k, Math.round(v * 100) / 100]));
}

// --- where the latency goes: each article's stamps along the way -----------------------------

/** The segments of inbox → searchable, each from one stamp to the next (ms since epoch). */
const LATENCY_STAMPS = ['landed', 'fetched', 'normalised', 'extracted', 'indexed', 'seen'] as const;
const STAMP_TOPICS: Array<[(typeof LATENCY_STAMPS)[number], string]> = [
  ['fetched', TOPICS.ARTICLES_FETCHED_V1],
  ['normalised', TOPICS.ARTICLES_NORMALISED_V1],
  ['extracted', TOPICS.INCIDENTS_EXTRACTED_V1],
];

export interface SegmentStats {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/**
 * Per segment (landed → fetched → normalised → extracted → indexed → seen), percentiles over the
 * articles that have both stamps. The topic stamps are each event's CreateTime (set by the stage
 * that produced it when it sent it), "indexed" is search_articles.indexed_at (the start of the
 * indexer's transaction that wrote the article) and "seen" when the bench's poll found it.
 */
export function latencySegments(stamps: Record<(typeof LATENCY_STAMPS)[number], ArrayLike<number>>): Record<string, SegmentStats> {
  const out: Record<string, SegmentStats> = {};
  for (let s = 1; s < LATENCY_STAMPS.length; s++) {
    const from = stamps[LATENCY_STAMPS[s - 1]];
    const to = stamps[LATENCY_STAMPS[s]];
    const d: number[] = [];
    for (let i = 0; i < from.length; i++) if (from[i] && to[i]) d.push(to[i] - from[i]);
    d.sort((a, b) => a - b);
    out[`${LATENCY_STAMPS[s - 1]}→${LATENCY_STAMPS[s]}`] = {
      p50: percentile(d, 0.5),
      p95: percentile(d, 0.95),
      p99: percentile(d, 0.99),
      mean: d.length ? Math.round(d.reduce((a, b) => a + b, 0) / d.length) : NaN,
    };
  }
  return out;
}

/** The first CreateTime of each bench article's event on each stage topic. */
async function topicStamps(kafka: ReturnType<typeof createKafka>, n: number): Promise<Record<string, Float64Array>> {
  const byTopic = new Map(STAMP_TOPICS.map(([, topic]): [string, Float64Array] => [topic, new Float64Array(n)]));
  await readTopicRange(
    kafka,
    STAMP_TOPICS.map(([, t]) => t),
    (m) => {
      const key = m.key?.toString() ?? '';
      if (!key.startsWith(ID_PREFIX)) return;
      const i = Number(key.slice(ID_PREFIX.length));
      const at = byTopic.get(m.topic)!;
      if (i >= 0 && i < n && !at[i]) at[i] = m.timestamp;
    },
    { idleTimeoutMs: 30_000 },
  );
  return Object.fromEntries(STAMP_TOPICS.map(([stamp, topic]) => [stamp, byTopic.get(topic)!]));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => Math.round(bytes / 1e6);

async function main(): Promise<number> {
  const args = parsePipelineBenchArgs(process.argv.slice(2));
  const n = args.articles;
  const generate = args.syndicated ? syndicatedArticle : article;
  const replicas = parseReplicas(args.replicas);
  const scaled = Object.values(replicas).some((r) => r > 1);
  const mode = `${args.syndicated ? 'syndicated' : 'distinct'}-${args.rate ? `rate${args.rate}` : 'flood'}${scaled ? `-x${Math.max(...Object.values(replicas))}` : ''}`;
  const dir = mkdtempSync(join(tmpdir(), 'raseed-bench-'));
  const inbox = join(dir, 'inbox');
  const staging = join(dir, 'staging');
  mkdirSync(inbox);
  mkdirSync(staging);
  const dataDir = join(dir, 'data');
  const port = await findFreePort();
  const api = `http://127.0.0.1:${port}`;
  const stack = new StackRunner(
    {
      DATA_DIR: dataDir,
      INBOX_DIR: inbox,
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      INBOX_SETTLE_MS: '50',
      REPLICAS: args.replicas,
      ...(args.pgStatements ? { EMBEDDED_PG_PRELOAD: 'pg_stat_statements' } : {}),
    },
    { compiled: true },
  );
  const t0 = Date.now();
  stack.start();
  const rss = new RssSampler(stack.pid!);
  rss.start();
  let db: Client | null = null;
  let lagReader: LagReader | null = null;
  try {
    await waitUntil('stack health', async () => (await getJson(`${api}/health`)).status === 200, 120_000, stack);
    const coldStartSeconds = (Date.now() - t0) / 1000;
    const running = await waitUntil('stack file with services', async () => readRunningStack(dataDir)?.services && readRunningStack(dataDir), 30_000, stack);
    const idleRss = rss.sample().total;
    const cpuBefore = rss.cpu();
    db = new Client({ connectionString: running.databaseUrl });
    await db.connect();
    const kafka = createKafka({ brokers: running.kafkaBrokers.split(','), clientId: 'bench-lag' });
    lagReader = new LagReader(kafka, { groups: STAGE_GROUPS, readTimestamps: false });
    const before = await readServiceMetrics(running.services!);
    const handledBefore = await indexerHandled(running.services!);
    if (args.pgStatements) await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()`);

    // Files are written aside and renamed in, so the fetcher never sees a half-written one.
    const landedAt = new Float64Array(n);
    const drop = (i: number) => {
      const staged = join(staging, `${ID_PREFIX}${i}.txt`);
      writeFileSync(staged, generate(i));
      renameSync(staged, join(inbox, `${ID_PREFIX}${i}.txt`));
      landedAt[i] = Date.now();
    };
    const t1 = Date.now();
    const searchableAt = new Float64Array(n);
    let seen = 0;
    let writing: Promise<void>;
    if (args.rate) {
      const rate = args.rate;
      writing = (async () => {
        for (let i = 0; i < n; i++) {
          const due = t1 + (i * 1000) / rate;
          if (due > Date.now()) await sleep(due - Date.now());
          drop(i);
        }
      })();
    } else {
      for (let i = 0; i < n; i++) drop(i);
      writing = Promise.resolve();
    }
    const writtenMs = Date.now() - t1;

    // Steady mode: poll the indexer's rows every 100 ms and stamp each article when it shows.
    let firstUnseen = 0;
    const pollSearchable = async () => {
      const since = new Date((landedAt[firstUnseen] || t1) - 1000);
      const { rows } = await db!.query<{ id: string }>(`SELECT id FROM search_articles WHERE id LIKE $1 AND indexed_at >= $2`, [`${ID_PREFIX}%`, since]);
      const now = Date.now();
      for (const r of rows) {
        const i = Number(r.id.slice(ID_PREFIX.length));
        if (i >= 0 && i < n && !searchableAt[i] && landedAt[i]) {
          searchableAt[i] = now;
          seen++;
        }
      }
      while (firstUnseen < n && searchableAt[firstUnseen]) firstUnseen++;
    };

    const deadline = t1 + args.timeoutSeconds * 1000;
    let count = 0;
    let lastProgress = Date.now();
    while (Date.now() < deadline) {
      if (stack.exitedWith !== undefined) throw new Error(`the stack exited (code ${stack.exitedWith})\n${stack.log.slice(-4000)}`);
      if (args.rate) {
        await pollSearchable();
        count = seen;
      } else {
        // The stored rows are counted only once the indexer says it has handled n events: a count of
        // search_articles four times a second was ~0.2 ms of PostgreSQL CPU per article, taken from the stack.
        const handled = (await indexerHandled(running.services!)) - handledBefore;
        count = handled >= n ? await indexedCount(db) : Math.min(handled, n - 1);
      }
      if (count >= n) break;
      if (Date.now() - lastProgress > 10_000) {
        process.stderr.write(`  … ${count}/${n} indexed after ${((Date.now() - t1) / 1000).toFixed(0)} s\n`);
        lastProgress = Date.now();
      }
      await sleep(args.rate ? 100 : 250);
    }
    await writing;
    if (!args.rate) count = await indexedCount(db);
    const completed = count >= n;
    const indexedSeconds = (Date.now() - t1) / 1000;
    // Completion is also judged by the consumers: every stage has committed everything.
    const lagLeft = completed ? await waitUntil('consumer lag zero', async () => (await totalLag(lagReader!)) === 0 && -1, 120_000, stack).then(() => 0) : await totalLag(lagReader);
    const drainedSeconds = (Date.now() - t1) / 1000;
    const cpuAfter = rss.cpu();
    const after = await readServiceMetrics(running.services!);
    const stages = stageRows(before, after);
    const incidents = await db.query<{ n: string; max: string | null }>(`SELECT count(*) AS n, max(source_count) AS max FROM search_incidents`);
    const evictions = (stack.log.match(/not aware of this member|re-joining the group/gi) ?? []).length;
    let latency: { p50: number; p95: number; p99: number; max: number } | null = null;
    let segments: Record<string, SegmentStats> | null = null;
    if (args.rate) {
      const lat = Array.from({ length: n }, (_, i) => (searchableAt[i] ? searchableAt[i] - landedAt[i] : Infinity)).sort((a, b) => a - b);
      latency = { p50: percentile(lat, 0.5), p95: percentile(lat, 0.95), p99: percentile(lat, 0.99), max: lat[lat.length - 1] };
      const indexedAt = new Float64Array(n);
      const { rows } = await db.query<{ id: string; at: Date }>(`SELECT id, indexed_at AS at FROM search_articles WHERE id >= $1 AND id < $2`, [ID_PREFIX, ID_PREFIX.slice(0, -1) + '.']);
      for (const r of rows) {
        const i = Number(r.id.slice(ID_PREFIX.length));
        if (i >= 0 && i < n) indexedAt[i] = r.at.getTime();
      }
      const topics = await topicStamps(kafka, n);
      segments = latencySegments({ landed: landedAt, fetched: topics.fetched, normalised: topics.normalised, extracted: topics.extracted, indexed: indexedAt, seen: searchableAt });
    }
    rss.sample();
    const result = {
      bench: 'pipeline',
      mode,
      replicas: describeReplicas(replicas),
      articles: n,
      completed,
      indexed: count,
      lagLeft,
      rate: args.rate,
      at: new Date().toISOString(),
      coldStartSeconds,
      filesWrittenMs: writtenMs,
      indexedSeconds,
      drainedSeconds,
      articlesPerSecond: count / indexedSeconds,
      latencyMs: latency,
      latencySegmentsMs: segments,
      incidents: Number(incidents.rows[0].n),
      largestIncidentArticles: incidents.rows[0].max === null ? null : Number(incidents.rows[0].max),
      groupEvictions: evictions,
      // CPU of each kind of process from files dropped to lag zero, per article (ms): what the pipeline costs, load aside.
      cpuMsPerArticle: cpuPerArticle(cpuBefore, cpuAfter, count),
      rss: {
        idleTotalMB: mb(idleRss),
        peakTotalMB: mb(rss.peakTotal),
        peakPssTotalMB: mb(rss.peakPssTotal),
        peakPerProcessMB: Object.fromEntries([...rss.peakByName].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, mb(v)])),
        atPeakPerProcessMB: Object.fromEntries([...rss.atPeak].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, mb(v)])),
      },
      stages,
    };
    printReport(result);
    if (args.pgStatements) await printStatements(db);
    if (!completed) console.log(`  INCOMPLETE: ${count}/${n} indexed after ${args.timeoutSeconds} s (lag left ${lagLeft}); the figures above are for what finished`);
    const out = resolve(args.out ?? join('tmp', 'bench', `pipeline-${mode}-${n}.json`));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`  JSON: ${out}`);
  } finally {
    rss.stop();
    await lagReader?.close().catch(() => undefined);
    await db?.end().catch(() => undefined);
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

/** The statements PostgreSQL spent most time in since the files were dropped. */
async function printStatements(db: Client): Promise<void> {
  const { rows } = await db.query<{ ms: number; calls: string; rows: string; query: string }>(
    `SELECT total_exec_time AS ms, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query
     FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15`,
  );
  console.log('  PostgreSQL, costliest statements (total ms, calls, rows, statement):');
  for (const r of rows) console.log(`  ${Math.round(r.ms).toString().padStart(8)}  ${r.calls.padStart(6)}  ${r.rows.padStart(8)}  ${r.query}`);
}

function printReport(r: {
  mode: string;
  replicas: string;
  completed: boolean;
  indexed: number;
  articles: number;
  coldStartSeconds: number;
  filesWrittenMs: number;
  indexedSeconds: number;
  drainedSeconds: number;
  articlesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number } | null;
  latencySegmentsMs: Record<string, SegmentStats> | null;
  incidents: number;
  largestIncidentArticles: number | null;
  groupEvictions: number;
  cpuMsPerArticle: Record<string, number>;
  rss: { idleTotalMB: number; peakTotalMB: number; peakPssTotalMB: number; peakPerProcessMB: Record<string, number>; atPeakPerProcessMB: Record<string, number> };
  stages: StageRow[];
}): void {
  const f = (x: number | null, d = 1) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(d));
  console.log(`pipeline bench (${r.mode}): ${r.articles} articles, inbox → fetcher → normaliser → extractor → indexer → PostgreSQL search; ${r.replicas}`);
  console.log(`  cold start to /health ${r.coldStartSeconds.toFixed(1)} s; files written in ${r.filesWrittenMs} ms`);
  console.log(
    `  ${r.completed ? 'all' : r.indexed} indexed after ${r.indexedSeconds.toFixed(1)} s → ${r.articlesPerSecond.toFixed(0)} articles/s end to end; lag zero after ${r.drainedSeconds.toFixed(1)} s`,
  );
  if (r.latencyMs) console.log(`  inbox → searchable latency: p50 ${r.latencyMs.p50} ms · p95 ${r.latencyMs.p95} ms · p99 ${r.latencyMs.p99} ms · max ${r.latencyMs.max} ms`);
  if (r.latencySegmentsMs)
    console.log(
      `  where it goes (ms, p50 / p95 / mean): ${Object.entries(r.latencySegmentsMs)
        .map(([k, v]) => `${k} ${v.p50} / ${v.p95} / ${v.mean}`)
        .join(' · ')}`,
    );
  console.log(`  incidents: ${r.incidents} (most sources: ${r.largestIncidentArticles ?? '?'}); group evictions/re-joins logged: ${r.groupEvictions}`);
  console.log(
    `  RSS: idle ${r.rss.idleTotalMB} MB, peak ${r.rss.peakTotalMB} MB (${Object.entries(r.rss.peakPerProcessMB)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}); peak PSS ${r.rss.peakPssTotalMB} MB (shared pages counted once)`,
  );
  console.log(
    `  RSS at the peak of the sum: ${Object.entries(r.rss.atPeakPerProcessMB)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `  CPU per article (ms, files dropped → lag zero): ${Object.entries(r.cpuMsPerArticle)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ')}`,
  );
  const header = ['stage', 'topic', 'messages', 'calls', 'msg/call', 'handler s', 'wait s', 'MB in', 'msg/s in handler', 'DLQ'];
  const rows = r.stages.map((s) => [
    s.stage,
    s.topic,
    String(s.messages),
    s.calls === null ? '–' : String(s.calls),
    f(s.meanBatch),
    f(s.handlerSeconds),
    f(s.waitSeconds),
    f(s.megabytes),
    f(s.handlerMessagesPerSecond, 0),
    String(s.deadLettered),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(`  ${row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`);
}

if (require.main === module) runCli('bench:pipeline', PIPELINE_BENCH_USAGE, main);
