import { allTopics } from '@raseed/contracts';
import { Kafka } from 'kafkajs';
import { createKafka } from './kafka-settings';

/** Creates missing topics (idempotent); the pipeline's topics come from the contracts registry. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions: number, replicationFactor = 1): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length) {
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor })) });
    }
  } finally {
    await admin.disconnect();
  }
}

/** Creates every pipeline topic and its dead-letter topic (the contracts registry) if missing. */
export function provisionPipelineTopics(brokers: string[], clientId: string, numPartitions: number, replicationFactor = 1): Promise<void> {
  return ensureTopics(createKafka({ brokers, clientId }), allTopics(), numPartitions, replicationFactor);
}

/** Broker reachability for health checks: a metadata round trip. */
export async function pingKafka(kafka: Kafka): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.describeCluster();
  } finally {
    await admin.disconnect();
  }
}
