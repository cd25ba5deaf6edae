import { createHmac } from 'crypto';

export type WebhookEvent = 'created' | 'updated' | 'removed';

export interface WebhookDelivery {
  subscription: string;
  incidentId: string;
  event: WebhookEvent;
  version: number;
  /** This attempt's number, from 1. */
  attempt: number;
}

/**
 * The JSON body of one delivery: the event, which follower it is for, a delivery id that is the
 * same on every retry of this version (receivers de-duplicate on it: delivery is at least once),
 * and the incident as GET /api/incidents/:id returns it (only its id once removed).
 */
export function webhookBody(d: WebhookDelivery, incident: { id: string } | null, sentAt: Date): string {
  return JSON.stringify({
    event: `incident.${d.event}`,
    webhook: d.subscription,
    delivery: deliveryId(d),
    sentAt: sentAt.toISOString(),
    incident: d.event === 'removed' || !incident ? { id: d.incidentId } : incident,
  });
}

export const deliveryId = (d: Pick<WebhookDelivery, 'subscription' | 'incidentId' | 'version'>) => `${d.subscription}:${d.incidentId}:${d.version}`;

/** `sha256=<hex HMAC of the raw body>`: a receiver holding the secret checks the body came from us, unaltered. */
export const signature = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export function webhookHeaders(d: WebhookDelivery, body: string, secret: string | null): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'raseed-webhooks/0.1',
    'x-raseed-event': `incident.${d.event}`,
    'x-raseed-delivery': deliveryId(d),
    'x-raseed-attempt': String(d.attempt),
    ...(secret ? { 'x-raseed-signature': signature(secret, body) } : {}),
  };
}
