export * from './lib/search.port';
export * from './lib/sql-executor';
export * from './lib/query/search-params.query';
export * from './lib/indexing/incident-document.mapping';
export * from './lib/indexing/incident-indexer';
export { PostgresSearchAdapter, type PostgresSearchOptions } from './lib/postgres/postgres-search.adapter';
export { SEARCH_SCHEMA_UP, SEARCH_SCHEMA_DOWN, SEARCH_RECENT_INDEXES_UP, SEARCH_RECENT_INDEXES_DOWN, SEARCH_DATE_INDEXES_UP, SEARCH_DATE_INDEXES_DOWN,
  SEARCH_JSON_DOCUMENTS_UP, SEARCH_JSON_DOCUMENTS_DOWN, SEARCH_SCHEMA_CURRENT } from './lib/postgres/search-schema.sql';
export { OpenSearchAdapter, type OpenSearchAdapterOptions, type OpenSearchTransport } from './lib/opensearch/opensearch.adapter';
export { ARABIC_ANALYSIS, PROTECTED_NAMES, SEARCH_SYNONYMS } from './lib/opensearch/arabic-analysis.mapping';
export { INCIDENTS_MAPPING, ARTICLES_MAPPING, INDEX_VERSION } from './lib/opensearch/search-indices.mapping';
export { incidentSearchBody, articleSearchBody, facetsBody } from './lib/opensearch/incident-search.query';
