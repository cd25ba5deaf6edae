import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@raseed/kafka';
import { PersistenceModule } from '@raseed/persistence';
import { HealthModule, kafkaSettingsFromEnv } from '@raseed/platform';
import { NORMALISER_CONFIG, NormaliserConfig } from '../config/env.schema';
import { ArticleNormalisingService } from './article-normalising.service';
import { ArticlesFetchedConsumer } from './articles-fetched.consumer';
import { NearDuplicatesService } from './near-duplicates.service';

@Module({})
export class NormaliserModule {
  static register(config: NormaliserConfig): DynamicModule {
    return {
      module: NormaliserModule,
      imports: [KafkaModule.forRoot(kafkaSettingsFromEnv('normaliser', config)), PersistenceModule.forRoot({ url: config.DATABASE_URL, poolSize: 4 }), HealthModule],
      controllers: [ArticlesFetchedConsumer],
      providers: [{ provide: NORMALISER_CONFIG, useValue: config }, ArticleNormalisingService, NearDuplicatesService],
    };
  }
}
