import { PATTERN_EXTRAS_METADATA } from '@nestjs/microservices/constants';
import { ArticlesNormalisedConsumer } from './articles-normalised.consumer';

describe('ArticlesNormalisedConsumer', () => {
  it('takes what a fetch brought of every partition in one call (one producer request per fetch, not per partition), at most 100 articles', () => {
    const extras = Reflect.getMetadata(PATTERN_EXTRAS_METADATA, ArticlesNormalisedConsumer.prototype.handle);
    expect(extras).toEqual({ batch: true, maxBatchSize: 100, acrossPartitions: true });
  });
});
