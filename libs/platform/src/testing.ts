import { DynamicModule, INestApplication } from '@nestjs/common';
import { startTestBroker, TestBroker } from '@raseed/kafka/testing';
import { startTestDatabase, TestDatabase } from '@raseed/persistence/testing';
import { bootstrapService } from './lib/bootstrap-service';

export { readMessages, produceRaw } from '@raseed/kafka/testing';

export interface PipelineTestEnv {
  broker: TestBroker;
  db: TestDatabase | null;
  /** Environment a service's config loader accepts. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** A real embedded broker (and PostgreSQL with migrations, unless `db: false`). */
export async function startPipelineTestEnv(options: { db?: boolean } = {}): Promise<PipelineTestEnv> {
  const [broker, db] = await Promise.all([startTestBroker(), options.db === false ? Promise.resolve(null) : startTestDatabase()]);
  return {
    broker,
    db,
    env: {
      KAFKA_BROKERS: broker.brokers,
      KAFKA_RETRY_BACKOFF_MS: '20',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      ...(db ? { DATABASE_URL: db.url } : {}),
    },
    async stop() {
      await db?.stop();
      await broker.stop();
    },
  };
}

/** Boots a service exactly as its main.ts does (hybrid app, consumer group, HTTP on a free port). */
export async function bootTestService(name: string, module: DynamicModule, consumerGroup?: string): Promise<{ app: INestApplication; url: string }> {
  const app = await bootstrapService({ name, module, http: { host: '127.0.0.1', port: 0 }, logLevel: 'warn', consumerGroup });
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
export { fetchedArticle, normalisedArticle, extractedArticle, mention, TEST_PLACES } from '@raseed/contracts/testing';
export { StackRunner, waitUntil, getJson } from './lib/stack-runner';
export { ServiceChild, OutputLine } from './lib/service-child';
