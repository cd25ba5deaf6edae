import { ErrorCode } from '../protocol/error-codes';

/** How many recent batches per (producer, partition) are remembered for duplicate detection (Kafka: 5). */
const REMEMBERED_BATCHES = 5;
const INT32_MAX = 0x7fffffff;

interface RememberedBatch {
  baseSequence: number;
  lastOffsetDelta: number;
  baseOffset: number;
}

interface PartitionProducerState {
  epoch: number;
  lastSequence: number;
  batches: RememberedBatch[];
}

export type SequenceCheck = { kind: 'append' } | { kind: 'duplicate'; baseOffset: number } | { kind: 'error'; errorCode: number };

function nextSequence(seq: number, lastOffsetDelta: number): number {
  // Sequences wrap to 0 after INT32_MAX, like kafkajs and Kafka.
  return (seq + lastOffsetDelta + 1) % (INT32_MAX + 1);
}

/**
 * Idempotent-producer bookkeeping per (producerId, topic, partition): a retried batch
 * gets its original offset back instead of being appended twice; gaps are rejected.
 */
export class ProducerStateTable {
  private states = new Map<string, PartitionProducerState>();

  private static key(producerId: number, topic: string, partition: number): string {
    return `${producerId}\u0000${topic}\u0000${partition}`;
  }

  check(producerId: number, epoch: number, topic: string, partition: number, baseSequence: number, lastOffsetDelta: number): SequenceCheck {
    const s = this.states.get(ProducerStateTable.key(producerId, topic, partition));
    if (!s) {
      // No state: a fresh producer starts at 0. State is rebuilt from the active segment
      // on restart, so an unknown producer with a later sequence is accepted (see scope doc §5).
      return { kind: 'append' };
    }
    if (epoch < s.epoch) return { kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH };
    if (epoch > s.epoch) {
      return baseSequence === 0 ? { kind: 'append' } : { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER };
    }
    const dup = s.batches.find((b) => b.baseSequence === baseSequence && b.lastOffsetDelta === lastOffsetDelta);
    if (dup) return { kind: 'duplicate', baseOffset: dup.baseOffset };
    if (baseSequence === nextSequence(s.lastSequence, 0)) return { kind: 'append' };
    return { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER };
  }

  record(producerId: number, epoch: number, topic: string, partition: number, baseSequence: number, lastOffsetDelta: number, baseOffset: number): void {
    const k = ProducerStateTable.key(producerId, topic, partition);
    let s = this.states.get(k);
    if (!s || epoch !== s.epoch) {
      s = { epoch, lastSequence: -1, batches: [] };
      this.states.set(k, s);
    }
    s.lastSequence = nextSequence(baseSequence, lastOffsetDelta - 1);
    s.batches.push({ baseSequence, lastOffsetDelta, baseOffset });
    if (s.batches.length > REMEMBERED_BATCHES) s.batches.shift();
  }

  dropTopic(topic: string): void {
    for (const k of this.states.keys()) if (k.split('\u0000')[1] === topic) this.states.delete(k);
  }
}
