import { collectDefaultMetrics, Registry } from 'prom-client';

/** Prometheus text exposition 0.0.4, as prom-client renders it. */
export const PROMETHEUS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/** Seconds buckets suited to per-message work: 1 ms to 30 s. */
export const DEFAULT_SECONDS_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

let processRegistry: Registry | null = null;

/**
 * The process's own metrics (prom-client's defaults: CPU, resident memory, heap, event-loop lag,
 * GC, handles, start time), in one registry per process: the default collectors observe the
 * whole process, so they are started once however many apps a process (a test) creates.
 */
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * One scrape of several registries (the process's, the consumer's, an app's own). A name
 * registered twice is an error here, as Prometheus would reject the exposition anyway.
 */
export function renderMetrics(registries: Registry[]): Promise<string> {
  return Registry.merge(registries).metrics();
}
