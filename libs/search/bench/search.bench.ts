import { existsSync, readFileSync } from 'fs';
import { loadavg } from 'os';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { IncidentIndexer, PostgresSearchAdapter, RawParams, parseArticleQuery, parseIncidentQuery, TransactionalSqlExecutor } from '@raseed/search';
import { openBenchStore } from './bench-store';
import { PLACE_NAMES, PLACE_POINTS, QUERY_WORDS, Rng, articleText, syntheticEvent, syntheticMention, syntheticPlace } from './synthetic-corpus';

// Search p95 over 100k incidents + 200k articles with the PostgreSQL adapter, and indexing
// throughput of the de-duplicating indexer into that store. Sizes can be overridden:
// BENCH_INCIDENTS, BENCH_ARTICLES, BENCH_QUERIES, BENCH_INDEX_EVENTS (0: search only).
const N_INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const N_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200_000);
const N_QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const INDEX_EVENTS = Number(process.env.BENCH_INDEX_EVENTS ?? 6_000);
const DAYS = 6 * 365;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const store = await openBenchStore({ incidents: N_INCIDENTS, articles: N_ARTICLES, tmpPrefix: 'raseed-search-bench-' });
  const { db, search, rng } = store;
  try {
    // The previous run's indexed articles go (their mentions and incidents with them).
    await db.query(`DELETE FROM search_incidents WHERE id IN (SELECT incident_id FROM search_mentions WHERE article_id ~ '^i[wxy][0-9]')`);
    await db.query(`DELETE FROM search_articles WHERE id ~ '^i[wxy][0-9]'`);
    // A kept cluster starts each run as freshly loaded: no dead rows left by the previous run.
    await db.query('VACUUM ANALYZE');
    await searchBench(search, db, rng);
    // BENCH_INDEX_EVENTS=0 measures search only (a kept store is then left as loaded).
    if (INDEX_EVENTS > 0) await indexBench(db, rng);
  } finally {
    await store.close();
  }
}

async function searchBench(search: PostgresSearchAdapter, db: TransactionalSqlExecutor, rng: Rng): Promise<void> {
  // A mix of what the API receives: text, filters, facets, paging, distance, article search.
  const incidentTemplates: (() => RawParams)[] = [
    () => ({ q: rng.pick(QUERY_WORDS) }),
    () => ({ q: `${rng.pick(QUERY_WORDS)} ${rng.pick(QUERY_WORDS)}` }),
    () => ({ q: rng.pick(QUERY_WORDS), category: 'attack_on_us_forces', sort: 'date' }),
    () => ({ from: '2021-01-01', to: '2021-03-31' }),
    () => ({ category: 'strike_on_militias', actor: 'israel', page: String(1 + rng.int(5)) }),
    () => ({ place: rng.pick(PLACE_NAMES) }),
    () => {
      const p = rng.pick(PLACE_POINTS);
      return { near: `${p.lat},${p.lon},25`, weapon: 'drone,rocket' };
    },
    () => ({ minKilled: '3', weapon: 'rocket' }),
    () => ({}),
  ];
  const articleTemplates: (() => RawParams)[] = [() => ({ q: rng.pick(QUERY_WORDS) }), () => ({ q: `${rng.pick(QUERY_WORDS)} ${rng.pick(QUERY_WORDS)}`, from: '2022-01-01' })];
  // CPU spent per query by PostgreSQL's backends (on-CPU time from /proc/<pid>/schedstat) and by
  // this process: unlike the wall time it hardly moves when other work shares the machine.
  let cpuNow: (() => number) | null = null;
  const run = async (n: number) => {
    const inc: number[] = [];
    const art: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < n; i++) {
      const c0 = cpuNow?.() ?? 0;
      if (i % 4 === 3) {
        const p = parseArticleQuery(rng.pick(articleTemplates)());
        if (!p.ok) throw new Error(p.errors.join());
        const s = performance.now();
        await search.searchArticles(p.query);
        art.push(performance.now() - s);
      } else {
        const p = parseIncidentQuery(rng.pick(incidentTemplates)());
        if (!p.ok) throw new Error(p.errors.join());
        const s = performance.now();
        await search.searchIncidents(p.query);
        inc.push(performance.now() - s);
      }
      if (cpuNow) cpu.push(cpuNow() - c0);
    }
    return { inc, art, cpu };
  };
  await run(60); // warm caches (and open the pool's connections)
  cpuNow = await cpuClock(db);
  const { inc, art, cpu } = await run(N_QUERIES);
  const all = [...inc, ...art];
  console.log(`search incidents (${inc.length} queries, with facets): p50 ${fmt(pct(inc, 50))}  p95 ${fmt(pct(inc, 95))}  max ${fmt(Math.max(...inc))}`);
  console.log(`search articles  (${art.length} queries): p50 ${fmt(pct(art, 50))}  p95 ${fmt(pct(art, 95))}  max ${fmt(Math.max(...art))}`);
  console.log(`search overall p95 ${fmt(pct(all, 95))} (target <= 50 ms) ${pct(all, 95) <= 50 ? 'OK' : 'OVER'}`);
  if (cpu.length) console.log(`search CPU per query (PostgreSQL + this process): p50 ${fmt(pct(cpu, 50))}  p95 ${fmt(pct(cpu, 95))}  (load ${loadavg()[0].toFixed(1)})`);
}

