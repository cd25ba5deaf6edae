export * from './lib/webhooks-file';
export * from './lib/webhook-schema.sql';
export * from './lib/webhook-payload';
export * from './lib/retry-schedule';
export * from './lib/delivery-store';
export * from './lib/webhook-dispatcher';
