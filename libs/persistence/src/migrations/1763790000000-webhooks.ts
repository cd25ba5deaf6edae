import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions, the change outbox filled by statement triggers on search_incidents, and
 * per-subscription delivery state (WEBHOOK_SCHEMA_UP in libs/webhooks/src/lib/webhook-schema.sql.ts;
 * a spec checks they agree).
 */
export class Webhooks1763790000000 implements MigrationInterface {
  name = 'Webhooks1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE webhook_subscriptions (
    name text PRIMARY KEY,
    url text NOT NULL,
    filters text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`);
    await q.query(`CREATE TABLE webhook_outbox (
    seq bigserial PRIMARY KEY,
    incident_id text NOT NULL,
    change text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
  )`);
    await q.query(`CREATE TABLE webhook_deliveries (
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
  )`);
    await q.query(`CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'pending'`);
    await q.query(`CREATE INDEX webhook_deliveries_incident_idx ON webhook_deliveries (incident_id)`);
    await q.query(`CREATE FUNCTION webhook_capture_incident_changes() RETURNS trigger LANGUAGE plpgsql AS $$
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
  END $$`);
    await q.query(
      `CREATE TRIGGER search_incidents_webhook_insert AFTER INSERT ON search_incidents REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_capture_incident_changes()`,
    );
    await q.query(
      `CREATE TRIGGER search_incidents_webhook_update AFTER UPDATE ON search_incidents REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_capture_incident_changes()`,
    );
    await q.query(
      `CREATE TRIGGER search_incidents_webhook_delete AFTER DELETE ON search_incidents REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_capture_incident_changes()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS search_incidents_webhook_delete ON search_incidents`);
    await q.query(`DROP TRIGGER IF EXISTS search_incidents_webhook_update ON search_incidents`);
    await q.query(`DROP TRIGGER IF EXISTS search_incidents_webhook_insert ON search_incidents`);
    await q.query(`DROP FUNCTION IF EXISTS webhook_capture_incident_changes()`);
    await q.query(`DROP TABLE IF EXISTS webhook_deliveries`);
    await q.query(`DROP TABLE IF EXISTS webhook_outbox`);
    await q.query(`DROP TABLE IF EXISTS webhook_subscriptions`);
  }
}
