/**
 * One-shot provisioning for deployments with external servers (the compose `provision`
 * job): applies migrations and creates the pipeline's topics. Exactly one process does
 * this; the services never migrate.
 */
import { ConfigError, loadConfig } from '@raseed/config';
import { allTopics } from '@raseed/contracts';
import { provisionPipelineTopics } from '@raseed/kafka';
import { runMigrations } from '@raseed/persistence';
import { z } from 'zod';

async function main(): Promise<void> {
  const env = loadConfig({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    KAFKA_BROKERS: z.string().min(1),
    KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
    KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(5).default(1),
  });
  const applied = await runMigrations(env.DATABASE_URL);
  process.stdout.write(`migrations applied: ${applied.length ? applied.join(', ') : 'none pending'}\n`);
  await provisionPipelineTopics(env.KAFKA_BROKERS.split(','), 'provision', env.KAFKA_PARTITIONS, env.KAFKA_REPLICATION_FACTOR);
  process.stdout.write(`topics ready: ${allTopics().join(', ')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).stack}\n`);
  process.exit(1);
});
