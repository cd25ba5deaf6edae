/**
 * `npm start`: the whole pipeline on one machine. Embedded PostgreSQL and the embedded
 * Kafka broker unless DATABASE_URL / KAFKA_BROKERS point elsewhere, then the five services
 * as separate processes with one prefixed log. Every child is supervised: one that dies is
 * restarted (with backoff; a crash loop stops the stack with a clear error). Ctrl-C or
 * SIGTERM stops in order: the fetcher, then the stages (they drain and commit), then the
 * broker and the database. Children never outlive the launcher (see own-group.ts). State
 * under DATA_DIR makes a second start resume where the first stopped. `npm start` runs this
 * file compiled (dist/node/tools/stack/start.js) and every service and the broker as the
 * JavaScript build-node.ts compiled next to it; run from source (the tests) it builds them first.
 */
import {
  installLazySourceMaps,
  acquireDirLock,
  ConfigError,
  DirLock,
  DirLockedError,
  lineLogger,
  NODE_DIST_DIR,
  sendStart,
  stackFilePath,
  watchParent,
  WORKSPACE_ROOT,
  writeStackFile,
  AWAIT_START_ENV,
  startIdleHeapRelease,
} from '@raseed/config';
// Narrow entry points, not the barrels: the launcher's own start is on the path to every
// service's, and the barrels load NestJS and TypeORM (over a second of CPU) for none of this.
import { provisionPipelineTopics } from '@raseed/kafka/admin';
import { findFreePort, startEmbeddedPostgres } from '@raseed/persistence/embedded';
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { buildWeb } from '../../apps/web/build';

import { buildNode } from './build-node';
import { LAUNCHER_IN_GROUP, runLauncherInOwnGroup } from './own-group';
import { ServiceProcess, startServiceProcess, waitForLine } from './service-process';
import { LoadPriority } from './load-priority';
import { loadStackConfig, StackConfig } from './stack-config';
import { describeReplicas, findStackOrphans, partitionsFor, replicaNames, RunningChild, SCALABLE_STAGES, StageReplicas, stopProcesses, Supervisor } from '@raseed/platform/supervision';
import { waitForHttp } from './wait-for-http';

// Stack traces name the TypeScript lines, maps read only when one is printed (see launch.ts).
installLazySourceMaps();

const ROOT = WORKSPACE_ROOT;
/**
 * Services run as the JavaScript build-node.ts compiled (no compiler loaded); stack traces name
 * the TypeScript lines, from maps read only when a trace is printed (installLazySourceMaps).
 */
const compiled = (app: string, heapMb?: number) => [
  '--require',
  join(ROOT, NODE_DIST_DIR, 'libs', 'config', 'src', 'register-source-maps.js'),
  // For startIdleHeapRelease: a service hands its heap back once it has gone quiet.
  '--expose-gc',
  `--max-semi-space-size=${SEMI_SPACE_MB[app] ?? DEFAULT_SEMI_SPACE_MB}`,
  ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
  join(ROOT, NODE_DIST_DIR, 'apps', app, 'src', 'main.js'),
];
/**
 * Each service's young generation: V8's default semi-spaces (16 MB each on 64-bit) stay resident
 * once used. 8 MB saved ~70 MB of the stack's PSS at 10,000 articles with no measurable loss of
 * throughput (154 vs 161 articles/s, within the noise); 4 MB saved ~90 MB but cost a third of it.
 */
const DEFAULT_SEMI_SPACE_MB = 8;
/**
 * The indexer allocates most (documents, clustering state, rows): with 8 MB its scavenges promote
 * short-lived objects and GC was a fifth of its CPU. `bench:indexer`, 10,000 articles in batches
 * of 600, CPU per article: 8 MB 3.72 ms, 16 MB 3.16, 32 MB 2.86, 64 MB 2.70. The normaliser and
 * extractor spent 13-20% of their CPU in GC at 8 MB: 16 MB for them.
 */
const SEMI_SPACE_MB: Record<string, number> = { indexer: 32, normaliser: 16, extractor: 16 };
/**
 * Each service's old-space limit: V8 sizes it from the machine's memory (GBs here), so a
 * service's heap grows long before it collects. A bound makes it collect instead; the indexer,
 * which holds the incidents it re-clusters, gets more.
 */
