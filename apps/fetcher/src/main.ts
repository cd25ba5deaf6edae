import { bootstrapService, runService } from '@raseed/platform';
import { FetcherModule } from './app/fetcher.module';
import { loadFetcherConfig } from './config/env.schema';

runService(async () => {
  const config = loadFetcherConfig();
  await bootstrapService({
    name: 'fetcher',
    module: FetcherModule.register(config),
    http: { host: config.HTTP_HOST, port: config.HTTP_PORT },
    logLevel: config.LOG_LEVEL,
  });
});
