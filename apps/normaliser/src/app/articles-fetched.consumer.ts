import { ArticleFetchedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { ArticleNormalisingService } from './article-normalising.service';

@PipelineConsumer()
export class ArticlesFetchedConsumer {
  constructor(private readonly normalising: ArticleNormalisingService) {}

  // Batches: per-article cost is small next to one database write and one producer request.
  // Across partitions: one call takes what a fetch brought of every partition (each in its order),
  // so a steady trickle makes one call, one near-duplicate round and one producer request per
  // fetch rather than one per partition.
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1, { batch: true, maxBatchSize: 200, acrossPartitions: true })
  handle(@Payload() events: ArticleFetchedV1[]): Promise<void> {
    return this.normalising.normaliseMany(events);
  }
}
