import { FakeOpenSearchNode } from '../../../test/support/fake-opensearch';
import { INCIDENTS } from '../../../test/support/search-port.behaviour';
import { OpenSearchAdapter } from './opensearch.adapter';
import { checkEngine } from './search-engine.version';

// The real-server half of these (two owners against one OpenSearch) is in opensearch.adapter.int-spec.ts.
describe('OpenSearch index ownership (ensureIndices: provision; verifyIndices: services)', () => {
  it('two owners at once on an empty store: both succeed, each index is created once, the loser treats "already exists" as done', async () => {
    const node = new FakeOpenSearchNode();
    const [a, b] = [new OpenSearchAdapter({ transport: node.transport() }), new OpenSearchAdapter({ transport: node.transport() })];
    const [ra, rb] = await Promise.all([a.ensureIndices(), b.ensureIndices()]);
    // Both looked before either created: the race really happened.
    expect(node.log.filter((l) => l === 'PUT /incidents-v1')).toHaveLength(2);
    expect([...ra.created, ...rb.created].sort()).toEqual(['articles-v1', 'incidents-v1']);
    expect([...node.aliases]).toEqual([
      ['incidents', 'incidents-v1'],
      ['articles', 'articles-v1'],
    ]);
    // A service started after them finds everything and can write.
    const service = new OpenSearchAdapter({ transport: node.transport() });
    await expect(service.verifyIndices(0)).resolves.toBe('OpenSearch 2.19.2');
    await service.indexIncidents([INCIDENTS[0]]);
    await expect(service.health()).resolves.toBeUndefined();
  });

  it('a second run creates nothing; an index left without its alias gets the alias back', async () => {
    const node = new FakeOpenSearchNode();
    const owner = new OpenSearchAdapter({ transport: node.transport() });
    await owner.ensureIndices();
    await expect(owner.ensureIndices()).resolves.toEqual({ engine: 'OpenSearch 2.19.2', created: [] });
    node.aliases.delete('articles');
    await expect(owner.ensureIndices()).resolves.toEqual({ engine: 'OpenSearch 2.19.2', created: [] });
    expect(node.aliases.get('articles')).toBe('articles-v1');
  });

  it('a service never creates indices: without provision it stops with one line saying what to run', async () => {
    const node = new FakeOpenSearchNode();
    await expect(new OpenSearchAdapter({ transport: node.transport() }).verifyIndices(0)).rejects.toThrow(
      'OpenSearch has no incidents alias: run `npm run provision` (it creates the indices) before the services',
    );
    expect(node.log.some((l) => l.startsWith('PUT'))).toBe(false);
  });

  it('refuses Elasticsearch before 7.10 at start, before creating anything', async () => {
    const node = new FakeOpenSearchNode();
    node.version = { number: '7.5.2' };
    const adapter = new OpenSearchAdapter({ transport: node.transport() });
    await expect(adapter.ensureIndices()).rejects.toThrow(/^Elasticsearch 7\.5\.2 is not supported: bulk writes need require_alias/);
    await expect(adapter.verifyIndices(0)).rejects.toThrow(/^Elasticsearch 7\.5\.2 is not supported/);
    expect(node.indices.size).toBe(0);
  });

  it('readiness reports search down while writes fail and up again after one succeeds', async () => {
    const node = new FakeOpenSearchNode();
    const adapter = new OpenSearchAdapter({ transport: node.transport() });
    await adapter.ensureIndices();
    node.bulkItemError = { status: 400, type: 'mapper_parsing_exception' };
    await expect(adapter.indexIncidents([INCIDENTS[0]])).rejects.toThrow(/bulk into incidents failed for 1 item/);
    await expect(adapter.health()).rejects.toThrow(/^last write failed: .*mapper_parsing_exception/);
    node.bulkItemError = null;
    await adapter.indexIncidents([INCIDENTS[0]]);
    await expect(adapter.health()).resolves.toBeUndefined();
  });
});

describe('checkEngine', () => {
  it('accepts every OpenSearch and Elasticsearch from 7.10; refuses older Elasticsearch and a node without a version', () => {
    expect(checkEngine({ version: { number: '1.0.0', distribution: 'opensearch' } })).toEqual({ ok: true, engine: 'OpenSearch 1.0.0' });
    expect(checkEngine({ version: { number: '7.10.2' } })).toEqual({ ok: true, engine: 'Elasticsearch 7.10.2' });
    expect(checkEngine({ version: { number: '7.9.3' } })).toMatchObject({ ok: false, message: expect.stringMatching(/^Elasticsearch 7\.9\.3 is not supported/) });
    expect(checkEngine({ version: { number: '6.8.0' } })).toMatchObject({ ok: false });
    expect(checkEngine({})).toMatchObject({ ok: false, message: expect.stringContaining('did not report a version') });
  });
});
