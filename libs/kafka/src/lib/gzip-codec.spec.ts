import { randomBytes } from 'crypto';
import { gunzipSync, gzipSync } from 'zlib';
import { SYNC_GZIP_MAX_BYTES, gzipCodec, useSyncSmallGzip } from './gzip-codec';

const text = (bytes: number) => Buffer.from('قصف بطائرة مسيرة قاعدة التنف، '.repeat(Math.ceil(bytes / 50))).subarray(0, bytes);

describe('gzip codec', () => {
  it.each([
    ['empty', 0],
    ['a few articles (synchronous)', 5_000],
    ['at the threshold', SYNC_GZIP_MAX_BYTES],
    ['a backfill batch (asynchronous)', SYNC_GZIP_MAX_BYTES * 8],
  ])('compresses %s to standard gzip that decompresses back', async (_name, bytes) => {
    const input = text(bytes);
    const packed = await gzipCodec.compress({ buffer: input });
    expect(packed.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip magic: what any Kafka client reads
    expect(gunzipSync(packed).equals(input)).toBe(true);
    expect((await gzipCodec.decompress(packed)).equals(input)).toBe(true);
  });

  it('decompresses what kafkajs and other producers send (gzip at any level), small or large', async () => {
    for (const input of [text(3_000), text(SYNC_GZIP_MAX_BYTES * 4), randomBytes(SYNC_GZIP_MAX_BYTES)]) {
      for (const level of [1, 6, 9]) expect((await gzipCodec.decompress(gzipSync(input, { level }))).equals(input)).toBe(true);
    }
  });

  it('rejects corrupt input as kafkajs did (a failed promise, not a throw)', async () => {
    await expect(gzipCodec.decompress(Buffer.from('not gzip'))).rejects.toThrow();
  });

  it('is the codec kafkajs uses for gzip batches once registered', () => {
    useSyncSmallGzip();
    const { lookupCodec, Types } = require('kafkajs/src/protocol/message/compression');
    expect(lookupCodec(Types.GZIP)).toBe(gzipCodec);
  });
});
