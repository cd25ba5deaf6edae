import { Kafka } from 'kafkajs';
import { ensureTopics } from './topics-admin';

// Apache Kafka's AlterConfigs path, which the embedded broker cannot exercise (it has no
// AlterConfigs): an admin that records what would be sent.
function fakeKafka(configs: Record<string, Array<{ configName: string; configValue: string; isDefault: boolean; readOnly?: boolean; isSensitive?: boolean }>>) {
  const altered: unknown[] = [];
  const admin = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    listTopics: async () => Object.keys(configs),
    createTopics: async () => true,
    describeConfigs: async ({ resources }: { resources: Array<{ name: string }> }) => ({
      resources: resources.map((r) => ({ resourceName: r.name, configEntries: configs[r.name].map((e) => ({ readOnly: false, isSensitive: false, ...e })) })),
    }),
    alterConfigs: async (req: unknown) => void altered.push(req),
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, altered };
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
    expect(report).toEqual({ created: [], updated: ['articles.normalised.v1'], unchanged: [] });
    expect(altered).toEqual([
      {
        validateOnly: false,
        resources: [{ type: 2, name: 'articles.normalised.v1', configEntries: [{ name: 'max.message.bytes', value: '10485760' }, { name: 'retention.ms', value: '-1' }] }],
      },
    ]);
  });
});
