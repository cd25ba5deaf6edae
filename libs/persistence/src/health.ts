// What every service's health check and consumer need of the database, without TypeORM or the
// NestJS module at run time (see database-token.ts).
export { DATA_SOURCE, pingDatabase } from './lib/database-token';
export { isDatabaseUnavailable } from './lib/database-unavailable';
