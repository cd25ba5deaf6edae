export * from './lib/cluster-mentions';
