import { commonEnv, databaseEnv, httpEnv, inboxEnv, kafkaEnv, loadConfig } from '@raseed/config';
import { z } from 'zod';

export const fetcherEnv = {
  ...commonEnv,
  ...kafkaEnv,
  ...databaseEnv,
  ...inboxEnv,
  ...httpEnv(0),
  /** A file must be unmodified this long before it is read (it may still be copying). */
  INBOX_SETTLE_MS: z.coerce.number().int().min(0).max(60_000).default(300),
};

export type FetcherConfig = ReturnType<typeof loadFetcherConfig>;
export const loadFetcherConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(fetcherEnv, env);
export const FETCHER_CONFIG = Symbol('FETCHER_CONFIG');
