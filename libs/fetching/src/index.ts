export * from './lib/inbox-file';
export * from './lib/inbox-scanner';
