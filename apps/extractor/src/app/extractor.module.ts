import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@raseed/kafka';
import { HealthModule, kafkaSettingsFromEnv } from '@raseed/platform';
import { ExtractorConfig } from '../config/env.schema';
import { ArticlesNormalisedConsumer } from './articles-normalised.consumer';
import { IncidentExtractingService } from './incident-extracting.service';

@Module({})
export class ExtractorModule {
  static register(config: ExtractorConfig): DynamicModule {
    return {
      module: ExtractorModule,
      imports: [KafkaModule.forRoot(kafkaSettingsFromEnv('extractor', config)), HealthModule],
      controllers: [ArticlesNormalisedConsumer],
      providers: [IncidentExtractingService],
    };
  }
}
