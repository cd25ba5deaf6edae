import { DynamicModule, Global, Module } from '@nestjs/common';
import { DATA_SOURCE, DataSource, sqlExecutor } from '@raseed/persistence';
import { IncidentIndexer, OpenSearchAdapter, PostgresSearchAdapter, SearchPort } from '@raseed/search';
import { SEARCH_MIRROR, SEARCH_PORT } from './search-tokens';

export { SEARCH_MIRROR, SEARCH_PORT } from './search-tokens';

/**
 * The search back end behind one port: PostgreSQL full-text search over the pipeline's own
 * database unless OPENSEARCH_URL selects OpenSearch. Needs PersistenceModule.
 */
@Global()
@Module({})
export class SearchModule {
  static forRoot(options: { opensearchUrl?: string }): DynamicModule {
    return {
      module: SearchModule,
      providers: [
        {
          provide: SEARCH_PORT,
          inject: [DATA_SOURCE],
          useFactory: async (ds: DataSource): Promise<SearchPort> => {
            if (options.opensearchUrl) return createOpenSearchPort(options.opensearchUrl);
            return new PostgresSearchAdapter(sqlExecutor(ds));
          },
        },
        { provide: SEARCH_MIRROR, inject: [SEARCH_PORT], useFactory: (port: SearchPort): SearchPort | null => (options.opensearchUrl ? port : null) },
        { provide: IncidentIndexer, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new IncidentIndexer(sqlExecutor(ds)) },
      ],
      exports: [SEARCH_PORT, SEARCH_MIRROR, IncidentIndexer],
    };
  }
}

/**
 * Services never create indices (provision owns them: two services creating them at once raced,
 * and the loser crashed): the engine is checked and the aliases awaited before the first request.
 */
async function createOpenSearchPort(url: string): Promise<SearchPort> {
  const adapter = OpenSearchAdapter.fromUrl(url);
  await adapter.verifyIndices();
  return adapter;
}
