/**
 * The indexer alone over the pipeline bench's articles: each generated article is extracted in
 * this process, then the events are indexed in batches (the indexer's 2,000 by default) on embedded PostgreSQL
 * with the real migrations. Prints the time of every batch and the longest uninterrupted stretch
 * of CPU work (event-loop stall) a batch held, which is what a consumer session must outlive.
 *
 *   npm run bench:indexer -- [--articles 10000] [--batch 2000] [--syndicated] [--full] [--no-mention-cache]
 */
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Pool } from 'pg';
import { intOption, parseCli } from '@raseed/config';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { EXTRACTOR_VERSION, extractIncidents } from '@raseed/incident-extraction';
import { runMigrations, startEmbeddedPostgres } from '@raseed/persistence';
import { IncidentIndexer, poolExecutor } from '@raseed/search';
import { article, syndicatedArticle } from './generated-articles';
import { withStallWatch } from './stall-watch';

function extracted(i: number, syndicated: boolean): IncidentsExtractedV1 {
  const text = syndicated ? syndicatedArticle(i) : article(i);
  const title = text.split('\n')[0];
  return {
    schema: 'incidents.extracted.v1',
    eventId: `bench-${i}`,
    articleId: `bench-${i}`,
    contentHash: `h${i}`,
    extractorVersion: EXTRACTOR_VERSION,
    article: { url: `file://bench-${i}.txt`, outlet: null, title, publishedAt: null, lang: 'ar', text, duplicateOf: null },
    incidents: extractIncidents({ text, publishedAt: null }),
    extractedAt: new Date().toISOString(),
  };
}

/**
 * CPU seconds PostgreSQL has used: the postmaster and its live processes (the pool's backends, the
 * background workers), each with the children it reaped, from /proc (user + system, USER_HZ 100).
 */
function postgresCpuSeconds(postmaster: number): number {
  const seconds = (pid: string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100 };
  };
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const s = seconds(entry);
      if (Number(entry) === postmaster || s.ppid === postmaster) total += s.cpu;
    } catch {
      // exited while reading
    }
  }
  return total;
}

async function main(): Promise<void> {
  const { values } = parseCli(process.argv.slice(2), {
    options: { articles: { type: 'string' }, batch: { type: 'string' }, syndicated: { type: 'boolean' }, full: { type: 'boolean' }, 'no-mention-cache': { type: 'boolean' } },
  });
  const n = intOption('articles', values.articles, { min: 1, max: 100_000 }, 10_000);
  const batchSize = intOption('batch', values.batch, { min: 1, max: 10_000 }, 2000);
  const syndicated = values.syndicated ?? false;
  const t0 = performance.now();
  const events = Array.from({ length: n }, (_, i) => extracted(i, syndicated));
  const mentions = events.reduce((k, e) => k + e.incidents.length, 0);
  console.log(`extracted ${n} articles (${mentions} mentions) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const dir = mkdtempSync(join(tmpdir(), 'indexer-backfill-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  const pool = new Pool({ connectionString: pg.url, max: 2 });
  pool.on('error', () => undefined); // idle clients are cut when PostgreSQL stops at the end
  try {
    await runMigrations(pg.url);
    // --no-mention-cache: every stored payload read and parsed in every batch (as before the cache).
    const indexer = new IncidentIndexer(poolExecutor(pool), { ...(values.full ? { maxRepresentatives: Infinity } : {}), mentionCache: !values['no-mention-cache'] });
    const rows: string[] = [];
    let worstStall = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const pgCpu = postgresCpuSeconds(pg.pid);
    for (let b = 0; b < n; b += batchSize) {
      const t = performance.now();
      const { maxStallMs } = await withStallWatch(() => indexer.indexArticles(events.slice(b, b + batchSize)));
      worstStall = Math.max(worstStall, maxStallMs);
      rows.push(`${(performance.now() - t).toFixed(0)}/${maxStallMs.toFixed(0)}`);
    }
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const pgSeconds = postgresCpuSeconds(pg.pid) - pgCpu;
    const memory = process.memoryUsage();
    const countIncidents = async () => ((await pool.query(`SELECT count(*)::int AS n FROM search_incidents`)).rows[0] as { n: number }).n;
    // What was indexed, to compare two builds: every incident's id and document hash, every mention's incident.
    const digest = async () => {
      const h = createHash('sha1');
      for (const r of (await pool.query(`SELECT id, doc_hash FROM search_incidents ORDER BY id`)).rows as { id: string; doc_hash: string }[]) h.update(`${r.id}:${r.doc_hash}\n`);
      for (const r of (await pool.query(`SELECT article_id, idx, incident_id FROM search_mentions ORDER BY article_id, idx`)).rows as { article_id: string; idx: number; incident_id: string }[])
        h.update(`${r.article_id}#${r.idx}:${r.incident_id}\n`);
      return h.digest('hex').slice(0, 12);
    };
    const beforeSettle = await countIncidents();
    const batchDigest = await digest();
    // The settle pass the indexer service runs when the stream goes quiet (README "Settle pass").
    const s = performance.now();
    const settle = await withStallWatch(() => indexer.settle());
    const settleS = (performance.now() - s) / 1000;
    const [{ incidents, largest }] = (await pool.query(`SELECT count(*)::int AS incidents, max(source_count)::int AS largest FROM search_incidents`)).rows as Array<{
      incidents: number;
      largest: number;
    }>;
    console.log(
      `indexer backfill bench${syndicated ? ' (syndicated)' : ''}${values.full ? ' (--full: no summaries)' : ''}${values['no-mention-cache'] ? ' (--no-mention-cache)' : ''}: ${n} articles in batches of ${batchSize}`,
    );
    console.log(`  batches (ms total / longest event-loop stall): ${rows.join(' ')}`);
    console.log(
      `  ${seconds.toFixed(1)} s, ${(n / seconds).toFixed(0)} articles/s (this process's CPU ${cpuSeconds.toFixed(1)} s: ${((cpuSeconds * 1000) / n).toFixed(2)} ms per article; PostgreSQL's ${pgSeconds.toFixed(1)} s: ${((pgSeconds * 1000) / n).toFixed(2)} ms); longest stall ${worstStall.toFixed(0)} ms; heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB, RSS ${(memory.rss / 2 ** 20).toFixed(0)} MB; ${beforeSettle} incidents (digest ${batchDigest})`,
    );
    console.log(
      `  settle pass: ${settleS.toFixed(1)} s for ${settle.result?.unsettled ?? 0} unsettled mentions (${settle.result?.reclustered ?? 0} re-clustered), longest stall ${settle.maxStallMs.toFixed(0)} ms; ` +
        `${settle.result?.changedIncidentIds.length ?? 0} incidents changed, ${settle.result?.removedIncidentIds.length ?? 0} removed → ${incidents} incidents, largest ${largest} sources (digest ${await digest()})`,
    );
  } finally {
    await pool.end();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
