import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@raseed/kafka';
import { PersistenceModule } from '@raseed/persistence';
import { HealthModule, kafkaSettingsFromEnv } from '@raseed/platform';
import { SearchModule } from '@raseed/platform/search';
import { DEFAULT_SETTLE_SCHEDULE } from '@raseed/search';
import { IndexerConfig } from '../config/env.schema';
import { IncidentIndexingService, SETTLE_SCHEDULE } from './incident-indexing.service';
import { IncidentsExtractedConsumer } from './incidents-extracted.consumer';

@Module({})
export class IndexerModule {
  static register(config: IndexerConfig): DynamicModule {
    return {
      module: IndexerModule,
      imports: [
        KafkaModule.forRoot(kafkaSettingsFromEnv('indexer', config)),
        PersistenceModule.forRoot({ url: config.DATABASE_URL }),
        SearchModule.forRoot({ opensearchUrl: config.OPENSEARCH_URL }),
        HealthModule,
      ],
      controllers: [IncidentsExtractedConsumer],
      providers: [IncidentIndexingService, { provide: SETTLE_SCHEDULE, useValue: { ...DEFAULT_SETTLE_SCHEDULE, idleMs: config.SETTLE_IDLE_MS, maxDeferMs: config.SETTLE_MAX_DEFER_MS } }],
    };
  }
}
