// First: NestJS DI and TypeORM read the decorators' type metadata as each class is defined.
import 'reflect-metadata';
import { bootstrapService, runService } from '@raseed/platform';
import { IndexerModule } from './app/indexer.module';
import { loadIndexerConfig } from './config/env.schema';

runService(async () => {
  const config = loadIndexerConfig();
  await bootstrapService({
    name: 'indexer',
    module: IndexerModule.register(config),
    http: { host: config.HTTP_HOST, port: config.HTTP_PORT },
    logLevel: config.LOG_LEVEL,
    consumerGroup: 'indexer',
  });
});
