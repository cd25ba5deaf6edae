import { randomUUID } from 'crypto';
import { ErrorCode } from '../protocol/error-codes';
import { groupFromSnapshot, groupSnapshot } from './group-snapshot';
import { OffsetStore } from './offset-store';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable';

export interface JoinRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  memberId: string;
  protocolType: string;
  protocols: { name: string; metadata: Buffer }[];
  clientId: string;
  clientHost: string;
}

export interface JoinResult {
  errorCode: number;
  generationId: number;
  protocolName: string;
  leaderId: string;
  memberId: string;
  members: { memberId: string; metadata: Buffer }[];
}

export interface SyncResult {
  errorCode: number;
  assignment: Buffer;
}

/** Lets the coordinator forget a parked request whose connection went away. */
export interface ParkContext {
  onClose(cb: () => void): () => void;
}

export interface Member {
  memberId: string;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocols: { name: string; metadata: Buffer }[];
  assignment: Buffer;
  deadline: number;
  pendingJoin?: (r: JoinResult) => void;
  pendingSync?: (r: SyncResult) => void;
}

export interface Group {
  id: string;
  state: GroupState;
  generationId: number;
  protocolType: string;
  protocolName: string;
  leaderId: string;
  members: Map<string, Member>;
  joinTimer?: NodeJS.Timeout;
}

export interface GroupCoordinatorOptions {
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  /**
   * No member persisted by an earlier run can be alive (see BrokerOptions.forgetMembers): groups
   * come back Empty, offsets kept, instead of holding every new member's join until the dead
   * members' sessions expire.
   */
  forgetMembers?: boolean;
}

export interface GroupDescription {
  groupId: string;
  state: GroupState | 'Dead';
  protocolType: string;
  protocolName: string;
  members: { memberId: string; clientId: string; clientHost: string; metadata: Buffer; assignment: Buffer }[];
}

const EMPTY = Buffer.alloc(0);

/**
 * Classic (pre-KIP-848) consumer-group coordinator for one node: generations,
 * join/sync barriers, session expiry and offset-commit validation, following the
 * state machine in the protocol scope notes (§9).
 */
export class GroupCoordinator {
  private groups = new Map<string, Group>();
  private ticker: NodeJS.Timeout;

  constructor(
    private readonly offsets: OffsetStore,
    private readonly opts: GroupCoordinatorOptions,
  ) {
    this.ticker = setInterval(() => this.expireSessions(Date.now()), 100);
    this.ticker.unref();
    this.restore();
  }

  /**
   * Brings back groups that had members when the broker stopped, with fresh session
   * deadlines: live consumers keep heartbeating their generation and carry on from
   * their in-memory positions; dead ones expire as usual. With `forgetMembers`, every member
   * leaves at once, as when the last member of a group leaves (next generation, Empty).
   */
  private restore(): void {
    for (const [id, meta] of this.offsets.groupsWithMembers()) {
      if (this.opts.forgetMembers) this.offsets.setMeta(id, { generation: meta.generation + 1, protocolType: meta.protocolType });
      else this.groups.set(id, groupFromSnapshot(id, meta, Date.now()));
    }
  }

  /** Persists the group with its members (Stable/CompletingRebalance) or without (Empty). */
  private persist(g: Group): void {
    this.offsets.setMeta(g.id, groupSnapshot(g));
  }

  private getOrCreate(groupId: string): Group {
    let g = this.groups.get(groupId);
    if (!g) {
      const meta = this.offsets.getMeta(groupId);
      g = {
        id: groupId,
        state: 'Empty',
        generationId: meta?.generation ?? 0,
        protocolType: meta?.protocolType ?? '',
        protocolName: '',
        leaderId: '',
        members: new Map(),
      };
      this.groups.set(groupId, g);
    }
    return g;
  }

