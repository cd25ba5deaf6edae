/**
 * Source of truth for the search tables (copied verbatim into the TypeORM migration
 * libs/persistence/src/migrations/1763710000000-incident-search-schema.ts; a spec checks they agree).
 * Text columns named *_norm hold normaliseArabic() output: the same normalisation as queries.
 */
export const SEARCH_SCHEMA_UP: readonly string[] = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
  `CREATE EXTENSION IF NOT EXISTS unaccent`,
  `DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'raseed_arabic') THEN
      CREATE TEXT SEARCH CONFIGURATION raseed_arabic (COPY = pg_catalog.arabic);
      ALTER TEXT SEARCH CONFIGURATION raseed_arabic ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, arabic_stem;
    END IF;
  END $$`,
  `CREATE TABLE search_articles (
    id text PRIMARY KEY,
    content_hash text NOT NULL,
    url text NULL,
    outlet text NULL,
    title text NULL,
    published_at timestamptz NULL,
    lang text NOT NULL DEFAULT 'ar',
    body text NOT NULL,
    title_norm text NOT NULL DEFAULT '',
    body_norm text NOT NULL DEFAULT '',
    duplicate_of text NULL,
    extractor_version text NULL,
    incident_ids text[] NOT NULL DEFAULT '{}',
    indexed_at timestamptz NOT NULL DEFAULT now(),
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('raseed_arabic'::regconfig, title_norm), 'A') || setweight(to_tsvector('raseed_arabic'::regconfig, body_norm), 'B')
    ) STORED
  )`,
  `CREATE INDEX search_articles_tsv_idx ON search_articles USING gin (tsv)`,
  `CREATE INDEX search_articles_published_idx ON search_articles (published_at DESC NULLS LAST, id)`,
  `CREATE INDEX search_articles_outlet_idx ON search_articles (outlet)`,
  `CREATE TABLE search_mentions (
    article_id text NOT NULL REFERENCES search_articles (id) ON DELETE CASCADE,
    idx int NOT NULL,
    incident_id text NULL,
    category text NOT NULL,
    window_from date NULL,
    window_to date NULL,
    lat double precision NULL,
    lon double precision NULL,
    place_id text NULL,
    place_ancestors text[] NOT NULL DEFAULT '{}',
    payload jsonb NOT NULL,
    PRIMARY KEY (article_id, idx)
  )`,
  `CREATE INDEX search_mentions_incident_idx ON search_mentions (incident_id)`,
  `CREATE INDEX search_mentions_window_idx ON search_mentions (category, window_to, window_from)`,
  `CREATE INDEX search_mentions_undated_idx ON search_mentions (category) WHERE window_to IS NULL`,
  // toast_tuple_target moves the wide columns (doc, search text, tsv) out of the heap, so filter
  // and facet scans read narrow rows (3x less heap on the bench corpus).
  `CREATE TABLE search_incidents (
    id text PRIMARY KEY,
    category text NOT NULL,
    event_date date NULL,
    date_precision text NULL,
    date_from date NULL,
    date_to date NULL,
    place_id text NULL,
    place_name_ar text NULL,
    place_name_en text NULL,
    place_ancestors text[] NOT NULL DEFAULT '{}',
    place_norm text NOT NULL DEFAULT '',
    place_keys text[] NOT NULL DEFAULT '{}',
    lat double precision NULL,
    lon double precision NULL,
    country text NULL,
    admin1 text NULL,
    weapon text NULL,
    actor text NULL,
    claimed_by text NULL,
    target text NULL,
    killed int NULL,
    injured int NULL,
    killed_max int NULL,
    injured_max int NULL,
    source_count int NOT NULL DEFAULT 0,
    outlets text[] NOT NULL DEFAULT '{}',
    first_reported_at timestamptz NULL,
    last_reported_at timestamptz NULL,
    search_norm text NOT NULL DEFAULT '',
    doc jsonb NOT NULL,
    doc_hash text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('raseed_arabic'::regconfig, place_norm), 'A') || setweight(to_tsvector('raseed_arabic'::regconfig, search_norm), 'B')
    ) STORED
  ) WITH (toast_tuple_target = 128)`,
  // Few btree indexes on purpose: every incident upsert rewrites all of them; low-cardinality
  // filters (actor, weapon, killed) are applied on rows found through these.
  `CREATE INDEX search_incidents_tsv_idx ON search_incidents USING gin (tsv)`,
  `CREATE INDEX search_incidents_place_keys_idx ON search_incidents USING gin (place_keys)`,
  `CREATE INDEX search_incidents_ancestors_idx ON search_incidents USING gin (place_ancestors)`,
  `CREATE INDEX search_incidents_date_idx ON search_incidents (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id)`,
  `CREATE INDEX search_incidents_date_from_idx ON search_incidents (date_from)`,
  `CREATE INDEX search_incidents_category_idx ON search_incidents (category, event_date DESC)`,
  `CREATE INDEX search_incidents_geo_idx ON search_incidents (lat, lon)`,
  // Every place incidents were reported at, by key (gazetteer id, else name): the place filter
  // matches names here (trigram, small table) and then incidents by key.
  `CREATE TABLE search_places (
    key text PRIMARY KEY,
    names_norm text NOT NULL
  )`,
  `CREATE INDEX search_places_names_trgm_idx ON search_places USING gin (names_norm gin_trgm_ops)`,
];

