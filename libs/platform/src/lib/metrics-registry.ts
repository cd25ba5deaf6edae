import { Injectable } from '@nestjs/common';
import { Registry } from 'prom-client';

/** An app's own metrics (e.g. the API's lag gauges), merged into its /metrics with the process's and the consumer's. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
}
