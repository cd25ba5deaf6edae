// Where the operations CLIs find the pipeline: KAFKA_BROKERS / DATABASE_URL / OPENSEARCH_URL
// when set, otherwise the running `npm start` stack recorded under DATA_DIR (default ./.data).
import { readRunningStack } from '@raseed/config';
import { createKafka } from '@raseed/kafka';

export interface StackConnection {
  kafkaBrokers: string[];
  databaseUrl: string | null;
  opensearchUrl: string | null;
  apiUrl: string | null;
  source: string;
}

export class NoStackError extends Error {}

export function resolveStack(env: NodeJS.ProcessEnv = process.env): StackConnection {
  const dataDir = env.DATA_DIR ?? './.data';
  const stack = readRunningStack(dataDir);
  const brokers = env.KAFKA_BROKERS ?? stack?.kafkaBrokers;
  if (!brokers) throw new NoStackError(`no running stack under DATA_DIR=${dataDir} (start one with \`npm start\`) and KAFKA_BROKERS is not set`);
  return {
    kafkaBrokers: brokers.split(',').map((b) => b.trim()).filter(Boolean),
    databaseUrl: env.DATABASE_URL ?? stack?.databaseUrl ?? null,
    opensearchUrl: env.OPENSEARCH_URL ?? stack?.opensearchUrl ?? null,
    apiUrl: stack?.apiUrl ?? null,
    source: env.KAFKA_BROKERS ? 'KAFKA_BROKERS' : `stack ${dataDir}`,
  };
}

/** A kafkajs client for a one-shot tool: fails fast instead of retrying for a minute. */
export function cliKafka(conn: StackConnection, name: string) {
  return createKafka({ brokers: conn.kafkaBrokers, clientId: `${name}-${process.pid}` }, (level, msg) => {
    if (level === 'error' && process.env.DEBUG) process.stderr.write(`[kafka] ${msg}\n`);
  });
}

/** `--name value` / `--name=value` options and the given bare flags; positionals keep their order. */
export function parseArgs(argv: string[], flags: string[] = []): { positionals: string[]; options: Map<string, string | true> } {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) options.set(a.slice(2, eq), a.slice(eq + 1));
    else if (!flags.includes(a.slice(2)) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options.set(a.slice(2), argv[++i]);
    else options.set(a.slice(2), true);
  }
  return { positionals, options };
}

/** Runs a CLI's main: a missing stack or a usage error prints one line and exits non-zero. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof NoStackError ? 3 : 1);
    },
  );
}
