import { DEAD_LETTER_HEADERS, TOPICS, deadLetterTopic } from '@raseed/contracts';
import { Kafka } from 'kafkajs';
import { PipelineProducer } from './pipeline-producer';
import { RangeMessage, RangeProgress, readTopicRange } from './topic-range-reader';

/**
 * Group whose committed offsets on the dead-letter topics mark what was already replayed. It
 * never runs a consumer (offsets are set through the admin API), so its lag is the number of
 * dead letters still waiting.
 */
export const DLQ_REPLAY_GROUP = 'raseed-dlq-replay';
/** Header a replayed message carries: the dead letter it came from. */
export const REPLAYED_FROM_HEADER = 'x-replayed-from';

export interface DeadLetterRecord {
  /** `<dead-letter topic>:<partition>:<offset>` */
  id: string;
  dltTopic: string;
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
  /** The original message's own headers (the x-dlt-* ones are lifted into fields). */
  headers: Record<string, string>;
  originalTopic: string;
  originalPartition: number | null;
  originalOffset: string | null;
  error: string;
  errorKind: string;
  attempts: number | null;
  group: string | null;
  failedAt: string | null;
  replayed: boolean;
}

export const deadLetterTopics = (): string[] => Object.values(TOPICS).map((t) => deadLetterTopic(t));
const DLT_HEADER_NAMES = new Set<string>(Object.values(DEAD_LETTER_HEADERS));

export function parseDeadLetterId(id: string): { topic: string; partition: number; offset: number } {
  const m = /^(.+):(\d+):(\d+)$/.exec(id);
  if (!m) throw new Error(`not a dead-letter id (<topic>:<partition>:<offset>): ${id}`);
  return { topic: m[1], partition: Number(m[2]), offset: Number(m[3]) };
}

/** Reads the dead-letter topics and replays their messages to the topics they failed on. */
export class DeadLetters {
  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[] = deadLetterTopics(),
  ) {}

  async list(options: { topic?: string } = {}): Promise<DeadLetterRecord[]> {
    const replayedBelow = await this.replayedOffsets();
    const out: DeadLetterRecord[] = [];
    await readTopicRange(this.kafka, this.selectTopics(options.topic), (m) => void out.push(toRecord(m, replayedBelow)));
    return out.sort((a, b) => a.dltTopic.localeCompare(b.dltTopic) || a.partition - b.partition || a.offset - b.offset);
  }

  async get(id: string): Promise<DeadLetterRecord | null> {
    const { topic, partition, offset } = parseDeadLetterId(id);
    const replayedBelow = await this.replayedOffsets();
    let found: DeadLetterRecord | null = null;
    await readTopicRange(
      this.kafka,
      [topic],
      (m) => {
        if (m.partition === partition && m.offset === offset) found = toRecord(m, replayedBelow);
      },
      { from: (_t, p) => (p === partition ? offset : Number.MAX_SAFE_INTEGER) },
    );
    return found;
  }

  /**
   * Without ids: every dead letter not replayed yet, in order, each acknowledged (the replay
   * group's offset moves past it) right after its send, so an interrupted replay resumes
   * without duplicates. With ids: exactly those, acknowledged only when they are next in line.
   */
  async replay(
    producer: PipelineProducer,
    options: { ids?: string[]; topic?: string; dryRun?: boolean; onProgress?: (r: DeadLetterRecord, p: RangeProgress) => void } = {},
  ): Promise<DeadLetterRecord[]> {
    const committed = await this.replayedOffsets();
    const wanted = options.ids?.length ? new Set(options.ids.map((id) => (parseDeadLetterId(id), id))) : null;
    const topics = wanted ? [...new Set([...wanted].map((id) => parseDeadLetterId(id).topic))] : this.selectTopics(options.topic);
    const done: DeadLetterRecord[] = [];
    const sent = new Set<string>();
    await readTopicRange(
      this.kafka,
      topics,
      async (m, progress) => {
        const record = toRecord(m, committed);
        if (wanted && !wanted.has(record.id)) return;
        if (!options.dryRun) {
          await producer.send(record.originalTopic, [{ key: m.key, value: m.value, headers: { ...record.headers, [REPLAYED_FROM_HEADER]: record.id } }]);
          sent.add(record.id);
        }
        done.push({ ...record, replayed: true });
        options.onProgress?.(record, progress);
      },
      {
        from: wanted ? undefined : (t, p) => committed.get(`${t}:${p}`),
        ...(options.dryRun ? {} : { groupId: DLQ_REPLAY_GROUP, commit: (m: RangeMessage) => this.mayAcknowledge(m, sent, committed) }),
      },
    );
    if (wanted) {
      const missing = [...wanted].filter((id) => !done.some((d) => d.id === id));
      if (missing.length) throw new Error(`no such dead letter: ${missing.join(', ')}`);
    }
    return done;
  }

  /** The replay mark only moves over a contiguous run of sent messages, never past one left out. */
  private mayAcknowledge(m: RangeMessage, sent: Set<string>, committed: Map<string, number>): boolean {
    const k = `${m.topic}:${m.partition}`;
    if (!sent.has(`${k}:${m.offset}`) || m.offset !== (committed.get(k) ?? 0)) return false;
    committed.set(k, m.offset + 1);
    return true;
  }

  private selectTopics(topic?: string): string[] {
    if (!topic) return this.topics;
    const dlt = topic.endsWith('.dlt') ? topic : `${topic}.dlt`;
    if (!this.topics.includes(dlt)) throw new Error(`unknown topic ${topic}; dead-letter topics: ${this.topics.join(', ')}`);
    return [dlt];
  }

  /** `topic:partition` → first offset not replayed yet. */
  private async replayedOffsets(): Promise<Map<string, number>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const topics = this.topics.filter((t) => existing.has(t));
      const offsets = topics.length ? await admin.fetchOffsets({ groupId: DLQ_REPLAY_GROUP, topics }) : [];
      return new Map(offsets.flatMap((t) => t.partitions.filter((p) => Number(p.offset) >= 0).map((p) => [`${t.topic}:${p.partition}`, Number(p.offset)] as const)));
    } finally {
      await admin.disconnect();
    }
  }
}

function toRecord(m: RangeMessage, replayedBelow: Map<string, number>): DeadLetterRecord {
  const h = m.headers;
  const headers = Object.fromEntries(Object.entries(h).filter(([k]) => !DLT_HEADER_NAMES.has(k)));
  const num = (v: string | undefined) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : null);
  return {
    id: `${m.topic}:${m.partition}:${m.offset}`,
    dltTopic: m.topic,
    partition: m.partition,
    offset: m.offset,
    key: m.key?.toString() ?? null,
    value: m.value?.toString() ?? null,
    headers,
    originalTopic: h[DEAD_LETTER_HEADERS.ORIGINAL_TOPIC] || m.topic.replace(/\.dlt$/, ''),
    originalPartition: num(h[DEAD_LETTER_HEADERS.ORIGINAL_PARTITION]),
    originalOffset: h[DEAD_LETTER_HEADERS.ORIGINAL_OFFSET] ?? null,
    error: h[DEAD_LETTER_HEADERS.ERROR] ?? '',
    errorKind: h[DEAD_LETTER_HEADERS.ERROR_KIND] ?? '',
    attempts: num(h[DEAD_LETTER_HEADERS.ATTEMPTS]),
    group: h[DEAD_LETTER_HEADERS.CONSUMER_GROUP] ?? null,
    failedAt: h[DEAD_LETTER_HEADERS.FAILED_AT] ?? null,
    replayed: m.offset < (replayedBelow.get(`${m.topic}:${m.partition}`) ?? 0),
  };
}
