import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

/** OffsetCommit v2: one validation result for the whole request; offsets stored verbatim (negatives too). */
export const handleOffsetCommit: ApiHandler = (ctx, _header, r) => {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  r.int64(); // retention_time_ms: offsets are kept until the group or topic is deleted
  const topics = r.array((tr) => ({
    name: tr.string(),
    partitions: tr.array((pr) => ({ partition: pr.int32(), offset: pr.int64(), metadata: pr.nullableString() })),
  }));
  const errorCode = groupId ? ctx.coordinator.validateCommit(groupId, generationId, memberId) : ErrorCode.INVALID_GROUP_ID;
  const perPartition = new Map<string, number>();
  if (errorCode === ErrorCode.NONE) {
    const accepted: { topic: string; partition: number; offset: number; metadata: string | null }[] = [];
    for (const t of topics) {
      for (const p of t.partitions) {
        if (!ctx.topics.partition(t.name, p.partition)) perPartition.set(`${t.name}\u0000${p.partition}`, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        else accepted.push({ topic: t.name, partition: p.partition, offset: p.offset, metadata: p.metadata });
      }
    }
    ctx.offsets.commit(groupId, accepted);
  }
  const w = new Writer();
  w.array(topics, (tw, t) => {
    tw.string(t.name);
    tw.array(t.partitions, (pw, p) => pw.int32(p.partition).int16(perPartition.get(`${t.name}\u0000${p.partition}`) ?? errorCode));
  });
  return w;
};
