export * from './lib/topics';
export * from './lib/event-registry';
export * from './lib/ids';
export * from './lib/events/article-fetched.event';
export * from './lib/events/article-normalised.event';
export * from './lib/events/incident-vocabulary';
export * from './lib/events/incidents-extracted.event';
