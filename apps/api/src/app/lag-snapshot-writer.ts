import { LAG_SNAPSHOT_INDEX, LAG_SNAPSHOT_MAPPING, LagReport, lagSnapshotDocuments } from '@raseed/operations';

/**
 * Appends lag reports to an OpenSearch index (one document per group/topic/partition and poll)
 * so OpenSearch Dashboards can chart lag over time. Plain HTTP: two requests, no client needed.
 */
export class LagSnapshotWriter {
  private ensured = false;

  constructor(
    private readonly opensearchUrl: string,
    private readonly index = LAG_SNAPSHOT_INDEX,
  ) {}

  async write(report: LagReport): Promise<void> {
    const docs = lagSnapshotDocuments(report);
    if (!docs.length) return;
    await this.ensureIndex();
    const body = docs.flatMap((d) => [JSON.stringify({ index: { _index: this.index, _id: d.id } }), JSON.stringify(d.doc)]).join('\n') + '\n';
    const res = await fetch(`${this.base}/_bulk`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    const out = (await res.json()) as { errors?: boolean; items?: Array<{ index?: { error?: { reason?: string } } }> };
    if (!res.ok || out.errors) throw new Error(`lag snapshot bulk failed: ${out.items?.find((i) => i.index?.error)?.index?.error?.reason ?? res.status}`);
  }

  private get base(): string {
    return this.opensearchUrl.replace(/\/+$/, '');
  }

  private async ensureIndex(): Promise<void> {
    if (this.ensured) return;
    const head = await fetch(`${this.base}/${this.index}`, { method: 'HEAD' });
    if (head.status === 404) {
      const res = await fetch(`${this.base}/${this.index}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: LAG_SNAPSHOT_MAPPING }),
      });
      // Another API instance may have created it in between.
      if (!res.ok && !(await res.text()).includes('resource_already_exists_exception')) throw new Error(`creating ${this.index} failed: ${res.status}`);
    }
    this.ensured = true;
  }
}
