/**
 * End-to-end throughput: `npm start` on embedded defaults (separate processes), N generated
 * Arabic articles dropped into the inbox at once, timed until the API has indexed them all.
 * Usage: npm run bench:pipeline -- [--articles 500]
 */
import { intOption, parseCli, runCli } from '@raseed/config';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findFreePort } from '@raseed/persistence';
import { StackRunner, getJson, waitUntil } from '@raseed/platform/testing';

const PLACES = ['قاعدة التنف', 'قاعدة الشدادي', 'حقل العمر النفطي', 'حقل كونيكو للغاز', 'قاعدة عين الأسد', 'قاعدة حرير في أربيل', 'مطار أربيل الدولي', 'قاعدة خراب الجير'];
const WEAPONS = ['بطائرة مسيرة مفخخة', 'بثلاثة صواريخ', 'بقذائف الهاون', 'بطائرتين مسيرتين'];
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران'];

function article(i: number): string {
  const place = PLACES[i % PLACES.length];
  const weapon = WEAPONS[(i >> 3) % WEAPONS.length];
  const day = 1 + (i % 27);
  const month = MONTHS[(i >> 5) % MONTHS.length];
  return [
    `هجوم ${weapon} على ${place} (${i})`,
    `تعرضت ${place} التي تتمركز فيها قوات أمريكية لهجوم ${weapon} يوم ${day} ${month} 2024، بحسب مصادر محلية تحدثت للتقرير رقم ${i}.`,
    `وقالت المصادر إن الهجوم أسفر عن إصابة ${1 + (i % 4)} من الجنود بجروح طفيفة، فيما لم تتبن أي جهة المسؤولية حتى الآن.`,
    `وتشهد المنطقة منذ أشهر تصعيداً متكرراً، وفق ما نقلت وكالات الأنباء في نشرتها رقم ${i * 7}.`,
  ].join('\n');
}

const PIPELINE_BENCH_USAGE = `usage: npm run bench:pipeline -- [--articles <n>]
  --articles <n>  generated articles dropped into the inbox at once, 1–100000 (default 500)`;

function parsePipelineBenchArgs(argv: readonly string[]): { articles: number } {
  const { values } = parseCli(argv, { options: { articles: { type: 'string' } } });
  return { articles: intOption('articles', values.articles, { min: 1, max: 100_000 }, 500) };
}

async function main(): Promise<number> {
  const n = parsePipelineBenchArgs(process.argv.slice(2)).articles;
  const dir = mkdtempSync(join(tmpdir(), 'raseed-bench-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const port = await findFreePort();
  const api = `http://127.0.0.1:${port}`;
  const stack = new StackRunner({ DATA_DIR: join(dir, 'data'), INBOX_DIR: inbox, API_PORT: String(port), LOG_LEVEL: 'warn', INBOX_SETTLE_MS: '50' });
  stack.start();
  try {
    const t0 = Date.now();
    await waitUntil('stack health', async () => (await getJson(`${api}/health`)).status === 200, 120_000, stack);
    const ready = Date.now() - t0;
    const t1 = Date.now();
    for (let i = 0; i < n; i++) writeFileSync(join(inbox, `bench-${i}.txt`), article(i));
    const written = Date.now() - t1;
    let last = 0;
    await waitUntil('all articles searchable', async () => {
      const { body } = await getJson<{ total: number; totalRelation?: string }>(`${api}/api/articles?size=1`);
      last = body.total;
      return body.total >= n && body.totalRelation !== 'gte';
    }, 600_000, stack);
    const seconds = (Date.now() - t1) / 1000;
    const incidents = (await (await fetch(`${api}/api/incidents?size=1`)).json()) as { total: number; totalRelation?: string };
    console.log(`pipeline bench: ${n} articles (inbox → fetcher → normaliser → extractor → indexer → PostgreSQL search)`);
    console.log(`  stack healthy after ${(ready / 1000).toFixed(1)} s; files written in ${written} ms`);
    console.log(`  all ${last} articles searchable after ${seconds.toFixed(1)} s → ${(n / seconds).toFixed(0)} articles/s end to end`);
    console.log(`  canonical incidents: ${incidents.total}${incidents.totalRelation === 'gte' ? '+' : ''}`);
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

if (require.main === module) runCli('bench:pipeline', PIPELINE_BENCH_USAGE, main);
