import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { TOPIC_SCHEMAS, TopicName, decodeEvent } from '@raseed/contracts';
import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { lastValueFrom, isObservable } from 'rxjs';
import { buildDeadLetter } from './dead-letter';
import { PipelineContext } from './pipeline-context';
import { PipelineProducer } from './pipeline-producer';
import { runWithRetries } from './retry-policy';
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
}

/**
 * Nest transport strategy for the pipeline's event topics. Handlers stay thin
 * `@EventPattern(TOPICS.X)` methods; this class owns the policy: validate at the edge,
 * bounded retries with backoff, then dead-letter with the original payload and error
 * headers, and only then let the offset commit. Nothing is dropped silently.
 */
export class PipelineKafkaServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | null = null;
  private readonly log: Logger;

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
      this.consumer = this.options.kafka.consumer({
        groupId: this.options.groupId,
        sessionTimeout: this.options.settings.sessionTimeoutMs,
        heartbeatInterval: Math.max(500, Math.floor(this.options.settings.sessionTimeoutMs / 10)),
        allowAutoTopicCreation: true,
        maxWaitTimeInMs: this.options.settings.fetchMaxWaitMs ?? 500,
      });
      await this.consumer.connect();
      for (const topic of topics) await this.consumer.subscribe({ topic, fromBeginning: true });
      await this.consumer.run({
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
        eachMessage: (payload) => this.handleMessage(payload),
      });
      this.log.log(`consuming ${topics.join(', ')} as group ${this.options.groupId}`);
      callback();
    } catch (err) {
      callback(err);
    }
  }

  private async handleMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const handler = this.getHandlerByPattern(topic);
    if (!handler) throw new Error(`no handler for ${topic}`);
    const started = process.hrtime.bigint();
    const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, v?.toString() ?? '']));
    let attempt = 0;
    const outcome = await runWithRetries(
      async () => {
        attempt++;
        const event = decodeEvent(topic as TopicName, message.value);
        const ctx = new PipelineContext([
          { topic, partition, offset: message.offset, key: message.key?.toString() ?? null, headers, attempt, heartbeat },
        ]);
        const result = await handler(event, ctx);
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      },
      { maxAttempts: this.options.settings.maxAttempts, backoffMs: this.options.settings.retryBackoffMs, heartbeat },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (outcome.ok) {
      this.options.metrics?.processed(topic, seconds);
      return;
    }
    // Dead-letter before the offset commits; if this send fails, kafkajs redelivers.
    const dead = buildDeadLetter(message, {
      topic: topic as TopicName,
      partition,
      group: this.options.groupId,
      attempts: outcome.attempts,
      kind: outcome.kind,
      error: outcome.error,
    });
    await this.options.producer.send(dead.topic, [dead.message]);
    this.options.metrics?.deadLettered(topic, seconds);
    this.log.warn(`dead-lettered ${topic}[${partition}]@${message.offset} after ${outcome.attempts} attempt(s): ${outcome.error.message}`);
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
