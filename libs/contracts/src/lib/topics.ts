/**
 * The one registry of topic names. Names carry the schema version: a breaking change to an
 * event adds a new topic (`.v2`) instead of changing what `.v1` consumers read.
 */
export const TOPICS = {
  ARTICLES_FETCHED_V1: 'articles.fetched.v1',
  ARTICLES_NORMALISED_V1: 'articles.normalised.v1',
  ARTICLES_REJECTED_V1: 'articles.rejected.v1',
  INCIDENTS_EXTRACTED_V1: 'incidents.extracted.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** Messages that failed bounded retries go here with the original payload and error headers. */
export function deadLetterTopic(topic: TopicName): string {
  return `${topic}.dlt`;
}

/** Every topic the pipeline uses, dead-letter topics included: provisioned at start. */
export function allTopics(): string[] {
  return Object.values(TOPICS).flatMap((t) => [t, deadLetterTopic(t)]);
}

/** Headers a dead-lettered message carries, beside its untouched key and value. */
export const DEAD_LETTER_HEADERS = {
  ORIGINAL_TOPIC: 'x-dlt-original-topic',
  ORIGINAL_PARTITION: 'x-dlt-original-partition',
  ORIGINAL_OFFSET: 'x-dlt-original-offset',
  ERROR: 'x-dlt-error',
  ERROR_KIND: 'x-dlt-error-kind',
  ATTEMPTS: 'x-dlt-attempts',
  CONSUMER_GROUP: 'x-dlt-consumer-group',
  FAILED_AT: 'x-dlt-failed-at',
} as const;
