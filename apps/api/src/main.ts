// First: NestJS DI and TypeORM read the decorators' type metadata as each class is defined.
import 'reflect-metadata';
import { bootstrapService, runService } from '@raseed/platform';
import { ApiModule } from './app/api.module';
import { mountOpenApi } from './app/openapi';
import { loadApiConfig } from './config/env.schema';

runService(async () => {
  const config = loadApiConfig();
  await bootstrapService({
    name: 'api',
    module: ApiModule.register(config),
    http: { host: config.HTTP_HOST, port: config.HTTP_PORT },
    logLevel: config.LOG_LEVEL,
    configure: mountOpenApi,
  });
});
