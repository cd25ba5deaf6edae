// Migrations alone: TypeORM and the entities, none of the NestJS module.
export { runMigrations } from './lib/data-source';
