import { ApiKey } from '../protocol/api-keys';
import { ApiHandler } from '../server/broker-context';
import { handleApiVersions } from './api-versions-handler';
import { handleDescribeConfigs } from './describe-configs-handler';
import { handleFetch } from './fetch-handler';
import { handleFindCoordinator } from './find-coordinator-handler';
import { handleDeleteGroups, handleDescribeGroups, handleListGroups } from './group-admin-handlers';
import { handleHeartbeat, handleJoinGroup, handleLeaveGroup, handleSyncGroup } from './group-membership-handlers';
import { handleInitProducerId } from './init-producer-id-handler';
import { handleListOffsets } from './list-offsets-handler';
import { handleMetadata } from './metadata-handler';
import { handleOffsetCommit } from './offset-commit-handler';
import { handleOffsetFetch } from './offset-fetch-handler';
import { handleProduce } from './produce-handler';
import { handleCreatePartitions, handleCreateTopics, handleDeleteTopics } from './topic-admin-handlers';

export const API_HANDLERS: ReadonlyMap<number, ApiHandler> = new Map<number, ApiHandler>([
  [ApiKey.Produce, handleProduce],
  [ApiKey.Fetch, handleFetch],
  [ApiKey.ListOffsets, handleListOffsets],
  [ApiKey.Metadata, handleMetadata],
  [ApiKey.OffsetCommit, handleOffsetCommit],
  [ApiKey.OffsetFetch, handleOffsetFetch],
  [ApiKey.FindCoordinator, handleFindCoordinator],
  [ApiKey.JoinGroup, handleJoinGroup],
  [ApiKey.Heartbeat, handleHeartbeat],
  [ApiKey.LeaveGroup, handleLeaveGroup],
  [ApiKey.SyncGroup, handleSyncGroup],
  [ApiKey.DescribeGroups, handleDescribeGroups],
  [ApiKey.ListGroups, handleListGroups],
  [ApiKey.ApiVersions, handleApiVersions],
  [ApiKey.CreateTopics, handleCreateTopics],
  [ApiKey.DeleteTopics, handleDeleteTopics],
  [ApiKey.InitProducerId, handleInitProducerId],
  [ApiKey.CreatePartitions, handleCreatePartitions],
  [ApiKey.DeleteGroups, handleDeleteGroups],
  [ApiKey.DescribeConfigs, handleDescribeConfigs],
]);
