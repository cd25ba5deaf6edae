import { PATTERN_EXTRAS_METADATA } from '@nestjs/microservices/constants';
import { ArticlesFetchedConsumer } from './articles-fetched.consumer';

describe('ArticlesFetchedConsumer', () => {
  it('takes what a fetch brought of every partition in one call (one near-duplicate round and one producer request per fetch, not per partition)', () => {
    const extras = Reflect.getMetadata(PATTERN_EXTRAS_METADATA, ArticlesFetchedConsumer.prototype.handle);
    expect(extras).toEqual({ batch: true, maxBatchSize: 200, acrossPartitions: true });
  });
});
