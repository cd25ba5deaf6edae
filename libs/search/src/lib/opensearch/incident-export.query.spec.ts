/* eslint-disable @typescript-eslint/no-explicit-any -- request bodies are inspected loosely */
import { OpenSearchAdapter, OpenSearchTransport } from './opensearch.adapter';
import { parseIncidentQuery, RawParams } from '../query/search-params.query';
import { INCIDENTS } from '../../../test/support/search-port.behaviour';

type Req = Parameters<OpenSearchTransport['request']>[0];

const iq = (raw: RawParams) => {
  const r = parseIncidentQuery(raw);
  if (!r.ok) throw new Error(r.errors.join());
  return r.query;
};

describe('OpenSearchAdapter area filter and keyset export (request bodies)', () => {
  it('turns bbox into a geo_bounding_box filter on the incident location', async () => {
    const requests: Req[] = [];
    const transport: OpenSearchTransport = { request: async (req) => (requests.push(req), { statusCode: 200, body: { hits: { total: { value: 0 }, hits: [] }, aggregations: {} } }) };
    await new OpenSearchAdapter({ transport }).searchIncidents(iq({ bbox: '38.5,32.25,43,37' }));
    expect((requests[0].body as any).query.bool.filter).toContainEqual({ geo_bounding_box: { location: { top_left: { lat: 37, lon: 38.5 }, bottom_right: { lat: 32.25, lon: 43 } } } });
  });

  it('pages with search_after on the last hit’s sort values, never from/size offsets, until a short page', async () => {
    const requests: Req[] = [];
    const doc = INCIDENTS[0];
    const pages = [
      [
        { _source: { doc }, sort: [1706400000000, 1706400000000, 'inc_a'] },
        { _source: { doc }, sort: [1706400000000, 1706400000000, 'inc_b'] },
      ],
      [{ _source: { doc }, sort: [-9223372036854775808, 1704067200000, 'inc_c'] }],
    ];
    const transport: OpenSearchTransport = { request: async (req) => (requests.push(req), { statusCode: 200, body: { hits: { hits: pages.shift() ?? [] } } }) };
    const adapter = new OpenSearchAdapter({ transport, prefix: 'p-' });
    const first = await adapter.exportIncidents(iq({ weapon: 'drone', q: 'هجوم' }), null, 2);
    expect(first.items).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = await adapter.exportIncidents(iq({ weapon: 'drone', q: 'هجوم' }), first.next, 2);
    expect(second.items).toHaveLength(1);
    expect(second.next).toBeNull();

    const [b1, b2] = requests.map((r) => r.body as any);
    expect(requests[0].path).toBe('/p-incidents/_search');
    expect(b1).not.toHaveProperty('from');
    expect(b1.search_after).toBeUndefined();
    expect(b2.search_after).toEqual([1706400000000, 1706400000000, 'inc_b']);
    expect(b1.sort).toEqual([{ event_date: { order: 'desc', missing: '_last' } }, { date_from: { order: 'desc', missing: '_last' } }, { incident_id: 'asc' }]);
    expect(b1.query.bool.filter).toContainEqual({ terms: { weapon: ['drone'] } });
    expect(b1.query.bool.must).toHaveLength(1);
    await expect(adapter.exportIncidents(iq({}), 'garbage', 2)).rejects.toThrow(/cursor/);
  });
});
