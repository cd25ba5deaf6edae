import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@raseed/persistence';
import { ArticleMention } from '@raseed/incident-clustering';
import { ArticleDocument, IncidentDocument, PostgresSearchAdapter, TransactionalSqlExecutor, poolExecutor, toIncidentDocument } from '@raseed/search';
import { setArticleIncidents } from '../src/lib/postgres/search-rows.sql';
import { replaceMentions } from '../src/lib/indexing/mention-rows.sql';
import { Rng, articleText, syntheticMention, syntheticPlace } from './synthetic-corpus';

const DAYS = 6 * 365;

export interface BenchStore {
  db: TransactionalSqlExecutor;
  search: PostgresSearchAdapter;
  rng: Rng;
  dir: string;
  close(): Promise<void>;
}

/**
 * The benches' store on embedded PostgreSQL with the real migrations: `articles` articles and
 * `incidents` incidents over six years, loaded unless a kept cluster (BENCH_PG_DIR) holds them.
 */
export async function openBenchStore(sizes: { incidents: number; articles: number; tmpPrefix: string }): Promise<BenchStore> {
  // BENCH_PG_DIR keeps the loaded cluster between runs (loading is skipped when it is complete).
  const keep = process.env.BENCH_PG_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), sizes.tmpPrefix));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  const pool = new Pool({ connectionString: pg.url, max: 4 });
  const db = poolExecutor(pool);
  const close = async () => {
    await pool.end();
    await pg.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The schema a real store has (a kept cluster is brought up to date too).
    await runMigrations(pg.url);
    const search = new PostgresSearchAdapter(db);
    const rng = new Rng(42);
    const [{ n: have }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_incidents`);
    if (have < sizes.incidents) await load(db, search, rng, sizes.incidents, sizes.articles);
    else console.log(`reusing ${have} incidents in ${dir}`);
    return { db, search, rng, dir, close };
  } catch (err) {
    await close();
    throw err;
  }
}

// The store: 200k articles, and 100k incidents over six years whose ~200k mentions are
// reported by those articles (stored like the indexer stores them, so de-duplication has a full
// mention index to search).
async function load(db: TransactionalSqlExecutor, search: PostgresSearchAdapter, rng: Rng, N_INCIDENTS: number, N_ARTICLES: number): Promise<void> {
  await db.query(`TRUNCATE search_mentions, search_article_incidents, search_incidents, search_articles`);
  let t0 = Date.now();
  for (let start = 0; start < N_ARTICLES; start += 2000) {
    const batch: ArticleDocument[] = [];
    for (let i = start; i < Math.min(N_ARTICLES, start + 2000); i++) {
      const place = syntheticPlace(rng);
      const text = articleText(rng, place);
      batch.push({
        id: `ba${i}`,
        contentHash: `h${i}`,
        url: `https://news.example/ba${i}`,
        outlet: `outlet-${rng.int(40)}`,
        title: text.slice(0, 60),
        publishedAt: new Date(Date.UTC(2019, 0, 1) + rng.int(DAYS) * 86_400_000).toISOString(),
        lang: 'ar',
        text,
        duplicateOf: null,
        incidentIds: [],
      });
    }
    await search.indexArticles(batch);
  }
  console.log(`loaded ${N_ARTICLES} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  t0 = Date.now();
  let nextArticle = 0;
  for (let start = 0; start < N_INCIDENTS; start += 2000) {
    const docs: IncidentDocument[] = [];
    const mentions: ArticleMention[] = [];
    for (let i = start; i < Math.min(N_INCIDENTS, start + 2000); i++) {
      const place = syntheticPlace(rng);
      const day = rng.int(DAYS);
      const members: ArticleMention[] = Array.from({ length: 1 + rng.int(3) }, () => syntheticMention(rng, `ba${nextArticle++ % N_ARTICLES}`, 0, day, place));
      for (const m of members) m.mention.category = members[0].mention.category;
      docs.push(toIncidentDocument(members));
      mentions.push(...members);
    }
    await search.indexIncidents(docs);
    const incidentOf = new Map(docs.flatMap((d) => d.mentions.map((m) => [m.articleId, d.id] as const)));
    const articleIds = [...incidentOf.keys()];
    await db.transaction(async (tx) => {
      await replaceMentions(tx, articleIds, mentions, (m) => incidentOf.get(m.articleId) as string);
      await setArticleIncidents(
        tx,
        articleIds.map((id) => ({ id, incidentIds: [incidentOf.get(id) as string] })),
      );
    });
  }
  console.log(`loaded ${N_INCIDENTS} incidents and their mentions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await db.query('VACUUM ANALYZE');
}
