import { ARABIC_ANALYSIS } from './arabic-analysis.mapping';

/** Bump when a mapping changes: a new physical index is built and the alias moves to it. */
export const INDEX_VERSION = 1;

const arText = (extra: Record<string, unknown> = {}) => ({
  type: 'text',
  analyzer: 'ar_index',
  search_analyzer: 'ar_search',
  index_options: 'offsets',
  fields: { norm: { type: 'text', analyzer: 'ar_norm', index_options: 'offsets' } },
  ...extra,
});

export const INCIDENTS_MAPPING = {
  dynamic: 'strict',
  properties: {
    incident_id: { type: 'keyword' },
    category: { type: 'keyword' },
    event_date: { type: 'date', format: 'strict_date' },
    date_precision: { type: 'keyword' },
    date_from: { type: 'date', format: 'strict_date' },
    date_to: { type: 'date', format: 'strict_date' },
    place_id: { type: 'keyword' },
    place_ancestors: { type: 'keyword' },
    place_names: arText({ fields: { norm: { type: 'text', analyzer: 'ar_norm' }, kw: { type: 'keyword', normalizer: 'ar_kw', ignore_above: 256 } } }),
    location: { type: 'geo_point' },
    country: { type: 'keyword' },
    admin1: { type: 'keyword', normalizer: 'ar_kw' },
    weapon: { type: 'keyword' },
    actor: { type: 'keyword' },
    claimed_by: { type: 'keyword' },
    target: arText(),
    killed: { type: 'integer' },
    injured: { type: 'integer' },
    killed_max: { type: 'integer' },
    injured_max: { type: 'integer' },
    source_count: { type: 'integer' },
    outlets: { type: 'keyword' },
    first_reported_at: { type: 'date' },
    last_reported_at: { type: 'date' },
    text: arText(),
    // The full canonical incident (sources, per-field values, evidence), returned as is.
    doc: { type: 'object', enabled: false },
  },
} as const;

export const ARTICLES_MAPPING = {
  dynamic: 'strict',
  properties: {
    article_id: { type: 'keyword' },
    url: { type: 'keyword' },
    outlet: { type: 'keyword' },
    title: arText({ fields: { norm: { type: 'text', analyzer: 'ar_norm', index_options: 'offsets' }, kw: { type: 'keyword', ignore_above: 512 } } }),
    body: arText(),
    published_at: { type: 'date' },
    lang: { type: 'keyword' },
    content_hash: { type: 'keyword' },
    duplicate_of: { type: 'keyword' },
    incident_ids: { type: 'keyword' },
  },
} as const;

/** Body to create one physical, versioned index with its read alias. */
export function createIndexBody(mappings: object, alias: string) {
  return {
    settings: { index: { number_of_shards: 1, number_of_replicas: 0, 'highlight.max_analyzed_offset': 1_000_000 }, analysis: ARABIC_ANALYSIS },
    mappings,
    aliases: { [alias]: {} },
  };
}
