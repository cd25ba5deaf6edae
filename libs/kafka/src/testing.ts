import { startBroker } from '@raseed/kafka-broker';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';

export interface TestBroker {
  brokers: string;
  stop(): Promise<void>;
}

/** A real embedded broker on an ephemeral port with a throwaway data dir. */
export async function startTestBroker(partitions = 1): Promise<TestBroker> {
  const dataDir = mkdtempSync(join(tmpdir(), 'raseed-broker-'));
  const broker = await startBroker({ port: 0, dataDir, defaultPartitions: partitions, fsync: 'never' });
  return {
    brokers: broker.brokers,
    async stop() {
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reads `count` messages of a topic from the beginning (test assertions). */
export async function readMessages(brokers: string, topic: string, count: number, timeoutMs = 15_000): Promise<KafkaMessage[]> {
  const kafka = new Kafka({ brokers: [brokers], clientId: 'test-reader', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Date.now()}-${Math.random()}` });
  const out: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${out.length}/${count} messages on ${topic} after ${timeoutMs} ms`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          out.push(message);
          if (out.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return out;
}

/** Produces raw messages (including deliberately malformed ones). */
export async function produceRaw(brokers: string, topic: string, messages: Array<{ key?: string; value: string | null }>): Promise<void> {
  const kafka = new Kafka({ brokers: [brokers], clientId: 'test-producer', logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages });
  await producer.disconnect();
}
