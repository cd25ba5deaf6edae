import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

/** InitProducerId v0: a fresh id per call (epoch 0); transactional ids are not supported. */
export const handleInitProducerId: ApiHandler = (ctx, _header, r) => {
  const transactionalId = r.nullableString();
  r.int32(); // transaction_timeout_ms
  const w = new Writer().int32(0);
  if (transactionalId !== null) return w.int16(ErrorCode.INVALID_REQUEST).int64(-1).int16(-1);
  return w.int16(0).int64(ctx.producerIds.allocate()).int16(0);
};
