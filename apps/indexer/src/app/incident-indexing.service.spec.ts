import { IncidentIndexer, IndexResult, SearchPort } from '@raseed/search';
import { IncidentIndexingService } from './incident-indexing.service';

const result = { changedIncidentIds: ['inc_1'], removedIncidentIds: ['inc_0'], incidents: [{ id: 'inc_1' }], articles: [{ id: 'a1' }] } as unknown as IndexResult;
const indexer = { indexArticles: async () => result } as unknown as IncidentIndexer;

describe('IncidentIndexingService', () => {
  it('brings a separate search back end (OpenSearch) along with what the indexer changed', async () => {
    const calls: string[] = [];
    const mirror = {
      indexArticles: async (docs: Array<{ id: string }>) => void calls.push(`articles ${docs.map((d) => d.id)}`),
      indexIncidents: async (docs: Array<{ id: string }>) => void calls.push(`incidents ${docs.map((d) => d.id)}`),
      deleteIncidents: async (ids: string[]) => void calls.push(`delete ${ids}`),
    } as unknown as SearchPort;
    await new IncidentIndexingService(indexer, mirror).index([]);
    expect(calls).toEqual(['articles a1', 'incidents inc_1', 'delete inc_0']);
  });

  it('writes nothing twice when search reads the indexer’s own tables (no mirror)', async () => {
    await expect(new IncidentIndexingService(indexer, null).index([])).resolves.toBeUndefined();
  });
});
