export * from './lib/load-config';
export * from './lib/env-fragments';
export * from './lib/stack-file';
export * from './lib/cli-args';
export * from './lib/dir-lock';
export * from './lib/parent-watch';
export * from './lib/log-format';
export * from './lib/workspace-root';
