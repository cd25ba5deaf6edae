import { loadConfig } from '@raseed/config';
import { parseReplicas, ReplicasError } from '@raseed/platform/supervision';
import { z } from 'zod';

/** Variables the launcher reads; each service validates its own on boot as well. */
export const stackEnv = {
  DATA_DIR: z.string().default('./.data'),
  INBOX_DIR: z.string().default('./data/inbox'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  API_HOST: z.string().default('127.0.0.1'),
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^\s:,]+:\d+(,[^\s:,]+:\d+)*$/, 'comma-separated host:port list')
    .optional(),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  OPENSEARCH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /**
   * The embedded PostgreSQL's shared buffers, in MB. Small: the OS page cache holds what they do
   * not, and each process touching a buffer (the indexer's backend, the background writer, idle
   * backends) counts it in its RSS: at 10,000 articles PostgreSQL peaked at ~380 MB RSS with
   * 128 MB (PostgreSQL's default), ~260 with 32, with no loss of throughput measured.
   */
  PG_SHARED_BUFFERS_MB: z.coerce.number().int().min(16).max(65536).default(32),
  /** V8 old-space limit of each service, in MB (default: indexer 512, the others 256): bounds the stack's memory. */
  SERVICE_HEAP_MB: z.coerce.number().int().min(64).max(16384).optional(),
  /** Processes per stage, "normaliser=2,extractor=2,indexer=2" (or "all=2"); `npm start -- --replicas …` overrides it. */
  REPLICAS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseReplicas(v);
      } catch (err) {
        if (!(err instanceof ReplicasError)) throw err;
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: err.message.replace(/^replicas: /, '') });
        return z.NEVER;
      }
    }),
};

export type StackConfig = ReturnType<typeof loadStackConfig>;
/** The environment, with `--replicas <spec>` (or `--replicas=<spec>`) from the command line taking the place of REPLICAS. */
export const loadStackConfig = (env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)) => {
  const flag = replicasFlag(argv);
  return loadConfig(stackEnv, flag === undefined ? env : { ...env, REPLICAS: flag });
};

function replicasFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--replicas') value = argv[++i] ?? '';
    else if (argv[i].startsWith('--replicas=')) value = argv[i].slice('--replicas='.length);
  }
  return value;
}
