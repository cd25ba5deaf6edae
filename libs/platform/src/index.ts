export * from './lib/bootstrap-service';
export * from './lib/health.controller';
export * from './lib/health.module';
export * from './lib/kafka-settings-from-env';
// SearchModule: '@raseed/platform/search' (api, indexer); its tokens from here.
export * from './lib/search-tokens';
export * from './lib/metrics-registry';
export * from './lib/restart-policy';
export * from './lib/stack-status';
export * from './lib/supervisor';
export * from './lib/stack-orphans';
export * from './lib/stage-replicas';
export * from './lib/service-logger';
