import { INestApplication } from '@nestjs/common';
import { sqlExecutor } from '@raseed/persistence';
import { bootstrapService } from '@raseed/platform';
import { extractedArticle, mention, PipelineTestEnv, startPipelineTestEnv } from '@raseed/platform/testing';
import { articleQueryParams, incidentQueryParams, IncidentIndexer } from '@raseed/search';
import { z } from 'zod';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';
import { exportParams } from './export.controller';
import { feedParams } from './feed.controller';
import { lagParams } from './lag.controller';
import { mountOpenApi } from './openapi';

interface Schema {
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
type Doc = { paths: Record<string, { get?: Operation }> };

/** Where `value` breaks `schema` (the document's own answer schemas), as paths: [] when it conforms. */
function violations(schema: Schema, value: unknown, at = '$'): string[] {
  if (value === null) return schema.nullable || schema.anyOf?.some((s) => s.nullable) ? [] : [`${at}: null`];
  if (schema.anyOf) return schema.anyOf.some((s) => violations(s, value, at).length === 0) ? [] : [`${at}: matches no alternative`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in the enum`];
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
      const v = value as Record<string, unknown>;
      const props = schema.properties ?? {};
      return [
        ...(schema.required ?? []).filter((k) => !(k in v)).map((k) => `${at}.${k}: missing`),
        ...Object.keys(v).flatMap((k) =>
          props[k]
            ? violations(props[k], v[k], `${at}.${k}`)
            : typeof schema.additionalProperties === 'object'
              ? violations(schema.additionalProperties, v[k], `${at}.${k}`)
              : schema.additionalProperties === false || schema.properties
                ? [`${at}.${k}: not documented`]
                : [],
        ),
      ];
    }
    case 'array':
      return Array.isArray(value) ? value.flatMap((x, i) => violations(schema.items ?? {}, x, `${at}[${i}]`)) : [`${at}: not an array`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: not a number`];
    case 'string':
    case 'boolean':
      return typeof value === schema.type ? [] : [`${at}: not a ${schema.type}`];
    default:
      return [];
  }
}

// Every endpoint that validates its query, with the zod objects its validator is made of.
const VALIDATED: Record<string, z.AnyZodObject[]> = {
  '/api/incidents': [incidentQueryParams],
  '/api/incidents/export': [incidentQueryParams, exportParams],
  '/api/incidents/feed': [incidentQueryParams, feedParams],
  '/api/articles': [articleQueryParams],
  '/api/lag': [lagParams],
};

describe('OpenAPI document made from the zod schemas (embedded PostgreSQL and broker)', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;
  let doc: Doc;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text) as unknown };
  };

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    const indexer = new IncidentIndexer(sqlExecutor(env.db!.dataSource));
    await indexer.indexArticle(extractedArticle('art-1', 'هجوم بطائرة مسيّرة على قاعدة التنف الأمريكية', [mention()]));
    await indexer.indexArticle(
      extractedArticle('art-2', 'استهداف قاعدة التنف بطائرة مسيرة', [mention({ killed: 0, evidence: { weapon: { sentence: 'استهداف قاعدة التنف بطائرة مسيرة', start: 0, end: 32 } } })]),
    );
    app = await bootstrapService({ name: 'api', module: ApiModule.register(loadApiConfig(env.env)), http: { host: '127.0.0.1', port: 0 }, logLevel: 'warn', configure: mountOpenApi });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const res = await get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.json() as Doc;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
  });

  it('serves the UI at /api/docs and documents every API endpoint', async () => {
    const ui = await get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/api/articles', '/api/articles/{id}', '/api/incidents', '/api/incidents/export', '/api/incidents/feed', '/api/incidents/{id}', '/api/lag', '/api/webhooks'].sort(),
    );
  });

  it('documents exactly the query parameters each validator accepts (drift fails here)', async () => {
    for (const [path, objects] of Object.entries(VALIDATED)) {
      const params = (doc.paths[path].get!.parameters ?? []).filter((p) => p.in === 'query');
      const accepted = objects.flatMap((o) => Object.entries(o.shape as z.ZodRawShape));
      expect({ path, documented: params.map((p) => p.name).sort() }).toEqual({ path, documented: accepted.map(([name]) => name).sort() });
      for (const [name, field] of accepted) expect({ path, name, required: params.find((p) => p.name === name)!.required ?? false }).toEqual({ path, name, required: !field.isOptional() });
      // The validator itself: every documented name is known to it, and an undocumented one is refused by name.
      for (const p of params) {
        const res = await get(`${path}?${p.name}=%3F`);
        expect({ path, name: p.name, unknown: /unknown parameter/.test(res.text) }).toEqual({ path, name: p.name, unknown: false });
      }
      const extra = await get(`${path}?notdocumented=1`);
      expect({ path, status: extra.status }).toEqual({ path, status: 400 });
      expect(extra.text).toMatch(/unknown parameter\(s\): notdocumented/);
    }
    // /api/articles documents the filters it had lost: from, to, outlet.
    expect(doc.paths['/api/articles'].get!.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'outlet']));
  });

  it('describes every JSON answer with a schema the real answers conform to', async () => {
    const [incident] = ((await get('/api/incidents')).json() as { items: Array<{ id: string }> }).items;
    const samples: Record<string, string> = {
      '/api/incidents': '/api/incidents?q=%D8%A7%D9%84%D8%AA%D9%86%D9%81',
      '/api/incidents/{id}': `/api/incidents/${encodeURIComponent(incident.id)}`,
      '/api/articles': '/api/articles?q=%D8%A7%D9%84%D8%AA%D9%86%D9%81',
      '/api/articles/{id}': '/api/articles/art-2',
      '/api/lag': '/api/lag?refresh=true',
      '/api/webhooks': '/api/webhooks',
    };
    for (const [path, url] of Object.entries(samples)) {
      const schema = doc.paths[path].get!.responses['200'].content?.['application/json']?.schema;
      expect({ path, schema: !!schema }).toEqual({ path, schema: true });
      const res = await get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect({ url, violations: violations(schema!, res.json()) }).toEqual({ url, violations: [] });
    }
    // The checker is not vacuous: a field the schema lacks, a wrong type and a missing field are caught.
    const schema = doc.paths['/api/articles/{id}'].get!.responses['200'].content!['application/json'].schema!;
    const article = (await get('/api/articles/art-2')).json() as Record<string, unknown>;
    expect(violations(schema, { ...article, secret: 1 })).toEqual(['$.secret: not documented']);
    expect(violations(schema, { ...article, title: 7 })).toEqual(['$.title: not a string']);
    const { text: _text, ...noText } = article;
    expect(violations(schema, noText)).toEqual(['$.text: missing']);
  });
});
