export * from './lib/embedded-postgres';
export * from './lib/free-port';
export * from './lib/data-source';
export * from './lib/fetch-records.repository';
export * from './lib/fingerprints.repository';
export * from './lib/persistence.module';
export { FetchRecord } from './lib/entities/fetch-record.entity';
export { ArticleFingerprint } from './lib/entities/article-fingerprint.entity';
export { DataSource } from 'typeorm';
