import { createHash, randomUUID } from 'crypto';

/** Short stable id from any string (URL, file name, text): sha256, hex, 20 chars. */
export function stableId(prefix: string, input: string | Buffer): string {
  return `${prefix}${createHash('sha256').update(input).digest('hex').slice(0, 20)}`;
}

export function newEventId(): string {
  return randomUUID();
}
