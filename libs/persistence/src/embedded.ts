// Embedded PostgreSQL without TypeORM or NestJS (the launcher starts it before loading either).
export * from './lib/embedded-postgres';
export * from './lib/free-port';
