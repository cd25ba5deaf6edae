import { DEAD_LETTER_HEADERS, TopicName, deadLetterTopic } from '@raseed/contracts';
import { IHeaders, KafkaMessage, Message } from 'kafkajs';

export interface DeadLetterContext {
  topic: TopicName;
  partition: number;
  group: string;
  attempts: number;
  kind: 'invalid' | 'failed';
  error: Error;
}

/** The original key, value and headers untouched, plus why and where it failed. */
export function buildDeadLetter(message: KafkaMessage, ctx: DeadLetterContext, now = new Date()): { topic: string; message: Message } {
  const headers: IHeaders = { ...(message.headers ?? {}) };
  headers[DEAD_LETTER_HEADERS.ORIGINAL_TOPIC] = ctx.topic;
  headers[DEAD_LETTER_HEADERS.ORIGINAL_PARTITION] = String(ctx.partition);
  headers[DEAD_LETTER_HEADERS.ORIGINAL_OFFSET] = message.offset;
  headers[DEAD_LETTER_HEADERS.ERROR] = truncate(`${ctx.error.name}: ${ctx.error.message}`, 4000);
  headers[DEAD_LETTER_HEADERS.ERROR_KIND] = ctx.kind;
  headers[DEAD_LETTER_HEADERS.ATTEMPTS] = String(ctx.attempts);
  headers[DEAD_LETTER_HEADERS.CONSUMER_GROUP] = ctx.group;
  headers[DEAD_LETTER_HEADERS.FAILED_AT] = now.toISOString();
  return { topic: deadLetterTopic(ctx.topic), message: { key: message.key, value: message.value, headers } };
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
