import type { Group } from './group-coordinator';
import type { GroupMeta } from './offset-store';

/**
 * What is persisted of a group: members and assignments only while they mean something
 * (Stable or CompletingRebalance); otherwise just generation and protocol type.
 */
export function groupSnapshot(g: Group): GroupMeta {
  if (g.state !== 'Stable' && g.state !== 'CompletingRebalance') return { generation: g.generationId, protocolType: g.protocolType };
  return {
    generation: g.generationId,
    protocolType: g.protocolType,
    state: g.state,
    protocolName: g.protocolName,
    leaderId: g.leaderId,
    members: [...g.members.values()].map((m) => ({
      id: m.memberId,
      clientId: m.clientId,
      host: m.clientHost,
      session: m.sessionTimeoutMs,
      rebalance: m.rebalanceTimeoutMs,
      protocols: m.protocols.map((p) => ({ name: p.name, metadata: p.metadata.toString('base64') })),
      assignment: m.assignment.toString('base64'),
    })),
  };
}

/** Rebuilds a persisted group; every member gets a full session from `now`. */
export function groupFromSnapshot(id: string, meta: GroupMeta, now: number): Group {
  return {
    id,
    state: meta.state ?? 'Stable',
    generationId: meta.generation,
    protocolType: meta.protocolType,
    protocolName: meta.protocolName ?? '',
    leaderId: meta.leaderId ?? '',
    members: new Map(
      (meta.members ?? []).map((m) => [
        m.id,
        {
          memberId: m.id,
          clientId: m.clientId,
          clientHost: m.host,
          sessionTimeoutMs: m.session,
          rebalanceTimeoutMs: m.rebalance,
          protocols: m.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata, 'base64') })),
          assignment: Buffer.from(m.assignment, 'base64'),
          deadline: now + m.session,
        },
      ]),
    ),
  };
}
