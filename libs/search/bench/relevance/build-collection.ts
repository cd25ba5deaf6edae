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

/**
 * What a query names, as data: a gold incident is what it names when it has every part given
 * (place: its English gazetteer name is one of these; weapon / actor: one of its values is one of
 * these; category; within: one of its dates lies in [from, to]; killedAtLeast: one count is at
 * least this). Kept in the collection so the bench can also ask whether extraction produced such
 * an incident from an expected article (relevance-corpus.ts).
 */
export interface Concept {
  place?: string[];
  weapon?: string[];
  actor?: string[];
  category?: string;
  within?: [string, string];
  killedAtLeast?: number;
}

export interface RelevanceQuery {
  id: string;
  kind: string;
  params: Record<string, string>;
  concept: Concept;
  /** Articles one of whose gold incidents is what the query names (article ids, stable across re-extraction). */
  expect: string[];
}

const namedByGold = (c: Concept, i: GoldIncident): boolean =>
  (!c.place || c.place.includes(i.place?.name_en ?? '')) &&
  (!c.weapon || (i.weapon ?? []).some((w) => c.weapon!.includes(w))) &&
  (!c.actor || (i.actor ?? []).some((a) => c.actor!.includes(a))) &&
  (!c.category || i.category === c.category) &&
  (!c.within || (i.date ?? []).some((d) => d >= c.within![0] && d <= c.within![1])) &&
  (c.killedAtLeast === undefined || (i.killed ?? []).some((k) => k !== null && k >= c.killedAtLeast!));

// Spelling families a reader uses for one concept (singular / plural / broken plural, hamza,
// taa marbuta, diacritics, tatweel, dialect, English).
const DRONE = ['مسيرة', 'مسيرات', 'مُسيّرة', 'المسيّـرات', 'درون', 'drone', 'طائرة مسيرة', 'بطائرات مسيرة'];
const ROCKET = ['صاروخ', 'صواريخ', 'الصواريخ', 'صاروخية', 'rockets'];
const STRIKE = ['غارة', 'غارات', 'الغارات', 'airstrike'];
const AIN_AL_ASAD = ['Ain al-Asad'];

