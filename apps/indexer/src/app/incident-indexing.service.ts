import { Inject, Injectable, Logger } from '@nestjs/common';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { SEARCH_PORT } from '@raseed/platform';
import { IncidentIndexer, SearchPort } from '@raseed/search';

/** Merges an article's mentions into canonical incidents, then brings the search index along. */
@Injectable()
export class IncidentIndexingService {
  private readonly log = new Logger(IncidentIndexingService.name);

  constructor(
    private readonly indexer: IncidentIndexer,
    @Inject(SEARCH_PORT) private readonly search: SearchPort,
  ) {}

  async index(events: IncidentsExtractedV1[]): Promise<void> {
    const result = await this.indexer.indexArticles(events);
    // Idempotent upserts by id: a redelivered message rewrites the same documents.
    await this.search.indexArticles(result.articles);
    await this.search.indexIncidents(result.incidents);
    await this.search.deleteIncidents(result.removedIncidentIds);
    const mentions = events.reduce((n, e) => n + e.incidents.length, 0);
    this.log.log(
      `${events.length} article(s), ${mentions} mention(s) → ${result.changedIncidentIds.length} incident(s) changed, ${result.removedIncidentIds.length} removed`,
    );
  }
}
