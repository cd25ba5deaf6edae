import { Inject, Injectable, Logger } from '@nestjs/common';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { SEARCH_MIRROR } from '@raseed/platform';
import { IncidentIndexer, SearchPort } from '@raseed/search';

/** Merges an article's mentions into canonical incidents, then brings a separate search back end along. */
@Injectable()
export class IncidentIndexingService {
  private readonly log = new Logger(IncidentIndexingService.name);

  constructor(
    private readonly indexer: IncidentIndexer,
    @Inject(SEARCH_MIRROR) private readonly mirror: SearchPort | null,
  ) {}

  async index(events: IncidentsExtractedV1[]): Promise<void> {
    const result = await this.indexer.indexArticles(events);
    if (this.mirror) {
      // Idempotent upserts by id: a redelivered message rewrites the same documents.
      await this.mirror.indexArticles(result.articles);
      await this.mirror.indexIncidents(result.incidents);
      await this.mirror.deleteIncidents(result.removedIncidentIds);
    }
    const mentions = events.reduce((n, e) => n + e.incidents.length, 0);
    this.log.log(
      `${events.length} article(s), ${mentions} mention(s) → ${result.changedIncidentIds.length} incident(s) changed, ${result.removedIncidentIds.length} removed` +
        // Another indexer held a neighbourhood this batch reached into: it rolled back and waited (README "Parallel indexers").
        (this.indexer.restarts ? `; ${this.indexer.restarts} lock restart(s) since start` : ''),
    );
  }
}
