import { Injectable } from '@nestjs/common';
import { MetricFamily } from '@raseed/operations';

/** Extra Prometheus families an app contributes to its /metrics (e.g. the API's lag monitor). */
@Injectable()
export class MetricsRegistry {
  private readonly collectors: Array<() => MetricFamily[]> = [];

  register(collect: () => MetricFamily[]): void {
    this.collectors.push(collect);
  }

  collect(): MetricFamily[] {
    return this.collectors.flatMap((c) => c());
  }
}
