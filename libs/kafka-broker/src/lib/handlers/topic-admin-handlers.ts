import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { validateTopicConfigs } from '../storage/topic-config';
import { isValidTopicName } from '../storage/topic-store';
import { ApiHandler } from '../server/broker-context';

const MAX_PARTITIONS = 10_000;

/** CreateTopics v1: -1 partitions/RF mean broker default; validate_only creates nothing. */
export const handleCreateTopics: ApiHandler = (ctx, _header, r) => {
  const topics = r.array((tr) => ({
    name: tr.string(),
    numPartitions: tr.int32(),
    replicationFactor: tr.int16(),
    assignments: tr.array((ar) => ({ partition: ar.int32(), brokers: ar.array((br) => br.int32()) })),
    configs: tr.array((cr) => ({ name: cr.string(), value: cr.nullableString() })),
  }));
  r.int32(); // timeout_ms: creation is synchronous
  const validateOnly = r.bool();
  const seen = new Set<string>();
  const results = topics.map((t) => {
    const res = (errorCode: number, message: string | null = null) => ({ name: t.name, errorCode, message });
    if (seen.has(t.name)) return res(ErrorCode.INVALID_REQUEST, 'duplicate topic in request');
    seen.add(t.name);
    if (!isValidTopicName(t.name)) return res(ErrorCode.INVALID_TOPIC_EXCEPTION, 'topic names use [a-zA-Z0-9._-], 1..249 chars');
    if (ctx.topics.get(t.name)) return res(ErrorCode.TOPIC_ALREADY_EXISTS, `topic '${t.name}' already exists`);
    let partitions = t.numPartitions;
    if (t.assignments.length > 0) {
      if (t.numPartitions !== -1 || t.replicationFactor !== -1) return res(ErrorCode.INVALID_REQUEST, 'assignments exclude partitions/replication factor');
      const ok = t.assignments.every((a, i) => a.brokers.length === 1 && a.brokers[0] === ctx.settings.nodeId && t.assignments.some((b) => b.partition === i));
      if (!ok) return res(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'every partition must be assigned to this broker only');
      partitions = t.assignments.length;
    } else {
      if (partitions === -1) partitions = ctx.settings.defaultPartitions;
      if (partitions <= 0 || partitions > MAX_PARTITIONS) return res(ErrorCode.INVALID_PARTITIONS, `partitions must be 1..${MAX_PARTITIONS}`);
      if (t.replicationFactor !== -1 && t.replicationFactor !== 1) {
        return res(ErrorCode.INVALID_REPLICATION_FACTOR, 'single-node broker: replication factor must be 1');
      }
    }
    const configs: Record<string, string | null> = {};
    for (const c of t.configs) configs[c.name] = c.value;
    const configError = validateTopicConfigs(configs);
    if (configError) return res(ErrorCode.INVALID_CONFIG, configError);
    if (!validateOnly) ctx.ensureTopic(t.name, partitions, configs);
    return res(ErrorCode.NONE);
  });
  const w = new Writer();
  w.array(results, (ww, t) => ww.string(t.name).int16(t.errorCode).nullableString(t.message));
  return w;
};

/** DeleteTopics v0: removes the log and all committed offsets for the topic. */
export const handleDeleteTopics: ApiHandler = (ctx, _header, r) => {
  const names = r.array((rr) => rr.string());
  r.int32();
  const w = new Writer();
  w.array(names, (ww, name) => ww.string(name).int16(ctx.deleteTopic(name) ? ErrorCode.NONE : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION));
  return w;
};

/** CreatePartitions v0: grow a topic; shrinking or equal counts are INVALID_PARTITIONS. */
export const handleCreatePartitions: ApiHandler = (ctx, _header, r) => {
  const topics = r.array((tr) => ({ name: tr.string(), count: tr.int32(), assignments: tr.nullableArray((ar) => ar.array((br) => br.int32())) }));
  r.int32();
  const validateOnly = r.bool();
  const w = new Writer().int32(0);
  w.array(topics, (ww, t) => {
    const topic = ctx.topics.get(t.name);
    let code: number = ErrorCode.NONE;
    let message: string | null = null;
    if (!topic) code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    else if (t.count <= topic.partitions.length || t.count > MAX_PARTITIONS) {
      code = ErrorCode.INVALID_PARTITIONS;
      message = `topic has ${topic.partitions.length} partitions; new count must be larger (max ${MAX_PARTITIONS})`;
    } else if (t.assignments && t.assignments.some((a) => a.length !== 1 || a[0] !== ctx.settings.nodeId)) {
      code = ErrorCode.INVALID_REPLICA_ASSIGNMENT;
    } else if (!validateOnly) ctx.topics.addPartitions(t.name, t.count);
    ww.string(t.name).int16(code).nullableString(message);
  });
  return w;
};
