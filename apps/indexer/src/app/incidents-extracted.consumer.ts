import { IncidentsExtractedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { IncidentIndexingService } from './incident-indexing.service';

@PipelineConsumer()
export class IncidentsExtractedConsumer {
  constructor(private readonly indexing: IncidentIndexingService) {}

  @EventPattern(TOPICS.INCIDENTS_EXTRACTED_V1)
  handle(@Payload() event: IncidentsExtractedV1): Promise<void> {
    return this.indexing.index(event);
  }
}
