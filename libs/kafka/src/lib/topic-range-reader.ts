import { randomUUID } from 'crypto';
import { Kafka } from 'kafkajs';
import { TOOL_GROUP_PREFIX } from './lag-reader';

export interface RangeMessage {
  topic: string;
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  /** CreateTime, ms since epoch. */
  timestamp: number;
}

export interface RangeProgress {
  done: number;
  total: number;
}

export interface ReadRangeOptions {
  /** First offset to read per partition (default: the log start). */
  from?: (topic: string, partition: number) => number | undefined;
  /** Give up when no message arrived for this long. */
  idleTimeoutMs?: number;
  /**
   * Read as this consumer group and commit after each handled message (when `commit` allows),
   * so progress survives an interruption. Default: a throwaway tool group that never commits.
   */
  groupId?: string;
  commit?: (m: RangeMessage) => boolean;
}

/**
 * Reads the given topics from `from` (or the log start) up to the log end as it was when the
 * call began, in offset order per partition, calling `onMessage` one message at a time. Unless
 * a group is given, a short-lived tool group that never commits does the reading, so no
 * consumer's position moves. Missing topics count as empty.
 */
export async function readTopicRange(
  kafka: Kafka,
  topics: string[],
  onMessage: (m: RangeMessage, progress: RangeProgress) => Promise<void> | void,
  options: ReadRangeOptions = {},
): Promise<RangeProgress> {
  const admin = kafka.admin();
  await admin.connect();
  const ranges = new Map<string, { topic: string; partition: number; start: number; end: number; next: number }>();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics.filter((t) => existing.has(t))) {
      for (const p of await admin.fetchTopicOffsets(topic)) {
        const low = Number(p.low);
        const start = Math.max(low, options.from?.(topic, p.partition) ?? low);
        const end = Number(p.high);
        if (start < end) ranges.set(`${topic}\u0000${p.partition}`, { topic, partition: p.partition, start, end, next: start });
      }
    }
  } finally {
    await admin.disconnect();
  }
  const progress: RangeProgress = { done: 0, total: [...ranges.values()].reduce((n, r) => n + (r.end - r.start), 0) };
  if (!progress.total) return progress;

  const consumer = kafka.consumer({ groupId: options.groupId ?? `${TOOL_GROUP_PREFIX}read-${randomUUID()}`, maxWaitTimeInMs: 100, sessionTimeout: 10_000, rebalanceTimeout: 10_000 });
  const remaining = new Set(ranges.keys());
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...new Set([...ranges.values()].map((r) => r.topic))], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let idle: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(idle);
        idle = setTimeout(() => fail(new Error(`no message for ${options.idleTimeoutMs ?? 15_000} ms after ${progress.done}/${progress.total}`)), options.idleTimeoutMs ?? 15_000);
      };
      const fail = (err: Error) => {
        failed = true;
        clearTimeout(idle);
        reject(err);
      };
      arm();
      void consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const k = `${topic}\u0000${partition}`;
            const r = ranges.get(k);
            const offset = Number(message.offset);
            if (failed || !r || !remaining.has(k)) {
              consumer.pause([{ topic, partitions: [partition] }]);
              return;
            }
            // A read that began before the seek applied, or is re-read after it, is skipped: each offset once, in order.
            if (offset < r.next || offset >= r.end) return;
            r.next = offset + 1;
            arm();
            progress.done++;
            const m: RangeMessage = {
              topic,
              partition,
              offset,
              key: message.key,
              value: message.value,
              headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([h, v]) => [h, v?.toString() ?? ''])),
              timestamp: Number(message.timestamp),
            };
            try {
              await onMessage(m, progress);
              if (options.groupId && (options.commit?.(m) ?? true)) await consumer.commitOffsets([{ topic, partition, offset: String(offset + 1) }]);
            } catch (err) {
              fail(err instanceof Error ? err : new Error(String(err)));
              return;
            }
            if (offset >= r.end - 1) {
              remaining.delete(k);
              consumer.pause([{ topic, partitions: [partition] }]);
              if (!remaining.size) {
                clearTimeout(idle);
                resolve();
              }
            }
          },
        })
        .catch(fail);
      for (const r of ranges.values()) consumer.seek({ topic: r.topic, partition: r.partition, offset: String(r.start) });
    });
  } finally {
    await consumer.disconnect();
  }
  return progress;
}
