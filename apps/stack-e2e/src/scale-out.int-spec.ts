import { allTopics } from '@raseed/contracts';
import { findFreePort } from '@raseed/persistence';
import { StackRunner, getJson, waitUntil } from '@raseed/platform/testing';
import { Kafka, logLevel } from 'kafkajs';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';

/** Articles in the CI run (the bench takes 2,000: `npm run bench:pipeline -- --articles 2000 --replicas all=2`). */
const ARTICLES = Number(process.env.SCALE_E2E_ARTICLES ?? 300);
const STAGES = ['normaliser', 'extractor', 'indexer'] as const;

const PLACES = ['قاعدة التنف', 'قاعدة الشدادي', 'حقل العمر النفطي', 'حقل كونيكو للغاز', 'قاعدة عين الأسد', 'قاعدة حرير في أربيل', 'مطار أربيل الدولي', 'قاعدة خراب الجير'];
const WEAPONS = ['بطائرة مسيرة مفخخة', 'بثلاثة صواريخ', 'بقذائف الهاون', 'بطائرتين مسيرتين'];
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
/** Neutral words for each event's own sentence, so reports of different events are not near-duplicates. */
const WORDS = [
  'شهود',
  'عيان',
  'سيارات',
  'الإسعاف',
  'الطريق',
  'الرئيسي',
  'المدخل',
  'الشمالي',
  'الجنوبي',
  'أبراج',
  'المراقبة',
  'الدخان',
  'دورية',
  'مستودع',
  'المطبخ',
  'الحراسة',
  'السياج',
  'البوابة',
  'المولدات',
  'الكهرباء',
  'الاتصالات',
  'المخازن',
  'الوقود',
  'الخيام',
  'السكان',
  'القرية',
  'المجاورة',
  'الحقول',
  'الرعاة',
  'المزارعين',
  'الصحفيين',
  'الأهالي',
  'الشارع',
  'السوق',
  'المدرسة',
  'الجسر',
  'النهر',
  'التلال',
  'الصحراء',
  'الوادي',
];

/**
 * Three reports per event, near-copies of each other (only the report number differs), so
 * clustering and the near-duplicate index both matter. Events at one place are 14 days apart
 * (beyond the matcher's date tolerance), 100 events over six months, so indexers have separate
 * neighbourhoods, and each event has its own sentence, so two events are never near-duplicates.
 */
