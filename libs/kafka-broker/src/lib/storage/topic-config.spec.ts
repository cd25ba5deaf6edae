import { topicLogConfig, topicMaxMessageBytes, validateTopicConfigs } from './topic-config';

const base = { segmentBytes: 1 << 26, segmentMs: 7 * 86_400_000, retentionBytes: null, retentionMs: 7 * 86_400_000 };

describe('topic configs', () => {
  it('applies honoured overrides on top of broker defaults (-1 = unlimited)', () => {
    expect(topicLogConfig(base, {})).toEqual(base);
    expect(topicLogConfig(base, { 'retention.ms': '60000', 'retention.bytes': '1024', 'segment.bytes': '4096' })).toEqual({
      segmentBytes: 4096,
      segmentMs: 60000,
      retentionBytes: 1024,
      retentionMs: 60000,
    });
    expect(topicLogConfig(base, { 'retention.ms': '-1' }).retentionMs).toBeNull();
    expect(topicMaxMessageBytes(100, { 'max.message.bytes': '5' })).toBe(5);
    expect(topicMaxMessageBytes(100, {})).toBe(100);
  });

  it('rejects invalid honoured values and compaction, and keeps other Kafka configs', () => {
    expect(validateTopicConfigs({ 'min.insync.replicas': '1', 'retention.ms': '1000' })).toBeNull();
    expect(validateTopicConfigs({ 'retention.ms': 'soon' })).toMatch(/retention.ms/);
    expect(validateTopicConfigs({ 'segment.bytes': '10' })).toMatch(/segment.bytes/);
    expect(validateTopicConfigs({ 'cleanup.policy': 'compact' })).toMatch(/compaction/);
    expect(validateTopicConfigs({ 'Bad Name': 'x' })).toMatch(/invalid config name/);
  });
});
