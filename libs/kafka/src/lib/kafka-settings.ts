import { Kafka, logLevel, LogEntry } from 'kafkajs';
import { fixKafkajsRequestQueue } from './request-queue-fix';
import { useSyncSmallGzip } from './gzip-codec';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Attempts per message before dead-lettering (1 = no retry). */
  maxAttempts: number;
  retryBackoffMs: number;
  sessionTimeoutMs: number;
  /** Longest a fetch waits for data; also bounds how long a shutdown waits for it. */
  fetchMaxWaitMs?: number;
}

/** A kafkajs log entry as a message and its fields (broker, groupId, error, retry counts, …), never one concatenated string. */
export type KafkaLog = (level: 'error' | 'warn' | 'log' | 'debug', message: string, fields: Record<string, unknown>) => void;

/** kafkajs client for these brokers, its logs routed to the caller's logger. The retry and group settings belong to the consumer, not the client. */
export function createKafka(settings: Pick<KafkaSettings, 'brokers' | 'clientId'>, log?: KafkaLog): Kafka {
  // Every connection's request queue otherwise spins a 1 ms timer for ever (request-queue-fix.ts).
  fixKafkajsRequestQueue();
  // The same gzip on the wire, without kafkajs's per-batch stream and thread-pool round trip for small batches (gzip-codec.ts).
  useSyncSmallGzip();
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    connectionTimeout: 5000,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ namespace, level, log: entry }: LogEntry) => {
        if (!log) return;
        // kafkajs's own timestamp and logger name duplicate what every log line has.
        const { message, timestamp: _timestamp, logger: _logger, ...fields } = entry;
        log(level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : level === logLevel.INFO ? 'log' : 'debug', message, { namespace, ...fields });
      },
  });
}
