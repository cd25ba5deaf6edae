import { ErrorCode } from '../protocol/error-codes';
import { Reader, Writer } from '../protocol/primitives';
import { ApiHandler, BrokerContext } from '../server/broker-context';

interface FetchPartitionRequest {
  partition: number;
  fetchOffset: number;
  maxBytes: number;
}

interface FetchRequest {
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  topics: { topic: string; partitions: FetchPartitionRequest[] }[];
}

interface PartitionData {
  partition: number;
  errorCode: number;
  highWatermark: number;
  records: Buffer | null;
}

interface Assembled {
  topics: { topic: string; partitions: PartitionData[] }[];
  bytes: number;
  hasError: boolean;
}

function decode(r: Reader): FetchRequest {
  r.int32(); // replica_id
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  r.int8(); // isolation_level: without transactions LSO == HW, so both levels read the same
  const topics = r.array((tr) => ({
    topic: tr.string(),
    partitions: tr.array((pr) => ({ partition: pr.int32(), fetchOffset: pr.int64(), maxBytes: pr.int32() })),
  }));
  return { maxWaitMs, minBytes, maxBytes, topics };
}

/**
 * Reads whole batches starting with the one that contains fetch_offset: at least one
 * batch overall even if it exceeds the limits (KIP-74), never a truncated batch.
 */
function assemble(ctx: BrokerContext, req: FetchRequest): Assembled {
  let bytes = 0;
  let hasError = false;
  const topics = req.topics.map((t) => ({
    topic: t.topic,
    partitions: t.partitions.map((p): PartitionData => {
      const log = ctx.topics.partition(t.topic, p.partition);
      if (!log) {
        hasError = true;
        return { partition: p.partition, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, highWatermark: -1, records: null };
      }
      const hw = log.logEndOffset;
      if (p.fetchOffset > hw || p.fetchOffset < log.logStartOffset) {
        hasError = true;
        return { partition: p.partition, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, highWatermark: hw, records: null };
      }
      const remaining = req.maxBytes - bytes;
      if (p.fetchOffset === hw || (bytes > 0 && remaining <= 0)) return { partition: p.partition, errorCode: 0, highWatermark: hw, records: null };
      const limit = Math.max(1, Math.min(p.maxBytes, remaining));
      const data = log.read(p.fetchOffset, limit);
      if (bytes > 0 && data.length > remaining) return { partition: p.partition, errorCode: 0, highWatermark: hw, records: null };
      bytes += data.length;
      return { partition: p.partition, errorCode: 0, highWatermark: hw, records: data };
    }),
  }));
  return { topics, bytes, hasError };
}

function encode(a: Assembled): Writer {
  const w = new Writer(1024);
  w.int32(0);
  w.array(a.topics, (tw, t) => {
    tw.string(t.topic);
    tw.array(t.partitions, (pw, p) => {
      pw.int32(p.partition).int16(p.errorCode).int64(p.highWatermark).int64(p.highWatermark);
      pw.int32(0); // aborted_transactions: none
      pw.nullableBytes(p.records ?? Buffer.alloc(0));
    });
  });
  return w;
}

/** Fetch v4 with long-poll: parks until min_bytes are available, data arrives, or max_wait_ms passes. */
export const handleFetch: ApiHandler = (ctx, _header, r, conn) => {
  const req = decode(r);
  const first = assemble(ctx, req);
  if (first.hasError || first.bytes >= Math.max(1, req.minBytes) || req.maxWaitMs <= 0) return encode(first);
  return new Promise<Writer>((resolve) => {
    let done = false;
    const cleanups: (() => void)[] = [];
    const finish = (ready?: Assembled): void => {
      if (done) return;
      done = true;
      for (const c of cleanups) c();
      resolve(encode(ready ?? assemble(ctx, req)));
    };
    // Woken by an append, the fetch looks once the request that appended is done with all its
    // partitions (a produce request appends them one after another, synchronously), as Kafka
    // completes delayed fetches after a produce request's appends. Looking at the first append
    // answered with that partition alone: a producer's one request for three partitions reached a
    // waiting consumer as one partition now and the others a whole handling cycle later.
    let looking = false;
    const onData = (): void => {
      if (done || looking) return;
      looking = true;
      queueMicrotask(() => {
        looking = false;
        if (done) return;
        const a = assemble(ctx, req);
        if (a.hasError || a.bytes >= Math.max(1, req.minBytes)) finish(a);
      });
    };
    for (const t of req.topics) {
      for (const p of t.partitions) {
        const log = ctx.topics.partition(t.topic, p.partition);
        if (log) cleanups.push(log.onAppend(onData));
      }
    }
    const timer = setTimeout(() => finish(), req.maxWaitMs);
    cleanups.push(() => clearTimeout(timer));
    cleanups.push(
      conn.onClose(() => {
        done = true;
        for (const c of cleanups) c();
      }),
    );
  });
};
