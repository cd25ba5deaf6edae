import { randomUUID } from 'crypto';
import { Admin, Kafka } from 'kafkajs';

/** Shape of libs/operations' LagSnapshot (kept structural: infra does not depend on it). */
export interface PartitionOffsetsRead {
  topic: string;
  partition: number;
  committedOffset: number | null;
  logStartOffset: number;
  logEndOffset: number;
  oldestUnconsumedTimestamp: number | null;
}

export interface GroupOffsetsRead {
  group: string;
  state: string;
  members: number;
  partitions: PartitionOffsetsRead[];
}

export interface OffsetsSnapshotRead {
  at: number;
  groups: GroupOffsetsRead[];
}

export interface LagReaderOptions {
  /** Only these groups (default: every consumer group except the reader's own probes). */
  groups?: string[];
  /** Groups whose names start with one of these are left out (test readers, ad-hoc tools). */
  excludePrefixes?: string[];
  /** Read the oldest unconsumed message's timestamp for lag in seconds (default true). */
  readTimestamps?: boolean;
  /** Bound on the timestamp probe; partitions not read by then report null. */
  probeTimeoutMs?: number;
}

/** Prefix of the project's tools' short-lived groups (lag probe, topic reads), always left out of reports. */
export const TOOL_GROUP_PREFIX = 'raseed-tool-';

/** Fetch limit of the timestamp probe, per partition. */
const PROBE_FETCH_BYTES = 1024;

/**
 * Reads every consumer group's committed offsets and the partitions' log-start/end offsets
 * through the admin API, plus the CreateTime of the oldest unconsumed message of each lagging
 * partition (a short-lived consumer that never commits seeks there and reads one message).
 */
export class LagReader {
  private admin: Admin | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: LagReaderOptions = {},
  ) {}

  async read(now: () => number = Date.now): Promise<OffsetsSnapshotRead> {
    const admin = await this.connect();
    const groupIds = await this.groupIds(admin);
    const described = groupIds.length ? (await admin.describeGroups(groupIds)).groups : [];
    const logOffsets = new Map<string, Array<{ partition: number; high: string; low: string }>>();
    const topicOffsets = async (topic: string) => {
      let o = logOffsets.get(topic);
      if (!o) logOffsets.set(topic, (o = await admin.fetchTopicOffsets(topic)));
      return o;
    };
    const groups: GroupOffsetsRead[] = [];
    for (const d of described) {
      // All topics the group committed on, then each of them in full so uncommitted partitions show too.
      const committedTopics = (await admin.fetchOffsets({ groupId: d.groupId })).map((t) => t.topic);
      const offsets = committedTopics.length ? await admin.fetchOffsets({ groupId: d.groupId, topics: committedTopics }) : [];
      const partitions: PartitionOffsetsRead[] = [];
      for (const t of offsets) {
        const log = await topicOffsets(t.topic);
        for (const p of t.partitions) {
          const l = log.find((x) => x.partition === p.partition);
          if (!l) continue;
          const committed = Number(p.offset);
          partitions.push({
            topic: t.topic,
            partition: p.partition,
            committedOffset: committed >= 0 ? committed : null,
            logStartOffset: Number(l.low),
            logEndOffset: Number(l.high),
            oldestUnconsumedTimestamp: null,
          });
        }
      }
      groups.push({ group: d.groupId, state: d.state, members: d.members.length, partitions });
    }
    const at = now();
    if (this.options.readTimestamps !== false) await this.readOldestTimestamps(groups);
    return { at, groups };
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
    this.admin = null;
  }

  private async connect(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }

  private async groupIds(admin: Admin): Promise<string[]> {
    if (this.options.groups) return this.options.groups;
    const exclude = [TOOL_GROUP_PREFIX, ...(this.options.excludePrefixes ?? [])];
    const { groups } = await admin.listGroups();
    return groups
      .filter((g) => g.protocolType === 'consumer' || g.protocolType === '')
      .map((g) => g.groupId)
      .filter((id) => !exclude.some((p) => id.startsWith(p)))
      .sort();
  }

  /** One probe consumer for all lagging partitions; it pauses each partition once read. */
  private async readOldestTimestamps(groups: GroupOffsetsRead[]): Promise<void> {
    const wanted = new Map<string, { offset: number; targets: PartitionOffsetsRead[] }>();
    for (const g of groups) {
      for (const p of g.partitions) {
        const from = p.committedOffset ?? p.logStartOffset;
        if (from >= p.logEndOffset) continue;
        const k = `${p.topic}\u0000${p.partition}\u0000${from}`;
        const w = wanted.get(k) ?? { offset: from, targets: [] };
        w.targets.push(p);
        wanted.set(k, w);
      }
    }
    if (!wanted.size) return;
    // A partition read by two groups at different offsets needs two passes; rare, so one pass per distinct offset set.
    const passes: Array<Map<string, { topic: string; partition: number; offset: number; targets: PartitionOffsetsRead[] }>> = [];
    for (const w of wanted.values()) {
      const { topic, partition } = w.targets[0];
      const pk = `${topic}\u0000${partition}`;
      let pass = passes.find((p) => !p.has(pk));
      if (!pass) passes.push((pass = new Map()));
      pass.set(pk, { topic, partition, offset: w.offset, targets: w.targets });
    }
    for (const pass of passes) await this.probe(pass);
  }

  private async probe(pass: Map<string, { topic: string; partition: number; offset: number; targets: PartitionOffsetsRead[] }>): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: `${TOOL_GROUP_PREFIX}lag-${randomUUID()}`,
      maxWaitTimeInMs: 100,
      sessionTimeout: 10_000,
      rebalanceTimeout: 10_000,
      // One message's timestamp is wanted: a broker returns at least the first record batch however
      // small the limit, and anything more is decompressed and decoded for nothing (the default
      // 1 MB per partition made the API's lag polls a tenth of the stack's CPU during a backlog).
      maxBytesPerPartition: PROBE_FETCH_BYTES,
      maxBytes: PROBE_FETCH_BYTES * 16,
    });
    const topics = [...new Set([...pass.values()].map((p) => p.topic))];
    const remaining = new Set(pass.keys());
    await consumer.connect();
    try {
      await consumer.subscribe({ topics, fromBeginning: true });
      let done: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => (done = resolve));
      await consumer.run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          const pk = `${batch.topic}\u0000${batch.partition}`;
          const want = pass.get(pk);
          if (!want || !remaining.has(pk)) {
            consumer.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
            return;
          }
          // A fetch that started before the seek took effect reads from the beginning: skip up to the offset.
          const m = batch.messages.find((x) => Number(x.offset) >= want.offset);
          if (!m) return;
          for (const t of want.targets) t.oldestUnconsumedTimestamp = Number(m.timestamp);
          remaining.delete(pk);
          consumer.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
          if (!remaining.size) done();
        },
      });
      for (const w of pass.values()) consumer.seek({ topic: w.topic, partition: w.partition, offset: String(w.offset) });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([finished, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.probeTimeoutMs ?? 5000)))]);
      clearTimeout(timer);
    } finally {
      await consumer.disconnect();
    }
  }
}
