import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { ArticleRejectionsRepository } from './article-rejections.repository';
import { FetchRecordsRepository } from './fetch-records.repository';
import { NearDuplicateStore } from './near-duplicate.store';
import { DATA_SOURCE } from './database-token';

export { DATA_SOURCE, pingDatabase } from './database-token';

/** Apps never build a DataSource themselves: they import this with the validated URL. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(options: { url: string; poolSize?: number }): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DATA_SOURCE,
          useFactory: async () => createDataSource(options.url, options.poolSize).initialize(),
        },
        { provide: FetchRecordsRepository, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new FetchRecordsRepository(ds) },
        { provide: NearDuplicateStore, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new NearDuplicateStore(ds) },
        { provide: ArticleRejectionsRepository, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new ArticleRejectionsRepository(ds) },
        PersistenceShutdown,
      ],
      exports: [DATA_SOURCE, FetchRecordsRepository, NearDuplicateStore, ArticleRejectionsRepository],
    };
  }
}

class PersistenceShutdown implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
