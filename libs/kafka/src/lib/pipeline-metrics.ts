import { Counter, Histogram, Registry } from 'prom-client';
import { DEFAULT_SECONDS_BUCKETS } from '@raseed/operations';
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
 * Per-topic counters and a processing-time histogram for one service's consumer, in a
 * prom-client registry of its own that the platform's /metrics merges with the process's.
 * `failures` counts failed attempts, retried ones included, so a flaky dependency shows
 * before anything is dead-lettered.
 */
export class PipelineMetrics {
  readonly registry = new Registry();
  private readonly topics = new Set<string>();
  private readonly counter = (name: string, help: string, labelNames: string[] = ['topic']) => new Counter({ name, help, labelNames, registers: [this.registry] });
  readonly processedTotal = this.counter('raseed_messages_processed_total', 'Messages handled successfully, per topic.');
  readonly failuresTotal = this.counter('raseed_message_failures_total', 'Failed handling attempts (retried or dead-lettered), per topic.');
  readonly deadLetteredTotal = this.counter('raseed_messages_dead_lettered_total', 'Messages sent to the dead-letter topic, per topic and kind (invalid | failed).', ['topic', 'kind']);
  readonly processingSeconds = new Histogram({
    name: 'raseed_message_processing_seconds',
    help: 'Time from receipt to outcome (retries included), per topic and outcome.',
    labelNames: ['topic', 'outcome'],
    buckets: DEFAULT_SECONDS_BUCKETS,
    registers: [this.registry],
  });
  readonly handlerCallsTotal = this.counter('raseed_handler_calls_total', 'Handler calls (one per message, or one per chunk for batch handlers), per topic.');
  readonly handlerSecondsTotal = this.counter('raseed_handler_seconds_total', 'Wall time spent in handler calls and their retries, per topic.');
  readonly consumedBytesTotal = this.counter('raseed_consumed_bytes_total', 'Message value bytes fetched by the consumer, per topic.');
  readonly waitSecondsTotal = this.counter('raseed_consumer_wait_seconds_total', 'Time the consumer spent between fetched batches (waiting for data or the broker), per topic.');

  processed(topic: string, seconds: number, failedAttempts = 0): void {
    this.topics.add(topic);
    this.processedTotal.inc({ topic });
    if (failedAttempts > 0) this.failuresTotal.inc({ topic }, failedAttempts);
    this.processingSeconds.observe({ topic, outcome: 'processed' }, seconds);
  }

  deadLettered(topic: string, seconds: number, failedAttempts = 1, kind: DeadLetterKind = 'failed'): void {
    this.topics.add(topic);
    this.deadLetteredTotal.inc({ topic, kind });
    this.failuresTotal.inc({ topic }, failedAttempts);
    this.processingSeconds.observe({ topic, outcome: 'dead_lettered' }, seconds);
  }

  /** One fetched batch: its bytes, and how long the consumer waited for it since the previous one. */
  fetched(topic: string, bytes: number, waitSeconds: number): void {
    this.topics.add(topic);
    this.consumedBytesTotal.inc({ topic }, bytes);
    this.waitSecondsTotal.inc({ topic }, waitSeconds);
  }

  /** One handler call (a message, or a chunk of them), retries included. */
  handled(topic: string, seconds: number): void {
    this.topics.add(topic);
    this.handlerCallsTotal.inc({ topic });
    this.handlerSecondsTotal.inc({ topic }, seconds);
  }

  /** Failed attempts with no outcome yet (e.g. a batch that will be retried message by message). */
  failed(topic: string, attempts = 1): void {
    this.topics.add(topic);
    this.failuresTotal.inc({ topic }, attempts);
  }

  /** JSON view per topic (GET /metrics.json, read by the pipeline bench); `calls` and `handlerSeconds` give the mean batch and its cost. */
  async snapshot(): Promise<Record<string, TopicMetricsSnapshot>> {
    type Row = { value: number; labels: Partial<Record<string, string | number>>; metricName?: string };
    const values = async (metric: Counter | Histogram): Promise<Row[]> => (await metric.get()).values;
    const sum = (rows: Row[], labels: Record<string, string>, metricName?: string) =>
      rows.filter((r) => (metricName === undefined || r.metricName === metricName) && Object.entries(labels).every(([k, v]) => r.labels[k] === v)).reduce((n, r) => n + r.value, 0);
    const [processed, failures, dead, histogram, calls, handlerSeconds, bytes, wait] = await Promise.all(
      [this.processedTotal, this.failuresTotal, this.deadLetteredTotal, this.processingSeconds, this.handlerCallsTotal, this.handlerSecondsTotal, this.consumedBytesTotal, this.waitSecondsTotal].map(
        values,
      ),
    );
    return Object.fromEntries(
      [...this.topics].sort().map((topic) => [
        topic,
        {
          processed: sum(processed, { topic }),
          failures: sum(failures, { topic }),
          deadLettered: sum(dead, { topic }),
          seconds: sum(histogram, { topic }, 'raseed_message_processing_seconds_sum'),
          calls: sum(calls, { topic }),
          handlerSeconds: sum(handlerSeconds, { topic }),
          bytes: sum(bytes, { topic }),
          waitSeconds: sum(wait, { topic }),
        },
      ]),
    );
  }
}
