import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { LAG_SNAPSHOT_MAPPING, evaluateLag } from '@raseed/operations';
import { LagSnapshotWriter } from './lag-snapshot-writer';

describe('LagSnapshotWriter (OpenSearch HTTP API, faked)', () => {
  let server: Server;
  let url: string;
  const calls: Array<{ method: string; path: string; body: string }> = [];
  let indexExists = false;

  beforeAll(async () => {
    // http ignores a handler's promise, so the body is read with events, not for-await.
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        calls.push({ method: req.method ?? '', path: req.url ?? '', body });
        res.setHeader('content-type', 'application/json');
        if (req.method === 'HEAD') {
          res.statusCode = indexExists ? 200 : 404;
          res.end();
        } else if (req.method === 'PUT') {
          indexExists = true;
          res.end('{"acknowledged":true}');
        } else res.end('{"errors":false,"items":[]}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('creates the index with its mapping once, then bulk-indexes one document per partition with stable ids', async () => {
    const report = evaluateLag([
      {
        at: Date.parse('2026-01-01T00:00:00Z'),
        groups: [
          { group: 'indexer', state: 'Stable', members: 1, partitions: [{ topic: 't', partition: 0, committedOffset: 3, logStartOffset: 0, logEndOffset: 5, oldestUnconsumedTimestamp: null }] },
        ],
      },
    ]);
    const writer = new LagSnapshotWriter(url);
    await writer.write(report);
    await writer.write(report);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['HEAD /pipeline-lag', 'PUT /pipeline-lag', 'POST /_bulk', 'POST /_bulk']);
    expect(JSON.parse(calls[1].body).mappings).toEqual(LAG_SNAPSHOT_MAPPING);
    const [action, doc] = calls[2].body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(action).toEqual({ index: { _index: 'pipeline-lag', _id: '2026-01-01T00:00:00.000Z/indexer/t/0' } });
    expect(doc).toMatchObject({ '@timestamp': '2026-01-01T00:00:00.000Z', group: 'indexer', topic: 't', partition: 0, lag: 2, status: 'lagging', committed_offset: 3, log_end_offset: 5 });
    expect(Object.keys(doc).sort()).toEqual(Object.keys(LAG_SNAPSHOT_MAPPING.properties).sort());
  });
});
