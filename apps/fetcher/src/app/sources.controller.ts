import { Controller, Get } from '@nestjs/common';
import { FetchSourceStateRepository } from '@raseed/persistence';
import { SourcesService } from './sources.service';

/** Progress of every source: definition, schedule, cumulative counters and last error. */
@Controller('api/sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly state: FetchSourceStateRepository,
  ) {}

  @Get()
  async list() {
    const rows = new Map((await this.state.list()).map((r) => [r.name, r]));
    const rejected = await this.state.rejectedDownstream();
    const zero = { runs: 0, fetched: 0, emitted: 0, notModified: 0, skipped: 0, errors: 0 };
    const view = (name: string) => {
      const r = rows.get(name);
      return {
        // errors: what the fetcher refused itself; rejectedDownstream: its articles a later stage refused.
        counters: {
          ...(r ? { runs: r.runs, fetched: r.fetched, emitted: r.emitted, notModified: r.notModified, skipped: r.skipped, errors: r.errors } : zero),
          rejectedDownstream: rejected.get(name) ?? 0,
        },
        lastError: r?.lastError ? { message: r.lastError, at: r.lastErrorAt } : null,
        lastRunAt: r?.lastRunAt ?? null,
        lastSuccessAt: r?.lastSuccessAt ?? null,
      };
    };
    const configured = this.sources.list().map((s) => {
      const d = s.definition;
      return {
        name: d.name,
        kind: d.kind,
        target: d.kind === 'folder' ? d.path : d.url,
        enabled: d.enabled,
        intervalSeconds: d.intervalSeconds,
        running: s.running,
        nextRunAt: s.nextRunAt,
        consecutiveFailures: s.consecutiveFailures,
        ...view(d.name),
      };
    });
    // The watched inbox is always a source, recorded under the name "inbox".
    const inbox = { name: 'inbox', kind: 'inbox', target: null, enabled: true, intervalSeconds: null, running: false, nextRunAt: null, consecutiveFailures: 0, ...view('inbox') };
    return { sources: [inbox, ...configured.filter((s) => s.name !== 'inbox')] };
  }
}
