// The search injection tokens alone: the health check and the API's controllers need them, not
// the search back ends (whose library the fetcher, normaliser and extractor need not load).
export const SEARCH_PORT = Symbol('SEARCH_PORT');
/**
 * The search back end the indexer must keep in step, or null when search reads the very
 * tables IncidentIndexer writes (PostgreSQL): then there is nothing to mirror.
 */
export const SEARCH_MIRROR = Symbol('SEARCH_MIRROR');
