import { z } from 'zod';

// Reusable pieces of the services' env schemas; each app composes the ones it needs.

const port = z.coerce.number().int().min(0).max(65535);

const brokerList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'each broker must be host:port')).min(1));

export const commonEnv = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** json: one object per line; text: human-readable. Unset: json when NODE_ENV=production (see logFormat). */
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  /** Where embedded state lives (embedded PostgreSQL, broker log, stack.json). */
  DATA_DIR: z.string().default('./.data'),
};

export const kafkaEnv = {
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().optional(),
  /** Attempts for a failing message before it is dead-lettered. */
  KAFKA_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  KAFKA_RETRY_BACKOFF_MS: z.coerce.number().int().min(0).max(60_000).default(200),
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  /** Fetch long-poll bound: data wakes it at once; this is the idle wait and the shutdown delay. */
  KAFKA_FETCH_MAX_WAIT_MS: z.coerce.number().int().min(10).max(30_000).default(500),
};

export const databaseEnv = {
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
};

export const searchEnv = {
  /** When set, search is served by OpenSearch; otherwise by PostgreSQL full-text search. */
  OPENSEARCH_URL: z.string().url().optional(),
};

export const httpEnv = (defaultPort: number) => ({
  HTTP_PORT: port.default(defaultPort),
  HTTP_HOST: z.string().default('127.0.0.1'),
});

export const inboxEnv = {
  INBOX_DIR: z.string().default('./data/inbox'),
  /** How often the inbox is rescanned, beside file-system events. */
  INBOX_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(1000),
  /** Largest article body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024),
};
