export * from './lib/prometheus-text';
export * from './lib/metric-primitives';
export * from './lib/lag-model';
export * from './lib/lag-metrics';
export * from './lib/lag-table';
export * from './lib/lag-snapshot-index';
