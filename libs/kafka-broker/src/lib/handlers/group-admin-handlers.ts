import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

/** DescribeGroups v0: unknown groups are reported as state "Dead" with error 0, as Kafka does. */
export const handleDescribeGroups: ApiHandler = (ctx, _header, r) => {
  const ids = r.array((rr) => rr.string());
  const w = new Writer();
  w.array(ids, (ww, id) => {
    const d = ctx.coordinator.describe(id);
    ww.int16(0).string(id).string(d.state).string(d.protocolType).string(d.protocolName);
    ww.array(d.members, (mw, m) => mw.string(m.memberId).string(m.clientId).string(m.clientHost).bytes(m.metadata).bytes(m.assignment));
  });
  return w;
};

export const handleListGroups: ApiHandler = (ctx) => {
  const w = new Writer().int16(0);
  w.array(ctx.coordinator.list(), (ww, g) => ww.string(g.groupId).string(g.protocolType));
  return w;
};

/** DeleteGroups v0: only empty groups; removes their committed offsets. */
export const handleDeleteGroups: ApiHandler = (ctx, _header, r) => {
  const ids = r.array((rr) => rr.string());
  const w = new Writer().int32(0);
  w.array(ids, (ww, id) => ww.string(id).int16(ctx.coordinator.deleteGroup(id)));
  return w;
};