function article(i: number): string {
  const event = Math.floor(i / 3);
  const place = PLACES[event % PLACES.length];
  const weapon = WEAPONS[(event >> 1) % WEAPONS.length];
  const date = new Date(Date.UTC(2024, 0, 1) + (event >> 3) * 14 * 86_400_000 + (event % 8) * 86_400_000);
  let seed = event * 2654435761 + 7;
  const words = Array.from({ length: 12 }, () => WORDS[((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 8) % WORDS.length]);
  return [
    `هجوم ${weapon} على ${place}`,
    `تعرضت ${place} التي تتمركز فيها قوات أمريكية لهجوم ${weapon} يوم ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}، بحسب مصادر محلية.`,
    `وقالت المصادر إن الهجوم أسفر عن إصابة ${1 + (event % 4)} من الجنود بجروح طفيفة، فيما لم تتبن أي جهة المسؤولية حتى الآن.`,
    `وتحدث ${words.join(' ')}.`,
    `(التقرير رقم ${i})`,
  ].join('\n');
}

interface Outcome {
  articles: string[];
  /** id → the incident's stored document (sources, fields, dates, place). */
  incidents: Map<string, string>;
  /** article → its incident ids. */
  articleIncidents: Map<string, string>;
  mentions: number;
  deadLettered: number;
  members: Record<string, number>;
  seconds: number;
  killedAtIndexed: number | null;
}

type Child = { name: string; pid: number | null; up: boolean };
const children = (dataDir: string): Child[] => {
  try {
    return (JSON.parse(readFileSync(join(dataDir, 'stack-status.json'), 'utf8')) as { children: Child[] }).children;
  } catch {
    return [];
  }
};

/**
 * Scale-out (issue 17): the same articles through one replica per stage and through two, one
 * replica of each stage killed with -9 mid-run and restarted by the launcher. The final index is
 * identical, nothing is dead-lettered, lost or duplicated.
 */
describe('npm start --replicas: two per stage, with kill -9, gives the index of one per stage', () => {
  let base: string;
  const runs: StackRunner[] = [];

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'raseed-scale-'));
  });
  afterAll(async () => {
    for (const r of runs) await r.stop();
    rmSync(base, { recursive: true, force: true });
  });

  async function run(name: string, replicas: string | undefined, chaos: boolean): Promise<Outcome> {
    const perStage = Number(/all=(\d+)/.exec(replicas ?? '')?.[1] ?? 1);
    const dir = join(base, name);
    const inbox = join(dir, 'inbox');
    const staging = join(dir, 'staging');
    mkdirSync(inbox, { recursive: true });
    mkdirSync(staging, { recursive: true });
    const dataDir = join(dir, 'data');
    const port = await findFreePort();
    const api = `http://127.0.0.1:${port}`;
    const stack = new StackRunner({
      DATA_DIR: dataDir,
      INBOX_DIR: inbox,
      API_PORT: String(port),
      KAFKA_BROKERS: '',
      DATABASE_URL: '',
      OPENSEARCH_URL: '',
      LOG_LEVEL: 'warn',
      INBOX_SETTLE_MS: '50',
      REPLICAS: replicas ?? '',
    });
    runs.push(stack);
    stack.start();
    await waitUntil('health', async () => (await getJson(`${api}/health`)).status === 200, 240_000, stack);
    const { databaseUrl, kafkaBrokers } = JSON.parse(readFileSync(join(dataDir, 'stack.json'), 'utf8')) as { databaseUrl: string; kafkaBrokers: string };
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const t0 = Date.now();
    const drop = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const file = `scale-${String(i).padStart(5, '0')}.txt`;
        writeFileSync(join(staging, file), article(i));
        renameSync(join(staging, file), join(inbox, file));
      }
    };
    let killedAtIndexed: number | null = null;
    const indexed = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM search_articles`)).rows[0].n);
    try {
      if (chaos) {
        drop(0, ARTICLES / 2);
        await waitUntil('a quarter indexed', async () => (await indexed()) >= ARTICLES / 4, 120_000, stack);
        drop(ARTICLES / 2, ARTICLES);
        // kill -9 one replica of each stage while all of them work; the launcher restarts each.
        const victims = STAGES.map((stage) => children(dataDir).find((c) => c.name === `${stage}-1` && c.up && c.pid));
        expect(victims.every(Boolean)).toBe(true);
        for (const v of victims) process.kill(v!.pid!, 'SIGKILL');
        killedAtIndexed = await indexed();
        for (const v of victims) {
          await waitUntil(`${v!.name} restarted`, async () => children(dataDir).some((c) => c.name === v!.name && c.up && c.pid !== v!.pid), 60_000, stack);
        }
      } else {
        drop(0, ARTICLES);
      }
      await waitUntil('every article indexed', async () => (await indexed()) >= ARTICLES, 240_000, stack);
      // Then every group has committed everything (a redelivery after the kills has been absorbed).
      const lag = await waitUntil(
        'consumer lag zero',
        async () => {
          const { body } = await getJson<{ groups: Array<{ group: string; lag: number; members: number }> }>(`${api}/api/lag?refresh=true`);
          const stages = body.groups.filter((g) => (STAGES as readonly string[]).includes(g.group));
          // …with every replica back in its group (a killed one rejoins once restarted).
          return stages.length === STAGES.length && stages.every((g) => g.lag === 0 && g.members === perStage) ? body : null;
        },
        120_000,
        stack,
      );
      // And the indexer has settled what its batches changed: the incidents are final.
      await waitUntil('incidents settled', async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM search_mentions WHERE NOT settled`)).rows[0].n) === 0, 120_000, stack);
      const seconds = (Date.now() - t0) / 1000;
      const members = Object.fromEntries(lag.groups.filter((g) => (STAGES as readonly string[]).includes(g.group)).map((g) => [g.group, g.members]));
      const kafka = new Kafka({ brokers: kafkaBrokers.split(','), clientId: 'scale-e2e', logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      let deadLettered = 0;
      for (const topic of allTopics().filter((t) => t.endsWith('.dlt'))) {
        for (const p of await admin.fetchTopicOffsets(topic)) deadLettered += Number(p.high) - Number(p.low);
      }
      await admin.disconnect();
      const articles = (await db.query<{ id: string }>(`SELECT id FROM search_articles ORDER BY id`)).rows.map((r) => r.id);
      const incidents = new Map((await db.query<{ id: string; doc: unknown }>(`SELECT id, doc FROM search_incidents ORDER BY id`)).rows.map((r) => [r.id, JSON.stringify(r.doc)]));
      const articleIncidents = new Map(
        (await db.query<{ article_id: string; ids: string[] }>(`SELECT article_id, incident_ids AS ids FROM search_article_incidents ORDER BY article_id`)).rows.map((r) => [
          r.article_id,
          r.ids.join(','),
        ]),
      );
      if (process.env.SCALE_E2E_DUMP) {
        const dump = {
          incidents: (
            await db.query(`SELECT i.id, (SELECT string_agg(m.article_id, ',' ORDER BY m.article_id) FROM search_mentions m WHERE m.incident_id = i.id) AS m FROM search_incidents i ORDER BY i.id`)
          ).rows,
          dups: (await db.query(`SELECT article_id, duplicate_of FROM article_fingerprints ORDER BY article_id`)).rows,
        };
        writeFileSync(`${process.env.SCALE_E2E_DUMP}-${name}.json`, JSON.stringify(dump, null, 1));
      }
      const mentions = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM search_mentions`)).rows[0].n);
      process.stdout.write(
        `${name}: ${ARTICLES} articles in ${seconds.toFixed(1)} s (${(ARTICLES / seconds).toFixed(1)}/s), ${incidents.size} incidents, members ${JSON.stringify(members)}` +
          `${killedAtIndexed === null ? '' : `, one replica per stage killed -9 with ${killedAtIndexed}/${ARTICLES} indexed`}\n`,
      );
      return { articles, incidents, articleIncidents, mentions, deadLettered, members, seconds, killedAtIndexed };
    } finally {
      await db.end();
      expect(await stack.stop()).toBe(0);
    }
  }

  it('same incidents (ids, sources, fields), nothing dead-lettered, lost or duplicated', async () => {
    const one = await run('one', undefined, false);
    const two = await run('two', process.env.SCALE_E2E_SECOND ?? 'all=2', process.env.SCALE_E2E_SECOND !== '1');
    const expected = Array.from({ length: ARTICLES }, (_, i) => `scale-${String(i).padStart(5, '0')}`);
    expect(one.members).toEqual({ normaliser: 1, extractor: 1, indexer: 1 });
    expect(two.members).toEqual({ normaliser: 2, extractor: 2, indexer: 2 });
    expect(runs[1].log).toMatch(/replicas: normaliser ×2, extractor ×2, indexer ×2/);
    for (const o of [one, two]) {
      expect(o.deadLettered).toBe(0);
      expect(o.articles).toEqual(expected);
    }
    // The kills hit work in flight, not an idle stack.
    expect(two.killedAtIndexed).toBeLessThan(ARTICLES);
    expect(two.mentions).toBe(one.mentions);
    expect([...two.incidents.keys()]).toEqual([...one.incidents.keys()]);
    const differing = [...one.incidents].filter(([id, doc]) => two.incidents.get(id) !== doc).map(([id]) => id);
    expect(differing).toEqual([]);
    expect([...two.articleIncidents]).toEqual([...one.articleIncidents]);
    // Reports of one event were merged (and not everything into one).
    expect(one.incidents.size).toBeGreaterThan(10);
    expect(one.incidents.size).toBeLessThan(ARTICLES / 2);
    expect(one.incidents.size).toBeGreaterThan(ARTICLES / 6);
  }, 600_000);
});
