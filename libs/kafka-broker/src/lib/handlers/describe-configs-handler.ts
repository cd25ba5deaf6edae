import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { ApiHandler, BrokerContext } from '../server/broker-context';
import { HONOURED_TOPIC_CONFIGS, topicLogConfig, topicMaxMessageBytes } from '../storage/topic-config';

const RESOURCE_TOPIC = 2;
const RESOURCE_BROKER = 4;

interface ConfigEntry {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault: boolean;
}

const str = (n: number | null) => String(n ?? -1);

function topicEntries(ctx: BrokerContext, name: string): ConfigEntry[] | null {
  const t = ctx.topics.get(name);
  if (!t) return null;
  const eff = topicLogConfig(ctx.topics.defaults, t.configs);
  const values: Record<(typeof HONOURED_TOPIC_CONFIGS)[number], string> = {
    'retention.ms': str(eff.retentionMs),
    'retention.bytes': str(eff.retentionBytes),
    'segment.bytes': String(eff.segmentBytes),
    'max.message.bytes': String(topicMaxMessageBytes(ctx.settings.maxMessageBytes, t.configs)),
    'cleanup.policy': 'delete',
  };
  const entries: ConfigEntry[] = HONOURED_TOPIC_CONFIGS.map((n) => ({ name: n, value: values[n], readOnly: false, isDefault: !(n in t.configs) }));
  // Stored-but-ignored Kafka configs are reported as given.
  for (const [n, v] of Object.entries(t.configs)) {
    if (!(HONOURED_TOPIC_CONFIGS as readonly string[]).includes(n)) entries.push({ name: n, value: v, readOnly: false, isDefault: false });
  }
  return entries;
}

function brokerEntries(ctx: BrokerContext): ConfigEntry[] {
  const d = ctx.topics.defaults;
  const s = ctx.settings;
  const e = (name: string, value: string): ConfigEntry => ({ name, value, readOnly: true, isDefault: false });
  return [
    e('num.partitions', String(s.defaultPartitions)),
    e('auto.create.topics.enable', String(s.autoCreateTopics)),
    e('default.replication.factor', '1'),
    e('log.retention.ms', str(d.retentionMs)),
    e('log.retention.bytes', str(d.retentionBytes)),
    e('log.segment.bytes', String(d.segmentBytes)),
    e('message.max.bytes', String(s.maxMessageBytes)),
    e('log.flush.policy', s.fsync),
  ];
}

/** DescribeConfigs v0 for topics and this broker (read-only broker settings). */
export const handleDescribeConfigs: ApiHandler = (ctx, _header, r) => {
  const resources = r.array((rr) => ({ type: rr.int8(), name: rr.string(), names: rr.nullableArray((nr) => nr.string()) }));
  const w = new Writer().int32(0);
  w.array(resources, (ww, res) => {
    let entries: ConfigEntry[] | null = null;
    let error: number = ErrorCode.NONE;
    let message: string | null = null;
    if (res.type === RESOURCE_TOPIC) {
      entries = topicEntries(ctx, res.name);
      if (!entries) error = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    } else if (res.type === RESOURCE_BROKER && (res.name === String(ctx.settings.nodeId) || res.name === '')) {
      entries = brokerEntries(ctx);
    } else {
      error = ErrorCode.INVALID_REQUEST;
      message = `unsupported resource ${res.type}:${res.name}`;
    }
    const wanted = res.names && res.names.length ? new Set(res.names) : null;
    const shown = (entries ?? []).filter((c) => !wanted || wanted.has(c.name));
    ww.int16(error).nullableString(message).int8(res.type).string(res.name);
    ww.array(shown, (cw, c) => cw.string(c.name).nullableString(c.value).bool(c.readOnly).bool(c.isDefault).bool(false));
  });
  return w;
};
