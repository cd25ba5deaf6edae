import { IncidentsExtractedV1 } from '@raseed/contracts';
import { IncidentIndexer, IndexResult, SearchPort, SettleResult } from '@raseed/search';
import { IncidentIndexingService } from './incident-indexing.service';

const result = { changedIncidentIds: ['inc_1'], removedIncidentIds: ['inc_0'], incidents: [{ id: 'inc_1' }], articles: [{ id: 'a1' }] } as unknown as IndexResult;
const events = [{ articleId: 'a1', incidents: [] }] as unknown as IncidentsExtractedV1[];

/** An indexer that records every batch it is given. */
function recordingIndexer(): { indexer: IncidentIndexer; batches: IncidentsExtractedV1[][] } {
  const batches: IncidentsExtractedV1[][] = [];
  const indexer = { indexArticles: async (batch: IncidentsExtractedV1[]) => (batches.push(batch), result), settle: async () => null } as unknown as IncidentIndexer;
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

  it('settles once the stream is quiet and brings the mirror along with what the pass changed', async () => {
    const settled = { ...result, changedIncidentIds: ['inc_2'], removedIncidentIds: ['inc_1'], incidents: [{ id: 'inc_2' }], articles: [], unsettled: 1, reclustered: 2 } as unknown as SettleResult;
    const passes: string[] = [];
    const indexer = {
      indexArticles: async () => (passes.push('batch'), result),
      settle: async () => (passes.push('settle'), passes.filter((p) => p === 'settle').length === 1 ? settled : null),
    } as unknown as IncidentIndexer;
    const calls: string[] = [];
    const mirror = {
      indexArticles: async () => undefined,
      indexIncidents: async (docs: Array<{ id: string }>) => void calls.push(`incidents ${docs.map((d) => d.id)}`),
      deleteIncidents: async (ids: string[]) => void calls.push(`delete ${ids}`),
    } as unknown as SearchPort;
    const service = new IncidentIndexingService(indexer, mirror, { idleMs: 20, maxDeferMs: 60_000, retryMs: 20 });
    await service.index(events);
    expect(passes).toEqual(['batch']); // not while batches may follow
    await new Promise((r) => setTimeout(r, 100));
    expect(passes).toEqual(['batch', 'settle']);
    expect(calls).toEqual(['incidents inc_1', 'delete inc_0', 'incidents inc_2', 'delete inc_1']);
    await service.onApplicationShutdown();
  });
});
