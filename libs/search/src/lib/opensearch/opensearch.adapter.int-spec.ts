import { describeSearchPortBehaviour } from '../../../test/support/search-port.behaviour';
import { describeSearchPortExportBehaviour } from '../../../test/support/search-port-export.behaviour';
import { OpenSearchAdapter } from './opensearch.adapter';

// Runs against a real OpenSearch when OPENSEARCH_URL is set, e.g.
//   docker run -d -p 9200:9200 -e discovery.type=single-node -e DISABLE_SECURITY_PLUGIN=true opensearchproject/opensearch:2
//   OPENSEARCH_URL=http://localhost:9200 npx jest -c libs/search/jest.config.js opensearch
// Each run uses its own index prefix and drops its indices afterwards.
const url = process.env.OPENSEARCH_URL;
if (!url) console.info('OpenSearch adapter suite skipped: set OPENSEARCH_URL to run it against a real OpenSearch.');

describeSearchPortBehaviour(
  'OpenSearchAdapter (real OpenSearch)',
  async () => {
    const adapter = OpenSearchAdapter.fromUrl(url as string, { prefix: `raseed-test-${process.pid}-${Date.now()}-`, refresh: true });
    await adapter.dropIndices();
    await adapter.ensureIndices();
    return { port: adapter, teardown: () => adapter.dropIndices() };
  },
  url ? null : 'OPENSEARCH_URL is not set',
);

describeSearchPortExportBehaviour(
  'OpenSearchAdapter (real OpenSearch)',
  async () => {
    const adapter = OpenSearchAdapter.fromUrl(url as string, { prefix: `raseed-test-export-${process.pid}-${Date.now()}-`, refresh: true });
    await adapter.dropIndices();
    await adapter.ensureIndices();
    return { port: adapter, teardown: () => adapter.dropIndices() };
  },
  url ? null : 'OPENSEARCH_URL is not set',
);

// The start-up race on a real engine: two index owners at once against an empty store.
(url ? describe : describe.skip)('OpenSearch index ownership (real OpenSearch)', () => {
  it('two owners at once on an empty store both succeed; a service then finds the aliases and writes', async () => {
    const prefix = `raseed-test-race-${process.pid}-${Date.now()}-`;
    const [a, b] = [OpenSearchAdapter.fromUrl(url as string, { prefix, refresh: true }), OpenSearchAdapter.fromUrl(url as string, { prefix, refresh: true })];
    try {
      await a.dropIndices();
      const [ra, rb] = await Promise.all([a.ensureIndices(), b.ensureIndices()]);
      expect([...ra.created, ...rb.created].sort()).toEqual([`${prefix}articles-v1`, `${prefix}incidents-v1`]);
      await expect(b.ensureIndices()).resolves.toMatchObject({ created: [] });
      const service = OpenSearchAdapter.fromUrl(url as string, { prefix, refresh: true });
      await service.verifyIndices(0);
      await expect(service.searchIncidents({ sort: 'date', page: 1, size: 10 })).resolves.toMatchObject({ total: 0 });
    } finally {
      await a.dropIndices();
    }
  });
});
