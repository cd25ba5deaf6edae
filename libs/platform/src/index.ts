export * from './lib/bootstrap-service';
export * from './lib/health.controller';
export * from './lib/health.module';
export * from './lib/kafka-settings-from-env';
export * from './lib/search.module';
export * from './lib/metrics-registry';
export * from './lib/restart-policy';
export * from './lib/stack-status';
