import { ArticleNormalisedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { IncidentExtractingService } from './incident-extracting.service';

@PipelineConsumer()
export class ArticlesNormalisedConsumer {
  constructor(private readonly extracting: IncidentExtractingService) {}

  @EventPattern(TOPICS.ARTICLES_NORMALISED_V1)
  handle(@Payload() article: ArticleNormalisedV1): Promise<void> {
    return this.extracting.extract(article);
  }
}
