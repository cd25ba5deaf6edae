/**
 * kafkajs 2.2.4's request queue (one per broker connection) re-arms a timer after every check of
 * its pending requests, and when nothing is pending and nothing throttled the delay it computes is
 * negative: Node runs it after 1 ms, and it re-arms itself for ever. Every connection of every
 * process spins a 1 ms timer loop (kafkajs issues #1556 and #1704, fix proposed in PRs #1667 and
 * #1768, unreleased): measured on the idle stack, ~25 ms of CPU per second in each consumer process
 * and in the API, ~120 ms/s over the stack, taken from the pipeline's work at a steady rate.
 *
 * The fixed method schedules a check only when it has something to do: requests pending (at the
 * end of a throttle, else every 10 ms as kafkajs does, though a response arriving checks too) or
 * a throttle running. With nothing pending, a new request is either sent at once or queued, and
 * queuing it schedules the check again (push calls this method), so no request waits longer than
 * before. Applied once, to the class every connection uses; kafkajs's own behaviour otherwise.
 */
export interface RequestQueueLike {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: ReturnType<typeof setTimeout> | null;
  checkPendingRequests(): void;
}

/** kafkajs's CHECK_PENDING_REQUESTS_INTERVAL (not exported). */
export const CHECK_PENDING_REQUESTS_INTERVAL_MS = 10;

/** The fixed `scheduleCheckPendingRequests`, as a function of the queue (tested without a connection). */
export function scheduleCheckPendingRequests(queue: RequestQueueLike, now = Date.now()): void {
  if (queue.throttleCheckTimeoutId) return;
  const untilUnthrottled = queue.throttledUntil - now;
  let delay: number;
  if (queue.pending.length > 0) delay = untilUnthrottled > 0 ? untilUnthrottled : CHECK_PENDING_REQUESTS_INTERVAL_MS;
  else if (untilUnthrottled > 0) delay = untilUnthrottled;
  else return; // nothing to send and no throttle to wait out: kafkajs re-armed a 1 ms timer here, for ever
  queue.throttleCheckTimeoutId = setTimeout(() => {
    queue.throttleCheckTimeoutId = null;
    queue.checkPendingRequests();
  }, delay);
}

let applied = false;

/** Replaces kafkajs's method on its RequestQueue class (idempotent). */
export function fixKafkajsRequestQueue(): void {
  if (applied) return;
  const RequestQueue = require('kafkajs/src/network/requestQueue') as { prototype: { scheduleCheckPendingRequests(): void } };
  if (typeof RequestQueue?.prototype?.scheduleCheckPendingRequests !== 'function')
    throw new Error('kafkajs RequestQueue.scheduleCheckPendingRequests not found: check the request-queue fix against this kafkajs version');
  RequestQueue.prototype.scheduleCheckPendingRequests = function (this: RequestQueueLike) {
    scheduleCheckPendingRequests(this);
  };
  applied = true;
}
