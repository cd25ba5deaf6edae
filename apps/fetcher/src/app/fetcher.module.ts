import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@raseed/kafka';
import { PersistenceModule } from '@raseed/persistence';
import { HealthModule, kafkaSettingsFromEnv } from '@raseed/platform';
import { FETCHER_CONFIG, FetcherConfig } from '../config/env.schema';
import { InboxWatcherService } from './inbox-watcher.service';

@Module({})
export class FetcherModule {
  static register(config: FetcherConfig): DynamicModule {
    return {
      module: FetcherModule,
      imports: [KafkaModule.forRoot(kafkaSettingsFromEnv('fetcher', config)), PersistenceModule.forRoot({ url: config.DATABASE_URL, poolSize: 4 }), HealthModule],
      providers: [{ provide: FETCHER_CONFIG, useValue: config }, InboxWatcherService],
    };
  }
}