export const SEARCH_SCHEMA_DOWN: readonly string[] = [
  `DROP TABLE IF EXISTS search_places`,
  `DROP TABLE IF EXISTS search_mentions`,
  `DROP TABLE IF EXISTS search_incidents`,
  `DROP TABLE IF EXISTS search_articles`,
  `DROP TEXT SEARCH CONFIGURATION IF EXISTS raseed_arabic`,
];

/**
 * Second step, SUPERSEDED and emptied: it swapped the plain date indexes for covering ones
 * (INCLUDE (tsv)), which cannot be built over a long article (a tsvector larger than a btree entry
 * may be), so upgrading a real store stopped at its migration. The third step leaves the plain
 * indexes either way.
 */
export const SEARCH_RECENT_INDEXES_UP: readonly string[] = [];

export const SEARCH_RECENT_INDEXES_DOWN: readonly string[] = [];

/**
 * Third step: undoes the second. A btree entry holds at most ~2.7 KB, and a long article's
 * tsvector is larger, so INCLUDE (tsv) made indexing such articles fail. Back to the plain
 * date indexes of the first step.
 */
export const SEARCH_DATE_INDEXES_UP: readonly string[] = [
  `DROP INDEX IF EXISTS search_incidents_recent_tsv_idx`,
  `DROP INDEX IF EXISTS search_articles_recent_tsv_idx`,
  `CREATE INDEX IF NOT EXISTS search_incidents_date_idx ON search_incidents (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id)`,
  `CREATE INDEX IF NOT EXISTS search_articles_published_idx ON search_articles (published_at DESC NULLS LAST, id)`,
];

// Nothing to undo: the plain date indexes are the intended state before and after this step.
export const SEARCH_DATE_INDEXES_DOWN: readonly string[] = [];

/**
 * Fourth step, storage fit to use:
 * - documents as json, not jsonb, uncompressed. They are only ever written and read whole: json
 *   keeps the text as sent (no binary conversion, which was half the cost of parsing an upsert
 *   batch, and the key order their content hash was computed over); skipping pglz saves ~10% of
 *   an incident upsert for ~3x the document bytes;
 * - tsvectors in the row (MAIN): every text match tests them, and out of line each test was a
 *   TOAST index lookup (a one-word incident search went from 25 to 9 ms median);
 * - incident rows keep their search text in line too (the first step's toast_tuple_target = 128
 *   moved it out): a page's highlights read it, and each out-of-line value cost the indexer a
 *   TOAST row and index entry (~15% of an incident upsert). Only documents leave the row.
 * The incident heap is ~3x wider; search p95 still fell (45-62 -> 24 ms on the bench). Existing
 * rows move on their next write, or at once with VACUUM FULL.
 */
export const SEARCH_DOCUMENT_STORAGE_UP: readonly string[] = [
  `ALTER TABLE search_incidents ALTER COLUMN doc TYPE json USING doc::json`,
  `ALTER TABLE search_incidents ALTER COLUMN doc SET STORAGE EXTERNAL`,
  `ALTER TABLE search_mentions ALTER COLUMN payload TYPE json USING payload::json`,
  `ALTER TABLE search_incidents ALTER COLUMN tsv SET STORAGE MAIN`,
  `ALTER TABLE search_articles ALTER COLUMN tsv SET STORAGE MAIN`,
  `ALTER TABLE search_incidents RESET (toast_tuple_target)`,
];

export const SEARCH_DOCUMENT_STORAGE_DOWN: readonly string[] = [
  `ALTER TABLE search_incidents SET (toast_tuple_target = 128)`,
  `ALTER TABLE search_articles ALTER COLUMN tsv SET STORAGE EXTENDED`,
  `ALTER TABLE search_incidents ALTER COLUMN tsv SET STORAGE EXTENDED`,
  `ALTER TABLE search_mentions ALTER COLUMN payload TYPE jsonb USING payload::jsonb`,
  `ALTER TABLE search_incidents ALTER COLUMN doc SET STORAGE EXTENDED`,
  `ALTER TABLE search_incidents ALTER COLUMN doc TYPE jsonb USING doc::jsonb`,
];

/**
 * Fifth step: which incidents an article reports moves to its own narrow table. It is derived
 * from clustering and changes when incidents merge or split; in the article row (wide, with a
 * tsvector) every such change rewrote the row and its full-text index entries, and the article
 * could not be written before its incidents were known.
 */
export const SEARCH_ARTICLE_INCIDENTS_UP: readonly string[] = [
  `CREATE TABLE search_article_incidents (
    article_id text PRIMARY KEY REFERENCES search_articles (id) ON DELETE CASCADE,
    incident_ids text[] NOT NULL
  )`,
  `INSERT INTO search_article_incidents (article_id, incident_ids) SELECT id, incident_ids FROM search_articles`,
  `ALTER TABLE search_articles DROP COLUMN incident_ids`,
];

export const SEARCH_ARTICLE_INCIDENTS_DOWN: readonly string[] = [
  `ALTER TABLE search_articles ADD COLUMN incident_ids text[] NOT NULL DEFAULT '{}'`,
  `UPDATE search_articles a SET incident_ids = ai.incident_ids FROM search_article_incidents ai WHERE ai.article_id = a.id`,
  `DROP TABLE search_article_incidents`,
];
