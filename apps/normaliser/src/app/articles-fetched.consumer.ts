import { ArticleFetchedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { ArticleNormalisingService } from './article-normalising.service';

@PipelineConsumer()
export class ArticlesFetchedConsumer {
  constructor(private readonly normalising: ArticleNormalisingService) {}

  // Batches: per-article cost is small next to one database write and one producer request.
  @EventPattern(TOPICS.ARTICLES_FETCHED_V1, { batch: true, maxBatchSize: 200 })
  handle(@Payload() events: ArticleFetchedV1[]): Promise<void> {
    return this.normalising.normaliseMany(events);
  }
}
