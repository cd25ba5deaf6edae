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
  /** Set by `npm start`: the launcher's view of its processes, reported by /health. */
  STACK_STATUS_FILE: z.string().optional(),
  /** Webhooks (URL + filters) to POST new and updated incidents to; unset: none. */
  WEBHOOKS_FILE: z.string().min(1).optional(),
  /** Hosts, IPs or CIDRs a webhook may reach although private or loopback (as FETCH_ALLOW_HOSTS for the fetcher). */
  WEBHOOKS_ALLOW_HOSTS: z.string().default(''),
  WEBHOOKS_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOKS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(15),
  WEBHOOKS_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
  WEBHOOKS_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  WEBHOOKS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
};
export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const loadApiConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(apiEnv, env);
