export * from './lib/evaluation-input';
export * from './lib/incident-matching';
export * from './lib/incident-summary';
export * from './lib/dedup-pairs';
export * from './lib/evaluate';
export * from './lib/compare-reports';
export * from './lib/render-report';
export { prf, r3 } from './lib/figures';
