import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { withLogFields } from '@raseed/config';
import { TOPIC_SCHEMAS, TopicName, decodeEvent } from '@raseed/contracts';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { lastValueFrom, isObservable } from 'rxjs';
import { ChunkCoalescer } from './chunk-coalescer';
import { buildDeadLetter } from './dead-letter';
import { PipelineContext } from './pipeline-context';
import { PipelineProducer } from './pipeline-producer';
import { RetryOutcome, runWithRetries, toError } from './retry-policy';
import { KafkaSettings } from './kafka-settings';
import { PipelineMetrics } from './pipeline-metrics';

export interface PipelineServerOptions {
  kafka: Kafka;
  settings: KafkaSettings;
  /** Consumer group: the service name, so every instance shares the work. */
  groupId: string;
  producer: PipelineProducer;
  metrics?: PipelineMetrics;
  partitionsConsumedConcurrently?: number;
  /** Most events a `{ batch: true }` handler receives at once, unless it sets `maxBatchSize` itself. */
  maxBatchSize?: number;
  /** Errors of a dependency that is briefly down (see RetryOptions.transient): retried, not dead-lettered. */
  transientError?: (err: Error) => boolean;
}

/** `@EventPattern` extras: `{ batch: true }` delivers arrays of events, up to `maxBatchSize` (default 200). */
export interface BatchHandlerOptions {
  batch?: boolean;
  maxBatchSize?: number;
  /**
   * One call may hold events of several partitions (each in its order), up to `maxBatchSize`: the
   * partitions are consumed concurrently and the chunks of one fetch handed over together. For a
   * handler whose cost per call grows with what the batch reaches rather than with its size (the
   * indexer rewrites every incident a batch touches), so fewer, larger calls cost less per event.
   */
  acrossPartitions?: boolean;
}

const DEFAULT_MAX_BATCH = 200;
// Partitions consumed at once when a handler takes several in one call (at least the topics' partition count).
const ACROSS_PARTITIONS_CONCURRENCY = 16;
// Fetch room per partition for a full batch of events this large (articles travel with their text).
const FETCH_BYTES_PER_EVENT = 4 * 1024;
const MIN_FETCH_BYTES = 1024 * 1024;

/**
 * Nest transport strategy for the pipeline's event topics. Handlers stay thin
 * `@EventPattern(TOPICS.X)` methods; this class owns the policy: validate at the edge,
 * bounded retries with backoff, then dead-letter with the original payload and error
 * headers, and only then let the offset commit. Nothing is dropped silently. Every log line
 * written while a delivery is handled (by the handler too) carries its group, topic,
 * partition, offset and, for one message, its key: the article id (withLogFields).
 */
