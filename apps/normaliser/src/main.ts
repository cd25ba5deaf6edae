// First: NestJS DI and TypeORM read the decorators' type metadata as each class is defined.
import 'reflect-metadata';
import { bootstrapService, runService } from '@raseed/platform';
import { NormaliserModule } from './app/normaliser.module';
import { loadNormaliserConfig } from './config/env.schema';

runService(async () => {
  const config = loadNormaliserConfig();
  await bootstrapService({
    name: 'normaliser',
    module: NormaliserModule.register(config),
    http: { host: config.HTTP_HOST, port: config.HTTP_PORT },
    logLevel: config.LOG_LEVEL,
    consumerGroup: 'normaliser',
  });
});
