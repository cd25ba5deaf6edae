import { crc32c } from '../../src/lib/protocol/crc32c';

function varint(n: number): Buffer {
  let z = n >= 0 ? n * 2 : -n * 2 - 1;
  const out: number[] = [];
  while (z >= 0x80) {
    out.push(z % 0x80 | 0x80);
    z = Math.floor(z / 0x80);
  }
  out.push(z);
  return Buffer.from(out);
}

export interface BatchSpec {
  values: string[];
  baseTimestamp?: number;
  timestampStep?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
}

/** Builds an uncompressed RecordBatch v2 with a correct CRC-32C, as a client would. */
export function buildBatch(spec: BatchSpec): Buffer {
  const ts = spec.baseTimestamp ?? Date.now();
  const step = spec.timestampStep ?? 0;
  const records = spec.values.map((v, i) => {
    const value = Buffer.from(v);
    const body = Buffer.concat([Buffer.from([0]), varint(i * step), varint(i), varint(-1), varint(value.length), value, varint(0)]);
    return Buffer.concat([varint(body.length), body]);
  });
  const recs = Buffer.concat(records);
  const head = Buffer.alloc(61);
  head.writeBigInt64BE(0n, 0);
  head.writeInt32BE(61 - 12 + recs.length, 8);
  head.writeInt32BE(0, 12);
  head.writeInt8(2, 16);
  head.writeInt16BE(0, 21);
  head.writeInt32BE(spec.values.length - 1, 23);
  head.writeBigInt64BE(BigInt(ts), 27);
  head.writeBigInt64BE(BigInt(ts + step * (spec.values.length - 1)), 35);
  head.writeBigInt64BE(BigInt(spec.producerId ?? -1), 43);
  head.writeInt16BE(spec.producerEpoch ?? (spec.producerId === undefined ? -1 : 0), 51);
  head.writeInt32BE(spec.baseSequence ?? (spec.producerId === undefined ? -1 : 0), 53);
  head.writeInt32BE(spec.values.length, 57);
  const batch = Buffer.concat([head, recs]);
  batch.writeUInt32BE(crc32c(batch, 21), 17);
  return batch;
}
