import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DASHBOARDS_DIR } from '../dashboards-build';
import { dashboardsImport, parseDashboardsImportArgs } from '../dashboards-import';
import { INDEX_PATTERNS, IndexPatternId, SAVED_OBJECT_FILES, SavedObject, isAggregatable, mappingFields, toNdjson } from './saved-objects';

const files = readdirSync(DASHBOARDS_DIR)
  .filter((f) => f.endsWith('.ndjson'))
  .sort();
const objects: SavedObject[] = files.flatMap((f) =>
  readFileSync(join(DASHBOARDS_DIR, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SavedObject),
);
const byKey = new Map(objects.map((o) => [`${o.type}/${o.id}`, o]));
const json = (s: unknown) => JSON.parse(s as string) as Record<string, unknown>;
const patternOf = (o: SavedObject) => o.references.find((r) => r.name === 'kibanaSavedObjectMeta.searchSourceJSON.index')!.id as IndexPatternId;
const fieldsOf = (id: IndexPatternId) => mappingFields(INDEX_PATTERNS[id].mapping);

describe('OpenSearch Dashboards saved objects (deploy/dashboards/*.ndjson)', () => {
  it('are what `npm run -s dashboards:build` generates from the mappings', () => {
    expect(files).toEqual(Object.keys(SAVED_OBJECT_FILES).sort());
    for (const [file, build] of Object.entries(SAVED_OBJECT_FILES)) expect(readFileSync(join(DASHBOARDS_DIR, file), 'utf8')).toBe(toNdjson(build()));
  });

  it('have the saved-objects shape, with parseable JSON attributes and unique ids', () => {
    expect(byKey.size).toBe(objects.length);
    for (const o of objects) {
      expect(o).toEqual({
        id: expect.stringMatching(/^[a-z0-9-]+$/),
        type: expect.stringMatching(/^(index-pattern|visualization|search|dashboard)$/),
        attributes: expect.any(Object),
        references: expect.any(Array),
        migrationVersion: { [o.type]: expect.stringMatching(/^\d+\.\d+\.\d+$/) },
      });
      expect(o.attributes.title).toEqual(expect.any(String));
      for (const r of o.references) expect(r).toEqual({ name: expect.any(String), type: expect.any(String), id: expect.any(String) });
      const meta = o.attributes.kibanaSavedObjectMeta as { searchSourceJSON: string } | undefined;
      if (meta) json(meta.searchSourceJSON);
      if (o.type === 'visualization') {
        expect(json(o.attributes.visState)).toMatchObject({ title: o.attributes.title, type: expect.any(String), params: expect.any(Object), aggs: expect.any(Array) });
        json(o.attributes.uiStateJSON);
      }
      if (o.type === 'index-pattern') expect(Array.isArray(JSON.parse(o.attributes.fields as string))).toBe(true);
    }
  });

  it('resolve every reference inside the files, and every dashboard panel to a reference', () => {
    for (const o of objects) for (const r of o.references) expect(byKey.has(`${r.type}/${r.id}`) ? `${r.type}/${r.id}` : `missing ${r.type}/${r.id} in ${o.id}`).toBe(`${r.type}/${r.id}`);
    for (const d of objects.filter((o) => o.type === 'dashboard')) {
      const panels = JSON.parse(d.attributes.panelsJSON as string) as Array<{ panelRefName: string; gridData: { w: number } }>;
      expect(panels.length).toBeGreaterThan(0);
      for (const p of panels) {
        expect(d.references.map((r) => r.name)).toContain(p.panelRefName);
        expect(p.gridData.w).toBeLessThanOrEqual(48);
      }
    }
    expect(
      objects
        .filter((o) => o.type === 'dashboard')
        .map((d) => d.attributes.title)
        .sort(),
    ).toEqual(['Incidents', 'Pipeline']);
  });

  it('refer only to fields that exist in the index mappings, with types the aggregations need', () => {
    const problems: string[] = [];
    const need = (o: SavedObject, field: unknown, check: (esType: string) => boolean, what: string) => {
      const esType = fieldsOf(patternOf(o)).get(String(field));
      if (!esType) problems.push(`${o.id}: field ${String(field)} not in the ${patternOf(o)} mapping`);
      else if (!check(esType)) problems.push(`${o.id}: field ${String(field)} (${esType}) cannot be used for ${what}`);
    };
    for (const o of objects) {
      if (o.type === 'index-pattern') {
        const p = INDEX_PATTERNS[o.id as IndexPatternId];
        expect(o.attributes.title).toBe(p.title);
        expect(fieldsOf(o.id as IndexPatternId).get(o.attributes.timeFieldName as string)).toBe('date');
        const listed = (JSON.parse(o.attributes.fields as string) as Array<{ name: string }>).map((f) => f.name).filter((n) => !n.startsWith('_'));
        expect(listed.sort()).toEqual([...fieldsOf(o.id as IndexPatternId).keys()].sort());
      }
      if (o.type === 'visualization') {
        for (const agg of json(o.attributes.visState).aggs as Array<{ type: string; params: { field?: string } }>) {
          if (agg.type === 'count') continue;
          if (agg.type === 'date_histogram') need(o, agg.params.field, (t) => t === 'date', agg.type);
          else if (agg.type === 'geohash_grid') need(o, agg.params.field, (t) => t === 'geo_point', agg.type);
          else if (['sum', 'max', 'avg', 'min'].includes(agg.type)) need(o, agg.params.field, (t) => ['integer', 'long', 'double', 'float'].includes(t), agg.type);
          else need(o, agg.params.field, isAggregatable, agg.type);
        }
      }
      if (o.type === 'search') {
        for (const c of o.attributes.columns as string[]) need(o, c, () => true, 'a column');
        for (const [f] of o.attributes.sort as Array<[string, string]>) need(o, f, isAggregatable, 'sorting');
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('dashboards:import', () => {
  let server: Server;
  let url: string;
  const requests: Array<{ path: string; xsrf: string | undefined; body: string }> = [];
  let failOn: string | null = null;

  beforeAll(async () => {
    // http ignores a handler's promise, so the body is read with events, not for-await.
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        requests.push({ path: req.url ?? '', xsrf: req.headers['osd-xsrf'] as string | undefined, body });
        const lines = body.split('\n').filter((l) => l.startsWith('{"id"'));
        const errors =
          failOn && body.includes(failOn)
            ? [{ id: 'incidents-map', type: 'visualization', title: 'Incidents map', error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'incidents' }] } }]
            : [];
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ success: errors.length === 0, successCount: lines.length - errors.length, ...(errors.length ? { errors } : {}) }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('posts each file with osd-xsrf and overwrite, and succeeds when no object failed', async () => {
    let out = '';
    expect(await dashboardsImport(parseDashboardsImportArgs(['--url', url], {}), (s) => (out += s))).toBe(0);
    expect(requests.map((r) => [r.path, r.xsrf])).toEqual(files.map(() => ['/api/saved_objects/_import?overwrite=true', 'true']));
    expect(requests[0].body).toMatch(/Content-Disposition: form-data; name="file"; filename="incidents.ndjson"/);
    expect(out).toBe('incidents.ndjson: 11/11 saved object(s) imported\npipeline.ndjson: 6/6 saved object(s) imported\n');
  });

  it('fails and names the object when the per-object error list is not empty', async () => {
    failOn = 'incidents-map';
    let out = '';
    expect(await dashboardsImport(parseDashboardsImportArgs(['--url', url], {}), (s) => (out += s))).toBe(1);
    expect(out).toContain('error: visualization/incidents-map "Incidents map": missing_references (missing: index-pattern/incidents)');
  });
});
