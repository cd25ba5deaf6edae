import { ArticleFetchedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { ArticleNormalisingService } from './article-normalising.service';

@PipelineConsumer()
export class ArticlesFetchedConsumer {
  constructor(private readonly normalising: ArticleNormalisingService) {}

  @EventPattern(TOPICS.ARTICLES_FETCHED_V1)
  handle(@Payload() event: ArticleFetchedV1): Promise<void> {
    return this.normalising.normalise(event);
  }
}
