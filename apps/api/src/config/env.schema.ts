import { commonEnv, databaseEnv, httpEnv, kafkaEnv, loadConfig, searchEnv } from '@raseed/config';
import { z } from 'zod';

export const apiEnv = {
  ...commonEnv,
  ...kafkaEnv,
  ...databaseEnv,
  ...searchEnv,
  ...httpEnv(8080),
  /** How often consumer-group lag is sampled, and the window its status is judged over. */
  LAG_POLL_MS: z.coerce.number().int().min(250).max(600_000).default(10_000),
  LAG_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).default(300_000),
  /** Lag snapshots to OpenSearch (for the Pipeline dashboard) when OPENSEARCH_URL is set. */
  LAG_SNAPSHOTS: z.enum(['true', 'false']).default('true'),
  /** The built search page; defaults to dist/web in the workspace. */
  WEB_DIST_DIR: z.string().optional(),
};
export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const loadApiConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(apiEnv, env);
