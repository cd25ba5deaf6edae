import { IncidentsExtractedV1 } from '@raseed/contracts';
import { IncidentIndexer, IndexResult, SearchPort } from '@raseed/search';
import { IncidentIndexingService } from './incident-indexing.service';

const result = { changedIncidentIds: ['inc_1'], removedIncidentIds: ['inc_0'], incidents: [{ id: 'inc_1' }], articles: [{ id: 'a1' }] } as unknown as IndexResult;
const events = [{ articleId: 'a1', incidents: [] }] as unknown as IncidentsExtractedV1[];

/** An indexer that records every batch it is given. */
function recordingIndexer(): { indexer: IncidentIndexer; batches: IncidentsExtractedV1[][] } {
  const batches: IncidentsExtractedV1[][] = [];
  const indexer = { indexArticles: async (batch: IncidentsExtractedV1[]) => (batches.push(batch), result) } as unknown as IncidentIndexer;
  return { indexer, batches };
}

describe('IncidentIndexingService', () => {
  it('brings a separate search back end (OpenSearch) along with what the indexer changed', async () => {
    const { indexer, batches } = recordingIndexer();
    const calls: string[] = [];
    const mirror = {
      indexArticles: async (docs: Array<{ id: string }>) => void calls.push(`articles ${docs.map((d) => d.id)}`),
      indexIncidents: async (docs: Array<{ id: string }>) => void calls.push(`incidents ${docs.map((d) => d.id)}`),
      deleteIncidents: async (ids: string[]) => void calls.push(`delete ${ids}`),
    } as unknown as SearchPort;
    await new IncidentIndexingService(indexer, mirror).index(events);
    expect(batches).toEqual([events]);
    expect(calls).toEqual(['articles a1', 'incidents inc_1', 'delete inc_0']);
  });

  it('fails when the mirror fails, so the batch is redelivered rather than left out of search', async () => {
    const { indexer } = recordingIndexer();
    const mirror = {
      indexArticles: async () => undefined,
      indexIncidents: async () => {
        throw new Error('opensearch: 503');
      },
      deleteIncidents: async () => undefined,
    } as unknown as SearchPort;
    await expect(new IncidentIndexingService(indexer, mirror).index(events)).rejects.toThrow('opensearch: 503');
  });

  it('without a mirror (search reads the indexer’s own tables) the indexer’s write is the only one', async () => {
    const { indexer, batches } = recordingIndexer();
    await new IncidentIndexingService(indexer, null).index(events);
    expect(batches).toEqual([events]);
  });
});
