import { z } from 'zod';
import { commonEnv, databaseEnv, httpEnv, kafkaEnv, loadConfig, searchEnv } from '@raseed/config';

export const indexerEnv = {
  ...commonEnv,
  ...kafkaEnv,
  ...databaseEnv,
  ...searchEnv,
  ...httpEnv(0),
  /** Quiet time after the last batch before the settle pass re-derives what batches changed. */
  SETTLE_IDLE_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  /** Longest a change waits for a quiet moment before it is settled anyway (a stream without pauses). */
  SETTLE_MAX_DEFER_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
};
export type IndexerConfig = ReturnType<typeof loadIndexerConfig>;
export const loadIndexerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(indexerEnv, env);
