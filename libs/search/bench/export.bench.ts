import { createServer, get, IncomingMessage, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { pipeline, Readable } from 'stream';
import { EXPORT_FORMATS, ExportFormat, exportChunks } from '@raseed/incident-export';
import { allIncidents, parseIncidentQuery, SearchPort } from '@raseed/search';
import { openBenchStore } from './bench-store';

// Streamed export of the search bench's store (100k incidents, 200k articles) over HTTP, the way
// GET /api/incidents/export serves it: keyset pages through exportChunks into the response.
// Prints size, time and the process's memory while streaming (peak RSS, and the live heap after
// a full collection every 250 ms), for the whole store and for a sixth of it: flat memory means
// neither grows with the export. Run with --max-old-space-size=64 to see it fit a small heap.
// BENCH_INCIDENTS / BENCH_ARTICLES / BENCH_PG_DIR as for the search bench.
const N_INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const N_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200_000);

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** What the export controller does with a request, minus NestJS. */
function serve(search: SearchPort) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const format = url.searchParams.get('format') as ExportFormat;
    url.searchParams.delete('format');
    const parsed = parseIncidentQuery(Object.fromEntries(url.searchParams));
    if (!parsed.ok || !(format in EXPORT_FORMATS)) {
      res.writeHead(400).end();
      return;
    }
    res.writeHead(200, { 'content-type': EXPORT_FORMATS[format].contentType });
    pipeline(Readable.from(exportChunks(allIncidents(search, parsed.query), format), { objectMode: false, highWaterMark: 64 * 1024 }), res, () => undefined);
  };
}

async function download(base: string, path: string): Promise<{ bytes: number; lines: number; ms: number; peakRss: number; peakHeap: number; startRss: number; samples: number }> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const startRss = process.memoryUsage.rss();
  const startHeap = process.memoryUsage().heapUsed;
  let peakRss = startRss;
  let peakHeap = 0;
  let samples = 0;
  // The live heap (after a full collection) while streaming: what the export holds on to, as
  // opposed to garbage V8 has not collected yet. Flat means it does not grow with the export.
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    gc();
    samples++;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - startHeap);
  }, 250);
  const t0 = performance.now();
  const { bytes, lines } = await new Promise<{ bytes: number; lines: number }>((resolve, reject) => {
    get(`${base}${path}`, (res) => {
      let bytes = 0;
      let lines = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () => resolve({ bytes, lines }));
      res.on('error', reject);
    }).on('error', reject);
  });
  const ms = performance.now() - t0;
  clearInterval(sampler);
  return { bytes, lines, ms, peakRss, peakHeap, startRss, samples };
}

async function main(): Promise<void> {
  const store = await openBenchStore({ incidents: N_INCIDENTS, articles: N_ARTICLES, tmpPrefix: 'raseed-export-bench-' });
  const server = createServer(serve(store.search));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const [{ n: all }] = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_incidents`);
    const tenth = 'from=2024-01-01';
    const [{ n: some }] = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_incidents WHERE date_to >= '2024-01-01'`);
    await download(base, `/export?format=jsonl&${tenth}`); // warm caches
    console.log(`store: ${all} incidents; subset ${tenth}: ${some} (rows may span a few incidents of late 2023 by date range)`);
    for (const [label, filters] of [
      [`all ${all}`, ''],
      [`subset`, tenth],
    ] as const) {
      for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
        const r = await download(base, `/export?format=${format}${filters ? `&${filters}` : ''}`);
        const rows = format === 'csv' ? r.lines - 1 : format === 'geojson' ? r.lines - 2 : r.lines;
        console.log(
          `export ${format.padEnd(7)} ${label.padEnd(11)}: ${rows} incidents, ${mb(r.bytes)} in ${(r.ms / 1000).toFixed(1)} s = ${Math.round(rows / (r.ms / 1000))} incidents/s, ` +
            `${mb(r.bytes / (r.ms / 1000))}/s; RSS ${mb(r.startRss)} before, peak ${mb(r.peakRss)}; live heap at most +${mb(r.peakHeap)} over ${r.samples} samples`,
        );
      }
    }
  } finally {
    server.close();
    await store.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
