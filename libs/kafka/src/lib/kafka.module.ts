import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { INestApplication } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { createKafka, KafkaSettings } from './kafka-settings';
import { PipelineKafkaServer, PipelineServerOptions } from './pipeline-kafka.server';
import { PipelineMetrics } from './pipeline-metrics';
import { PipelineProducer } from './pipeline-producer';
import { pingKafka } from './topics-admin';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');

@Injectable()
export class KafkaHealth {
  constructor(@Inject(KAFKA_CLIENT) private readonly kafka: Kafka) {}
  ping(): Promise<void> {
    return pingKafka(this.kafka);
  }
}

@Injectable()
class ProducerShutdown implements OnApplicationShutdown {
  constructor(private readonly producer: PipelineProducer) {}
  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }
}

/** Kafka for a Nest app: the client, the pipeline producer, metrics and a health probe. */
@Global()
@Module({})
export class KafkaModule {
  static forRoot(settings: KafkaSettings): DynamicModule {
    const kafkaLogger = new Logger('kafkajs');
    return {
      module: KafkaModule,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings },
        {
          provide: KAFKA_CLIENT,
          useFactory: () => createKafka(settings, (level, message, fields) => kafkaLogger[level]({ message, ...fields })),
        },
        { provide: PipelineProducer, inject: [KAFKA_CLIENT], useFactory: (kafka: Kafka) => new PipelineProducer(kafka) },
        PipelineMetrics,
        KafkaHealth,
        ProducerShutdown,
      ],
      exports: [KAFKA_CLIENT, KAFKA_SETTINGS, PipelineProducer, PipelineMetrics, KafkaHealth],
    };
  }
}

/**
 * Attaches the pipeline consumer to a hybrid app: the app's `@EventPattern` handlers
 * consume as `groupId`; HTTP stays for /health.
 */
export async function connectPipelineConsumer(app: INestApplication, groupId: string, extra: Pick<PipelineServerOptions, 'transientError'> = {}): Promise<void> {
  const server = new PipelineKafkaServer({
    ...extra,
    kafka: app.get(KAFKA_CLIENT),
    settings: app.get(KAFKA_SETTINGS),
    producer: app.get(PipelineProducer),
    metrics: app.get(PipelineMetrics),
    groupId,
  });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  await app.startAllMicroservices();
}
