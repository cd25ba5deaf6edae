import * as fs from 'fs';
import * as path from 'path';
import { LogConfig, PartitionLog } from './partition-log';
import { Logger } from './segment';
import { writeFileAtomic } from './atomic-file';
import { topicLogConfig } from './topic-config';

export interface Topic {
  name: string;
  dir: string;
  partitions: PartitionLog[];
  configs: Record<string, string | null>;
}

/** Kafka's legal topic names: production runs real Kafka, so stay exactly as strict. */
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

export function isValidTopicName(name: string): boolean {
  return TOPIC_NAME.test(name) && name !== '.' && name !== '..';
}

/**
 * All topics on disk: `<dataDir>/topics/<name>/topic.json` plus one directory per
 * partition. Deleted topics are moved to `<dataDir>/trash` first so a crash during
 * removal never leaves a half-deleted topic visible.
 */
export class TopicStore {
  private topics = new Map<string, Topic>();
  private readonly topicsDir: string;
  private readonly trashDir: string;

  constructor(
    dataDir: string,
    private readonly logConfig: LogConfig,
    private readonly logger: Logger,
  ) {
    this.topicsDir = path.join(dataDir, 'topics');
    this.trashDir = path.join(dataDir, 'trash');
    fs.mkdirSync(this.topicsDir, { recursive: true });
    fs.rmSync(this.trashDir, { recursive: true, force: true });
    fs.mkdirSync(this.trashDir, { recursive: true });
    for (const entry of fs.readdirSync(this.topicsDir)) this.load(entry);
  }

  private load(entry: string): void {
    const dir = path.join(this.topicsDir, entry);
    const metaPath = path.join(dir, 'topic.json');
    if (!fs.existsSync(metaPath)) {
      // Creation crashed before the metadata was written: nothing was ever acknowledged.
      this.logger.warn(`kafka-broker: removing incomplete topic directory ${dir}`);
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    }
    const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as { name: string; partitions: number; configs?: Record<string, string | null> };
    const configs = meta.configs ?? {};
    const partitions: PartitionLog[] = [];
    for (let p = 0; p < meta.partitions; p++) {
      partitions.push(new PartitionLog(path.join(dir, String(p)), meta.name, p, topicLogConfig(this.logConfig, configs), this.logger));
    }
    this.topics.set(meta.name, { name: meta.name, dir, partitions, configs });
  }

  /** Broker-wide log defaults (DescribeConfigs). */
  get defaults(): LogConfig {
    return this.logConfig;
  }

  get(name: string): Topic | undefined {
    return this.topics.get(name);
  }

  partition(name: string, p: number): PartitionLog | undefined {
    return this.topics.get(name)?.partitions[p];
  }

  list(): Topic[] {
    return [...this.topics.values()];
  }

  create(name: string, partitions: number, configs: Record<string, string | null> = {}): Topic {
    if (this.topics.has(name)) throw new Error(`topic ${name} exists`);
    const dir = path.join(this.topicsDir, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const logs: PartitionLog[] = [];
    const logConfig = topicLogConfig(this.logConfig, configs);
    for (let p = 0; p < partitions; p++) logs.push(new PartitionLog(path.join(dir, String(p)), name, p, logConfig, this.logger));
    this.writeMeta(dir, name, partitions, configs);
    const topic = { name, dir, partitions: logs, configs };
    this.topics.set(name, topic);
    return topic;
  }

  addPartitions(name: string, count: number): void {
    const t = this.topics.get(name);
    if (!t) throw new Error(`unknown topic ${name}`);
    for (let p = t.partitions.length; p < count; p++) {
      t.partitions.push(new PartitionLog(path.join(t.dir, String(p)), name, p, topicLogConfig(this.logConfig, t.configs), this.logger));
    }
    this.writeMeta(t.dir, name, count, t.configs);
  }

  delete(name: string): boolean {
    const t = this.topics.get(name);
    if (!t) return false;
    this.topics.delete(name);
    // Wake parked fetches first (they now see UNKNOWN_TOPIC_OR_PARTITION), then close the files.
    for (const p of t.partitions) p.notify();
    for (const p of t.partitions) p.close();
    const trash = path.join(this.trashDir, `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    fs.renameSync(t.dir, trash);
    fs.rm(trash, { recursive: true, force: true }, (err) => {
      if (err) this.logger.warn(`kafka-broker: could not remove ${trash}: ${err.message}`);
    });
    return true;
  }

  private writeMeta(dir: string, name: string, partitions: number, configs: Record<string, string | null>): void {
    writeFileAtomic(path.join(dir, 'topic.json'), JSON.stringify({ name, partitions, configs }, null, 2));
  }

  prepareSync(): number[] {
    const fds: number[] = [];
    for (const t of this.topics.values()) for (const p of t.partitions) fds.push(...p.prepareSync());
    return fds;
  }

  flush(sync: boolean): void {
    for (const t of this.topics.values()) for (const p of t.partitions) p.flush(sync);
  }

  applyRetention(now: number): void {
    for (const t of this.topics.values()) {
      for (const p of t.partitions) {
        const n = p.applyRetention(now);
        if (n > 0) this.logger.info(`kafka-broker: retention removed ${n} segment(s) from ${t.name}-${p.partition}`);
      }
    }
  }

  close(): void {
    for (const t of this.topics.values()) for (const p of t.partitions) p.close();
    this.topics.clear();
  }
}
