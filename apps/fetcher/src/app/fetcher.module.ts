import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@raseed/kafka';
import { DATA_SOURCE, DataSource, FetchSourceStateRepository, FetchUrlStateRepository, PersistenceModule } from '@raseed/persistence';
import { HealthModule, kafkaSettingsFromEnv } from '@raseed/platform';
import { FETCHER_CONFIG, FetcherConfig } from '../config/env.schema';
import { InboxWatcherService } from './inbox-watcher.service';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';

@Module({})
export class FetcherModule {
  static register(config: FetcherConfig): DynamicModule {
    return {
      module: FetcherModule,
      imports: [KafkaModule.forRoot(kafkaSettingsFromEnv('fetcher', config)), PersistenceModule.forRoot({ url: config.DATABASE_URL, poolSize: 4 }), HealthModule],
      controllers: [SourcesController],
      providers: [
        { provide: FETCHER_CONFIG, useValue: config },
        { provide: FetchUrlStateRepository, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new FetchUrlStateRepository(ds) },
        { provide: FetchSourceStateRepository, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new FetchSourceStateRepository(ds) },
        InboxWatcherService,
        SourcesService,
      ],
    };
  }
}
