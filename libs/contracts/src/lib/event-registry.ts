import { z } from 'zod';
import { ArticleFetchedV1 } from './events/article-fetched.event';
import { ArticleNormalisedV1, ArticleRejectedV1 } from './events/article-normalised.event';
import { IncidentsExtractedV1 } from './events/incidents-extracted.event';
import { TOPICS, TopicName } from './topics';

/** Which schema every topic carries: consumers validate against it at their edge. */
export const TOPIC_SCHEMAS = {
  [TOPICS.ARTICLES_FETCHED_V1]: ArticleFetchedV1,
  [TOPICS.ARTICLES_NORMALISED_V1]: ArticleNormalisedV1,
  [TOPICS.ARTICLES_REJECTED_V1]: ArticleRejectedV1,
  [TOPICS.INCIDENTS_EXTRACTED_V1]: IncidentsExtractedV1,
} satisfies Record<TopicName, z.ZodTypeAny>;

export type EventOf<T extends TopicName> = z.infer<(typeof TOPIC_SCHEMAS)[T]>;

/** Thrown for a payload that can never succeed: it goes to the dead-letter topic at once. */
export class InvalidEventError extends Error {
  constructor(
    readonly topic: string,
    readonly issues: string[],
  ) {
    super(`invalid ${topic} event: ${issues.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

/** Parses raw bytes or text into the topic's event, or throws InvalidEventError. */
export function decodeEvent<T extends TopicName>(topic: T, raw: Buffer | string | null): EventOf<T> {
  if (raw === null) throw new InvalidEventError(topic, ['empty message value']);
  let json: unknown;
  try {
    json = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (err) {
    throw new InvalidEventError(topic, [`not JSON: ${(err as Error).message}`]);
  }
  const result = TOPIC_SCHEMAS[topic].safeParse(json);
  if (!result.success) {
    throw new InvalidEventError(
      topic,
      result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return result.data as EventOf<T>;
}

/** Validates before serialising, so a producer bug never reaches the topic. */
export function encodeEvent<T extends TopicName>(topic: T, event: EventOf<T>): string {
  const result = TOPIC_SCHEMAS[topic].safeParse(event);
  if (!result.success) {
    throw new InvalidEventError(
      topic,
      result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return JSON.stringify(result.data);
}
