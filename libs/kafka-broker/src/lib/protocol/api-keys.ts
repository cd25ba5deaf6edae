/** API keys and the exact versions this broker implements and advertises (scope doc §0). */
export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  InitProducerId: 22,
  DescribeConfigs: 32,
  CreatePartitions: 37,
  DeleteGroups: 42,
} as const;

export interface ApiVersionRange {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

/**
 * kafkajs uses only the max version, so each max is implemented byte for byte;
 * min = max except ApiVersions, which clients probe downwards.
 */
export const SUPPORTED_APIS: readonly ApiVersionRange[] = [
  { apiKey: ApiKey.Produce, minVersion: 3, maxVersion: 3 },
  { apiKey: ApiKey.Fetch, minVersion: 4, maxVersion: 4 },
  { apiKey: ApiKey.ListOffsets, minVersion: 1, maxVersion: 1 },
  { apiKey: ApiKey.Metadata, minVersion: 4, maxVersion: 4 },
  { apiKey: ApiKey.OffsetCommit, minVersion: 2, maxVersion: 2 },
  { apiKey: ApiKey.OffsetFetch, minVersion: 3, maxVersion: 3 },
  { apiKey: ApiKey.FindCoordinator, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.JoinGroup, minVersion: 1, maxVersion: 1 },
  { apiKey: ApiKey.Heartbeat, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.LeaveGroup, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.SyncGroup, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.DescribeGroups, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.ListGroups, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 2 },
  { apiKey: ApiKey.CreateTopics, minVersion: 1, maxVersion: 1 },
  { apiKey: ApiKey.DeleteTopics, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.InitProducerId, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.CreatePartitions, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.DeleteGroups, minVersion: 0, maxVersion: 0 },
  { apiKey: ApiKey.DescribeConfigs, minVersion: 0, maxVersion: 0 },
];
