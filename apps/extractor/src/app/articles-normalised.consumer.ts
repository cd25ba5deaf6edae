import { ArticleNormalisedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { IncidentExtractingService } from './incident-extracting.service';

@PipelineConsumer()
export class ArticlesNormalisedConsumer {
  constructor(private readonly extracting: IncidentExtractingService) {}

  // Batches of at most 100: extraction costs ~0.25 ms-2 ms an article, so a batch stays well
  // under the session timeout while the producer request is shared. Across partitions: one call
  // and one producer request per fetch, not per partition.
  @EventPattern(TOPICS.ARTICLES_NORMALISED_V1, { batch: true, maxBatchSize: 100, acrossPartitions: true })
  handle(@Payload() articles: ArticleNormalisedV1[]): Promise<void> {
    return this.extracting.extractMany(articles);
  }
}
