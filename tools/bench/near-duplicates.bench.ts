/**
 * The normaliser's near-duplicate registration alone over the pipeline bench's articles: each
 * generated article is normalised in this process, then registered in the shared store on
 * embedded PostgreSQL (real migrations) in the normaliser's batches, as its handler does. Prints
 * the time of every tenth batch and the longest event-loop stall (what a consumer session must
 * outlive). The generated articles share a template, so their LSH bands are crowded: the case
 * the bound on candidates is for. `--unbounded` reads and compares every band member (as before).
 *
 *   npm run bench:near-duplicates -- [--articles 10000] [--batch 200] [--syndicated] [--unbounded]
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BAND_SAMPLE, decideDuplicates, fingerprintBandKeys, normaliseArticle } from '@raseed/article-normalisation';
import { intOption, parseCli } from '@raseed/config';
import { createDataSource, NearDuplicateStore, runMigrations, startEmbeddedPostgres } from '@raseed/persistence';
import { article, syndicatedArticle } from './generated-articles';
import { withStallWatch } from './stall-watch';

async function main(): Promise<void> {
  const { values } = parseCli(process.argv.slice(2), {
    options: { articles: { type: 'string' }, batch: { type: 'string' }, syndicated: { type: 'boolean' }, unbounded: { type: 'boolean' } },
  });
  const n = intOption('articles', values.articles, { min: 1, max: 100_000 }, 10_000);
  const batchSize = intOption('batch', values.batch, { min: 1, max: 10_000 }, 200);
  const generate = values.syndicated ? syndicatedArticle : article;
  const items = Array.from({ length: n }, (_, i) => {
    const result = normaliseArticle({ body: Buffer.from(generate(i)), fileName: `bench-${i}.txt` });
    if (!result.ok) throw new Error(`bench article ${i} rejected: ${result.reason}`);
    return { articleId: `bench-${i}`, fingerprint: result.article.fingerprint, bands: fingerprintBandKeys(result.article.fingerprint) };
  });
  const options = values.unbounded ? { bandSample: Number.MAX_SAFE_INTEGER, maxCompared: Infinity } : {};
  const dir = mkdtempSync(join(tmpdir(), 'near-duplicates-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  try {
    await runMigrations(pg.url);
    const ds = await createDataSource(pg.url, 2).initialize();
    const store = new NearDuplicateStore(ds);
    const rows: string[] = [];
    let worstStall = 0;
    let copies = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let b = 0; b < n; b += batchSize) {
      const t = performance.now();
      const { result, maxStallMs } = await withStallWatch(() =>
        store.register(items.slice(b, b + batchSize), (members, batch, fingerprintsOf) => decideDuplicates(members, batch, fingerprintsOf, options), values.unbounded ? 1_000_000_000 : BAND_SAMPLE),
      );
      copies += result.filter(Boolean).length;
      worstStall = Math.max(worstStall, maxStallMs);
      if ((b / batchSize) % 10 === 0 || b + batchSize >= n) rows.push(`#${b / batchSize} ${(performance.now() - t).toFixed(0)}/${maxStallMs.toFixed(0)}`);
    }
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(`near-duplicate store bench${values.syndicated ? ' (syndicated)' : ''}${values.unbounded ? ' (--unbounded)' : ''}: ${n} articles in batches of ${batchSize}`);
    console.log(`  every 10th batch (ms total / longest event-loop stall): ${rows.join(' ')}`);
    console.log(
      `  ${seconds.toFixed(1)} s, ${(n / seconds).toFixed(0)} articles/s (this process's CPU ${cpuSeconds.toFixed(1)} s: ${((cpuSeconds * 1000) / n).toFixed(2)} ms per article); longest stall ${worstStall.toFixed(0)} ms; ${copies} near-duplicates`,
    );
    await ds.destroy();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
