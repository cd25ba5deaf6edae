import { createHmac } from 'crypto';
import { retryDelayMs } from './retry-schedule';
import { deliveryId, webhookBody, webhookHeaders } from './webhook-payload';

const d = { subscription: 'tanf', incidentId: 'inc_1', event: 'updated' as const, version: 3, attempt: 2 };

describe('webhook payload', () => {
  it('carries the event, a delivery id stable across retries of one version, and the incident', () => {
    const body = JSON.parse(webhookBody(d, { id: 'inc_1', killed: 2 } as { id: string }, new Date('2024-03-12T10:00:00Z')));
    expect(body).toEqual({ event: 'incident.updated', webhook: 'tanf', delivery: 'tanf:inc_1:3', sentAt: '2024-03-12T10:00:00.000Z', incident: { id: 'inc_1', killed: 2 } });
    expect(deliveryId({ ...d, attempt: 5 } as typeof d)).toBe(deliveryId(d));
    expect(deliveryId({ ...d, version: 4 })).not.toBe(deliveryId(d));
    expect(JSON.parse(webhookBody({ ...d, event: 'removed' }, null, new Date())).incident).toEqual({ id: 'inc_1' });
  });

  it('signs the exact body with HMAC-SHA256 when a secret is set', () => {
    const body = webhookBody(d, { id: 'inc_1' }, new Date());
    const h = webhookHeaders(d, body, 'a-secret-of-enough-length');
    expect(h['x-raseed-signature']).toBe(`sha256=${createHmac('sha256', 'a-secret-of-enough-length').update(body).digest('hex')}`);
    expect(h).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'x-raseed-event': 'incident.updated', 'x-raseed-delivery': 'tanf:inc_1:3', 'x-raseed-attempt': '2' });
    expect(webhookHeaders(d, body, null)).not.toHaveProperty('x-raseed-signature');
  });
});

describe('retry schedule', () => {
  const policy = { maxAttempts: 10, baseMs: 1000, maxMs: 60_000 };
  it('doubles from the base with ±20% jitter, capped', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy, null, () => 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(1, policy, null, () => 0)).toBe(800);
    expect(retryDelayMs(1, policy, null, () => 1)).toBe(1200);
    expect(retryDelayMs(20, policy, null, () => 1)).toBe(60_000);
  });
  it('follows the receiver’s Retry-After, within the cap', () => {
    expect(retryDelayMs(1, policy, 7000)).toBe(7000);
    expect(retryDelayMs(1, policy, 3_600_000)).toBe(60_000);
  });
});
