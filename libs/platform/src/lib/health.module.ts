import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsRegistry } from './metrics-registry';

/** /health (broker, database), /health/ready (+ search), /health/live, /metrics, /metrics.json. */
@Module({ imports: [TerminusModule.forRoot({ logger: false })], controllers: [HealthController], providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class HealthModule {}
