// First: NestJS DI and TypeORM read the decorators' type metadata as each class is defined.
import 'reflect-metadata';
import { loadSourcesFile } from '@raseed/fetching';
import { bootstrapService, runService } from '@raseed/platform';
import { FetcherModule } from './app/fetcher.module';
import { loadFetcherConfig } from './config/env.schema';

runService(async () => {
  const config = loadFetcherConfig();
  // A bad SOURCES_FILE is a configuration error: reported (exit 78) before connecting anywhere.
  if (config.SOURCES_FILE) loadSourcesFile(config.SOURCES_FILE);
  await bootstrapService({
    name: 'fetcher',
    module: FetcherModule.register(config),
    http: { host: config.HTTP_HOST, port: config.HTTP_PORT },
    logLevel: config.LOG_LEVEL,
  });
});
