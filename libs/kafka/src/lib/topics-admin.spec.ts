import { Kafka } from 'kafkajs';
import { ensureTopics } from './topics-admin';

// Apache Kafka's AlterConfigs path, which the embedded broker cannot exercise (it has no
// AlterConfigs): an admin that records what would be sent.
function fakeKafka(
  configs: Record<string, Array<{ configName: string; configValue: string; isDefault: boolean; readOnly?: boolean; isSensitive?: boolean }>>,
  partitions: Record<string, number> = {},
) {
  const altered: unknown[] = [];
  const grown: unknown[] = [];
  const admin = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    listTopics: async () => Object.keys(configs),
    createTopics: async () => true,
    describeConfigs: async ({ resources }: { resources: Array<{ name: string }> }) => ({
      resources: resources.map((r) => ({ resourceName: r.name, configEntries: configs[r.name].map((e) => ({ readOnly: false, isSensitive: false, ...e })) })),
    }),
    alterConfigs: async (req: unknown) => void altered.push(req),
    fetchTopicMetadata: async ({ topics }: { topics: string[] }) => ({
      topics: topics.map((name) => ({ name, partitions: Array.from({ length: partitions[name] ?? 3 }, (_, partitionId) => ({ partitionId })) })),
    }),
    createPartitions: async (req: unknown) => void grown.push(req),
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, altered, grown };
}

describe('ensureTopics on Apache Kafka', () => {
  it('sets retention.ms on an existing topic and keeps its other overrides (AlterConfigs replaces them all)', async () => {
    const { kafka, altered } = fakeKafka({
      'articles.normalised.v1': [
        { configName: 'retention.ms', configValue: '604800000', isDefault: true },
        { configName: 'max.message.bytes', configValue: '10485760', isDefault: false },
        { configName: 'segment.bytes', configValue: '1073741824', isDefault: true },
        { configName: 'message.downconversion.enable', configValue: 'true', isDefault: false, readOnly: true },
      ],
      'incidents.extracted.v1': [{ configName: 'retention.ms', configValue: '-1', isDefault: false }],
    });
    const report = await ensureTopics(kafka, ['articles.normalised.v1', 'incidents.extracted.v1'], 3);
    expect(report).toEqual({ created: [], updated: ['articles.normalised.v1'], unchanged: [], grown: [] });
    expect(altered).toEqual([
      {
        validateOnly: false,
        resources: [
          {
            type: 2,
            name: 'articles.normalised.v1',
            configEntries: [
              { name: 'max.message.bytes', value: '10485760' },
              { name: 'retention.ms', value: '-1' },
            ],
          },
        ],
      },
    ]);
  });

  it('grows a topic with fewer partitions than wanted (CreatePartitions), leaves a larger one alone', async () => {
    const retained = [{ configName: 'retention.ms', configValue: '-1', isDefault: false }];
    const { kafka, grown } = fakeKafka({ 'articles.fetched.v1': retained, 'incidents.extracted.v1': retained }, { 'articles.fetched.v1': 1, 'incidents.extracted.v1': 8 });
    const report = await ensureTopics(kafka, ['articles.fetched.v1', 'incidents.extracted.v1'], 4);
    expect(report.grown).toEqual([{ topic: 'articles.fetched.v1', from: 1, to: 4 }]);
    expect(grown).toEqual([{ validateOnly: false, topicPartitions: [{ topic: 'articles.fetched.v1', count: 4 }] }]);
  });
});
