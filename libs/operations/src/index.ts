export * from './lib/metrics-registry';
export * from './lib/lag-model';
export * from './lib/lag-metrics';
export * from './lib/lag-table';
export * from './lib/lag-snapshot-index';
export * from './lib/lag-report.schema';
