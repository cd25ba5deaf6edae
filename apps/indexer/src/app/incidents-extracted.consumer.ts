import { IncidentsExtractedV1, TOPICS } from '@raseed/contracts';
import { EventPattern, Payload, PipelineConsumer } from '@raseed/kafka';
import { IncidentIndexingService } from './incident-indexing.service';

@PipelineConsumer()
export class IncidentsExtractedConsumer {
  constructor(private readonly indexing: IncidentIndexingService) {}

  // Batches: each one re-reads and re-clusters the neighbourhood its mentions fall in and rewrites
  // the incidents they change, so that cost is shared: 2,000 take about half the time per article
  // of 500 on a backfill (tools/bench/indexer-backfill.bench.ts). A long batch does not cost the
  // session: the indexer gives the event loop a turn every ~50 ms of work (run-in-steps), so the
  // consumer's heartbeats fire meanwhile; progress is committed between batches. Across
  // partitions: one call takes what a fetch brought of every partition (each in its order), so
  // each incident's document is rewritten once per fetch rather than once per partition.
  @EventPattern(TOPICS.INCIDENTS_EXTRACTED_V1, { batch: true, maxBatchSize: 2000, acrossPartitions: true })
  handle(@Payload() events: IncidentsExtractedV1[]): Promise<void> {
    return this.indexing.index(events);
  }
}
