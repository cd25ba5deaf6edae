import { allTopics } from '@raseed/contracts';
import { Admin, ConfigResourceTypes, Kafka } from 'kafkajs';
import { createKafka } from './kafka-settings';

/**
 * How long the pipeline's topics keep messages: forever by default (-1), not Kafka's 7 days,
 * because `reprocess` re-reads the whole of a stage's input topic and a dead letter waits in its
 * DLT until someone fixes and replays it. KAFKA_RETENTION_MS bounds the disk instead (reprocess
 * then covers that window only).
 */
export const DEFAULT_RETENTION_MS = -1;

export interface TopicsReport {
  created: string[];
  /** Existing topics whose retention.ms was set to the wanted value. */
  updated: string[];
  /** Existing topics whose retention.ms differs and that this broker cannot alter (no AlterConfigs). */
  unchanged: string[];
  /** Existing topics that had fewer partitions than wanted, grown with CreatePartitions (never recreated: offsets and data stay). */
  grown: Array<{ topic: string; from: number; to: number }>;
}

/**
 * Creates missing topics (idempotent) with an explicit retention.ms, and brings existing topics
 * to it: a topic created before (with the broker's default) would otherwise drop what reprocess
 * and DLQ replay need. An existing topic with fewer than `numPartitions` partitions is grown
 * (CreatePartitions), so more replicas of a stage have partitions to share; never shrunk.
 * Growing moves later messages of a key to another partition: per-key order across the change
 * holds only because every stage is idempotent per article (a redelivery rewrites the same rows).
 */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions: number, replicationFactor = 1, retentionMs = DEFAULT_RETENTION_MS): Promise<TopicsReport> {
  const admin = kafka.admin();
  await admin.connect();
  const retention = String(retentionMs);
  const report: TopicsReport = { created: [], updated: [], unchanged: [], grown: [] };
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor, configEntries: [{ name: 'retention.ms', value: retention }] })),
      });
      report.created.push(...missing);
    }
    const present = topics.filter((t) => existing.has(t));
    if (present.length) {
      const { topics: meta } = await admin.fetchTopicMetadata({ topics: present });
      const small = meta.filter((m) => m.partitions.length < numPartitions);
      if (small.length) {
        await admin.createPartitions({ validateOnly: false, topicPartitions: small.map((m) => ({ topic: m.name, count: numPartitions })) });
        report.grown.push(...small.map((m) => ({ topic: m.name, from: m.partitions.length, to: numPartitions })));
      }
    }
    for (const topic of present) {
      const overrides = await topicOverrides(admin, topic);
      if (overrides.get('retention.ms') === retention) continue;
      overrides.set('retention.ms', retention);
      try {
        // AlterConfigs replaces a topic's whole override set: the other overrides go along unchanged.
        await admin.alterConfigs({
          validateOnly: false,
          resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [...overrides].map(([name, value]) => ({ name, value })) }],
        });
        report.updated.push(topic);
      } catch (err) {
        if (!isUnsupported(err)) throw err;
        report.unchanged.push(topic);
      }
    }
  } finally {
    await admin.disconnect();
  }
  return report;
}

/** A topic's non-default, writable config entries. */
async function topicOverrides(admin: Admin, topic: string): Promise<Map<string, string>> {
  const described = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
  const entries = described.resources[0]?.configEntries ?? [];
  return new Map(entries.filter((e) => !e.isDefault && !e.readOnly && !e.isSensitive && e.configValue !== null).map((e) => [e.configName, e.configValue]));
}

/** The embedded broker has no AlterConfigs: kafkajs says so before sending anything. */
function isUnsupported(err: unknown): boolean {
  const e = err as { name?: string; type?: string; message?: string };
  return e.name === 'KafkaJSNotImplemented' || e.type === 'UNSUPPORTED_VERSION' || /not support|UNSUPPORTED_VERSION/i.test(e.message ?? '');
}

/** Creates every pipeline topic and its dead-letter topic (the contracts registry) if missing, with an explicit retention. */
export function provisionPipelineTopics(brokers: string[], clientId: string, numPartitions: number, replicationFactor = 1, retentionMs = DEFAULT_RETENTION_MS): Promise<TopicsReport> {
  return ensureTopics(createKafka({ brokers, clientId }), allTopics(), numPartitions, replicationFactor, retentionMs);
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
