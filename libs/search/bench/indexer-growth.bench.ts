/**
 * Indexing cost as an incident gathers sources (the syndicated-copies case): one more report of
 * an incident that already has 500 sources, next to the first report of it, on embedded
 * PostgreSQL with the real migrations. Neighbouring stories (same base, adjacent days) share its
 * neighbourhood, as they do in a real backfill.
 *   node -r ./tools/register.js libs/search/bench/indexer-growth.bench.ts [--sources 500] [--full]
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Pool } from 'pg';
import { intOption, parseCli } from '@raseed/config';
import { extractedArticle, mention } from '@raseed/contracts/testing';
import { runMigrations, startEmbeddedPostgres } from '@raseed/persistence';
import { IncidentIndexer, poolExecutor } from '@raseed/search';

const NEIGHBOURS = 18;
const NEIGHBOUR_REPORTS = 40;
const SAMPLES = 5;

/** Report r of story s: the same incident told again with a varied line. */
function report(story: number, r: number) {
  const day = String(1 + story).padStart(2, '0');
  const text = `هجوم بطائرة مسيرة على قاعدة التنف يوم ${1 + story} آذار 2024\nنقلاً عن المصدر رقم ${r}.`;
  return extractedArticle(`s${story}-r${r}`, text, [mention({ date: { value: `2024-03-${day}`, precision: 'day' } })], `2024-03-${day}`);
}

async function timeOne(indexer: IncidentIndexer, story: number, r: number): Promise<number> {
  const t = process.hrtime.bigint();
  await indexer.indexArticles([report(story, r)]);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const { values } = parseCli(process.argv.slice(2), { options: { sources: { type: 'string' }, full: { type: 'boolean' } } });
  const sources = intOption('sources', values.sources, { min: 10, max: 5000 }, 500);
  const dir = mkdtempSync(join(tmpdir(), 'indexer-growth-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  const pool = new Pool({ connectionString: pg.url, max: 2 });
  try {
    await runMigrations(pg.url);
    // --full: every stored mention re-clustered (the indexer before incident summaries), for comparison.
    const indexer = new IncidentIndexer(poolExecutor(pool), values.full ? { maxRepresentatives: Infinity } : {});
    for (let s = 1; s <= NEIGHBOURS; s++) await indexer.indexArticles(Array.from({ length: NEIGHBOUR_REPORTS }, (_, r) => report(s, r)));
    const first: number[] = [];
    for (let r = 0; r < SAMPLES; r++) first.push(await timeOne(indexer, 0, r));
    const grow: number[] = [];
    for (let r = SAMPLES; r < sources; r += 100) {
      const t = process.hrtime.bigint();
      await indexer.indexArticles(Array.from({ length: Math.min(100, sources - r) }, (_, k) => report(0, r + k)));
      grow.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const later: number[] = [];
    for (let r = sources; r < sources + SAMPLES; r++) later.push(await timeOne(indexer, 0, r));
    const [{ n }] = (await pool.query(`SELECT max(source_count)::int AS n FROM search_incidents`)).rows as Array<{ n: number }>;
    console.log(
      `indexer growth bench${values.full ? ' (--full: no summaries)' : ''}: one incident grown to ${sources} sources among ${NEIGHBOURS} neighbouring incidents of ${NEIGHBOUR_REPORTS} reports`,
    );
    console.log(`  first report of the incident:        median ${median(first).toFixed(1)} ms (${first.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`  batches of 100 while it grows:       ${grow.map((x) => x.toFixed(0)).join(', ')} ms`);
    console.log(`  one more report at ${sources} sources:     median ${median(later).toFixed(1)} ms (${later.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`  ratio ${(median(later) / median(first)).toFixed(2)}; largest incident now has ${n} sources`);
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
