/**
 * One-shot provisioning for deployments with external servers (the compose `provision`
 * job): applies migrations, creates the pipeline's topics and, with OPENSEARCH_URL, the search
 * indices behind their aliases. Exactly one process does this; the services never migrate or
 * create indices. Every step is idempotent and safe to run concurrently.
 */
import 'reflect-metadata';
import { ConfigError, lineLogger, loadConfig, parseCli, runCli } from '@raseed/config';
import { allTopics } from '@raseed/contracts';
import { DEFAULT_RETENTION_MS, provisionPipelineTopics } from '@raseed/kafka';
import { runMigrations } from '@raseed/persistence';
import { OpenSearchAdapter } from '@raseed/search';
import { z } from 'zod';

const PROVISION_USAGE = `usage: npm run provision   (no options: configured by the environment)
  DATABASE_URL (required), KAFKA_BROKERS (required), KAFKA_PARTITIONS (3),
  KAFKA_REPLICATION_FACTOR (1), KAFKA_RETENTION_MS (-1 = keep every message),
  OPENSEARCH_URL (optional: creates the search indices and aliases there)`;

async function main(): Promise<number> {
  parseCli(process.argv.slice(2), { options: {} });
  const env = loadConfig({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    KAFKA_BROKERS: z.string().min(1),
    KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
    KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(5).default(1),
    /** retention.ms of every topic and DLT; -1 keeps them (reprocess and DLQ replay read them whole). */
    OPENSEARCH_URL: z.string().url().optional(),
    KAFKA_RETENTION_MS: z.coerce
      .number()
      .int()
      .min(-1)
      .refine((n) => n !== 0, 'must be -1 (keep) or a positive number of ms')
      .default(DEFAULT_RETENTION_MS),
  });
  // Plain lines on a terminal; JSON objects under NODE_ENV=production, like the services it runs beside.
  const out = lineLogger('provision');
  const applied = await runMigrations(env.DATABASE_URL);
  out.log(`migrations applied: ${applied.length ? applied.join(', ') : 'none pending'}`);
  const topics = await provisionPipelineTopics(env.KAFKA_BROKERS.split(','), 'provision', env.KAFKA_PARTITIONS, env.KAFKA_REPLICATION_FACTOR, env.KAFKA_RETENTION_MS);
  const retention = env.KAFKA_RETENTION_MS === -1 ? 'kept forever' : `${env.KAFKA_RETENTION_MS} ms`;
  out.log(`topics ready (retention ${retention}): ${allTopics().join(', ')}`);
  if (topics.created.length) out.log(`  created: ${topics.created.join(', ')}`);
  for (const g of topics.grown) out.log(`  ${g.topic} grown from ${g.from} to ${g.to} partitions`);
  if (topics.updated.length) out.log(`  retention set on: ${topics.updated.join(', ')}`);
  if (topics.unchanged.length) lineLogger('provision', { stream: process.stderr }).warn(`  this broker cannot alter topic configs; retention left as it was on: ${topics.unchanged.join(', ')}`);
  if (env.OPENSEARCH_URL) {
    const search = await OpenSearchAdapter.fromUrl(env.OPENSEARCH_URL).ensureIndices();
    out.log(`search indices ready on ${search.engine}${search.created.length ? ` (created: ${search.created.join(', ')})` : ''}`);
  }
  return 0;
}

if (require.main === module) runCli('provision', PROVISION_USAGE, main, (err) => (err instanceof ConfigError ? { message: err.message, code: 1 } : null));
