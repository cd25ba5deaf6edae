import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { BatchHeader, isControl, isTransactional, splitBatches } from '../protocol/record-batch';
import { ApiHandler, BrokerContext } from '../server/broker-context';
import { topicMaxMessageBytes } from '../storage/topic-config';

interface PartitionResult {
  index: number;
  errorCode: number;
  baseOffset: number;
}

function appendPartition(ctx: BrokerContext, topic: string, index: number, records: Buffer | null): PartitionResult & { appended: boolean } {
  const fail = (errorCode: number) => ({ index, errorCode, baseOffset: -1, appended: false });
  const t = ctx.topics.get(topic);
  const log = t?.partitions[index];
  if (!t || !log) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (!records || records.length === 0) return fail(ErrorCode.CORRUPT_MESSAGE);
  if (records.length > topicMaxMessageBytes(ctx.settings.maxMessageBytes, t.configs)) return fail(ErrorCode.MESSAGE_TOO_LARGE);
  const checks = splitBatches(records);
  const headers: BatchHeader[] = [];
  for (const c of checks) {
    if (!c.ok) {
      ctx.logger.warn(`kafka-broker: rejecting produce to ${topic}-${index}: ${c.reason}`);
      return fail(ErrorCode.CORRUPT_MESSAGE);
    }
    // Transactions are not offered (their APIs are not advertised), so such batches are invalid here.
    if (isTransactional(c.header.attributes) || isControl(c.header.attributes)) return fail(ErrorCode.INVALID_REQUEST);
    headers.push(c.header);
  }
  const idem = headers[0].producerId >= 0;
  if (idem) {
    // kafkajs sends one batch per partition; several must at least be one contiguous run.
    for (let i = 1; i < headers.length; i++) {
      const prev = headers[i - 1];
      const h = headers[i];
      const contiguous = h.producerId === prev.producerId && h.producerEpoch === prev.producerEpoch && h.baseSequence === prev.baseSequence + prev.lastOffsetDelta + 1;
      if (!contiguous) return fail(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    }
    const h0 = headers[0];
    const r = ctx.producers.check(h0.producerId, h0.producerEpoch, topic, index, h0.baseSequence, h0.lastOffsetDelta);
    if (r.kind === 'error') return fail(r.errorCode);
    if (r.kind === 'duplicate') {
      if (headers.length > 1) return fail(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      return { index, errorCode: 0, baseOffset: r.baseOffset, appended: false };
    }
  }
  const baseOffset = log.append(records, headers);
  if (idem) {
    for (const h of headers) ctx.producers.record(h.producerId, h.producerEpoch, topic, index, h.baseSequence, h.lastOffsetDelta, h.baseOffset);
  }
  return { index, errorCode: 0, baseOffset, appended: true };
}

/** Produce v3: record batches stored opaquely, only baseOffset rewritten. */
export const handleProduce: ApiHandler = async (ctx, _header, r) => {
  r.nullableString(); // transactional_id
  const acks = r.int16();
  r.int32(); // timeout: appends are synchronous on one node
  const topics = r.array((tr) => ({
    name: tr.string(),
    partitions: tr.array((pr) => ({ index: pr.int32(), records: pr.nullableBytes() })),
  }));
  let appended = false;
  const results = topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => {
      const res = appendPartition(ctx, t.name, p.index, p.records);
      appended ||= res.appended;
      return res;
    }),
  }));
  if (acks === 0) return null;
  if (appended) await ctx.durableAppend();
  const w = new Writer();
  w.array(results, (ww, t) => {
    ww.string(t.name);
    ww.array(t.partitions, (pw, p) => pw.int32(p.index).int16(p.errorCode).int64(p.baseOffset).int64(-1));
  });
  w.int32(0);
  return w;
};
