// First: NestJS DI and TypeORM read the decorators' type metadata as each class is defined.
import 'reflect-metadata';
import { bootstrapService, runService } from '@raseed/platform';
import { ExtractorModule } from './app/extractor.module';
import { loadExtractorConfig } from './config/env.schema';

runService(async () => {
  const config = loadExtractorConfig();
  await bootstrapService({
    name: 'extractor',
    module: ExtractorModule.register(config),
    http: { host: config.HTTP_HOST, port: config.HTTP_PORT },
    logLevel: config.LOG_LEVEL,
    consumerGroup: 'extractor',
  });
});
