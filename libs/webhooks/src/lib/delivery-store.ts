import { z } from 'zod';
import { matchingIncidentIds, SqlExecutor, TransactionalSqlExecutor } from '@raseed/search';
import { WebhookEvent } from './webhook-payload';
import { WebhookDefinition } from './webhooks-file';

export interface ClaimedDelivery {
  subscription: string;
  incidentId: string;
  event: WebhookEvent;
  version: number;
  /** Attempts so far, this one included. */
  attempts: number;
}

export interface SubscriptionStatus {
  name: string;
  url: string;
  filters: string;
  active: boolean;
  pending: number;
  delivered: number;
  failed: number;
  lastDeliveredAt: string | null;
  lastError: string | null;
}

/** GET /api/webhooks items as a zod schema, for the OpenAPI document (checked against SubscriptionStatus below). */
export const subscriptionStatusSchema = z.object({
  name: z.string(),
  url: z.string().describe('origin and path only: user info and query string may hold credentials'),
  filters: z.string().describe('the search the webhook follows, as URL parameters'),
  active: z.boolean(),
  pending: z.number().int(),
  delivered: z.number().int(),
  failed: z.number().int(),
  lastDeliveredAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof subscriptionStatusSchema>, SubscriptionStatus> = true;
void sameShape;

type Change = 'created' | 'updated' | 'removed';

/**
 * The delivery state in PostgreSQL: subscriptions, the change outbox the triggers fill, and one
 * delivery row per subscription and incident. Every step is one statement or one transaction,
 * and rows are claimed with SKIP LOCKED under a lease, so any number of api processes can run
 * it and a crash at any point leaves work to redo, never work lost. Statements that change rows
 * and return some are wrapped in a SELECT: a TypeORM DataSource returns UPDATE/DELETE results
 * in another shape.
 */
export class DeliveryStore {
  constructor(private readonly db: TransactionalSqlExecutor) {}

  /** Makes the file's webhooks the active ones; others keep their state but get nothing new. */
  async syncSubscriptions(hooks: readonly WebhookDefinition[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE active AND NOT (name = ANY($1::text[]))`, [hooks.map((h) => h.name)]);
      for (const h of hooks) {
        await tx.query(
          `INSERT INTO webhook_subscriptions (name, url, filters, active) VALUES ($1, $2, $3, true)
           ON CONFLICT (name) DO UPDATE SET url = EXCLUDED.url, filters = EXCLUDED.filters, active = true, updated_at = now()`,
          [h.name, h.url, h.filters],
        );
      }
      // Changes captured for followers that are gone would never be read.
      if (!hooks.length) await tx.query(`DELETE FROM webhook_outbox`);
    });
  }

  /**
   * Takes up to `limit` captured changes and turns them into deliveries for the webhooks whose
   * filters the incidents match now (or, for a removed incident, for those that were told of it).
   * One transaction: the changes leave the outbox only with their deliveries recorded.
   */
  async drainOutbox(hooks: readonly WebhookDefinition[], limit: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<{ seq: string; incident_id: string; change: Change }>(
        `WITH taken AS (DELETE FROM webhook_outbox WHERE seq IN (SELECT seq FROM webhook_outbox ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING seq, incident_id, change)
         SELECT * FROM taken`,
        [limit],
      );
      if (!rows.length) return 0;
      const last = new Map<string, WebhookEvent>();
      // RETURNING has no order; the changes are replayed in the order they were made.
      for (const r of rows.sort((a, b) => Number(a.seq) - Number(b.seq))) {
        // Created then updated in one batch is still news of a new incident.
        last.set(r.incident_id, r.change === 'updated' && last.get(r.incident_id) === 'created' ? 'created' : r.change);
      }
      const removed = [...last].filter(([, e]) => e === 'removed').map(([id]) => id);
      const changed = [...last].filter(([, e]) => e !== 'removed').map(([id]) => id);
      if (removed.length) await this.enqueueRemovals(tx, removed);
      for (const h of hooks) {
        const matched = await matchingIncidentIds(tx, h.query, changed);
        if (matched.length)
          await this.enqueue(
            tx,
            h.name,
            matched,
            matched.map((id) => last.get(id)!),
          );
      }
      return rows.length;
    });
  }

  private async enqueue(tx: SqlExecutor, subscription: string, ids: string[], events: WebhookEvent[]): Promise<void> {
    await tx.query(
      `INSERT INTO webhook_deliveries (subscription, incident_id, event)
       SELECT $1, u.id, u.event FROM unnest($2::text[], $3::text[]) AS u(id, event)
       ON CONFLICT (subscription, incident_id) DO UPDATE SET
         event = CASE WHEN webhook_deliveries.state = 'pending' AND webhook_deliveries.event = 'created' AND webhook_deliveries.delivered_version IS NULL THEN 'created' ELSE EXCLUDED.event END,
         version = webhook_deliveries.version + 1, state = 'pending', attempts = 0, next_attempt_at = now(), last_error = NULL, updated_at = now()`,
      [subscription, ids, events],
    );
  }

  /** A removed incident: followers that were told of it are told it is gone; the others forget it. */
  private async enqueueRemovals(tx: SqlExecutor, ids: string[]): Promise<void> {
    await tx.query(`DELETE FROM webhook_deliveries WHERE incident_id = ANY($1::text[]) AND delivered_version IS NULL`, [ids]);
    await tx.query(
      `UPDATE webhook_deliveries SET event = 'removed', version = version + 1, state = 'pending', attempts = 0, next_attempt_at = now(), last_error = NULL, updated_at = now()
       WHERE incident_id = ANY($1::text[])`,
      [ids],
    );
  }

  /** Due deliveries of active webhooks, leased for `leaseMs` (an attempt that dies with its process is retried after it). */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const rows = await this.db.query<{ subscription: string; incident_id: string; event: WebhookEvent; version: number; attempts: number }>(
      `WITH due AS (
         SELECT d.subscription, d.incident_id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.name = d.subscription AND s.active
         WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())
         ORDER BY d.next_attempt_at LIMIT $1 FOR UPDATE OF d SKIP LOCKED),
       leased AS (
         UPDATE webhook_deliveries d SET lease_until = now() + make_interval(secs => $2::double precision / 1000), attempts = d.attempts + 1, updated_at = now()
         FROM due WHERE d.subscription = due.subscription AND d.incident_id = due.incident_id
         RETURNING d.subscription, d.incident_id, d.event, d.version, d.attempts)
       SELECT * FROM leased`,
      [limit, leaseMs],
    );
    return rows.map((r) => ({ subscription: r.subscription, incidentId: r.incident_id, event: r.event, version: r.version, attempts: r.attempts }));
  }

  /** The current documents of these incidents (absent: removed meanwhile). */
  async documents(ids: string[]): Promise<Map<string, { id: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<{ id: string; doc: { id: string } }>(`SELECT id, doc FROM search_incidents WHERE id = ANY($1::text[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.doc]));
  }

  /** Done for this version; a newer change that arrived meanwhile stays pending, due now. */
  async delivered(d: ClaimedDelivery, status: number | null): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET state = CASE WHEN version = $3 THEN 'delivered' ELSE 'pending' END,
         attempts = CASE WHEN version = $3 THEN attempts ELSE 0 END,
         delivered_version = CASE WHEN $4::int IS NULL THEN delivered_version ELSE $3 END, delivered_at = CASE WHEN $4::int IS NULL THEN delivered_at ELSE now() END,
         lease_until = NULL, last_status = $4, last_error = CASE WHEN $4::int IS NULL THEN 'incident no longer exists: nothing sent' ELSE NULL END, updated_at = now()
       WHERE subscription = $1 AND incident_id = $2`,
      [d.subscription, d.incidentId, d.version, status],
    );
  }

  /** Failed attempt: retried after `delayMs`, or given up once `maxAttempts` are spent (unless a newer change is waiting). */
  async failed(d: ClaimedDelivery, status: number | null, error: string, delayMs: number, maxAttempts: number): Promise<'retry' | 'failed'> {
    const [row] = await this.db.query<{ state: string }>(
      `WITH done AS (
         UPDATE webhook_deliveries SET state = CASE WHEN version = $3 AND attempts >= $7 THEN 'failed' ELSE 'pending' END,
           next_attempt_at = CASE WHEN version = $3 THEN now() + make_interval(secs => $6::double precision / 1000) ELSE now() END,
           lease_until = NULL, last_status = $4, last_error = $5, updated_at = now()
         WHERE subscription = $1 AND incident_id = $2 RETURNING state)
       SELECT state FROM done`,
      [d.subscription, d.incidentId, d.version, status, error.slice(0, 1000), delayMs, maxAttempts],
    );
    return row?.state === 'failed' ? 'failed' : 'retry';
  }

  async status(): Promise<SubscriptionStatus[]> {
    const rows = await this.db.query<{
      name: string;
      url: string;
      filters: string;
      active: boolean;
      pending: number;
      delivered: number;
      failed: number;
      last_delivered_at: Date | null;
      last_error: string | null;
    }>(
      `SELECT s.name, s.url, s.filters, s.active,
         count(*) FILTER (WHERE d.state = 'pending')::int AS pending, count(*) FILTER (WHERE d.state = 'delivered')::int AS delivered,
         count(*) FILTER (WHERE d.state = 'failed')::int AS failed, max(d.delivered_at) AS last_delivered_at,
         (SELECT d2.last_error FROM webhook_deliveries d2 WHERE d2.subscription = s.name AND d2.last_error IS NOT NULL ORDER BY d2.updated_at DESC LIMIT 1) AS last_error
       FROM webhook_subscriptions s LEFT JOIN webhook_deliveries d ON d.subscription = s.name
       GROUP BY s.name ORDER BY s.name`,
    );
    return rows.map((r) => ({
      name: r.name,
      url: r.url,
      filters: r.filters,
      active: r.active,
      pending: r.pending,
      delivered: r.delivered,
      failed: r.failed,
      lastDeliveredAt: r.last_delivered_at ? new Date(r.last_delivered_at).toISOString() : null,
      lastError: r.last_error,
    }));
  }
}
