import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { isValidTopicName, Topic } from '../storage/topic-store';
import { ApiHandler } from '../server/broker-context';

/** Metadata v4: one broker that leads every partition; unknown topics auto-created when allowed. */
export const handleMetadata: ApiHandler = (ctx, _header, r) => {
  const requested = r.nullableArray((rr) => rr.string());
  const allowAutoCreate = r.bool();
  const { settings } = ctx;
  const entries: { name: string; errorCode: number; topic?: Topic }[] = [];
  if (requested === null) {
    for (const t of ctx.topics.list()) entries.push({ name: t.name, errorCode: 0, topic: t });
  } else {
    for (const name of requested) {
      let topic = ctx.topics.get(name);
      if (!topic && allowAutoCreate && settings.autoCreateTopics) {
        if (!isValidTopicName(name)) {
          entries.push({ name, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION });
          continue;
        }
        topic = ctx.ensureTopic(name);
      }
      entries.push(topic ? { name, errorCode: 0, topic } : { name, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
    }
  }
  const w = new Writer();
  w.int32(0); // throttle
  w.int32(1).int32(settings.nodeId).string(settings.advertisedHost).int32(settings.port).nullableString(null);
  w.nullableString(settings.clusterId);
  w.int32(settings.nodeId); // controller
  w.array(entries, (ww, e) => {
    ww.int16(e.errorCode).string(e.name).bool(false);
    const parts = e.topic?.partitions ?? [];
    ww.array(parts, (pw, p) => {
      pw.int16(0).int32(p.partition).int32(settings.nodeId);
      pw.int32(1).int32(settings.nodeId);
      pw.int32(1).int32(settings.nodeId);
    });
  });
  return w;
};
