// Builds collection.json, the relevance collection, from the shared gold files (article ids and
// what their incidents are: place, weapon, actor, date, killed). Run once when the gold changes:
//   node -r ./tools/register.js libs/search/bench/relevance/build-collection.ts [../shared/gold]
// Each query is written as a reader would type it; an article is expected when one of its gold
// incidents is what the query names (and passes its filters). Queries whose concept names more
// than 20 articles are narrowed by a place, a weapon or a month, so recall@20 can reach 1.
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

interface GoldIncident {
  category: string;
  date?: string[];
  place?: { name_en?: string } | null;
  weapon?: string[];
  actor?: string[];
  killed?: (number | null)[];
}

export interface RelevanceQuery {
  id: string;
  kind: string;
  params: Record<string, string>;
  expect: string[];
}

type Pred = (i: GoldIncident) => boolean;
const place =
  (...names: string[]): Pred =>
  (i) =>
    names.includes(i.place?.name_en ?? '');
const weapon =
  (...ws: string[]): Pred =>
  (i) =>
    (i.weapon ?? []).some((w) => ws.includes(w));
const actor =
  (...as: string[]): Pred =>
  (i) =>
    (i.actor ?? []).some((a) => as.includes(a));
const category =
  (c: string): Pred =>
  (i) =>
    i.category === c;
const within =
  (from: string, to: string): Pred =>
  (i) =>
    (i.date ?? []).some((d) => d >= from && d <= to);
const killedAtLeast =
  (n: number): Pred =>
  (i) =>
    (i.killed ?? []).some((k) => k !== null && k >= n);
const all =
  (...ps: Pred[]): Pred =>
  (i) =>
    ps.every((p) => p(i));

// Spelling families a reader uses for one concept (singular / plural / broken plural, hamza,
// taa marbuta, diacritics, tatweel, dialect, English).
const DRONE = ['مسيرة', 'مسيرات', 'مُسيّرة', 'المسيّـرات', 'درون', 'drone', 'طائرة مسيرة', 'بطائرات مسيرة'];
const ROCKET = ['صاروخ', 'صواريخ', 'الصواريخ', 'صاروخية', 'rockets'];
const STRIKE = ['غارة', 'غارات', 'الغارات', 'airstrike'];

