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
