import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search and de-duplication state: articles (normalised text), incident mentions, canonical incidents,
 * with Arabic full-text (raseed_arabic = arabic + unaccent), GIN and trigram indexes.
 * Generated from libs/search/src/lib/postgres/search-schema.sql.ts (the source of truth; a spec checks they agree).
 */
export class IncidentSearchSchema1763710000000 implements MigrationInterface {
  name = 'IncidentSearchSchema1763710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'raseed_arabic') THEN
      CREATE TEXT SEARCH CONFIGURATION raseed_arabic (COPY = pg_catalog.arabic);
      ALTER TEXT SEARCH CONFIGURATION raseed_arabic ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, arabic_stem;
    END IF;
  END $$`);
    await q.query(`CREATE TABLE search_articles (
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
  )`);
    await q.query(`CREATE INDEX search_articles_tsv_idx ON search_articles USING gin (tsv)`);
    await q.query(`CREATE INDEX search_articles_published_idx ON search_articles (published_at DESC NULLS LAST, id)`);
    await q.query(`CREATE INDEX search_articles_outlet_idx ON search_articles (outlet)`);
    await q.query(`CREATE TABLE search_mentions (
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
  )`);
    await q.query(`CREATE INDEX search_mentions_incident_idx ON search_mentions (incident_id)`);
    await q.query(`CREATE INDEX search_mentions_window_idx ON search_mentions (category, window_to, window_from)`);
    await q.query(`CREATE INDEX search_mentions_undated_idx ON search_mentions (category) WHERE window_to IS NULL`);
    await q.query(`CREATE TABLE search_incidents (
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
  ) WITH (toast_tuple_target = 128)`);
    await q.query(`CREATE INDEX search_incidents_tsv_idx ON search_incidents USING gin (tsv)`);
    await q.query(`CREATE INDEX search_incidents_place_keys_idx ON search_incidents USING gin (place_keys)`);
    await q.query(`CREATE INDEX search_incidents_ancestors_idx ON search_incidents USING gin (place_ancestors)`);
    await q.query(`CREATE INDEX search_incidents_date_idx ON search_incidents (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id)`);
    await q.query(`CREATE INDEX search_incidents_date_from_idx ON search_incidents (date_from)`);
    await q.query(`CREATE INDEX search_incidents_category_idx ON search_incidents (category, event_date DESC)`);
    await q.query(`CREATE INDEX search_incidents_geo_idx ON search_incidents (lat, lon)`);
    await q.query(`CREATE TABLE search_places (
    key text PRIMARY KEY,
    names_norm text NOT NULL
  )`);
    await q.query(`CREATE INDEX search_places_names_trgm_idx ON search_places USING gin (names_norm gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_places`);
    await q.query(`DROP TABLE IF EXISTS search_mentions`);
    await q.query(`DROP TABLE IF EXISTS search_incidents`);
    await q.query(`DROP TABLE IF EXISTS search_articles`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS raseed_arabic`);
  }
}