const CONCEPTS: { kind: string; queries: string[]; extra?: Record<string, string>; pred: Pred }[] = [
  { kind: 'place', queries: ['التنف', 'al-Tanf', 'tanf', 'والتنف'], pred: place('al-Tanf') },
  { kind: 'place', queries: ['البرج 22', 'tower 22', 'البرج ٢٢'], pred: place('Tower 22') },
  { kind: 'place', queries: ['الشدادي', 'الشدّادي', 'shaddadi'], pred: place('al-Shaddadi') },
  { kind: 'place', queries: ['كونيكو', 'كونوكو', 'conoco'], pred: place('Conoco gas field') },
  { kind: 'place', queries: ['حقل العمر', 'al-omar'], pred: place('al-Omar oil field') },
  { kind: 'place', queries: ['البوكمال', 'albukamal', 'abu kamal'], pred: place('Albukamal') },
  { kind: 'place', queries: ['رميلان', 'rmelan'], pred: place('Rmelan') },
  { kind: 'place', queries: ['الميادين', 'mayadin'], pred: place('Mayadin') },
  { kind: 'place', queries: ['حرير', 'harir'], pred: place('Harir') },
  // The governorate: its towns and bases are reported "in the Hasakah countryside".
  { kind: 'place', queries: ['الحسكة', 'الحسكه', 'hasakah'], pred: place('Hasakah', 'al-Shaddadi', 'Rmelan', 'Qasrak', 'Tal Baydar') },
  { kind: 'place', queries: ['أربيل', 'اربيل', 'erbil', 'مطار أربيل'], pred: place('Erbil airport') },
  { kind: 'place', queries: ['كركوك', 'kirkuk'], pred: place('Kirkuk') },
  { kind: 'place', queries: ['جرف الصخر', 'jurf al-sakhar'], pred: place('Jurf al-Sakhar') },
  { kind: 'place', queries: ['التاجي', 'taji'], pred: place('Camp Taji') },
  { kind: 'place', queries: ['القائم', 'al-qaim'], pred: place('al-Qaim') },
  { kind: 'place+weapon', queries: ['عين الأسد صواريخ', 'عين الاسد صاروخ', 'ain al-asad rockets'], pred: all(place('Ain al-Asad'), weapon('rocket', 'missile')) },
  { kind: 'place+weapon', queries: ['عين الأسد مسيرة', 'ain al-asad درون', 'قاعدة عين الأسد مسيرات'], pred: all(place('Ain al-Asad'), weapon('drone')) },
  { kind: 'place+weapon', queries: ['التنف مسيرة', 'التنف درون'], pred: all(place('al-Tanf'), weapon('drone')) },
  { kind: 'place+weapon', queries: ['أربيل مسيرة', 'erbil drone', 'اربيل مسيرات'], pred: all(place('Erbil airport'), weapon('drone')) },
  { kind: 'place+weapon', queries: ['العمر صواريخ', 'حقل العمر صاروخ'], pred: all(place('al-Omar oil field'), weapon('rocket', 'missile')) },
  { kind: 'place+weapon', queries: ['البوكمال غارات', 'البوكمال غارة'], pred: all(place('Albukamal'), weapon('airstrike')) },
  { kind: 'actor', queries: ['كتائب حزب الله', 'kataib hezbollah'], pred: actor('kataib_hezbollah') },
  { kind: 'actor+place', queries: ['المقاومة الإسلامية في العراق البرج 22', 'islamic resistance in iraq tower 22'], pred: all(actor('islamic_resistance_iraq'), place('Tower 22')) },
  { kind: 'weapon+month', queries: DRONE, extra: { from: '2024-01-01', to: '2024-01-31' }, pred: all(weapon('drone'), within('2024-01-01', '2024-01-31')) },
  { kind: 'weapon+month', queries: ROCKET, extra: { from: '2023-10-01', to: '2023-10-31' }, pred: all(weapon('rocket', 'missile'), within('2023-10-01', '2023-10-31')) },
  {
    kind: 'weapon+category',
    queries: STRIKE,
    extra: { category: 'strike_on_militias', from: '2024-02-01', to: '2024-02-29' },
    pred: all(weapon('airstrike'), category('strike_on_militias'), within('2024-02-01', '2024-02-29')),
  },
  { kind: 'word+place', queries: ['قواعد التنف', 'قاعدة التنف'], pred: place('al-Tanf') },
  {
    kind: 'word+place+date',
    queries: ['هجمات عين الأسد', 'هجوم عين الاسد', 'هجمة عين الأسد'],
    extra: { from: '2024-01-01', to: '2024-12-31' },
    pred: all(place('Ain al-Asad'), within('2024-01-01', '2024-12-31')),
  },
  { kind: 'casualties', queries: ['البرج 22', 'tower 22'], extra: { minKilled: '1' }, pred: all(place('Tower 22'), killedAtLeast(1)) },
  { kind: 'casualties', queries: ['', 'هجوم'], extra: { minKilled: '5', category: 'attack_on_us_forces' }, pred: all(category('attack_on_us_forces'), killedAtLeast(5)) },
  { kind: 'date', queries: [''], extra: { from: '2023-11-01', to: '2023-11-15' }, pred: within('2023-11-01', '2023-11-15') },
  { kind: 'date', queries: [''], extra: { from: '2024-02-01', to: '2024-02-10' }, pred: within('2024-02-01', '2024-02-10') },
];

function main(): void {
  const goldRoot = process.argv[2] ?? '../shared/gold';
  const gold = new Map<string, GoldIncident[]>();
  for (const set of ['seeds', 'dev', 'dev2']) {
    for (const f of readdirSync(join(goldRoot, set))
      .filter((x) => x.endsWith('.gold.json'))
      .sort()) {
      const g = JSON.parse(readFileSync(join(goldRoot, set, f), 'utf8')) as { doc: string; incidents: GoldIncident[] };
      gold.set(g.doc, g.incidents);
    }
  }
  const out: RelevanceQuery[] = [];
  for (const c of CONCEPTS) {
    const expect = [...gold]
      .filter(([, incidents]) => incidents.some(c.pred))
      .map(([doc]) => doc)
      .sort();
    for (const q of c.queries) {
      const params = { ...(q ? { q } : {}), ...(c.extra ?? {}) };
      out.push({ id: `r${String(out.length + 1).padStart(3, '0')}`, kind: c.kind, params, expect });
    }
  }
  const file = join(__dirname, 'collection.json');
  writeFileSync(file, `[\n${out.map((q) => JSON.stringify(q)).join(',\n')}\n]\n`);
  const sizes = out.map((q) => q.expect.length);
  console.log(`${out.length} queries written to ${file}; expected articles per query: min ${Math.min(...sizes)}, max ${Math.max(...sizes)}`);
  for (const q of out) if (q.expect.length === 0 || q.expect.length > 20) console.log(`  check ${q.id} ${JSON.stringify(q.params)}: ${q.expect.length} expected`);
}

main();
