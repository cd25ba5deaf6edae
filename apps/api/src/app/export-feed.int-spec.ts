import { INestApplication } from '@nestjs/common';
import { bootstrapService } from '@raseed/platform';
import { geoJsonProblems, readAtom, readCsv } from '@raseed/incident-export/testing';
import { sqlExecutor } from '@raseed/persistence';
import { extractedArticle, mention, PipelineTestEnv, startPipelineTestEnv, TEST_PLACES } from '@raseed/platform/testing';
import { IncidentIndexer } from '@raseed/search';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';
import { mountOpenApi } from './openapi';

const TANF = { ...TEST_PLACES.tanf, ancestors: [...TEST_PLACES.tanf.ancestors] };
const SHADDADI = { ...TEST_PLACES.shaddadi, ancestors: [...TEST_PLACES.shaddadi.ancestors] };
const TARGET = 'برج "المراقبة"، شرق القاعدة';

describe('incident export and Atom feed (api over embedded PostgreSQL)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;
  let indexer: IncidentIndexer;
  const MONTHS = 12;

  const text = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, { headers });
    // Bytes as sent: a text() decoder would drop the BOM the CSV must start with.
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
  };
  // As a feed reader polls (fetch() itself would add Cache-Control: no-cache to a conditional request).
  const conditional = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });
  const listed = async (params = '') => ((await (await fetch(`${base}/api/incidents?sort=date&size=100${params}`)).json()) as { items: { id: string }[] }).items.map((i) => i.id);

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    indexer = new IncidentIndexer(sqlExecutor(env.db!.dataSource));
    // A drone attack on al-Tanf every month of 2023 (far enough apart to stay separate incidents),
    // a rocket attack on al-Shaddadi whose target text holds quotes and an Arabic comma, and one
    // known only to the month.
    await indexer.indexArticles(
      Array.from({ length: MONTHS }, (_, i) => {
        const day = `2023-${String(i + 1).padStart(2, '0')}-10`;
        return extractedArticle(`tanf-${i}`, `هجوم بطائرة مسيرة على قاعدة التنف ${i}`, [mention({ date: { value: day, precision: 'day' }, place: TANF, killed: i % 3 === 0 ? 1 : null })], day);
      }),
    );
    await indexer.indexArticle(
      extractedArticle(
        'shaddadi-1',
        'قصف صاروخي على الشدادي',
        [
          mention({
            date: { value: '2024-02-01', precision: 'day' },
            place: SHADDADI,
            weapon: 'rocket',
            target: TARGET,
            injured: 2,
            evidence: { injured: { sentence: 'أصيب جنديان، وفق "مصدر" محلي', start: 0, end: 28 } },
          }),
        ],
        '2024-02-01T10:00:00Z',
      ),
    );
    await indexer.indexArticle(extractedArticle('month-1', 'هجمات خلال الشهر', [mention({ date: { value: '2022-06', precision: 'month' }, place: SHADDADI, weapon: 'mortar' })], '2022-07-01'));
    app = await bootstrapService({ name: 'api', module: ApiModule.register(loadApiConfig(env.env)), http: { host: '127.0.0.1', port: 0 }, logLevel: 'warn', configure: mountOpenApi });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
  });

  it('exports every incident of the search as CSV with a BOM that reads back with its Arabic intact', async () => {
    const res = await text('/api/incidents/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="raseed-incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = readCsv(res.body);
    expect(rows.map((r) => r.incident_id)).toEqual(await listed());
    expect(rows).toHaveLength(MONTHS + 2);
    const shaddadi = rows.find((r) => r.weapon === 'rocket')!;
    expect(shaddadi).toMatchObject({
      target: TARGET,
      location_ar: 'الشدادي',
      event_date: '2024-02-01',
      injured: '2',
      latitude: '36.06',
      longitude: '40.73',
      sources_count: '1',
      source_urls: 'https://example.org/shaddadi-1',
    });
    expect(shaddadi.notes).toBe('outlet-shaddadi-1: أصيب جنديان، وفق "مصدر" محلي');
    expect(rows.find((r) => r.weapon === 'mortar')).toMatchObject({ event_date: '2022-06', date_precision: 'month' });
  });

  it('applies the same filters as the search, the map area among them', async () => {
    expect(readCsv((await text('/api/incidents/export?format=csv&weapon=rocket')).body).map((r) => r.location)).toEqual(['al-Shaddadi']);
    const east = readCsv((await text('/api/incidents/export?format=csv&bbox=40,35,41,37')).body);
    expect(east.map((r) => r.incident_id)).toEqual(await listed('&bbox=40,35,41,37'));
    expect(east).toHaveLength(2);
    expect(readCsv((await text('/api/incidents/export?format=csv&from=2023-03-01&to=2023-04-30&page=3&size=1')).body)).toHaveLength(2);
    // Nothing matched: the header alone.
    expect(readCsv((await text(`/api/incidents/export?format=csv&q=${encodeURIComponent('لا-شيء-هنا')}`)).body)).toEqual([]);
  });

  it('exports a valid GeoJSON FeatureCollection and JSON lines of full documents', async () => {
    const geo = await text('/api/incidents/export?format=geojson');
    expect(geo.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const fc = JSON.parse(geo.body);
    expect(geoJsonProblems(fc)).toEqual([]);
    expect(fc.features).toHaveLength(MONTHS + 2);
    expect(fc.features.find((f: { properties: { weapon: string } }) => f.properties.weapon === 'rocket').geometry.coordinates).toEqual([40.73, 36.06]);

    const lines = (await text('/api/incidents/export?format=jsonl&weapon=drone')).body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(MONTHS);
    expect(lines[0]).toHaveProperty('sources');
    expect(lines[0]).toHaveProperty('mentions');
    expect(lines[0]).toHaveProperty('fields.place.chosen');
  });

  it('refuses a missing or unknown format and invalid filters with a 400 naming them; /api/incidents/:id still answers', async () => {
    for (const [path, name] of [
      ['/api/incidents/export', 'format'],
      ['/api/incidents/export?format=xlsx', 'format'],
      ['/api/incidents/export?format=csv&bbox=50,30,40,35', 'bbox'],
      ['/api/incidents/export?format=csv&colour=red', 'colour'],
      ['/api/incidents/feed?lang=fr', 'lang'],
    ]) {
      const res = await text(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body).toContain(name);
    }
    const [id] = await listed();
    expect((await text(`/api/incidents/${id}`)).status).toBe(200);
  });

  it('serves a valid Atom feed per search, newest first, with links back to the page', async () => {
    const res = await text('/api/incidents/feed?weapon=drone');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = readAtom(res.body);
    expect(feed.entries.map((e) => e.id)).toEqual((await listed('&weapon=drone')).map((id) => `urn:raseed:incident:${id}`));
    expect(feed.links).toEqual(
      expect.arrayContaining([
        { rel: 'self', type: 'application/atom+xml', href: `${base}/api/incidents/feed?weapon=drone` },
        { rel: 'alternate', type: 'text/html', href: `${base}/?weapon=drone` },
      ]),
    );
    expect(feed.entries[0].links).toContainEqual({ rel: 'alternate', type: 'text/html', href: `${base}/?incident=${(await listed('&weapon=drone'))[0]}` });
    expect(feed.entries[0].title).toMatch(/^هجوم على القوات الأمريكية — طائرة مسيّرة — التنف — 2023-12-10$/);
    // One feed per search: another search is another feed; size bounds the entries.
    const other = readAtom((await text('/api/incidents/feed?weapon=rocket&lang=en')).body);
    expect(other.id).not.toBe(feed.id);
    expect(other.lang).toBe('en');
    expect(readAtom((await text('/api/incidents/feed?size=3')).body).entries).toHaveLength(3);
    // Readers that poll with the ETag get 304 while nothing changed.
    const etag = res.headers.get('etag')!;
    expect((await text('/api/incidents/feed?weapon=drone', conditional(etag))).status).toBe(304);
  });

  it('moves an entry’s updated (and the feed’s ETag) when a new source joins the incident', async () => {
    const before = await text('/api/incidents/feed?weapon=rocket');
    const entry = readAtom(before.body).entries[0];
    await indexer.indexArticle(
      extractedArticle(
        'shaddadi-2',
        'صواريخ على الشدادي',
        [mention({ date: { value: '2024-02-01', precision: 'day' }, place: SHADDADI, weapon: 'rocket', target: TARGET, injured: 3 })],
        '2024-02-02T08:00:00Z',
      ),
    );
    const after = await text('/api/incidents/feed?weapon=rocket', conditional(before.headers.get('etag')!));
    expect(after.status).toBe(200);
    const updated = readAtom(after.body).entries[0];
    expect(updated.id).toBe(entry.id);
    expect(updated.updated).toBe('2024-02-02T08:00:00Z');
    expect(entry.updated).toBe('2024-02-01T10:00:00Z');
    expect(updated.summary).toMatch(/المصادر: 2/);
  });
});
