/* eslint-disable @typescript-eslint/no-explicit-any -- request and response bodies are inspected loosely */
import { OpenSearchAdapter, OpenSearchTransport } from './opensearch.adapter';
import { parseIncidentQuery, parseArticleQuery, RawParams } from '../query/search-params.query';
import { INCIDENTS } from '../../../test/support/search-port.behaviour';
import { ARABIC_ANALYSIS, PROTECTED_NAMES, SEARCH_SYNONYMS } from './arabic-analysis.mapping';

type Req = Parameters<OpenSearchTransport['request']>[0];

function mockTransport(responses: ((req: Req) => { body: any; statusCode: number | null })[] = []) {
  const requests: Req[] = [];
  const transport: OpenSearchTransport = {
    request: async (req) => {
      requests.push(req);
      const next = responses.shift();
      return next ? next(req) : { body: { hits: { total: { value: 0 }, hits: [] }, aggregations: {} }, statusCode: 200 };
    },
  };
  return { transport, requests };
}

const iq = (raw: RawParams) => {
  const r = parseIncidentQuery(raw);
  if (!r.ok) throw new Error(r.errors.join());
  return r.query;
};

describe('OpenSearchAdapter request bodies', () => {
  it('creates a versioned index behind an alias with the rebuilt Arabic analyzer', async () => {
    const { transport, requests } = mockTransport([
      () => ({ body: { version: { number: '2.19.2', distribution: 'opensearch' } }, statusCode: 200 }),
      () => ({ body: null, statusCode: 404 }),
      () => ({ body: {}, statusCode: 200 }),
      () => ({ body: null, statusCode: 200 }),
    ]);
    await new OpenSearchAdapter({ transport, prefix: 'p-' }).ensureIndices();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /', 'HEAD /_alias/p-incidents', 'PUT /p-incidents-v1', 'HEAD /_alias/p-articles']);
    const body = requests[2].body as any;
    expect(body.aliases).toEqual({ 'p-incidents': {} });
    const index = body.settings.analysis.analyzer.ar_index;
    // Stop before normalisation (the _arabic_ list is unnormalised), then protected names, then the stemmer.
    expect(index.filter).toEqual(expect.arrayContaining(['ar_stop', 'arabic_normalization', 'ar_protect', 'ar_stem']));
    expect(index.filter.indexOf('ar_stop')).toBeLessThan(index.filter.indexOf('arabic_normalization'));
    expect(index.filter.indexOf('ar_protect')).toBe(index.filter.indexOf('ar_stem') - 1);
    expect(index.char_filter).toEqual(['ar_drop', 'ar_map']);
    const search = body.settings.analysis.analyzer.ar_search;
    expect(search.filter.indexOf('ar_syn')).toBeGreaterThan(search.filter.indexOf('arabic_normalization'));
    expect(search.filter.indexOf('ar_syn')).toBeLessThan(search.filter.indexOf('ar_stem'));
    expect(body.settings.analysis.analyzer.ar_norm.filter).not.toContain('ar_stem');
    expect(body.mappings.properties.text.fields.norm.analyzer).toBe('ar_norm');
    expect(body.mappings.properties.location).toEqual({ type: 'geo_point' });
    expect(body.mappings.properties.weapon).toEqual({ type: 'keyword' });
    expect(body.mappings.dynamic).toBe('strict');
  });

  it('keeps analysis word lists in normalised form', () => {
    expect(PROTECTED_NAMES).toContain('ايران');
    expect(PROTECTED_NAMES).not.toContain('إيران');
    expect(SEARCH_SYNONYMS.find((r) => r.startsWith('صاروخ, صواريخ'))).toBeDefined();
    expect(SEARCH_SYNONYMS).toContain('قاعده, قواعد, لقاعده, بقاعده, لقواعد, بقواعد');
    expect(ARABIC_ANALYSIS.char_filter.ar_map.mappings).toContain('\\u0671=>\\u0627');
  });

  it('builds a filtered, faceted incident search with the normalised query as plain text', async () => {
    const { transport, requests } = mockTransport();
    const adapter = new OpenSearchAdapter({ transport });
    await adapter.searchIncidents(
      iq({
        q: 'هجوم بطائرة مُسيّرة على قاعدة "التنف"',
        from: '2024-01-01',
        to: '2024-02-01',
        category: 'attack_on_us_forces',
        actor: 'kataib_hezbollah',
        weapon: 'drone,rocket',
        place: 'التنف',
        near: '33.5,38.6,50',
        minKilled: '1',
        page: '2',
        size: '10',
      }),
    );
    const req = requests[0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/incidents/_search');
    const body = req.body as any;
    expect(body.from).toBe(10);
    expect(body.size).toBe(10);
    // "هجوم" names a category: matched by its text or by the incident's category, the rest by text.
    const fields = ['text', 'text.norm^2', 'place_names^3', 'place_names.norm^4', 'target'];
    expect(body.query.bool.must).toEqual([
      {
        bool: {
          must: [
            { multi_match: { query: 'بطايره مسيره علي قاعده التنف', type: 'most_fields', operator: 'and', fields } },
            { bool: { should: [{ multi_match: { query: 'هجوم', type: 'most_fields', operator: 'and', fields } }, { term: { category: 'attack_on_us_forces' } }], minimum_should_match: 1 } },
          ],
        },
      },
    ]);
    expect(body.query.bool.filter).toEqual([
      { range: { date_to: { gte: '2024-01-01' } } },
      { range: { date_from: { lte: '2024-02-01' } } },
      { terms: { category: ['attack_on_us_forces'] } },
      { bool: { should: [{ terms: { actor: ['kataib_hezbollah'] } }, { terms: { claimed_by: ['kataib_hezbollah'] } }], minimum_should_match: 1 } },
      { terms: { weapon: ['drone', 'rocket'] } },
      {
        bool: {
          should: [{ term: { place_id: 'التنف' } }, { term: { place_ancestors: 'التنف' } }, { match: { 'place_names.norm': { query: 'التنف', operator: 'and', fuzziness: 'AUTO' } } }],
          minimum_should_match: 1,
        },
      },
      { geo_distance: { distance: '50km', location: { lat: 33.5, lon: 38.6 } } },
      { range: { killed: { gte: 1 } } },
    ]);
    expect(body.sort[0]).toBe('_score');
    expect(Object.keys(body.aggs)).toEqual(['category', 'actor', 'weapon']);
    expect(body.highlight.fields).toEqual({ text: {}, 'text.norm': {} });
    expect(JSON.stringify(body)).not.toContain('query_string');
  });

  it('sorts by date without a query and maps hits and facets back', async () => {
    const doc = INCIDENTS[0];
    const { transport, requests } = mockTransport([
      () => ({
        statusCode: 200,
        body: {
          hits: {
            total: { value: 1 },
            hits: [
              {
                _id: doc.id,
                _score: null,
                _source: {
                  incident_id: doc.id,
                  category: doc.category,
                  weapon: 'drone',
                  actor: 'islamic_resistance_iraq',
                  claimed_by: null,
                  target: null,
                  killed: 3,
                  injured: 34,
                  source_count: 2,
                  outlets: ['a'],
                  doc,
                },
              },
            ],
          },
          aggregations: { category: { buckets: [{ key: 'attack_on_us_forces', doc_count: 1 }] }, actor: { buckets: [] }, weapon: { buckets: [{ key: 'drone', doc_count: 1 }] } },
        },
      }),
    ]);
    const r = await new OpenSearchAdapter({ transport }).searchIncidents(iq({}));
    expect((requests[0].body as any).sort[0]).toEqual({ event_date: { order: 'desc', missing: '_last' } });
    expect((requests[0].body as any).query.bool.must).toEqual([]);
    expect(r.total).toBe(1);
    expect(r.items[0]).toMatchObject({ id: doc.id, date: '2024-01-28', killed: 3, place: { name_en: 'Tower 22' } });
    expect(r.facets).toEqual({ category: [{ value: 'attack_on_us_forces', count: 1 }], actor: [], weapon: [{ value: 'drone', count: 1 }] });
  });

  it('bulk-upserts incidents by id through the alias and retries rejected items', async () => {
    const [a, b] = INCIDENTS;
    const { transport, requests } = mockTransport([
      () => ({ statusCode: 200, body: { errors: true, items: [{ index: { status: 201 } }, { index: { status: 429, error: { type: 'es_rejected_execution_exception' } } }] } }),
      () => ({ statusCode: 200, body: { errors: false, items: [{ index: { status: 200 } }] } }),
    ]);
    await new OpenSearchAdapter({ transport, retryDelayMs: 1 }).indexIncidents([a, b]);
    expect(requests).toHaveLength(2);
    expect(requests[0].path).toBe('/incidents/_bulk');
    expect(requests[0].querystring).toEqual({ require_alias: 'true' });
    expect(requests[0].bulkBody?.[0]).toEqual({ index: { _id: a.id } });
    expect((requests[0].bulkBody?.[1] as any).incident_id).toBe(a.id);
    expect((requests[0].bulkBody?.[1] as any).location).toEqual({ lat: 33.32, lon: 38.7 });
    expect(requests[1].bulkBody).toHaveLength(2);
    expect(requests[1].bulkBody?.[0]).toEqual({ index: { _id: b.id } });
  });

  it('fails loudly on non-retryable bulk errors and after too many retries', async () => {
    const bad = mockTransport([() => ({ statusCode: 200, body: { errors: true, items: [{ index: { status: 400, error: { type: 'mapper_parsing_exception', reason: 'bad' } } }] } })]);
    await expect(new OpenSearchAdapter({ transport: bad.transport }).indexIncidents([INCIDENTS[0]])).rejects.toThrow(/mapper_parsing_exception/);
    const busy = () => ({ statusCode: 200, body: { errors: true, items: [{ index: { status: 503 } }] } });
    const t = mockTransport([busy, busy, busy]);
    await expect(new OpenSearchAdapter({ transport: t.transport, maxRetries: 2, retryDelayMs: 1 }).indexIncidents([INCIDENTS[0]])).rejects.toThrow(/after 3 attempts/);
  });

  it('treats deleting a missing incident as done, and a missing incident as null', async () => {
    const { transport, requests } = mockTransport([() => ({ statusCode: 200, body: { errors: true, items: [{ delete: { status: 404 } }] } }), () => ({ statusCode: 404, body: { found: false } })]);
    const adapter = new OpenSearchAdapter({ transport });
    await adapter.deleteIncidents(['inc_x']);
    expect(requests[0].bulkBody).toEqual([{ delete: { _id: 'inc_x' } }]);
    expect(await adapter.getIncident('inc/x')).toBeNull();
    expect(requests[1].path).toBe('/incidents/_doc/inc%2Fx');
  });

  it('gets one article by id from the articles alias, mapping the stored source back', async () => {
    const source = {
      article_id: 'a/1',
      url: 'https://x.example/a',
      outlet: 'x',
      title: 'عنوان',
      body: 'نص المقال',
      published_at: '2024-01-02T00:00:00.000Z',
      lang: 'ar',
      content_hash: 'h',
      duplicate_of: null,
      incident_ids: ['inc_1'],
    };
    const { transport, requests } = mockTransport([() => ({ body: { found: true, _source: source }, statusCode: 200 }), () => ({ body: { found: false }, statusCode: 404 })]);
    const adapter = new OpenSearchAdapter({ transport });
    expect(await adapter.getArticle('a/1')).toEqual({
      id: 'a/1',
      contentHash: 'h',
      url: 'https://x.example/a',
      outlet: 'x',
      title: 'عنوان',
      publishedAt: '2024-01-02T00:00:00.000Z',
      lang: 'ar',
      text: 'نص المقال',
      duplicateOf: null,
      incidentIds: ['inc_1'],
    });
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/articles/_doc/a%2F1' });
    expect(await adapter.getArticle('missing')).toBeNull();
  });

  it('searches articles over title and body with a date range', async () => {
    const { transport, requests } = mockTransport();
    const parsed = parseArticleQuery({ q: 'الشدادي', from: '2024-01-01', to: '2024-01-31', outlet: 'x' });
    if (!parsed.ok) throw new Error();
    await new OpenSearchAdapter({ transport }).searchArticles(parsed.query);
    const body = requests[0].body as any;
    expect(requests[0].path).toBe('/articles/_search');
    expect(body.query.bool.must[0].multi_match.fields).toEqual(['body', 'body.norm^2', 'title^3', 'title.norm^4']);
    expect(body.query.bool.filter).toEqual([{ range: { published_at: { gte: '2024-01-01', lte: '2024-01-31||/d' } } }, { term: { outlet: 'x' } }]);
  });
});
