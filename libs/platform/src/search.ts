// SearchModule on its own entry point: it loads the search library (back ends, indexing,
// clustering), which only the services that search or index (api, indexer) need.
export * from './lib/search.module';
