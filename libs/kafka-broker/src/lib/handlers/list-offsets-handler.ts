import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

const LATEST = -1;
const EARLIEST = -2;

/** ListOffsets v1: latest (-1), earliest (-2) or the first offset at/after a timestamp. */
export const handleListOffsets: ApiHandler = (ctx, _header, r) => {
  r.int32(); // replica_id
  const topics = r.array((tr) => ({
    name: tr.string(),
    partitions: tr.array((pr) => ({ partition: pr.int32(), timestamp: pr.int64() })),
  }));
  const w = new Writer();
  w.array(topics, (tw, t) => {
    tw.string(t.name);
    tw.array(t.partitions, (pw, p) => {
      const log = ctx.topics.partition(t.name, p.partition);
      if (!log) {
        pw.int32(p.partition).int16(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION).int64(-1).int64(-1);
        return;
      }
      if (p.timestamp === LATEST) pw.int32(p.partition).int16(0).int64(-1).int64(log.logEndOffset);
      else if (p.timestamp === EARLIEST) pw.int32(p.partition).int16(0).int64(-1).int64(log.logStartOffset);
      else {
        const found = log.offsetForTimestamp(p.timestamp);
        pw.int32(p.partition)
          .int16(0)
          .int64(found ? found.timestamp : -1)
          .int64(found ? Math.max(found.offset, log.logStartOffset) : -1);
      }
    });
  });
  return w;
};
