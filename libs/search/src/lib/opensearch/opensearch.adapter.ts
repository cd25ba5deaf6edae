import {
  ArticleDocument,
  ArticleQuery,
  ArticleSearchResult,
  FacetBucket,
  IncidentDocument,
  IncidentFacets,
  IncidentPage,
  IncidentQuery,
  IncidentSearchResult,
  SearchPort,
  TotalRelation,
} from '../search.port';
import { ARTICLES_MAPPING, INCIDENTS_MAPPING, INDEX_VERSION, createIndexBody } from './search-indices.mapping';
import { ArticleSource, IncidentSource, articleFromSource, articleHitFromHit, articleSource, incidentSource, incidentSummaryFromHit } from './search-documents.mapping';
import { articleSearchBody, facetsBody, incidentSearchBody } from './incident-search.query';
import { incidentExportBody } from './incident-export.query';
import { EngineInfo, checkEngine } from './search-engine.version';

/** The one OpenSearch client surface used: Client#transport.request (easy to mock). */
export interface OpenSearchTransport {
  request(
    params: { method: string; path: string; body?: unknown; bulkBody?: unknown[]; querystring?: Record<string, unknown> },
    options?: { ignore?: number[] },
  ): Promise<{ body: unknown; statusCode: number | null }>;
}

interface SearchBody<S> {
  hits: { total?: number | { value: number; relation?: string }; hits: { _id: string; _score: number | null; _source: S; highlight?: Record<string, string[]> }[] };
  aggregations?: Record<string, { buckets: { key: string; doc_count: number }[] }>;
}

interface BulkBody {
  errors: boolean;
  items: Record<string, { status: number; error?: { type?: string; reason?: string } }>[];
}

export interface OpenSearchAdapterOptions {
  transport: OpenSearchTransport;
  /** Prefix for index and alias names (tests use a random one). */
  prefix?: string;
  /** Refresh after writes (tests); production leaves the refresh interval to do it. */
  refresh?: boolean;
  /** Retries for bulk items rejected with 429 / 5xx. */
  maxRetries?: number;
  retryDelayMs?: number;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const BULK_CHUNK = 500;

interface BulkOp {
  action: Record<string, { _id: string }>;
  source?: unknown;
}

/**
 * OpenSearch back end: versioned physical indices (`incidents-v1`) behind aliases (`incidents`),
 * a custom Arabic analyzer, keyword facets, geo_point, and bulk upserts by id with retries.
 */
export class OpenSearchAdapter implements SearchPort {
  readonly incidentsAlias: string;
  readonly articlesAlias: string;
  private readonly transport: OpenSearchTransport;
  private readonly refresh: boolean;
  private readonly maxRetries: number;
  private readonly retryDelayMs: number;
  private lastWriteError: string | null = null;

  constructor(options: OpenSearchAdapterOptions) {
    this.transport = options.transport;
    const prefix = options.prefix ?? '';
    this.incidentsAlias = `${prefix}incidents`;
    this.articlesAlias = `${prefix}articles`;
    this.refresh = options.refresh ?? false;
    this.maxRetries = options.maxRetries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 200;
  }

  /** Builds the adapter from a node URL with the official client. */
  static fromUrl(node: string, options: Omit<OpenSearchAdapterOptions, 'transport'> = {}): OpenSearchAdapter {
    // Required lazily: the PostgreSQL-only deployment never loads the client.
    const { Client } = require('@opensearch-project/opensearch') as typeof import('@opensearch-project/opensearch');
    const client = new Client({ node });
    return new OpenSearchAdapter({ ...options, transport: client.transport as unknown as OpenSearchTransport });
  }

  /**
   * Index owner (provision, before the services start): checks the engine, then creates the
   * current index version behind each alias that does not exist yet. Safe to run twice or
   * concurrently: an owner that loses the creation race gets resource_already_exists_exception,
   * which means the goal state is reached; the alias is then checked again and added if a
   * creator stopped between index and alias (creation names the alias, so normally it is there).
   */
  async ensureIndices(): Promise<{ engine: string; created: string[] }> {
    const engine = await this.checkEngine();
    const created: string[] = [];
    for (const [alias, mapping] of [
      [this.incidentsAlias, INCIDENTS_MAPPING],
      [this.articlesAlias, ARTICLES_MAPPING],
    ] as const) {
      if (await this.aliasExists(alias)) continue;
      const index = `${alias}-v${INDEX_VERSION}`;
      const res = await this.transport.request({ method: 'PUT', path: `/${index}`, body: createIndexBody(mapping, alias) }, { ignore: [400] });
      if (res.statusCode === 400) {
        const type = errorType(res.body);
        if (type !== 'resource_already_exists_exception') throw new Error(`OpenSearch refused to create ${index}: ${type ?? JSON.stringify(res.body)}`);
        if (!(await this.aliasExists(alias))) await this.transport.request({ method: 'POST', path: '/_aliases', body: { actions: [{ add: { index, alias } }] } });
      } else {
        created.push(index);
      }
    }
    return { engine, created };
  }