export class PipelineKafkaServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | null = null;
  // End of the previous batch: the gap to the next one is time spent waiting for data.
  private lastBatchEnd = process.hrtime.bigint();
  private readonly log: Logger;
  /** Per topic whose handler takes events of several partitions in one call. */
  private readonly coalescers = new Map<string, ChunkCoalescer<Part>>();

  constructor(private readonly options: PipelineServerOptions) {
    super();
    this.log = new Logger(`Kafka:${options.groupId}`);
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    try {
      const topics = [...this.getHandlers().keys()].filter((p): p is TopicName => p in TOPIC_SCHEMAS);
      const unknown = [...this.getHandlers().keys()].filter((p) => !(p in TOPIC_SCHEMAS));
      if (unknown.length) throw new Error(`@EventPattern on topics not in the contracts registry: ${unknown.join(', ')}`);
      await this.options.producer.connect();
      // A fetch must be able to hold the largest batch a handler asks for, or batches stay small.
      const fetchBytes = Math.max(MIN_FETCH_BYTES, ...topics.map((t) => this.batchSize(t) * FETCH_BYTES_PER_EVENT));
      this.consumer = this.options.kafka.consumer({
        groupId: this.options.groupId,
        sessionTimeout: this.options.settings.sessionTimeoutMs,
        heartbeatInterval: Math.max(500, Math.floor(this.options.settings.sessionTimeoutMs / 10)),
        allowAutoTopicCreation: true,
        maxWaitTimeInMs: this.options.settings.fetchMaxWaitMs ?? 500,
        maxBytesPerPartition: fetchBytes,
        maxBytes: Math.max(10 * MIN_FETCH_BYTES, fetchBytes),
      });
      await this.consumer.connect();
      for (const topic of topics) await this.consumer.subscribe({ topic, fromBeginning: true });
      await this.consumer.run({
        partitionsConsumedConcurrently: Math.max(this.options.partitionsConsumedConcurrently ?? 1, topics.some((t) => this.acrossPartitions(t)) ? ACROSS_PARTITIONS_CONCURRENCY : 1),
        // Offsets are resolved one by one (or per chunk), so a shutdown or rebalance mid-batch
        // commits exactly what was handled.
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.handleBatch(payload),
      });
      this.log.log(`consuming ${topics.join(', ')} as group ${this.options.groupId}`);
      callback();
    } catch (err) {
      callback(err);
    }
  }

  /** Events per delivery for a topic's handler: 1 unless it takes batches. */
  private batchSize(topic: string): number {
    const extras = this.getHandlerByPattern(topic)?.extras as BatchHandlerOptions | undefined;
    if (extras?.batch !== true) return 1;
    return Math.max(1, extras.maxBatchSize ?? this.options.maxBatchSize ?? DEFAULT_MAX_BATCH);
  }

  private acrossPartitions(topic: string): boolean {
    const extras = this.getHandlerByPattern(topic)?.extras as BatchHandlerOptions | undefined;
    return extras?.batch === true && extras.acrossPartitions === true;
  }

  private coalescer(topic: string, handler: MessageHandler, size: number): ChunkCoalescer<Part> {
    let c = this.coalescers.get(topic);
    if (!c) {
      c = new ChunkCoalescer<Part>(size, (parts) => withLogFields(this.partsLogFields(topic, parts), () => this.deliverParts(handler, topic, parts)));
      this.coalescers.set(topic, c);
    }
    return c;
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const handler = this.getHandlerByPattern(topic);
    if (!handler) throw new Error(`no handler for ${topic}`);
    const batched = (handler.extras as BatchHandlerOptions | undefined)?.batch === true;
    const size = this.batchSize(topic);
    const now = process.hrtime.bigint();
    this.options.metrics?.fetched(
      topic,
      batch.messages.reduce((n, m) => n + (m.value?.length ?? 0), 0),
      Number(now - this.lastBatchEnd) / 1e9,
    );
    try {
      await this.handleChunks(batch.messages, topic, partition, handler, batched, size, { resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary });
    } finally {
      this.lastBatchEnd = process.hrtime.bigint();
    }
  }

  private async handleChunks(
    messages: KafkaMessage[],
    topic: string,
    partition: number,
    handler: MessageHandler,
    batched: boolean,
    size: number,
    { resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: Pick<EachBatchPayload, 'resolveOffset' | 'heartbeat' | 'isRunning' | 'isStale' | 'commitOffsetsIfNecessary'>,
  ): Promise<void> {
    const batch = { messages };
    for (let i = 0; i < batch.messages.length; i += size) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(i, i + size);
      if (batched && this.acrossPartitions(topic)) await this.coalescer(topic, handler, size).add({ partition, chunk, heartbeat }, chunk.length);
      else
        await withLogFields(this.logFields(topic, partition, chunk), () =>
          batched ? this.deliverParts(handler, topic, [{ partition, chunk, heartbeat }]) : this.deliver(handler, topic, partition, chunk[0], heartbeat, false),
        );
      resolveOffset(chunk[chunk.length - 1].offset);
      await heartbeat();
      await commitOffsetsIfNecessary();
    }
  }

  /**
   * A batch handler gets every valid event of the chunks at once (one chunk, or one per
   * partition: see `acrossPartitions`), each partition's in its order. Invalid payloads are
   * dead-lettered first; if the whole delivery still fails after its retries, each message
   * is retried alone so only the poison one is dead-lettered.
   */
  private async deliverParts(handler: MessageHandler, topic: string, parts: Part[]): Promise<void> {
    const valid: Array<{ message: KafkaMessage; event: unknown; partition: number }> = [];
    for (const { partition, chunk } of parts) {
      for (const message of chunk) {
        try {
          valid.push({ message, event: decodeEvent(topic as TopicName, message.value), partition });
        } catch (err) {
          await withLogFields(this.logFields(topic, partition, [message]), () => this.deadLetter(topic, partition, message, { ok: false, attempts: 1, error: toError(err), kind: 'invalid' }, 0));
        }
      }
    }
    if (!valid.length) return;
    const heartbeat = parts[0].heartbeat;
    const started = process.hrtime.bigint();
    const { message: last, partition } = valid[valid.length - 1];
    let attempt = 0;
    // A big batch (the indexer's) can take longer than the session timeout on a loaded machine:
    // keep heartbeating meanwhile, or the member is expelled, its commit refused and the same
    // batch redelivered, again and again. (kafkajs throttles heartbeat() to its interval.)
    const keepAlive = setInterval(() => void heartbeat().catch(() => undefined), Math.max(500, Math.floor(this.options.settings.sessionTimeoutMs / 5)));
    const outcome = await runWithRetries(
      async () => {
        attempt++;
        const ctx = this.context(topic, partition, last, attempt, heartbeat, valid.length);
        await settle(
          await handler(
            valid.map((v) => v.event),
            ctx,
          ),
        );
      },
      { maxAttempts: this.options.settings.maxAttempts, backoffMs: this.options.settings.retryBackoffMs, heartbeat, transient: this.options.transientError },
    ).finally(() => clearInterval(keepAlive));
    this.options.metrics?.handled(topic, Number(process.hrtime.bigint() - started) / 1e9);
    if (outcome.ok) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9 / valid.length;
      for (let n = 0; n < valid.length; n++) this.options.metrics?.processed(topic, seconds, outcome.attempts - 1);
      return;
    }
    if (valid.length === 1) {
      await withLogFields(this.logFields(topic, partition, [last]), () => this.deadLetter(topic, partition, last, outcome, Number(process.hrtime.bigint() - started) / 1e9));
      return;
    }
    this.options.metrics?.failed(topic, outcome.attempts);
    const where = parts.map((p) => `${topic}[${p.partition}]`).join(', ');
    this.log.warn({ message: `batch of ${valid.length} on ${where} failed (${outcome.error.message}); retrying one by one`, attempts: outcome.attempts });
    for (const v of valid) await withLogFields(this.logFields(topic, v.partition, [v.message]), () => this.deliver(handler, topic, v.partition, v.message, heartbeat, true));
  }

  /** One message, with bounded retries, then the dead-letter topic. */
  private async deliver(handler: MessageHandler, topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>, asArray: boolean): Promise<void> {
    const started = process.hrtime.bigint();
    let attempt = 0;
    const outcome = await runWithRetries(
      async () => {
        attempt++;
        const event = decodeEvent(topic as TopicName, message.value);
        await settle(await handler(asArray ? [event] : event, this.context(topic, partition, message, attempt, heartbeat, 1)));
      },
      { maxAttempts: this.options.settings.maxAttempts, backoffMs: this.options.settings.retryBackoffMs, heartbeat, transient: this.options.transientError },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.options.metrics?.handled(topic, seconds);
    if (outcome.ok) this.options.metrics?.processed(topic, seconds, outcome.attempts - 1);
    else await this.deadLetter(topic, partition, message, outcome, seconds);
  }

  /**
   * Correlation fields of a delivery: one message's offset and key (its article id), or a
   * chunk's first and last offsets and size (a batch handler may narrow to one article).
   */
  private logFields(topic: string, partition: number, chunk: KafkaMessage[]) {
    const first = chunk[0];
    const last = chunk[chunk.length - 1];
    return {
      group: this.options.groupId,
      topic,
      partition,
      offset: first.offset,
      ...(chunk.length > 1 ? { lastOffset: last.offset, count: chunk.length, articleId: undefined } : { lastOffset: undefined, count: undefined, articleId: first.key?.toString() || undefined }),
    };
  }

  /** A delivery of several partitions' chunks: the first's fields, the total count, every partition's offset range. */
  private partsLogFields(topic: string, parts: Part[]) {
    if (parts.length === 1) return this.logFields(topic, parts[0].partition, parts[0].chunk);
    return {
      ...this.logFields(topic, parts[0].partition, parts[0].chunk),
      lastOffset: undefined,
      count: parts.reduce((n, p) => n + p.chunk.length, 0),
      articleId: undefined,
      partitions: parts.map((p) => `${p.partition}:${p.chunk[0].offset}-${p.chunk[p.chunk.length - 1].offset}`).join(','),
    };
  }

  private context(topic: string, partition: number, message: KafkaMessage, attempt: number, heartbeat: () => Promise<void>, count: number): PipelineContext {
    const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, v?.toString() ?? '']));
    return new PipelineContext([{ topic, partition, offset: message.offset, key: message.key?.toString() ?? null, headers, attempt, heartbeat, count }]);
  }

  /** Dead-letter before the offset commits; if this send fails, the batch is redelivered. */
  private async deadLetter(topic: string, partition: number, message: KafkaMessage, outcome: Extract<RetryOutcome, { ok: false }>, seconds: number): Promise<void> {
    const dead = buildDeadLetter(message, {
      topic: topic as TopicName,
      partition,
      group: this.options.groupId,
      attempts: outcome.attempts,
      kind: outcome.kind,
      error: outcome.error,
    });
    await this.options.producer.send(dead.topic, [dead.message]);
    this.options.metrics?.deadLettered(topic, seconds, outcome.attempts, outcome.kind);
    this.log.warn({
      message: `dead-lettered ${topic}[${partition}]@${message.offset} after ${outcome.attempts} attempt(s): ${outcome.error.message}`,
      kind: outcome.kind,
      attempts: outcome.attempts,
      deadLetterTopic: dead.topic,
    });
  }

  async close(): Promise<void> {
    // disconnect() waits for the in-flight message and commits its offset.
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  on(): never {
    throw new Error('PipelineKafkaServer does not support event listeners');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}

/** One partition's chunk of a delivery. */
interface Part {
  partition: number;
  chunk: KafkaMessage[];
  heartbeat: () => Promise<void>;
}

/** Handlers may return a value, a promise or an observable; wait for it to finish. */
async function settle(result: unknown): Promise<void> {
  if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
}
