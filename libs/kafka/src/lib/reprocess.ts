import { TOPIC_SCHEMAS, TopicName, decodeEvent } from '@raseed/contracts';
import { Kafka } from 'kafkajs';
import { LagReader } from './lag-reader';
import { PipelineProducer } from './pipeline-producer';
import { RangeMessage, readTopicRange } from './topic-range-reader';

/** Header on re-emitted events: which reprocessing run sent them. */
export const REPROCESS_HEADER = 'x-reprocess-run';

export type ReprocessEvent =
  | { phase: 'read'; done: number; total: number }
  | { phase: 'emit'; done: number; total: number }
  | { phase: 'drain'; group: string; topic: string; done: number; total: number };

/**
 * Re-emits the latest retained event per key (article id) of `topic` into the same topic, so
 * the stage consuming it runs again with the code deployed now. Only the latest event per
 * article is sent, so repeated runs do not multiply work; the consumers are idempotent per
 * article (the extractor is a pure function of the event, the indexer replaces an article's
 * mentions), so a run, or a repeated run, leaves the same result as processing once.
 * Returns the topic's end offsets after the re-emit: what the consuming group must reach.
 */
export async function reemitLatestPerKey(
  kafka: Kafka,
  producer: PipelineProducer,
  topic: string,
  runId: string,
  onProgress: (e: ReprocessEvent) => void,
  options: { dryRun?: boolean; batchSize?: number } = {},
): Promise<{ emitted: number; read: number; invalid: number; targets: Map<number, number> }> {
  const latest = new Map<string, RangeMessage>();
  let invalid = 0;
  const progress = await readTopicRange(kafka, [topic], (m, p) => {
    const key = m.key?.toString() ?? articleIdOf(m);
    // Events that never passed validation went to the dead-letter topic; `dlq replay` is their way back.
    if (key && m.value && isValid(topic, m)) latest.set(key, m);
    else invalid++;
    if (p.done % 100 === 0 || p.done === p.total) onProgress({ phase: 'read', done: p.done, total: p.total });
  });
  const events = [...latest.values()].sort((a, b) => a.partition - b.partition || a.offset - b.offset);
  let done = 0;
  if (!options.dryRun) {
    const size = options.batchSize ?? 100;
    for (let i = 0; i < events.length; i += size) {
      const batch = events.slice(i, i + size);
      await producer.send(
        topic,
        batch.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers, [REPROCESS_HEADER]: runId } })),
      );
      done += batch.length;
      onProgress({ phase: 'emit', done, total: events.length });
    }
  }
  return { emitted: options.dryRun ? 0 : events.length, read: progress.done, invalid, targets: await endOffsets(kafka, topic) };
}

/**
 * Waits until `group` has committed at least `range.to` on `topic`, reporting progress over
 * `range.from` → `range.to` (the re-emitted span); false on timeout.
 */
export async function waitForGroup(
  kafka: Kafka,
  group: string,
  topic: string,
  range: { from: Map<number, number>; to: Map<number, number> },
  onProgress: (e: ReprocessEvent) => void,
  options: { timeoutMs: number; pollMs?: number },
): Promise<boolean> {
  const reader = new LagReader(kafka, { groups: [group], readTimestamps: false });
  const until = Date.now() + options.timeoutMs;
  try {
    for (;;) {
      const snap = await reader.read();
      const committed = new Map((snap.groups[0]?.partitions ?? []).filter((p) => p.topic === topic).map((p) => [p.partition, p.committedOffset ?? p.logStartOffset]));
      let total = 0;
      let done = 0;
      for (const [partition, target] of range.to) {
        const from = Math.min(range.from.get(partition) ?? 0, target);
        total += target - from;
        done += Math.max(0, Math.min(target, committed.get(partition) ?? 0) - from);
      }
      onProgress({ phase: 'drain', group, topic, done, total });
      if (done >= total) return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
    }
  } finally {
    await reader.close();
  }
}

/** Log-end offset per partition; empty when the topic does not exist (yet). */
export async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return new Map();
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
  } finally {
    await admin.disconnect();
  }
}

export async function groupExists(kafka: Kafka, group: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.listGroups()).groups.some((g) => g.groupId === group);
  } finally {
    await admin.disconnect();
  }
}

function isValid(topic: string, m: RangeMessage): boolean {
  if (!(topic in TOPIC_SCHEMAS)) return true;
  try {
    decodeEvent(topic as TopicName, m.value);
    return true;
  } catch {
    return false;
  }
}

function articleIdOf(m: RangeMessage): string | null {
  try {
    const id = (JSON.parse(m.value?.toString() ?? '') as { articleId?: unknown }).articleId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
