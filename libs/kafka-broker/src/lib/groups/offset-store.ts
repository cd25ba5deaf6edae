import * as fs from 'fs';
import * as path from 'path';
import { Logger } from '../storage/segment';
import { StateLog } from '../storage/state-log';

export interface CommittedOffset {
  offset: number;
  metadata: string | null;
}

/** A group member as persisted (buffers base64) so a broker restart keeps the group Stable. */
export interface PersistedMember {
  id: string;
  clientId: string;
  host: string;
  session: number;
  rebalance: number;
  protocols: { name: string; metadata: string }[];
  assignment: string;
}

export interface GroupMeta {
  generation: number;
  protocolType: string;
  /** Present for a group that was Stable or CompletingRebalance when written. */
  state?: 'Stable' | 'CompletingRebalance';
  protocolName?: string;
  leaderId?: string;
  members?: PersistedMember[];
}

type StateRecord =
  | { k: 'o'; g: string; t: string; p: number; o: number; m: string | null }
  | { k: 'g'; g: string; gen: number; pt: string; st?: GroupMeta['state']; pn?: string; ld?: string; ms?: PersistedMember[] }
  | { k: 'dg'; g: string }
  | { k: 'dt'; t: string };

/**
 * Committed offsets and persistent group metadata (generation, protocol type),
 * replayed from `<dataDir>/groups/state.log` on start and compacted as it grows.
 */
export class OffsetStore {
  private offsets = new Map<string, Map<string, Map<number, CommittedOffset>>>();
  private meta = new Map<string, GroupMeta>();
  private log: StateLog<StateRecord>;

  constructor(
    dataDir: string,
    private readonly syncEveryWrite: boolean,
    logger: Logger,
  ) {
    const dir = path.join(dataDir, 'groups');
    fs.mkdirSync(dir, { recursive: true });
    this.log = new StateLog<StateRecord>(path.join(dir, 'state.log'), logger);
    for (const r of this.log.load()) this.apply(r);
    this.maybeCompact();
  }

  private apply(r: StateRecord): void {
    switch (r.k) {
      case 'o': {
        let topics = this.offsets.get(r.g);
        if (!topics) this.offsets.set(r.g, (topics = new Map()));
        let parts = topics.get(r.t);
        if (!parts) topics.set(r.t, (parts = new Map()));
        parts.set(r.p, { offset: r.o, metadata: r.m });
        break;
      }
      case 'g':
        this.meta.set(r.g, { generation: r.gen, protocolType: r.pt, state: r.st, protocolName: r.pn, leaderId: r.ld, members: r.ms });
        break;
      case 'dg':
        this.offsets.delete(r.g);
        this.meta.delete(r.g);
        break;
      case 'dt':
        for (const topics of this.offsets.values()) topics.delete(r.t);
        break;
    }
  }

  private write(records: StateRecord[]): void {
    for (const r of records) this.apply(r);
    this.log.append(records, this.syncEveryWrite);
    this.maybeCompact();
  }

  commit(group: string, entries: { topic: string; partition: number; offset: number; metadata: string | null }[]): void {
    this.write(entries.map((e) => ({ k: 'o', g: group, t: e.topic, p: e.partition, o: e.offset, m: e.metadata })));
  }

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.offsets.get(group)?.get(topic)?.get(partition);
  }

  /** All committed offsets of a group: topic → partition → offset. */
  all(group: string): Map<string, Map<number, CommittedOffset>> {
    return this.offsets.get(group) ?? new Map();
  }

  hasOffsets(group: string): boolean {
    const t = this.offsets.get(group);
    return !!t && [...t.values()].some((p) => p.size > 0);
  }

  setMeta(group: string, meta: GroupMeta): void {
    const cur = this.meta.get(group);
    const unchanged = cur && cur.generation === meta.generation && cur.protocolType === meta.protocolType && !cur.members && !meta.members;
    if (unchanged) return;
    this.write([OffsetStore.metaRecord(group, meta)]);
  }

  private static metaRecord(g: string, m: GroupMeta): StateRecord {
    return m.members ? { k: 'g', g, gen: m.generation, pt: m.protocolType, st: m.state, pn: m.protocolName, ld: m.leaderId, ms: m.members } : { k: 'g', g, gen: m.generation, pt: m.protocolType };
  }

  /** Groups persisted with members, to be restored at startup. */
  groupsWithMembers(): [string, GroupMeta][] {
    return [...this.meta].filter(([, m]) => m.members && m.members.length > 0);
  }

  getMeta(group: string): GroupMeta | undefined {
    return this.meta.get(group);
  }

  knownGroups(): string[] {
    return [...new Set([...this.meta.keys(), ...[...this.offsets.keys()].filter((g) => this.hasOffsets(g))])];
  }

  deleteGroup(group: string): void {
    this.write([{ k: 'dg', g: group }]);
  }

  deleteTopic(topic: string): void {
    this.write([{ k: 'dt', t: topic }]);
  }

  private snapshot(): StateRecord[] {
    const out: StateRecord[] = [];
    for (const [g, m] of this.meta) out.push(OffsetStore.metaRecord(g, m));
    for (const [g, topics] of this.offsets) {
      for (const [t, parts] of topics) for (const [p, c] of parts) out.push({ k: 'o', g, t, p, o: c.offset, m: c.metadata });
    }
    return out;
  }

  private liveCount(): number {
    let n = this.meta.size;
    for (const topics of this.offsets.values()) for (const parts of topics.values()) n += parts.size;
    return n;
  }

  private maybeCompact(): void {
    const n = this.log.recordCount;
    if (n > 1000 && n > 4 * this.liveCount()) this.log.rewrite(this.snapshot());
  }

  flush(): void {
    this.log.flush();
  }

  close(): void {
    this.log.close();
  }
}
