import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { KafkaModule } from '@raseed/kafka';
import { PersistenceModule } from '@raseed/persistence';
import { HealthModule, StackStatusModule, kafkaSettingsFromEnv } from '@raseed/platform';
import { SearchModule } from '@raseed/platform/search';
import { ApiConfig } from '../config/env.schema';
import { ArticlesController } from './articles.controller';
import { DatabaseUnavailableFilter } from './database-unavailable.filter';
import { ExportController } from './export.controller';
import { FeedController } from './feed.controller';
import { IncidentsController } from './incidents.controller';
import { LAG_MONITOR_OPTIONS, LagMonitor, lagMonitorOptions } from './lag-monitor.service';
import { LagController } from './lag.controller';
import { rejectNulBytes } from './nul-bytes.middleware';
import { DEFAULT_WEB_DIST_DIR, WEB_DIST_DIR, WebController } from './web.controller';
import { WebhooksController } from './webhooks.controller';
import { WEBHOOKS_SETTINGS, WebhooksService, webhooksSettings } from './webhooks.service';

@Module({})
export class ApiModule implements NestModule {
  static register(config: ApiConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        KafkaModule.forRoot(kafkaSettingsFromEnv('api', config)),
        PersistenceModule.forRoot({ url: config.DATABASE_URL }),
        SearchModule.forRoot({ opensearchUrl: config.OPENSEARCH_URL }),
        HealthModule,
        StackStatusModule.forRoot(config.STACK_STATUS_FILE),
      ],
      // Export and feed first: their fixed paths must be matched before /api/incidents/:id.
      controllers: [ExportController, FeedController, IncidentsController, ArticlesController, WebController, LagController, WebhooksController],
      providers: [
        { provide: APP_FILTER, useClass: DatabaseUnavailableFilter },
        { provide: LAG_MONITOR_OPTIONS, useValue: lagMonitorOptions(config) },
        { provide: WEB_DIST_DIR, useValue: config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST_DIR },
        LagMonitor,
        { provide: WEBHOOKS_SETTINGS, useValue: webhooksSettings(config) },
        WebhooksService,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(rejectNulBytes).forRoutes('{*path}');
  }
}