const DEFAULT_HEAP_MB: Record<string, number> = { indexer: 512 };
const heapOf = (app: string, config: StackConfig) => config.SERVICE_HEAP_MB ?? DEFAULT_HEAP_MB[app] ?? 256;
const SERVICES = ['indexer', 'extractor', 'normaliser', 'fetcher', 'api'] as const;
/** The fetcher stops emitting first, then each stage drains into the next (all its replicas), then the infrastructure. */
const stopOrder = (replicas: StageReplicas) => ['fetcher', ...SCALABLE_STAGES.flatMap((s) => replicaNames(s, replicas[s])), 'api', 'broker', 'postgres'];

// The launcher's own lines: `[stack] …`, or JSON objects (context "stack") like every service's.
const out = lineLogger('stack', { textPrefix: () => '[stack] ' });
const errors = lineLogger('stack', { stream: process.stderr, textPrefix: () => '[stack] ' });
const log = (msg: string) => out.log(msg);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadStackConfig();
  const replicas = config.REPLICAS;
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  const orphans = findStackOrphans(dataDir, ROOT);
  if (orphans.length) {
    log(`stopping ${orphans.length} process(es) a previous launcher left running: ${orphans.map((o) => `${o.what} (pid ${o.pid})`).join(', ')}`);
    await stopProcesses(orphans);
  }
  // Exists before anything reports healthy: a user may copy articles in at once.
  mkdirSync(resolve(config.INBOX_DIR), { recursive: true });
  // `npm start` has just built them (then this is a check of what changed); from source (the tests), this builds them.
  const build = buildNode();
  log(`services: ${build.compiled ? `compiled ${build.compiled} of ${build.files} files` : `${build.files} files up to date`} in ${build.ms} ms (${build.outDir})`);

  const embeddedBroker = !config.KAFKA_BROKERS;
  const early = new Map<string, EarlyService>();
  const priority = new LoadPriority();

  const statusFile = join(dataDir, 'stack-status.json');
  let stopping = false;
  const shutdown = async (code: number, why?: string) => {
    if (stopping) return;
    stopping = true;
    if (why) log(why);
    log('stopping: fetcher, then the stages (drain and commit), then broker and database…');
    // Services still waiting for their go have started nothing: they just end.
    await Promise.all([...early.values()].map((s) => s.process.stop(2000)));
    await supervisor.stopAll(stopOrder(replicas));
    rmSync(stackFilePath(dataDir), { force: true });
    rmSync(statusFile, { force: true });
    await lock.release();
    log('stopped');
    process.exit(code);
  };
  const supervisor: Supervisor = new Supervisor(
    log,
    (reason) => void shutdown(1, `giving up: ${reason}; stopping the stack`),
    () => {
      if (!stopping) writeFileSync(statusFile, JSON.stringify({ updatedAt: new Date().toISOString(), children: supervisor.status() }));
    },
  );
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void shutdown(0, `${sig} received`));
  watchParent((why) => void shutdown(0, why));

  try {
    // Every service is spawned now and loads its modules (seconds of CPU each) while PostgreSQL
    // and the broker start; each waits for its go, sent once migrations ran and topics exist.
    await spawnServicesEarly(config, dataDir, embeddedBroker, early, priority);
    // The search page (esbuild, a process of its own), PostgreSQL and the broker depend on none
    // of each other: all at once. All settle before going on, so a failure of one never leaves
    // another starting unseen.
    const [web, [databaseUrl, kafkaBrokers]] = await settleBoth(
      buildWeb(),
      settleBoth(
        config.DATABASE_URL ? Promise.resolve(config.DATABASE_URL) : superviseEmbeddedPostgres(supervisor, dataDir, config.PG_SHARED_BUFFERS_MB, config.API_PORT),
        config.KAFKA_BROKERS ? Promise.resolve(config.KAFKA_BROKERS) : superviseBroker(supervisor, config, dataDir),
      ),
    );
    log(`search page built in ${web.ms} ms (served at /)`);
    // Every replica of a stage needs a partition of its input topic to be of use.
    const partitions = partitionsFor(config.KAFKA_PARTITIONS, replicas);
    const [applied, topics] = await settleBoth(migrate(databaseUrl), provisionPipelineTopics(kafkaBrokers.split(','), 'stack', partitions));
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    for (const g of topics.grown) log(`topic ${g.topic} grown from ${g.from} to ${g.to} partitions`);
    log(`replicas: ${describeReplicas(replicas)}, each its own process in the stage's consumer group; topics have ${partitions} partitions`);
    // The launcher owns the search indices, before any service starts (services only check them).
    if (config.OPENSEARCH_URL) {
      await import('reflect-metadata');
      const { OpenSearchAdapter } = await import('@raseed/search');
      const search = await OpenSearchAdapter.fromUrl(config.OPENSEARCH_URL).ensureIndices();
      log(`search indices ready on ${search.engine}${search.created.length ? ` (created: ${search.created.join(', ')})` : ''}`);
    }

    const apiUrl = `http://${config.API_HOST === '0.0.0.0' ? '127.0.0.1' : config.API_HOST}:${config.API_PORT}`;
    const stackFile = { pid: process.pid, startedAt: new Date().toISOString(), kafkaBrokers, databaseUrl, apiUrl, opensearchUrl: config.OPENSEARCH_URL ?? null };
    writeStackFile(dataDir, stackFile);
    const infrastructure = { DATABASE_URL: databaseUrl, KAFKA_BROKERS: kafkaBrokers };
    const services: Record<string, string> = {};

    const health: Array<Promise<void>> = [];
    // Every process boots at once: more replicas on the same cores take longer to answer, so
    // each extra one adds to the wait.
    const extra = SCALABLE_STAGES.reduce((n, s) => n + replicas[s] - 1, 0);
    const healthTimeoutMs = 90_000 + 30_000 * extra;
    for (const [name, spawned] of [...early]) {
      const { app, port, env } = spawned;
      await supervisor.add(
        name,
        async () => {
          // The first start is the go to the process spawned early; a restart (or an early
          // process that died before its go) is a new process with the whole environment.
          const first = early.get(name);
          early.delete(name);
          priority.restore(first?.process.child.pid);
          if (first && sendStart(first.process.child, infrastructure)) return asChild(first.process);
          await first?.process.stop(2000);
          return asChild(startServiceProcess(name, compiled(app, heapOf(app, config)), { ...env, ...infrastructure }));
        },
        `http://127.0.0.1:${port}/health`,
      );
      health.push(waitForHttp(`http://127.0.0.1:${port}/health`, healthTimeoutMs));
      services[name] = app === 'api' ? apiUrl : `http://127.0.0.1:${port}`;
    }
    await Promise.all(health);
    // Where each service's /metrics.json is (the pipeline bench reads them).
    writeStackFile(dataDir, { ...stackFile, services });
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: API ${apiUrl} · inbox ${resolve(config.INBOX_DIR)} · data ${dataDir}`);
    // Start-up's heap (the migrations' TypeORM, the topics' admin client) is garbage from here on: handed back once quiet.
    startIdleHeapRelease();
  } catch (err) {
    if (stopping) return;
    errors.error(err instanceof ConfigError ? err.message : String((err as Error).stack));
    await shutdown(1);
  }
}

interface EarlyService {
  app: (typeof SERVICES)[number];
  port: number;
  /** The environment without the infrastructure's addresses (sent with the go). */
  env: NodeJS.ProcessEnv;
  process: ServiceProcess;
}

/** Each service (every replica of a stage), spawned gated: see awaitLauncherStart. In SERVICES order, the order of their go. */
async function spawnServicesEarly(config: StackConfig, dataDir: string, embeddedBroker: boolean, early: Map<string, EarlyService>, priority: LoadPriority): Promise<void> {
  for (const app of SERVICES) {
    const names = (SCALABLE_STAGES as readonly string[]).includes(app) ? replicaNames(app, config.REPLICAS[app as keyof StageReplicas]) : [app];
    for (const name of names) {
      const port = app === 'api' ? config.API_PORT : await findFreePort([config.API_PORT]);
      const env = serviceEnv(config, { dataDir, port, host: app === 'api' ? config.API_HOST : '127.0.0.1', embeddedBroker });
      const process = startServiceProcess(name, compiled(app, heapOf(app, config)), { ...env, [AWAIT_START_ENV]: '1' });
      priority.lower(process.child.pid);
      early.set(name, { app, port, env, process });
    }
  }
}

/** Both results once both have settled; the first failure otherwise. */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}

/** TypeORM and the entities load only here (their decorators' metadata needs reflect-metadata first). */
async function migrate(databaseUrl: string): Promise<string[]> {
  await import('reflect-metadata');
  const { runMigrations } = await import('@raseed/persistence/migrate');
  return runMigrations(databaseUrl);
}

/** One launcher per DATA_DIR, held by the kernel for the launcher's life (a dead or zombie launcher holds nothing). */
async function lockDataDir(dataDir: string): Promise<DirLock> {
  try {
    return await acquireDirLock(dataDir, 'stack launcher');
  } catch (err) {
    if (!(err instanceof DirLockedError)) throw err;
    throw new Error(`a stack is already running on DATA_DIR=${dataDir}${err.holderPid ? ` (launcher pid ${err.holderPid})` : ''}; stop it or choose another DATA_DIR`);
  }
}

/** Restarts reuse the first port, so the services' DATABASE_URL stays valid and they reconnect. */
async function superviseEmbeddedPostgres(supervisor: Supervisor, dataDir: string, sharedBuffersMb: number, apiPort: number): Promise<string> {
  let port: number | undefined;
  let url = '';
  await supervisor.add('postgres', async () => {
    // (Not the API's port, free until the API binds it; a new one until a start succeeds.)
    const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: port ?? (await findFreePort([apiPort])), sharedBuffersMb });
    port = pg.port;
    url = pg.url;
    log(`embedded PostgreSQL on 127.0.0.1:${pg.port} (pid ${pg.pid})`);
    return { pid: pg.pid, exited: pg.exited.then((e) => (e.signal ? `signal ${e.signal}` : `code ${e.code}`)), stop: () => pg.stop() };
  });
  return url;
}

/** As for PostgreSQL: the same port on every restart, so clients reconnect to the same address. */
async function superviseBroker(supervisor: Supervisor, config: StackConfig, dataDir: string): Promise<string> {
  let port = 0;
  let brokers = '';
  // First start: every consumer of an earlier run is gone (the DATA_DIR lock is ours, its
  // orphans stopped, and the broker's port is new), so the groups it persisted with members
  // need not hold the services' joins until those sessions expire. Restarts keep them: the
  // services outlive the broker and carry on with their membership.
  let first = true;
  await supervisor.add('broker', async () => {
    // Chosen here until a start succeeds, not by the broker (port 0): the kernel could hand it the API's port,
    // free until the API binds it.
    const listen = port || (await findFreePort([config.API_PORT]));
    const args = [...compiled('broker'), '--port', String(listen), '--data-dir', join(dataDir, 'kafka'), '--partitions', String(config.KAFKA_PARTITIONS), ...(first ? ['--forget-members'] : [])];
    first = false;
    const broker = startServiceProcess('broker', args, process.env);
    const ready = await waitForLine(broker, /kafka-broker ready host=(\S+) port=(\d+)/, 30_000).catch(async (err: Error) => {
      await broker.stop(2000);
      throw err;
    });
    port = Number(ready[2]);
    brokers = `${ready[1]}:${ready[2]}`;
    return asChild(broker);
  });
  return brokers;
}

function asChild(proc: ReturnType<typeof startServiceProcess>): RunningChild {
  return { pid: proc.child.pid ?? -1, exited: proc.exited, stop: () => proc.stop() };
}

/** A service's environment but for DATABASE_URL and KAFKA_BROKERS, known only once PostgreSQL and the broker are up. */
function serviceEnv(config: StackConfig, s: { dataDir: string; port: number; host: string; embeddedBroker: boolean }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATA_DIR: s.dataDir,
    INBOX_DIR: resolve(config.INBOX_DIR),
    HTTP_PORT: String(s.port),
    HTTP_HOST: s.host,
    LOG_LEVEL: config.LOG_LEVEL,
    // One machine, one broker: a member killed with -9 is noticed in 6 s, not 30 (Kafka's
    // default suits networks; here it only stalls a restarted member's group).
    ...(s.embeddedBroker && !process.env.KAFKA_SESSION_TIMEOUT_MS ? { KAFKA_SESSION_TIMEOUT_MS: '6000' } : {}),
    ...(config.OPENSEARCH_URL ? { OPENSEARCH_URL: config.OPENSEARCH_URL } : {}),
    STACK_STATUS_FILE: join(s.dataDir, 'stack-status.json'),
  };
}

if (process.env[LAUNCHER_IN_GROUP] !== '1') {
  runLauncherInOwnGroup(LAUNCHER_IN_GROUP);
} else {
  main().catch((err: unknown) => {
    // Pre-flight problems (bad environment, DATA_DIR in use): one clear message, no stack trace.
    errors.error(err instanceof ConfigError ? err.message : (err as Error).message);
    process.exit(78);
  });
}
