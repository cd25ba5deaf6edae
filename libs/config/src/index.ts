export * from './lib/load-config';
export * from './lib/env-fragments';
export * from './lib/stack-file';
export * from './lib/cli-args';
