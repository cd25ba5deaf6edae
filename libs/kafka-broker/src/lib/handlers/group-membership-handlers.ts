import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

/** JoinGroup v1: parks until every member has (re)joined or the rebalance timeout fires. */
export const handleJoinGroup: ApiHandler = async (ctx, header, r, conn) => {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.string();
  const protocolType = r.string();
  const protocols = r.array((pr) => ({ name: pr.string(), metadata: Buffer.from(pr.bytes()) }));
  const res = await ctx.coordinator.join({ groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, protocolType, protocols, clientId: header.clientId, clientHost: conn.clientHost }, conn);
  const w = new Writer();
  w.int16(res.errorCode).int32(res.generationId).string(res.protocolName).string(res.leaderId).string(res.memberId);
  w.array(res.members, (mw, m) => mw.string(m.memberId).bytes(m.metadata));
  return w;
};

/** SyncGroup v0: followers park until the leader delivers assignments. */
export const handleSyncGroup: ApiHandler = async (ctx, _header, r, conn) => {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const assignments = r.array((ar) => ({ memberId: ar.string(), assignment: ar.bytes() }));
  const res = await ctx.coordinator.sync(groupId, generationId, memberId, assignments, conn);
  // Never null: kafkajs decodes the assignment unconditionally.
  return new Writer().int16(res.errorCode).bytes(res.assignment);
};

export const handleHeartbeat: ApiHandler = (ctx, _header, r) => {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  return new Writer().int16(ctx.coordinator.heartbeat(groupId, generationId, memberId));
};

export const handleLeaveGroup: ApiHandler = (ctx, _header, r) => {
  const groupId = r.string();
  const memberId = r.string();
  return new Writer().int16(ctx.coordinator.leave(groupId, memberId));
};
