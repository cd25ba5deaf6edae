import { Controller, Get, Header, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { KafkaHealth, PipelineMetrics } from '@raseed/kafka';
import { PROMETHEUS_CONTENT_TYPE, processMetrics, renderMetrics } from '@raseed/operations';
import { DATA_SOURCE, pingDatabase } from '@raseed/persistence/health';
import type { DataSource } from '@raseed/persistence';
// A type only: with decorator metadata a value import would load the whole search library in every service.
import type { SearchPort } from '@raseed/search';
import { MetricsRegistry } from './metrics-registry';
import { SEARCH_PORT } from './search-tokens';
import { readStackStatus, STACK_STATUS_FILE } from './stack-status';

// Health is not in the API's OpenAPI document (openapi.ts), and asking terminus to document it
// loads @nestjs/swagger in every service: ~8 MB of RSS each for nothing.
const HEALTH_CHECK = { noCache: true, swaggerDocumentation: false };

// A lookup of an id that never exists: cheap on both back ends, and fails when the index/table is missing.
const SEARCH_PROBE_ID = '__readiness_probe__';

/**
 * Health via terminus: /health checks the broker and the database (what every service needs
 * to do work; the launchers wait on it), /health/ready adds search, so a load balancer only
 * routes to an instance whose every dependency answers. /metrics is Prometheus text 0.0.4
 * (prom-client): the process's default metrics, the consumer's and the app's own.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Optional() private readonly kafka?: KafkaHealth,
    @Optional() @Inject(DATA_SOURCE) private readonly db?: DataSource,
    @Optional() private readonly metrics?: PipelineMetrics,
    @Optional() @Inject(SEARCH_PORT) private readonly search?: SearchPort,
    @Optional() private readonly registry?: MetricsRegistry,
    @Optional() @Inject(STACK_STATUS_FILE) private readonly stackStatusFile?: string | null,
  ) {}

  @Get('health')
  @HealthCheck(HEALTH_CHECK)
  check() {
    return this.health.check(this.dependencyChecks());
  }

  @Get('health/live')
  @HealthCheck(HEALTH_CHECK)
  live() {
    return this.health.check([]);
  }

  @Get('health/ready')
  @HealthCheck(HEALTH_CHECK)
  ready() {
    return this.health.check([...this.dependencyChecks(), ...(this.search ? [() => this.probe('search', () => this.searchReady(this.search!))] : [])]);
  }

  @Get('metrics')
  @Header('Content-Type', PROMETHEUS_CONTENT_TYPE)
  metricsText(): Promise<string> {
    return renderMetrics([processMetrics(), ...(this.metrics ? [this.metrics.registry] : []), ...(this.registry ? [this.registry.registry] : [])]);
  }

  @Get('metrics.json')
  async metricsJson() {
    return (await this.metrics?.snapshot()) ?? {};
  }

  private dependencyChecks() {
    return [
      ...(this.kafka ? [() => this.probe('kafka', () => this.kafka!.ping())] : []),
      ...(this.db ? [() => this.probe('database', () => pingDatabase(this.db!))] : []),
      ...(this.stackStatusFile ? [() => this.probe('stack', async () => this.stackUp(this.stackStatusFile!))] : []),
    ];
  }

  /** Under `npm start` (the api only): every process the launcher supervises, and which are down. */
  private stackUp(file: string): void {
    const down = readStackStatus(file)
      .filter((c) => !c.up)
      .map((c) => c.name);
    if (down.length) throw new Error(`down (being restarted by the launcher): ${down.join(', ')}`);
  }

  /** Reads answer, and (where the back end says) writes go through: failed bulks mark search down. */
  private async searchReady(search: SearchPort): Promise<void> {
    await search.getIncident(SEARCH_PROBE_ID);
    if (search.health) await search.health();
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
