import { commonEnv, databaseEnv, httpEnv, inboxEnv, kafkaEnv, loadConfig } from '@raseed/config';
import { z } from 'zod';

const ms = (min: number, max: number, def: number) => z.coerce.number().int().min(min).max(max).default(def);

export const fetcherEnv = {
  ...commonEnv,
  ...kafkaEnv,
  ...databaseEnv,
  ...inboxEnv,
  ...httpEnv(0),
  /** A file must be unmodified this long before it is read (it may still be copying). */
  INBOX_SETTLE_MS: z.coerce.number().int().min(0).max(60_000).default(300),
  /** YAML or JSON list of feeds, sitemaps, pages and folders (see README "Sources"); unset = inbox only. */
  SOURCES_FILE: z.string().optional(),
  /** Hosts, IPs or CIDRs that may be fetched although private/loopback (SSRF guard exceptions). */
  FETCH_ALLOW_HOSTS: z.string().default(''),
  /** Sent on every request; its first token is the robots.txt agent name. */
  FETCH_USER_AGENT: z.string().min(1).default('raseed-fetcher/0.1 (+https://github.com/raseed; news monitoring)'),
  FETCH_CONNECT_TIMEOUT_MS: ms(50, 120_000, 10_000),
  FETCH_READ_TIMEOUT_MS: ms(50, 300_000, 20_000),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  FETCH_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  FETCH_RETRY_BASE_MS: ms(1, 60_000, 1000),
  /** Longest Retry-After/backoff slept inside a run; longer ones defer the source's next run. */
  FETCH_MAX_RETRY_WAIT_MS: ms(0, 600_000, 60_000),
  FETCH_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** Minimum spacing of request starts per host (robots Crawl-delay may raise it). */
  FETCH_HOST_MIN_INTERVAL_MS: ms(0, 600_000, 1000),
  FETCH_RESPECT_ROBOTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
};

export type FetcherConfig = ReturnType<typeof loadFetcherConfig>;
export const loadFetcherConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(fetcherEnv, env);
export const FETCHER_CONFIG = Symbol('FETCHER_CONFIG');
