/**
 * Source of truth for the webhook tables (copied verbatim into the TypeORM migration
 * libs/persistence/src/migrations/1763790000000-webhooks.ts; a spec checks they agree).
 *
 * Changes are captured by statement triggers on search_incidents, in the transaction that makes
 * them: whoever writes (the indexer, a reprocess), a change is in webhook_outbox once committed,
 * or not at all. Nothing is captured while no subscription is active, so a stack without
 * webhooks keeps no backlog.
 */
export const WEBHOOK_SCHEMA_UP: readonly string[] = [
  `CREATE TABLE webhook_subscriptions (
    name text PRIMARY KEY,
    url text NOT NULL,
    filters text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE webhook_outbox (
    seq bigserial PRIMARY KEY,
    incident_id text NOT NULL,
    change text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
  )`,
  // One row per subscription and incident: later changes fold into it (version + 1), so a
  // receiver that was down gets the incident's latest state once, not every step it missed.
  `CREATE TABLE webhook_deliveries (
    subscription text NOT NULL REFERENCES webhook_subscriptions (name) ON DELETE CASCADE,
    incident_id text NOT NULL,
    event text NOT NULL,
    version int NOT NULL DEFAULT 1,
    state text NOT NULL DEFAULT 'pending',
    attempts int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_until timestamptz NULL,
    last_status int NULL,
    last_error text NULL,
    delivered_version int NULL,
    delivered_at timestamptz NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription, incident_id)
  )`,
  `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'pending'`,
  `CREATE INDEX webhook_deliveries_incident_idx ON webhook_deliveries (incident_id)`,
  `CREATE FUNCTION webhook_capture_incident_changes() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active) THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
      INSERT INTO webhook_outbox (incident_id, change) SELECT id, 'created' FROM changed_rows;
    ELSIF TG_OP = 'UPDATE' THEN
      INSERT INTO webhook_outbox (incident_id, change) SELECT id, 'updated' FROM changed_rows;
    ELSE
      INSERT INTO webhook_outbox (incident_id, change) SELECT id, 'removed' FROM changed_rows;
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER search_incidents_webhook_insert AFTER INSERT ON search_incidents REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_capture_incident_changes()`,
  `CREATE TRIGGER search_incidents_webhook_update AFTER UPDATE ON search_incidents REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_capture_incident_changes()`,
  `CREATE TRIGGER search_incidents_webhook_delete AFTER DELETE ON search_incidents REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_capture_incident_changes()`,
];

export const WEBHOOK_SCHEMA_DOWN: readonly string[] = [
  `DROP TRIGGER IF EXISTS search_incidents_webhook_delete ON search_incidents`,
  `DROP TRIGGER IF EXISTS search_incidents_webhook_update ON search_incidents`,
  `DROP TRIGGER IF EXISTS search_incidents_webhook_insert ON search_incidents`,
  `DROP FUNCTION IF EXISTS webhook_capture_incident_changes()`,
  `DROP TABLE IF EXISTS webhook_deliveries`,
  `DROP TABLE IF EXISTS webhook_outbox`,
  `DROP TABLE IF EXISTS webhook_subscriptions`,
];
