import { DynamicModule, INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { awaitLauncherStart, ConfigError, exitWithParent, jsonLogLine, logFormat, startIdleHeapRelease } from '@raseed/config';
import { connectPipelineConsumer } from '@raseed/kafka';
import { isDatabaseUnavailable } from '@raseed/persistence/health';
import { ServiceLogger } from './service-logger';
// NestFactory.create would load the HTTP platform only when called: loaded with the other modules
// instead, so a service spawned ahead of its go (awaitLauncherStart) has done it by then.
import '@nestjs/platform-express';

export interface ServiceBootstrap {
  name: string;
  module: Type<unknown> | DynamicModule;
  http: { host: string; port: number };
  logLevel: string;
  /** Consumer group for the app's @EventPattern handlers; omit for apps that only produce. */
  consumerGroup?: string;
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * The same start for every service: hybrid Nest app (HTTP for health, Kafka consumer for
 * work), shutdown hooks so SIGINT/SIGTERM drain the consumer, and one readable line when
 * listening. Logs are Nest's, as text or (NODE_ENV=production, or LOG_FORMAT=json) one JSON
 * object per line with the service name and, while a message is handled, its correlation fields.
 */
export async function bootstrapService(options: ServiceBootstrap): Promise<INestApplication> {
  const app = await NestFactory.create(options.module, { logger: new ServiceLogger(options.name, logFormat(), options.logLevel) });
  app.enableShutdownHooks();
  // Never outlive the launcher (kill -9 of `npm start` included): SIGTERM ourselves, drain, exit.
  exitWithParent(options.name);
  await options.configure?.(app);
  // A database restarting (the launcher restarts it in about a second) delays messages; it must not dead-letter them.
  if (options.consumerGroup) await connectPipelineConsumer(app, options.consumerGroup, { transientError: isDatabaseUnavailable });
  await app.listen(options.http.port, options.http.host);
  const url = await app.getUrl();
  new Logger(options.name).log(`${options.name} listening on ${url.replace('[::1]', '127.0.0.1')}`);
  // A stage that worked through a backlog otherwise keeps that heap while it waits (see idle-heap-release.ts).
  startIdleHeapRelease();
  return app;
}

/**
 * Boot wrapper: an invalid environment prints its fix list and exits 78 (EX_CONFIG). Under the
 * launcher, `start` waits for its go (the modules are loaded by then: see awaitLauncherStart).
 */
export function runService(start: () => Promise<unknown>): void {
  awaitLauncherStart()
    .then(start)
    .catch((err: unknown) => {
      if (logFormat() === 'json') {
        const message = err instanceof ConfigError ? err.message : err instanceof Error ? err.message : String(err);
        const stack = err instanceof Error && !(err instanceof ConfigError) ? err.stack : undefined;
        process.stderr.write(`${jsonLogLine('fatal', message, 'bootstrap', { stack })}\n`);
        process.exit(err instanceof ConfigError ? 78 : 1);
      }
      if (err instanceof ConfigError) {
        process.stderr.write(`${err.message}\n`);
        process.exit(78);
      }
      new Logger('bootstrap').error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exit(1);
    });
}
