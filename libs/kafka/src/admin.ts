// Topic provisioning with kafkajs alone, none of the NestJS transport.
export * from './lib/topics-admin';
