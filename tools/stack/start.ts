/**
 * `npm start`: the whole pipeline on one machine. Embedded PostgreSQL and the embedded
 * Kafka broker unless DATABASE_URL / KAFKA_BROKERS point elsewhere, then the five services
 * as separate processes with one prefixed log. Ctrl-C stops services first (they drain and
 * commit), then the broker and the database. State under DATA_DIR makes a second start
 * resume where the first stopped.
 */
import { ConfigError, readRunningStack, stackFilePath, writeStackFile } from '@raseed/config';
import { provisionPipelineTopics } from '@raseed/kafka';
import { findFreePort, RunningPostgres, runMigrations, startEmbeddedPostgres } from '@raseed/persistence';
import { mkdirSync, rmSync } from 'fs';
import { join, resolve } from 'path';
import { OpenSearchAdapter } from '@raseed/search';
import { buildWeb } from '../../apps/web/build';
import { ServiceProcess, startServiceProcess, waitForLine } from './service-process';
import { loadStackConfig, StackConfig } from './stack-config';
import { waitForHttp } from './wait-for-http';

const ROOT = resolve(__dirname, '..', '..');
const REGISTER = join(ROOT, 'tools', 'register.js');
const SERVICES = ['indexer', 'extractor', 'normaliser', 'fetcher', 'api'] as const;

const log = (msg: string) => process.stdout.write(`[stack] ${msg}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadStackConfig();
  const dataDir = resolve(config.DATA_DIR);
  const running = readRunningStack(dataDir);
  if (running) throw new Error(`a stack is already running on DATA_DIR=${dataDir} (pid ${running.pid}); stop it or choose another DATA_DIR`);
  mkdirSync(dataDir, { recursive: true });
  // Exists before anything reports healthy: a user may copy articles in at once.
  mkdirSync(resolve(config.INBOX_DIR), { recursive: true });
  log(`search page built in ${(await buildWeb()).ms} ms (served at /)`);

  const children: ServiceProcess[] = [];
  let postgres: RunningPostgres | null = null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping services…');
    // Reverse start order: the fetcher stops emitting before its consumers stop.
    for (const child of [...children].reverse()) await child.stop();
    if (postgres) await postgres.stop();
    rmSync(stackFilePath(dataDir), { force: true });
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const databaseUrl = config.DATABASE_URL ?? (await startPostgres(dataDir, (pg) => (postgres = pg)));
    const kafkaBrokers = config.KAFKA_BROKERS ?? (await startBroker(config, dataDir, children));
    const applied = await runMigrations(databaseUrl);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    await provisionPipelineTopics(kafkaBrokers.split(','), 'stack', config.KAFKA_PARTITIONS);
    // The launcher owns the search indices, before any service starts (services only check them).
    if (config.OPENSEARCH_URL) {
      const search = await OpenSearchAdapter.fromUrl(config.OPENSEARCH_URL).ensureIndices();
      log(`search indices ready on ${search.engine}${search.created.length ? ` (created: ${search.created.join(', ')})` : ''}`);
    }

    const apiUrl = `http://${config.API_HOST === '0.0.0.0' ? '127.0.0.1' : config.API_HOST}:${config.API_PORT}`;
    writeStackFile(dataDir, { pid: process.pid, startedAt: new Date().toISOString(), kafkaBrokers, databaseUrl, apiUrl, opensearchUrl: config.OPENSEARCH_URL ?? null });

    const health: Array<Promise<void>> = [];
    for (const name of SERVICES) {
      const port = name === 'api' ? config.API_PORT : await findFreePort();
      const env = serviceEnv(config, { dataDir, databaseUrl, kafkaBrokers, port, host: name === 'api' ? config.API_HOST : '127.0.0.1' });
      const child = startServiceProcess(name, ['-r', REGISTER, join(ROOT, 'apps', name, 'src', 'main.ts')], env);
      children.push(child);
      void child.exited.then((code) => {
        if (!stopping) {
          log(`${name} exited unexpectedly (code ${code}); stopping the stack`);
          void shutdown(1);
        }
      });
      health.push(waitForHttp(`http://127.0.0.1:${port}/health`, 60_000));
    }
    await Promise.all(health);
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: API ${apiUrl} · inbox ${resolve(config.INBOX_DIR)} · data ${dataDir}`);
  } catch (err) {
    process.stderr.write(`[stack] ${err instanceof ConfigError ? err.message : (err as Error).stack}\n`);
    await shutdown(1);
  }
}

async function startPostgres(dataDir: string, keep: (pg: RunningPostgres) => void): Promise<string> {
  const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres') });
  keep(pg);
  log(`embedded PostgreSQL on 127.0.0.1:${pg.port}`);
  return pg.url;
}

async function startBroker(config: StackConfig, dataDir: string, children: ServiceProcess[]): Promise<string> {
  const args = ['-r', REGISTER, join(ROOT, 'apps', 'broker', 'src', 'main.ts'), '--port', '0', '--data-dir', join(dataDir, 'kafka'), '--partitions', String(config.KAFKA_PARTITIONS)];
  const broker = startServiceProcess('broker', args, process.env);
  children.unshift(broker); // stopped last
  const ready = await waitForLine(broker, /kafka-broker ready host=(\S+) port=(\d+)/, 30_000);
  return `${ready[1]}:${ready[2]}`;
}

function serviceEnv(
  config: StackConfig,
  s: { dataDir: string; databaseUrl: string; kafkaBrokers: string; port: number; host: string },
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATA_DIR: s.dataDir,
    INBOX_DIR: resolve(config.INBOX_DIR),
    DATABASE_URL: s.databaseUrl,
    KAFKA_BROKERS: s.kafkaBrokers,
    HTTP_PORT: String(s.port),
    HTTP_HOST: s.host,
    LOG_LEVEL: config.LOG_LEVEL,
    ...(config.OPENSEARCH_URL ? { OPENSEARCH_URL: config.OPENSEARCH_URL } : {}),
  };
}

main().catch((err: unknown) => {
  // Pre-flight problems (bad environment, DATA_DIR in use): one clear message, no stack trace.
  process.stderr.write(`[stack] ${err instanceof ConfigError ? err.message : (err as Error).message}\n`);
  process.exit(78);
});
