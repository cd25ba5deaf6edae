import { KafkaSettings } from '@raseed/kafka';

/** Maps the validated KAFKA_* variables to client settings; clientId = service + pid. */
export function kafkaSettingsFromEnv(
  service: string,
  env: { KAFKA_BROKERS: string[]; KAFKA_CLIENT_ID?: string; KAFKA_MAX_ATTEMPTS: number; KAFKA_RETRY_BACKOFF_MS: number; KAFKA_SESSION_TIMEOUT_MS: number; KAFKA_FETCH_MAX_WAIT_MS: number },
): KafkaSettings {
  return {
    brokers: env.KAFKA_BROKERS,
    clientId: env.KAFKA_CLIENT_ID ?? `${service}-${process.pid}`,
    maxAttempts: env.KAFKA_MAX_ATTEMPTS,
    retryBackoffMs: env.KAFKA_RETRY_BACKOFF_MS,
    sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS,
    fetchMaxWaitMs: env.KAFKA_FETCH_MAX_WAIT_MS,
  };
}
