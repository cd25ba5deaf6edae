// What the `npm start` launcher needs and nothing of NestJS: the launcher loads this instead of the
// barrel, so its own start (on the path to every service's) costs a fraction.
export * from './lib/supervisor';
export * from './lib/restart-policy';
export * from './lib/stack-orphans';
export * from './lib/stage-replicas';
