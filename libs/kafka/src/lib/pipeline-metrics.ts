import { Counter, Histogram, MetricFamily } from '@raseed/operations';

export type DeadLetterKind = 'invalid' | 'failed';

export interface TopicMetricsSnapshot {
  processed: number;
  failures: number;
  deadLettered: number;
  /** Sum of per-message processing time (a batch's time is shared among its messages). */
  seconds: number;
  /** Handler calls: processed / calls is the mean batch size. */
  calls: number;
  handlerSeconds: number;
  bytes: number;
  waitSeconds: number;
}

/**
 * Per-topic counters and a processing-time histogram for one service's consumer, rendered
 * as Prometheus families by the platform's /metrics. `failures` counts failed attempts,
 * retried ones included, so a flaky dependency shows before anything is dead-lettered.
 */
export class PipelineMetrics {
  readonly processedTotal = new Counter('raseed_messages_processed_total', 'Messages handled successfully, per topic.');
  readonly failuresTotal = new Counter('raseed_message_failures_total', 'Failed handling attempts (retried or dead-lettered), per topic.');
  readonly deadLetteredTotal = new Counter('raseed_messages_dead_lettered_total', 'Messages sent to the dead-letter topic, per topic and kind (invalid | failed).');
  readonly processingSeconds = new Histogram('raseed_message_processing_seconds', 'Time from receipt to outcome (retries included), per topic and outcome.');
  readonly handlerCallsTotal = new Counter('raseed_handler_calls_total', 'Handler calls (one per message, or one per chunk for batch handlers), per topic.');
  readonly handlerSecondsTotal = new Counter('raseed_handler_seconds_total', 'Wall time spent in handler calls and their retries, per topic.');
  readonly consumedBytesTotal = new Counter('raseed_consumed_bytes_total', 'Message value bytes fetched by the consumer, per topic.');
  readonly waitSecondsTotal = new Counter('raseed_consumer_wait_seconds_total', 'Time the consumer spent between fetched batches (waiting for data or the broker), per topic.');

  processed(topic: string, seconds: number, failedAttempts = 0): void {
    this.processedTotal.inc({ topic });
    if (failedAttempts > 0) this.failuresTotal.inc({ topic }, failedAttempts);
    this.processingSeconds.observe({ topic, outcome: 'processed' }, seconds);
  }

  deadLettered(topic: string, seconds: number, failedAttempts = 1, kind: DeadLetterKind = 'failed'): void {
    this.deadLetteredTotal.inc({ topic, kind });
    this.failuresTotal.inc({ topic }, failedAttempts);
    this.processingSeconds.observe({ topic, outcome: 'dead_lettered' }, seconds);
  }

  /** One fetched batch: its bytes, and how long the consumer waited for it since the previous one. */
  fetched(topic: string, bytes: number, waitSeconds: number): void {
    this.consumedBytesTotal.inc({ topic }, bytes);
    this.waitSecondsTotal.inc({ topic }, waitSeconds);
  }

  /** One handler call (a message, or a chunk of them), retries included. */
  handled(topic: string, seconds: number): void {
    this.handlerCallsTotal.inc({ topic });
    this.handlerSecondsTotal.inc({ topic }, seconds);
  }

  /** Failed attempts with no outcome yet (e.g. a batch that will be retried message by message). */
  failed(topic: string, attempts = 1): void {
    this.failuresTotal.inc({ topic }, attempts);
  }

  families(): MetricFamily[] {
    return [
      this.processedTotal.family(),
      this.failuresTotal.family(),
      this.deadLetteredTotal.family(),
      this.processingSeconds.family(),
      this.handlerCallsTotal.family(),
      this.handlerSecondsTotal.family(),
      this.consumedBytesTotal.family(),
      this.waitSecondsTotal.family(),
    ];
  }

  /** JSON view per topic (GET /metrics.json); `calls` and `handlerSeconds` give the mean batch and its cost. */
  snapshot(): Record<string, TopicMetricsSnapshot> {
    const topics = new Set<string>();
    for (const f of this.families()) for (const s of f.samples) if (typeof s.labels.topic === 'string') topics.add(s.labels.topic);
    return Object.fromEntries(
      [...topics].sort().map((topic) => {
        const ok = this.processingSeconds.get({ topic, outcome: 'processed' });
        const dead = this.processingSeconds.get({ topic, outcome: 'dead_lettered' });
        return [
          topic,
          {
            processed: this.processedTotal.get({ topic }),
            failures: this.failuresTotal.get({ topic }),
            deadLettered: this.deadLetteredTotal.get({ topic, kind: 'failed' }) + this.deadLetteredTotal.get({ topic, kind: 'invalid' }),
            seconds: ok.sum + dead.sum,
            calls: this.handlerCallsTotal.get({ topic }),
            handlerSeconds: this.handlerSecondsTotal.get({ topic }),
            bytes: this.consumedBytesTotal.get({ topic }),
            waitSeconds: this.waitSecondsTotal.get({ topic }),
          },
        ];
      }),
    );
  }
}