  join(req: JoinRequest, ctx: ParkContext): Promise<JoinResult> {
    const fail = (errorCode: number, memberId = req.memberId): Promise<JoinResult> => Promise.resolve({ errorCode, generationId: -1, protocolName: '', leaderId: '', memberId, members: [] });
    if (!req.groupId) return fail(ErrorCode.INVALID_GROUP_ID);
    if (req.sessionTimeoutMs < this.opts.minSessionTimeoutMs || req.sessionTimeoutMs > this.opts.maxSessionTimeoutMs) {
      return fail(ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    if (!req.protocolType || req.protocols.length === 0) return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const g = this.getOrCreate(req.groupId);
    const others = [...g.members.values()].filter((m) => m.memberId !== req.memberId);
    if (others.length > 0) {
      const names = new Set(req.protocols.map((p) => p.name));
      const common = others.every((m) => m.protocols.some((p) => names.has(p.name)));
      if (g.protocolType !== req.protocolType || !common || !this.commonProtocols([...others, { protocols: req.protocols }]).length) {
        return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
      }
    }
    let member: Member | undefined;
    if (req.memberId === '') {
      member = {
        memberId: `${req.clientId}-${randomUUID()}`,
        clientId: req.clientId,
        clientHost: req.clientHost,
        sessionTimeoutMs: req.sessionTimeoutMs,
        rebalanceTimeoutMs: req.rebalanceTimeoutMs,
        protocols: req.protocols,
        assignment: EMPTY,
        deadline: Date.now() + req.sessionTimeoutMs,
      };
      g.members.set(member.memberId, member);
    } else {
      member = g.members.get(req.memberId);
      if (!member) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
      member.protocols = req.protocols;
      member.sessionTimeoutMs = req.sessionTimeoutMs;
      member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
      member.clientHost = req.clientHost;
    }
    g.protocolType = req.protocolType;
    const m = member;
    return new Promise<JoinResult>((resolve) => {
      if (m.pendingJoin) m.pendingJoin({ errorCode: ErrorCode.REBALANCE_IN_PROGRESS, generationId: -1, protocolName: '', leaderId: '', memberId: m.memberId, members: [] });
      const unpark = ctx.onClose(() => {
        if (m.pendingJoin === respond) m.pendingJoin = undefined;
      });
      const respond = (r: JoinResult): void => {
        unpark();
        resolve(r);
      };
      m.pendingJoin = respond;
      if (g.state !== 'PreparingRebalance') this.beginRebalance(g);
      this.tryCompleteJoin(g);
    });
  }

  private beginRebalance(g: Group): void {
    g.state = 'PreparingRebalance';
    for (const m of g.members.values()) {
      if (m.pendingSync) {
        const cb = m.pendingSync;
        m.pendingSync = undefined;
        cb({ errorCode: ErrorCode.REBALANCE_IN_PROGRESS, assignment: EMPTY });
      }
    }
    if (g.joinTimer) clearTimeout(g.joinTimer);
    const timeout = Math.max(0, ...[...g.members.values()].map((m) => m.rebalanceTimeoutMs));
    g.joinTimer = setTimeout(() => this.completeJoin(g), timeout);
  }

  private tryCompleteJoin(g: Group): void {
    if (g.state !== 'PreparingRebalance') return;
    for (const m of g.members.values()) if (!m.pendingJoin) return;
    this.completeJoin(g);
  }

  private commonProtocols(members: { protocols: { name: string }[] }[]): string[] {
    if (!members.length) return [];
    return members[0].protocols.map((p) => p.name).filter((n) => members.every((m) => m.protocols.some((p) => p.name === n)));
  }

  private completeJoin(g: Group): void {
    if (g.state !== 'PreparingRebalance') return;
    if (g.joinTimer) clearTimeout(g.joinTimer);
    g.joinTimer = undefined;
    for (const m of [...g.members.values()]) if (!m.pendingJoin) g.members.delete(m.memberId);
    g.generationId++;
    if (g.members.size === 0) {
      this.toEmpty(g);
      return;
    }
    const members = [...g.members.values()];
    if (!g.members.has(g.leaderId)) g.leaderId = members[0].memberId;
    const leader = g.members.get(g.leaderId)!;
    const candidates = this.commonProtocols(members);
    const votes = new Map<string, number>();
    for (const m of members) {
      const vote = m.protocols.find((p) => candidates.includes(p.name))!.name;
      votes.set(vote, (votes.get(vote) ?? 0) + 1);
    }
    let best = '';
    let bestVotes = -1;
    for (const p of leader.protocols) {
      const v = votes.get(p.name) ?? 0;
      if (candidates.includes(p.name) && v > bestVotes) {
        best = p.name;
        bestVotes = v;
      }
    }
    g.protocolName = best;
    g.state = 'CompletingRebalance';
    const now = Date.now();
    const all = members.map((m) => ({ memberId: m.memberId, metadata: m.protocols.find((p) => p.name === best)!.metadata }));
    for (const m of members) {
      m.deadline = now + m.sessionTimeoutMs;
      m.assignment = EMPTY;
      const cb = m.pendingJoin!;
      m.pendingJoin = undefined;
      cb({
        errorCode: ErrorCode.NONE,
        generationId: g.generationId,
        protocolName: best,
        leaderId: g.leaderId,
        memberId: m.memberId,
        members: m.memberId === g.leaderId ? all : [],
      });
    }
    this.persist(g);
  }

  private toEmpty(g: Group): void {
    g.state = 'Empty';
    g.leaderId = '';
    g.protocolName = '';
    if (g.joinTimer) clearTimeout(g.joinTimer);
    g.joinTimer = undefined;
    this.persist(g);
  }

  sync(groupId: string, generationId: number, memberId: string, assignments: { memberId: string; assignment: Buffer }[], ctx: ParkContext): Promise<SyncResult> {
    const g = this.groups.get(groupId);
    const m = g?.members.get(memberId);
    if (!g || !m) return Promise.resolve({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, assignment: EMPTY });
    if (generationId !== g.generationId) return Promise.resolve({ errorCode: ErrorCode.ILLEGAL_GENERATION, assignment: EMPTY });
    if (g.state === 'PreparingRebalance') return Promise.resolve({ errorCode: ErrorCode.REBALANCE_IN_PROGRESS, assignment: EMPTY });
    m.deadline = Date.now() + m.sessionTimeoutMs;
    if (g.state === 'Stable') return Promise.resolve({ errorCode: ErrorCode.NONE, assignment: m.assignment });
    // CompletingRebalance
    if (memberId === g.leaderId) {
      const byMember = new Map(assignments.map((a) => [a.memberId, a.assignment]));
      for (const mem of g.members.values()) mem.assignment = Buffer.from(byMember.get(mem.memberId) ?? EMPTY);
      g.state = 'Stable';
      this.persist(g);
      for (const mem of g.members.values()) {
        if (mem.pendingSync) {
          const cb = mem.pendingSync;
          mem.pendingSync = undefined;
          cb({ errorCode: ErrorCode.NONE, assignment: mem.assignment });
        }
      }
      return Promise.resolve({ errorCode: ErrorCode.NONE, assignment: m.assignment });
    }
    return new Promise<SyncResult>((resolve) => {
      if (m.pendingSync) m.pendingSync({ errorCode: ErrorCode.REBALANCE_IN_PROGRESS, assignment: EMPTY });
      const unpark = ctx.onClose(() => {
        if (m.pendingSync === respond) m.pendingSync = undefined;
      });
      const respond = (r: SyncResult): void => {
        unpark();
        resolve(r);
      };
      m.pendingSync = respond;
    });
  }

  heartbeat(groupId: string, generationId: number, memberId: string): number {
    const g = this.groups.get(groupId);
    const m = g?.members.get(memberId);
    if (!g || !m) return ErrorCode.UNKNOWN_MEMBER_ID;
    m.deadline = Date.now() + m.sessionTimeoutMs;
    if (generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
    if (g.state === 'PreparingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    return ErrorCode.NONE;
  }

  leave(groupId: string, memberId: string): number {
    const g = this.groups.get(groupId);
    const m = g?.members.get(memberId);
    if (!g || !m) return ErrorCode.UNKNOWN_MEMBER_ID;
    this.removeMember(g, m);
    return ErrorCode.NONE;
  }

  private removeMember(g: Group, m: Member): void {
    g.members.delete(m.memberId);
    if (m.pendingJoin) m.pendingJoin({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, generationId: -1, protocolName: '', leaderId: '', memberId: m.memberId, members: [] });
    if (m.pendingSync) m.pendingSync({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, assignment: EMPTY });
    m.pendingJoin = m.pendingSync = undefined;
    if (g.members.size === 0) {
      g.generationId++;
      this.toEmpty(g);
      return;
    }
    if (g.state !== 'PreparingRebalance') this.beginRebalance(g);
    this.tryCompleteJoin(g);
  }

  /** Members parked in Join or Sync cannot heartbeat, so they are exempt. */
  expireSessions(now: number): void {
    for (const g of this.groups.values()) {
      for (const m of [...g.members.values()]) {
        if (!m.pendingJoin && !m.pendingSync && now > m.deadline && g.members.get(m.memberId) === m) this.removeMember(g, m);
      }
    }
  }

  /** Validates an OffsetCommit; returns the error code for every partition in it. */
  validateCommit(groupId: string, generationId: number, memberId: string): number {
    const g = this.groups.get(groupId);
    if (generationId === -1 && memberId === '') {
      if (g && g.members.size > 0) return ErrorCode.UNKNOWN_MEMBER_ID;
      const grp = this.getOrCreate(groupId);
      // Make simple (admin) commits visible as an Empty group like Kafka does.
      if (!this.offsets.getMeta(groupId)) this.offsets.setMeta(groupId, { generation: grp.generationId, protocolType: grp.protocolType });
      return ErrorCode.NONE;
    }
    const m = g?.members.get(memberId);
    if (!g || !m) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
    if (g.state === 'CompletingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    m.deadline = Date.now() + m.sessionTimeoutMs;
    return ErrorCode.NONE;
  }

  describe(groupId: string): GroupDescription {
    const g = this.groups.get(groupId);
    const known = g || this.offsets.getMeta(groupId) || this.offsets.hasOffsets(groupId);
    if (!known) return { groupId, state: 'Dead', protocolType: '', protocolName: '', members: [] };
    if (!g) return { groupId, state: 'Empty', protocolType: this.offsets.getMeta(groupId)?.protocolType ?? '', protocolName: '', members: [] };
    const stable = g.state === 'Stable';
    return {
      groupId,
      state: g.state,
      protocolType: g.protocolType,
      protocolName: g.state === 'Stable' || g.state === 'CompletingRebalance' ? g.protocolName : '',
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        metadata: m.protocols.find((p) => p.name === g.protocolName)?.metadata ?? m.protocols[0]?.metadata ?? EMPTY,
        assignment: stable ? m.assignment : EMPTY,
      })),
    };
  }

  list(): { groupId: string; protocolType: string }[] {
    const ids = new Set([...this.groups.keys(), ...this.offsets.knownGroups()]);
    return [...ids].map((id) => ({ groupId: id, protocolType: this.groups.get(id)?.protocolType ?? this.offsets.getMeta(id)?.protocolType ?? '' }));
  }

  deleteGroup(groupId: string): number {
    const g = this.groups.get(groupId);
    if (g && g.members.size > 0) return ErrorCode.NON_EMPTY_GROUP;
    if (!g && !this.offsets.getMeta(groupId) && !this.offsets.hasOffsets(groupId)) return ErrorCode.GROUP_ID_NOT_FOUND;
    if (g?.joinTimer) clearTimeout(g.joinTimer);
    this.groups.delete(groupId);
    this.offsets.deleteGroup(groupId);
    return ErrorCode.NONE;
  }

  close(): void {
    clearInterval(this.ticker);
    for (const g of this.groups.values()) if (g.joinTimer) clearTimeout(g.joinTimer);
  }
}
