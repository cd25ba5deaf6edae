import { GroupCoordinator } from '../groups/group-coordinator';
import { OffsetStore } from '../groups/offset-store';
import { ProducerIdAllocator } from '../producer/producer-id-allocator';
import { ProducerStateTable } from '../producer/producer-state';
import { Reader, Writer } from '../protocol/primitives';
import { Logger } from '../storage/segment';
import { Topic, TopicStore } from '../storage/topic-store';

export interface BrokerSettings {
  nodeId: number;
  advertisedHost: string;
  port: number;
  clusterId: string;
  defaultPartitions: number;
  autoCreateTopics: boolean;
  /** Largest record set accepted for one partition in a Produce request. */
  maxMessageBytes: number;
  fsync: 'always' | 'interval' | 'never';
}

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string;
}

/** What a handler may know about the connection its request came from. */
export interface ConnectionHandle {
  readonly clientHost: string;
  readonly closed: boolean;
  onClose(cb: () => void): () => void;
}

/** Everything the API handlers share. */
export interface BrokerContext {
  settings: BrokerSettings;
  topics: TopicStore;
  offsets: OffsetStore;
  coordinator: GroupCoordinator;
  producers: ProducerStateTable;
  producerIds: ProducerIdAllocator;
  logger: Logger;
  /** Resolves once appended data is as durable as the fsync policy promises. */
  durableAppend(): Promise<void>;
  /** Creates a topic (persisted) or returns the existing one. */
  ensureTopic(name: string, partitions?: number, configs?: Record<string, string | null>): Topic;
  deleteTopic(name: string): boolean;
}

/** A response body, or null when the protocol sends none (Produce acks=0). */
export type HandlerResult = Writer | null;

export type ApiHandler = (ctx: BrokerContext, header: RequestHeader, body: Reader, conn: ConnectionHandle) => HandlerResult | Promise<HandlerResult>;
