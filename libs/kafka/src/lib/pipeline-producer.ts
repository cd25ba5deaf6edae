import { EventOf, TopicName, encodeEvent } from '@raseed/contracts';
import { CompressionTypes, Kafka, Message, Partitioners, Producer } from 'kafkajs';

/**
 * The one way services publish: validated against the topic's schema, keyed by the stable
 * article id (so one article's events stay ordered in one partition), idempotent, acks=all.
 */
export class PipelineProducer {
  private readonly producer: Producer;
  private connected: Promise<void> | null = null;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: true,
      createPartitioner: Partitioners.DefaultPartitioner,
      // Idempotence needs unbounded retries; during a broker outage a send waits rather than
      // failing, and the consumer above it stops committing (back-pressure, no loss).
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 200, maxRetryTime: 5000 },
    });
  }

  connect(): Promise<void> {
    this.connected ??= this.producer.connect();
    return this.connected;
  }

  async emit<T extends TopicName>(topic: T, key: string, event: EventOf<T>, headers: Record<string, string> = {}): Promise<void> {
    await this.send(topic, [{ key, value: encodeEvent(topic, event), headers }]);
  }

  /**
   * Several events in one request (one round trip, one compressed batch per partition), in the
   * order given, so one key's events keep their order. Every event is validated first: one
   * invalid event sends nothing.
   */
  async emitMany<T extends TopicName>(topic: T, events: Array<{ key: string; event: EventOf<T>; headers?: Record<string, string> }>): Promise<void> {
    if (!events.length) return;
    await this.send(
      topic,
      events.map((e) => ({ key: e.key, value: encodeEvent(topic, e.event), headers: e.headers ?? {} })),
    );
  }

  /** Raw send for messages that are not ours to re-validate (dead letters, replays). */
  async send(topic: string, messages: Message[]): Promise<void> {
    await this.connect();
    // gzip: the one codec kafkajs, the embedded broker and every Kafka broker all handle without
    // extra packages; articles travel with their text, which compresses several times over.
    await this.producer.send({ topic, messages, acks: -1, compression: CompressionTypes.GZIP });
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
    this.connected = null;
  }
}