const CONCEPTS: { kind: string; queries: string[]; extra?: Record<string, string>; concept: Concept }[] = [
  { kind: 'place', queries: ['التنف', 'al-Tanf', 'tanf', 'والتنف'], concept: { place: ['al-Tanf'] } },
  { kind: 'place', queries: ['البرج 22', 'tower 22', 'البرج ٢٢'], concept: { place: ['Tower 22'] } },
  { kind: 'place', queries: ['الشدادي', 'الشدّادي', 'shaddadi'], concept: { place: ['al-Shaddadi'] } },
  { kind: 'place', queries: ['كونيكو', 'كونوكو', 'conoco'], concept: { place: ['Conoco gas field'] } },
  { kind: 'place', queries: ['حقل العمر', 'al-omar'], concept: { place: ['al-Omar oil field'] } },
  { kind: 'place', queries: ['البوكمال', 'albukamal', 'abu kamal'], concept: { place: ['Albukamal'] } },
  { kind: 'place', queries: ['رميلان', 'rmelan'], concept: { place: ['Rmelan'] } },
  { kind: 'place', queries: ['الميادين', 'mayadin'], concept: { place: ['Mayadin'] } },
  { kind: 'place', queries: ['حرير', 'harir'], concept: { place: ['Harir'] } },
  // The governorate: its towns and bases are reported "in the Hasakah countryside".
  { kind: 'place', queries: ['الحسكة', 'الحسكه', 'hasakah'], concept: { place: ['Hasakah', 'al-Shaddadi', 'Rmelan', 'Qasrak', 'Tal Baydar'] } },
  { kind: 'place', queries: ['أربيل', 'اربيل', 'erbil', 'مطار أربيل'], concept: { place: ['Erbil airport'] } },
  { kind: 'place', queries: ['كركوك', 'kirkuk'], concept: { place: ['Kirkuk'] } },
  { kind: 'place', queries: ['جرف الصخر', 'jurf al-sakhar'], concept: { place: ['Jurf al-Sakhar'] } },
  { kind: 'place', queries: ['التاجي', 'taji'], concept: { place: ['Camp Taji'] } },
  { kind: 'place', queries: ['القائم', 'al-qaim'], concept: { place: ['al-Qaim'] } },
  { kind: 'place+weapon', queries: ['عين الأسد صواريخ', 'عين الاسد صاروخ', 'ain al-asad rockets'], concept: { place: AIN_AL_ASAD, weapon: ['rocket', 'missile'] } },
  { kind: 'place+weapon', queries: ['عين الأسد مسيرة', 'ain al-asad درون', 'قاعدة عين الأسد مسيرات'], concept: { place: AIN_AL_ASAD, weapon: ['drone'] } },
  { kind: 'place+weapon', queries: ['التنف مسيرة', 'التنف درون'], concept: { place: ['al-Tanf'], weapon: ['drone'] } },
  { kind: 'place+weapon', queries: ['أربيل مسيرة', 'erbil drone', 'اربيل مسيرات'], concept: { place: ['Erbil airport'], weapon: ['drone'] } },
  { kind: 'place+weapon', queries: ['العمر صواريخ', 'حقل العمر صاروخ'], concept: { place: ['al-Omar oil field'], weapon: ['rocket', 'missile'] } },
  { kind: 'place+weapon', queries: ['البوكمال غارات', 'البوكمال غارة'], concept: { place: ['Albukamal'], weapon: ['airstrike'] } },
  { kind: 'actor', queries: ['كتائب حزب الله', 'kataib hezbollah'], concept: { actor: ['kataib_hezbollah'] } },
  { kind: 'actor+place', queries: ['المقاومة الإسلامية في العراق البرج 22', 'islamic resistance in iraq tower 22'], concept: { actor: ['islamic_resistance_iraq'], place: ['Tower 22'] } },
  { kind: 'weapon+month', queries: DRONE, extra: { from: '2024-01-01', to: '2024-01-31' }, concept: { weapon: ['drone'], within: ['2024-01-01', '2024-01-31'] } },
  { kind: 'weapon+month', queries: ROCKET, extra: { from: '2023-10-01', to: '2023-10-31' }, concept: { weapon: ['rocket', 'missile'], within: ['2023-10-01', '2023-10-31'] } },
  {
    kind: 'weapon+category',
    queries: STRIKE,
    extra: { category: 'strike_on_militias', from: '2024-02-01', to: '2024-02-29' },
    concept: { weapon: ['airstrike'], category: 'strike_on_militias', within: ['2024-02-01', '2024-02-29'] },
  },
  { kind: 'word+place', queries: ['قواعد التنف', 'قاعدة التنف'], concept: { place: ['al-Tanf'] } },
  {
    kind: 'word+place+date',
    queries: ['هجمات عين الأسد', 'هجوم عين الاسد', 'هجمة عين الأسد'],
    extra: { from: '2024-01-01', to: '2024-12-31' },
    concept: { place: AIN_AL_ASAD, within: ['2024-01-01', '2024-12-31'] },
  },
  { kind: 'casualties', queries: ['البرج 22', 'tower 22'], extra: { minKilled: '1' }, concept: { place: ['Tower 22'], killedAtLeast: 1 } },
  { kind: 'casualties', queries: ['', 'هجوم'], extra: { minKilled: '5', category: 'attack_on_us_forces' }, concept: { category: 'attack_on_us_forces', killedAtLeast: 5 } },
  { kind: 'date', queries: [''], extra: { from: '2023-11-01', to: '2023-11-15' }, concept: { within: ['2023-11-01', '2023-11-15'] } },
  { kind: 'date', queries: [''], extra: { from: '2024-02-01', to: '2024-02-10' }, concept: { within: ['2024-02-01', '2024-02-10'] } },
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
      .filter(([, incidents]) => incidents.some((i) => namedByGold(c.concept, i)))
      .map(([doc]) => doc)
      .sort();
    for (const q of c.queries) {
      const params = { ...(q ? { q } : {}), ...(c.extra ?? {}) };
      out.push({ id: `r${String(out.length + 1).padStart(3, '0')}`, kind: c.kind, params, concept: c.concept, expect });
    }
  }
  const file = join(__dirname, 'collection.json');
  writeFileSync(file, `[\n${out.map((q) => JSON.stringify(q)).join(',\n')}\n]\n`);
  const sizes = out.map((q) => q.expect.length);
  console.log(`${out.length} queries written to ${file}; expected articles per query: min ${Math.min(...sizes)}, max ${Math.max(...sizes)}`);
  for (const q of out) if (q.expect.length === 0 || q.expect.length > 20) console.log(`  check ${q.id} ${JSON.stringify(q.params)}: ${q.expect.length} expected`);
}

main();
