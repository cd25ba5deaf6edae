import { OpenSearchTransport } from '../../src/lib/opensearch/opensearch.adapter';

type Req = Parameters<OpenSearchTransport['request']>[0];

/**
 * The index and alias bookkeeping of one OpenSearch node, as its REST API answers it (GET /,
 * HEAD /_alias, PUT index with aliases, POST /_aliases, _bulk), shared by every transport it hands
 * out, so two adapters act on one store. Each request yields first, so concurrent owners
 * interleave the way two processes do (both look, then both create). Not a search engine.
 */
export class FakeOpenSearchNode {
  readonly indices = new Set<string>();
  readonly aliases = new Map<string, string>();
  readonly log: string[] = [];
  version: { number: string; distribution?: string } = { number: '2.19.2', distribution: 'opensearch' };
  /** Bulk item error returned for every item while set (e.g. a mapping rejection). */
  bulkItemError: { status: number; type: string } | null = null;

  transport(): OpenSearchTransport {
    return { request: (req, options) => this.handle(req, options?.ignore ?? []) };
  }

  private async handle(req: Req, ignore: number[]): Promise<{ body: unknown; statusCode: number | null }> {
    await new Promise((r) => setImmediate(r));
    this.log.push(`${req.method} ${req.path}`);
    const res = this.answer(req);
    if (res.statusCode >= 400 && !ignore.includes(res.statusCode)) {
      throw Object.assign(new Error(`Response Error ${res.statusCode} ${JSON.stringify(res.body)}`), { meta: res });
    }
    return res;
  }

  private answer(req: Req): { body: unknown; statusCode: number } {
    if (req.method === 'GET' && req.path === '/') return { statusCode: 200, body: { version: this.version, tagline: 'The OpenSearch Project: https://opensearch.org/' } };
    const alias = /^\/_alias\/(.+)$/.exec(req.path);
    if (req.method === 'HEAD' && alias) return { statusCode: this.aliases.has(alias[1]) ? 200 : 404, body: null };
    if (req.method === 'POST' && req.path === '/_aliases') {
      for (const a of (req.body as { actions: { add: { index: string; alias: string } }[] }).actions) {
        if (!this.indices.has(a.add.index)) return { statusCode: 404, body: { error: { type: 'index_not_found_exception' } } };
        this.aliases.set(a.add.alias, a.add.index);
      }
      return { statusCode: 200, body: { acknowledged: true } };
    }
    if (req.method === 'PUT' && /^\/[^/_][^/]*$/.test(req.path)) {
      const index = req.path.slice(1);
      if (this.indices.has(index) || this.aliases.has(index))
        return { statusCode: 400, body: { error: { type: 'resource_already_exists_exception', reason: `index [${index}] already exists` }, status: 400 } };
      this.indices.add(index);
      for (const a of Object.keys((req.body as { aliases?: object }).aliases ?? {})) this.aliases.set(a, index);
      return { statusCode: 200, body: { acknowledged: true, index } };
    }
    const bulk = /^\/([^/]+)\/_bulk$/.exec(req.path);
    if (req.method === 'POST' && bulk) {
      if (!this.aliases.has(bulk[1])) return { statusCode: 404, body: { error: { type: 'index_not_found_exception' } } };
      const actions = (req.bulkBody ?? []).filter((l) => l && typeof l === 'object' && ('index' in l || 'delete' in l)) as Record<string, { _id: string }>[];
      const err = this.bulkItemError;
      return {
        statusCode: 200,
        body: { errors: !!err, items: actions.map((a) => ({ [Object.keys(a)[0]]: err ? { status: err.status, error: { type: err.type, reason: 'rejected' } } : { status: 201 } })) },
      };
    }
    return { statusCode: 400, body: { error: { type: 'unsupported_by_fake', reason: `${req.method} ${req.path}` } } };
  }
}
