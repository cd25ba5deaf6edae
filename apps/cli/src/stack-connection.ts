// Where the operations CLIs find the pipeline: KAFKA_BROKERS / DATABASE_URL / OPENSEARCH_URL
// when set, otherwise the running `npm start` stack recorded under DATA_DIR (default ./.data).
import { readRunningStack, runCli, textFields } from '@raseed/config';
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
    kafkaBrokers: brokers
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    databaseUrl: env.DATABASE_URL ?? stack?.databaseUrl ?? null,
    opensearchUrl: env.OPENSEARCH_URL ?? stack?.opensearchUrl ?? null,
    apiUrl: stack?.apiUrl ?? null,
    source: env.KAFKA_BROKERS ? 'KAFKA_BROKERS' : `stack ${dataDir}`,
  };
}

/** A kafkajs client for a one-shot tool: fails fast instead of retrying for a minute. */
export function cliKafka(conn: StackConnection, name: string) {
  return createKafka({ brokers: conn.kafkaBrokers, clientId: `${name}-${process.pid}` }, (level, message, fields) => {
    if (level === 'error' && process.env.DEBUG) process.stderr.write(`[kafka] ${message}${textFields(fields)}\n`);
  });
}

/**
 * Runs an operations CLI (runCli from libs/config): a usage error is one line and exit 2,
 * a missing stack one line and exit 3, any other failure its message and exit 1.
 */
export function runStackCli(name: string, usage: string, main: () => Promise<number>): void {
  runCli(name, usage, main, (err) => (err instanceof NoStackError ? { message: err.message, code: 3 } : err instanceof Error ? { message: err.message, code: 1 } : null));
}
