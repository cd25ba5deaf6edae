import { LogConfig } from './partition-log';

/** Topic-level configs this broker honours, with the broker-wide setting each overrides. */
export const HONOURED_TOPIC_CONFIGS = ['retention.ms', 'retention.bytes', 'segment.bytes', 'max.message.bytes', 'cleanup.policy'] as const;

const CONFIG_NAME = /^[a-z0-9.]{1,100}$/;

function parseLong(v: string | null | undefined): number | null {
  if (v === null || v === undefined || !/^-?\d+$/.test(v)) return null;
  return Number(v);
}

/**
 * Checks CreateTopics configs. Other Kafka topic configs are stored and ignored (so
 * scripts written for Kafka keep working); the honoured ones must be valid, and only
 * the delete cleanup policy exists here (no compaction).
 */
export function validateTopicConfigs(configs: Record<string, string | null>): string | null {
  for (const [name, value] of Object.entries(configs)) {
    if (!CONFIG_NAME.test(name)) return `invalid config name '${name}'`;
    switch (name) {
      case 'retention.ms':
      case 'retention.bytes': {
        const n = parseLong(value);
        if (n === null || n < -1) return `${name} must be an integer >= -1`;
        break;
      }
      case 'segment.bytes': {
        const n = parseLong(value);
        if (n === null || n < 1024 || n > 1024 * 1024 * 1024) return 'segment.bytes must be between 1024 and 1073741824';
        break;
      }
      case 'max.message.bytes': {
        const n = parseLong(value);
        if (n === null || n < 1) return 'max.message.bytes must be a positive integer';
        break;
      }
      case 'cleanup.policy':
        if (value !== 'delete') return "cleanup.policy: only 'delete' is supported (no log compaction)";
        break;
    }
  }
  return null;
}

/** The log settings for one topic: broker defaults with its overrides applied (-1 = unlimited). */
export function topicLogConfig(base: LogConfig, configs: Record<string, string | null>): LogConfig {
  const ms = parseLong(configs['retention.ms']);
  const bytes = parseLong(configs['retention.bytes']);
  const segment = parseLong(configs['segment.bytes']);
  const retentionMs = ms === null ? base.retentionMs : ms < 0 ? null : ms;
  return {
    segmentBytes: segment ?? base.segmentBytes,
    segmentMs: retentionMs === null ? base.segmentMs : Math.min(base.segmentMs, Math.max(retentionMs, 1)),
    retentionBytes: bytes === null ? base.retentionBytes : bytes < 0 ? null : bytes,
    retentionMs,
  };
}

export function topicMaxMessageBytes(brokerDefault: number, configs: Record<string, string | null>): number {
  return parseLong(configs['max.message.bytes']) ?? brokerDefault;
}
