import { IncidentsExtractedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { IncidentIndexingService } from './incident-indexing.service';

@PipelineConsumer()
export class IncidentsExtractedConsumer {
  constructor(private readonly indexing: IncidentIndexingService) {}

  // Batches: one transaction per chunk of articles is far faster than one per article.
  @EventPattern(TOPICS.INCIDENTS_EXTRACTED_V1, { batch: true })
  handle(@Payload() events: IncidentsExtractedV1[]): Promise<void> {
    return this.indexing.index(events);
  }
}
