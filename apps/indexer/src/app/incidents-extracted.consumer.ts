import { IncidentsExtractedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { IncidentIndexingService } from './incident-indexing.service';

@PipelineConsumer()
export class IncidentsExtractedConsumer {
  constructor(private readonly indexing: IncidentIndexingService) {}

  // Batches: each one re-reads and re-clusters the neighbourhood its mentions fall in, so that
  // fixed cost is shared. 500, not more: a batch's time stays bounded (big incidents take part
  // through bounded samples), and between batches the consumer heartbeats and commits progress.
  @EventPattern(TOPICS.INCIDENTS_EXTRACTED_V1, { batch: true, maxBatchSize: 500 })
  handle(@Payload() events: IncidentsExtractedV1[]): Promise<void> {
    return this.indexing.index(events);
  }
}