/** Milliseconds on CPU so far of this process and of the database's client backends, or null where /proc has no schedstat. */
async function cpuClock(db: TransactionalSqlExecutor): Promise<(() => number) | null> {
  const pids = (await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`)).map((r) => r.pid);
  const files = pids.map((pid) => `/proc/${pid}/schedstat`);
  if (!files.length || !files.every((f) => existsSync(f))) return null;
  return () => {
    const own = process.cpuUsage();
    return files.reduce((ms, f) => ms + Number(readFileSync(f, 'utf8').split(' ')[0]) / 1e6, (own.user + own.system) / 1000);
  };
}

// Articles reporting ~1 incident a day over six years from firstDay (several outlets per
// incident, a fifth of them a day off): the real rate of such attacks.
function newsEvents(rng: Rng, prefix: string, n: number, firstDay: number): IncidentsExtractedV1[] {
  const truth = Array.from({ length: Math.ceil(n / 3) }, () => ({ day: firstDay + rng.int(DAYS), place: syntheticPlace(rng) }));
  return Array.from({ length: n }, (_, i) => {
    const mentions = Array.from({ length: 1 + rng.int(3) }, (_, k) => {
      const t = rng.pick(truth);
      return syntheticMention(rng, `${prefix}${i}`, k, t.day + (rng.next() < 0.2 ? 1 : 0), t.place);
    });
    return syntheticEvent(rng, `${prefix}${i}`, mentions, articleText(rng, mentions[0].mention.place!, 4));
  });
}

// Indexing into the loaded store, in the indexer service's batches of 1,000, each run on its own
// later six years (so runs do not merge): after a warm-up batch, articles in any order (a
// backfill: every batch's neighbourhood spans the whole period), then in publication order.
async function indexBench(db: TransactionalSqlExecutor, rng: Rng): Promise<void> {
  const indexer = new IncidentIndexer(db);
  const batch = 1000;
  await indexer.indexArticles(newsEvents(rng, 'iw', batch, DAYS + 30));
  const run = async (label: string, events: IncidentsExtractedV1[]) => {
    const mentions = events.reduce((n, e) => n + e.incidents.length, 0);
    const t0 = Date.now();
    for (let i = 0; i < events.length; i += batch) await indexer.indexArticles(events.slice(i, i + batch));
    const secs = (Date.now() - t0) / 1000;
    console.log(`indexing, ${label}: ${mentions} mentions from ${events.length} articles in ${secs.toFixed(1)} s = ${Math.round(mentions / secs)} mentions/s (target >= 2000)`);
  };
  const shuffled = newsEvents(rng, 'ix', INDEX_EVENTS, 2 * DAYS + 60);
  await run('articles in any order', shuffled);
  const ordered = newsEvents(rng, 'iy', INDEX_EVENTS, 3 * DAYS + 90).sort((a, b) => ((a.article.publishedAt ?? '') < (b.article.publishedAt ?? '') ? -1 : 1));
  await run('articles in publication order', ordered);
  const t0 = Date.now();
  for (let i = 0; i < 200; i++) await indexer.indexArticle(shuffled[i]);
  console.log(`re-indexing one article at a time: ${((Date.now() - t0) / 200).toFixed(1)} ms/article`);
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_incidents`);
  console.log(`incidents in table: ${n}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
