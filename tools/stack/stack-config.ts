import { loadConfig } from '@raseed/config';
import { z } from 'zod';

/** Variables the launcher reads; each service validates its own on boot as well. */
export const stackEnv = {
  DATA_DIR: z.string().default('./.data'),
  INBOX_DIR: z.string().default('./data/inbox'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  API_HOST: z.string().default('127.0.0.1'),
  KAFKA_BROKERS: z.string().regex(/^[^\s:,]+:\d+(,[^\s:,]+:\d+)*$/, 'comma-separated host:port list').optional(),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  OPENSEARCH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
};

export type StackConfig = ReturnType<typeof loadStackConfig>;
export const loadStackConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(stackEnv, env);
