import { Counter, Histogram, MetricFamily } from '@raseed/operations';

export type DeadLetterKind = 'invalid' | 'failed';

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

  /** Failed attempts with no outcome yet (e.g. a batch that will be retried message by message). */
  failed(topic: string, attempts = 1): void {
    this.failuresTotal.inc({ topic }, attempts);
  }

  families(): MetricFamily[] {
    return [this.processedTotal.family(), this.failuresTotal.family(), this.deadLetteredTotal.family(), this.processingSeconds.family()];
  }

  /** JSON view per topic (GET /metrics.json). */
  snapshot(): Record<string, { processed: number; failures: number; deadLettered: number; seconds: number }> {
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
          },
        ];
      }),
    );
  }
}
