import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

/** FindCoordinator v0: a single node coordinates every group and transactional id. */
export const handleFindCoordinator: ApiHandler = (ctx, _header, r) => {
  r.string(); // key
  const { nodeId, advertisedHost, port } = ctx.settings;
  return new Writer().int16(0).int32(nodeId).string(advertisedHost).int32(port);
};