  /**
   * What a service checks at start (it never creates indices: provision owns them): a supported
   * engine and both aliases. Waits up to waitMs for the aliases, then fails with one line.
   */
  async verifyIndices(waitMs = 30_000): Promise<string> {
    const engine = await this.checkEngine();
    const deadline = Date.now() + waitMs;
    for (const alias of [this.incidentsAlias, this.articlesAlias]) {
      while (!(await this.aliasExists(alias))) {
        if (Date.now() >= deadline) throw new Error(`OpenSearch has no ${alias} alias: run \`npm run provision\` (it creates the indices) before the services`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    return engine;
  }

  /** The engine and version (GET /), refused in one line when bulk writes would be rejected. */
  async checkEngine(): Promise<string> {
    const res = await this.transport.request({ method: 'GET', path: '/' });
    const check = checkEngine(res.body as EngineInfo);
    if (!check.ok) throw new Error(check.message);
    return check.engine;
  }

  /**
   * Readiness: the alias answers and the last write went through (a failed bulk leaves the
   * search back end down until a write succeeds again).
   */
  async health(): Promise<void> {
    if (this.lastWriteError) throw new Error(`last write failed: ${this.lastWriteError}`);
    if (!(await this.aliasExists(this.incidentsAlias))) throw new Error(`no ${this.incidentsAlias} alias`);
  }

  private async aliasExists(alias: string): Promise<boolean> {
    const res = await this.transport.request({ method: 'HEAD', path: `/_alias/${alias}` }, { ignore: [404] });
    return res.statusCode === 200;
  }

  /** Removes this adapter's indices (tests). */
  async dropIndices(): Promise<void> {
    for (const alias of [this.incidentsAlias, this.articlesAlias]) {
      await this.transport.request({ method: 'DELETE', path: `/${alias}-v${INDEX_VERSION}` }, { ignore: [404] });
    }
  }

  async indexIncidents(incidents: IncidentDocument[]): Promise<void> {
    await this.bulk(
      this.incidentsAlias,
      incidents.map((d) => ({ action: { index: { _id: d.id } }, source: incidentSource(d) })),
    );
  }

  async deleteIncidents(ids: string[]): Promise<void> {
    await this.bulk(
      this.incidentsAlias,
      ids.map((id) => ({ action: { delete: { _id: id } } })),
    );
  }

  async indexArticles(articles: ArticleDocument[]): Promise<void> {
    await this.bulk(
      this.articlesAlias,
      articles.map((a) => ({ action: { index: { _id: a.id } }, source: articleSource(a) })),
    );
  }

  async searchIncidents(query: IncidentQuery): Promise<IncidentSearchResult> {
    const res = await this.transport.request({ method: 'POST', path: `/${this.incidentsAlias}/_search`, body: incidentSearchBody(query) });
    const body = res.body as SearchBody<IncidentSource>;
    return { total: totalOf(body), totalRelation: relationOf(body), items: body.hits.hits.map(incidentSummaryFromHit), facets: facetsOf(body) };
  }

  async facets(query: IncidentQuery): Promise<IncidentFacets> {
    const res = await this.transport.request({ method: 'POST', path: `/${this.incidentsAlias}/_search`, body: facetsBody(query) });
    return facetsOf(res.body as SearchBody<IncidentSource>);
  }

  /** Keyset pages by search_after; the cursor is the last hit's sort values. */
  async exportIncidents(query: IncidentQuery, after: string | null, size: number): Promise<IncidentPage> {
    let from: unknown[] | null = null;
    if (after) {
      try {
        from = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
      } catch {
        from = null;
      }
      if (!Array.isArray(from) || from.length !== 3) throw new Error('invalid export cursor');
    }
    const res = await this.transport.request({ method: 'POST', path: `/${this.incidentsAlias}/_search`, body: incidentExportBody(query, from, size) });
    const hits = (res.body as { hits: { hits: { _source: { doc: IncidentDocument }; sort?: unknown[] }[] } }).hits.hits;
    const last = hits[hits.length - 1];
    return {
      items: hits.map((h) => h._source.doc),
      next: hits.length === size && last?.sort ? Buffer.from(JSON.stringify(last.sort)).toString('base64url') : null,
    };
  }

  async getIncident(id: string): Promise<IncidentDocument | null> {
    const res = await this.transport.request({ method: 'GET', path: `/${this.incidentsAlias}/_doc/${encodeURIComponent(id)}` }, { ignore: [404] });
    const body = res.body as { found?: boolean; _source?: { doc: IncidentDocument } } | null;
    return res.statusCode === 404 || !body?.found || !body._source ? null : body._source.doc;
  }

  async getArticle(id: string): Promise<ArticleDocument | null> {
    const res = await this.transport.request({ method: 'GET', path: `/${this.articlesAlias}/_doc/${encodeURIComponent(id)}` }, { ignore: [404] });
    const body = res.body as { found?: boolean; _source?: ArticleSource } | null;
    return res.statusCode === 404 || !body?.found || !body._source ? null : articleFromSource(body._source);
  }

  async searchArticles(query: ArticleQuery): Promise<ArticleSearchResult> {
    const res = await this.transport.request({ method: 'POST', path: `/${this.articlesAlias}/_search`, body: articleSearchBody(query) });
    const body = res.body as SearchBody<ArticleSource>;
    return { total: totalOf(body), totalRelation: relationOf(body), items: body.hits.hits.map(articleHitFromHit) };
  }

  /**
   * Bulk writes through the alias (require_alias: a missing alias fails instead of auto-creating an
   * index). Items rejected with 429/5xx are retried with backoff; any other item error throws.
   */
  private async bulk(alias: string, ops: BulkOp[]): Promise<void> {
    try {
      await this.bulkChunks(alias, ops);
      this.lastWriteError = null;
    } catch (err) {
      this.lastWriteError = (err as Error).message;
      throw err;
    }
  }

  private async bulkChunks(alias: string, ops: BulkOp[]): Promise<void> {
    for (let start = 0; start < ops.length; start += BULK_CHUNK) {
      let pending = ops.slice(start, start + BULK_CHUNK);
      for (let attempt = 0; pending.length; attempt++) {
        const bulkBody = pending.flatMap((op) => (op.source === undefined ? [op.action] : [op.action, op.source]));
        const res = await this.transport.request({
          method: 'POST',
          path: `/${alias}/_bulk`,
          bulkBody,
          querystring: { require_alias: 'true', ...(this.refresh ? { refresh: 'true' } : {}) },
        });
        const body = res.body as BulkBody | null;
        if (!body?.errors) break;
        const items = body.items;
        const retry: BulkOp[] = [];
        const fatal: string[] = [];
        items.forEach((item, i) => {
          const r = Object.values(item)[0];
          // Deleting something already gone is fine: the goal state is reached.
          if (r.status < 300 || (r.status === 404 && 'delete' in item)) return;
          if (RETRYABLE.has(r.status)) retry.push(pending[i]);
          else fatal.push(`${Object.values(pending[i].action)[0]._id}: ${r.status} ${r.error?.type ?? ''} ${r.error?.reason ?? ''}`.trim());
        });
        if (fatal.length) throw new Error(`OpenSearch bulk into ${alias} failed for ${fatal.length} item(s): ${fatal.slice(0, 5).join('; ')}`);
        if (retry.length && attempt >= this.maxRetries) throw new Error(`OpenSearch bulk into ${alias}: ${retry.length} item(s) still rejected after ${attempt + 1} attempts`);
        pending = retry;
        if (pending.length) await new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** attempt));
      }
    }
  }
}

function errorType(body: unknown): string | undefined {
  return (body as { error?: { type?: string } } | null)?.error?.type;
}

function totalOf(body: SearchBody<unknown>): number {
  const t = body.hits?.total;
  return typeof t === 'number' ? t : (t?.value ?? 0);
}

function relationOf(body: SearchBody<unknown>): TotalRelation {
  const t = body.hits?.total;
  return typeof t === 'object' && t.relation === 'gte' ? 'gte' : 'eq';
}

function facetsOf(body: SearchBody<unknown>): IncidentFacets {
  const buckets = (name: string): FacetBucket[] => ((body.aggregations?.[name]?.buckets ?? []) as { key: string; doc_count: number }[]).map((b) => ({ value: b.key, count: b.doc_count }));
  return { category: buckets('category'), actor: buckets('actor'), weapon: buckets('weapon') };
}
