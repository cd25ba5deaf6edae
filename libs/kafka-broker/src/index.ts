export { startBroker } from './lib/server/broker';
export type { BrokerOptions, FsyncPolicy, RunningBroker } from './lib/server/broker';
export type { Logger } from './lib/storage/segment';
export { SUPPORTED_APIS } from './lib/protocol/api-keys';
