import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { KafkaHealth, PipelineMetrics } from '@raseed/kafka';
import { DATA_SOURCE, DataSource, pingDatabase } from '@raseed/persistence';

/** /health: the broker and (where the app has one) the database, via terminus. */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Optional() private readonly kafka?: KafkaHealth,
    @Optional() @Inject(DATA_SOURCE) private readonly db?: DataSource,
    @Optional() private readonly metrics?: PipelineMetrics,
  ) {}

  @Get('health')
  @HealthCheck()
  check() {
    return this.health.check([
      ...(this.kafka ? [() => this.probe('kafka', () => this.kafka!.ping())] : []),
      ...(this.db ? [() => this.probe('database', () => pingDatabase(this.db!))] : []),
    ]);
  }

  @Get('metrics.json')
  metricsJson() {
    return this.metrics?.snapshot() ?? {};
  }

  private async probe(key: string, ping: () => Promise<void>) {
    const indicator = this.indicators.check(key);
    try {
      await ping();
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
