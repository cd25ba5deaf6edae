import { CHECK_PENDING_REQUESTS_INTERVAL_MS, fixKafkajsRequestQueue } from './request-queue-fix';

/** kafkajs's own class, patched as createKafka patches it. */
function requestQueue(options: { maxInFlightRequests?: number } = {}) {
  fixKafkajsRequestQueue();
  const RequestQueue = require('kafkajs/src/network/requestQueue');
  const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  return new RequestQueue({ maxInFlightRequests: options.maxInFlightRequests ?? null, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'test', broker: 'b:9092', logger });
}

/** A request as kafkajs's Connection pushes it; `sent` counts sendRequest calls. */
function request(correlationId: number, sent: number[]) {
  const entry = { correlationId, apiKey: 1, apiName: 'Fetch', apiVersion: 11, resolve: () => undefined, reject: () => undefined };
  return { entry, expectResponse: true, sendRequest: () => sent.push(correlationId) };
}

describe('kafkajs request queue fix', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('arms no timer after a check that found nothing to send (kafkajs 2.2.4 re-armed a 1 ms timer for ever)', () => {
    const queue = requestQueue();
    // What every response does (fulfillRequest → checkPendingRequests).
    queue.checkPendingRequests();
    expect(queue.throttleCheckTimeoutId).toBeNull();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(1000);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('sends a request at once when nothing holds it back', () => {
    const queue = requestQueue();
    const sent: number[] = [];
    queue.push(request(1, sent));
    expect(sent).toEqual([1]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still sends a request queued behind a throttle when the throttle ends', () => {
    const queue = requestQueue();
    const sent: number[] = [];
    queue.maybeThrottle(50);
    queue.push(request(1, sent));
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(49);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(60);
    expect(sent).toEqual([1]);
    // Sent and nothing left: the timer is not re-armed.
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still checks a request queued behind the in-flight limit, every 10 ms as kafkajs does, and when a response arrives', () => {
    const queue = requestQueue({ maxInFlightRequests: 1 });
    const sent: number[] = [];
    queue.push(request(1, sent));
    queue.push(request(2, sent));
    expect(sent).toEqual([1]);
    jest.advanceTimersByTime(CHECK_PENDING_REQUESTS_INTERVAL_MS * 3);
    expect(sent).toEqual([1]); // still in flight: 2 waits, checked again meanwhile
    expect(jest.getTimerCount()).toBe(1);
    queue.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1, 2]);
    jest.advanceTimersByTime(CHECK_PENDING_REQUESTS_INTERVAL_MS * 2);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('keeps a throttle with nothing pending armed until it ends, then stops', () => {
    const queue = requestQueue();
    queue.maybeThrottle(30);
    queue.checkPendingRequests();
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(40);
    expect(jest.getTimerCount()).toBe(0);
  });
});
