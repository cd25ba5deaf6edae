// Manual check that this library scores exactly as the shared scorer (../shared/eval/score.mjs):
// the same figures and the same missed / spurious / field-error lists, on the incidents CLI's
// predictions for each corpus and on randomly generated gold and predictions full of edge cases
// (months, ±1-day dates, the 30 km edge, null and 0 counts, numeric strings, optional incidents).
// Exits 1 on any disagreement.
//   npx nx run incident-evaluation:agree
//   node -r ./tools/register.js libs/incident-evaluation/bench/agree-with-score.ts [--scorer FILE] [--random N] [corpus-dir gold-dir]...
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  evaluate,
  parseGoldDocument,
  parsePredictionLines,
  type EvaluationReport,
  type GoldDocument,
  type GoldIncident,
  type PredictedIncident,
  type PredictionDocument,
} from '@raseed/incident-evaluation';

const root = resolve(__dirname, '../../..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const scorer = resolve(opt('--scorer', join(root, '../shared/eval/score.mjs')));
const randomRuns = Number(opt('--random', '150'));
const corpora: Array<[string, string]> = [];
for (let i = 0; i + 1 < args.length; i += 2) corpora.push([args[i], args[i + 1]]);
if (!args.length) for (const c of ['dev', 'dev2', 'seeds']) corpora.push([join(root, '../shared/corpus', c), join(root, '../shared/gold', c)]);
if (!existsSync(scorer)) {
  console.error(`agree: no scorer at ${scorer} (pass --scorer FILE)`);
  process.exit(2);
}

interface Lists {
  missed: string[];
  spurious: string[];
  fields: string[];
}

function scorerResult(goldDir: string, predFile: string): { figures: unknown; lists: Lists } {
  // With both flags the scorer prints its verbose lines, then the JSON figures last.
  const out = execFileSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predFile, '--verbose', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = out.trim().split('\n');
  const figures = JSON.parse(lines.pop() as string);
  const lists: Lists = { missed: [], spurious: [], fields: [] };
  for (const line of lines) {
    if (line.startsWith('missed ')) lists.missed.push(line.slice(7));
    else if (line.startsWith('spurious ')) lists.spurious.push(line.slice(9));
    else if (line.startsWith('field ')) lists.fields.push(line.slice(6, line.indexOf(':')));
  }
  return { figures, lists };
}

/** This library's figures in the scorer's JSON shape, and its lists in the scorer's verbose wording. */
function ownResult(gold: GoldDocument[], preds: PredictionDocument[]): { figures: unknown; lists: Lists } {
  const r: EvaluationReport = evaluate(gold, preds);
  const raw = new Map(preds.map((p) => [p.doc, p.incidents]));
  const figures = {
    documents: r.documents,
    incidents: r.incidents,
    fields: r.fields,
    field_counts: r.field_counts,
    dedup: { precision: r.dedup.precision, recall: r.dedup.recall, f1: r.dedup.f1, gold_pairs: r.dedup.gold_pairs, predicted_pairs: r.dedup.predicted_pairs },
  };
  const lists: Lists = {
    missed: r.errors.missed.map((m) => `${m.doc} ${m.gid}`),
    spurious: r.errors.spurious.map((s) => {
      const p = (raw.get(s.doc) ?? [])[s.index];
      return `${s.doc} ${p.category} ${p.date ?? '-'} ${p.place?.name_en ?? JSON.stringify(p.place)}`;
    }),
    fields: r.errors.fields.map((f) => `${f.doc} ${f.gid} ${f.field}`),
  };
  return { figures, lists };
}

const sorted = (xs: string[]) => [...xs].sort();

function compare(label: string, goldDir: string, predFile: string): boolean {
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => parseGoldDocument(readFileSync(join(goldDir, f), 'utf8'), f));
  const preds = parsePredictionLines(readFileSync(predFile, 'utf8'), predFile);
  const theirs = scorerResult(goldDir, predFile);
  const ours = ownResult(gold, preds);
  const problems: string[] = [];
  if (!isDeepStrictEqual(theirs.figures, ours.figures)) problems.push(`figures differ:\n  score.mjs ${JSON.stringify(theirs.figures)}\n  ours      ${JSON.stringify(ours.figures)}`);
  for (const k of ['missed', 'spurious', 'fields'] as const) {
    if (!isDeepStrictEqual(sorted(theirs.lists[k]), sorted(ours.lists[k])))
      problems.push(`${k} lists differ:\n  score.mjs ${JSON.stringify(sorted(theirs.lists[k]))}\n  ours      ${JSON.stringify(sorted(ours.lists[k]))}`);
  }
  if (problems.length) console.log(`${label}: DISAGREE (gold ${goldDir}, predictions ${predFile})\n${problems.join('\n')}`);
  return problems.length === 0;
}

// --- randomly generated cases -------------------------------------------------------------

/** Small deterministic PRNG so a failing case can be regenerated from its number. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const CATEGORIES = ['attack_on_us_forces', 'strike_on_militias'];
const WEAPONS = ['drone', 'rocket', 'airstrike', 'unknown'];
const ACTORS = ['us', 'iran_backed_militia', 'unknown', 'israel'];
const PLACES = [
  { name_en: 'Hasakah', lat: 36.5, lon: 40.75 },
  { name_en: 'Albukamal', lat: 34.45, lon: 40.92 },
  { name_en: 'Baghdad', lat: 33.31, lon: 44.36 },
];

function randomCase(seed: number): { gold: GoldDocument[]; preds: Array<Record<string, unknown>> } {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const day = (offset: number) => new Date(Date.UTC(2024, 0, 30) + offset * 86_400_000).toISOString().slice(0, 10);
  const gold: GoldDocument[] = [];
  const preds: Array<Record<string, unknown>> = [];
  const gids = Array.from({ length: 4 }, (_, i) => `g${i}`);
  const clusters = ['c1', 'c2', 'c3', null];
  for (let d = 0; d < 1 + Math.floor(rnd() * 5); d++) {
    const doc = `d${d}`;
    const incidents: GoldIncident[] = [];
    for (let k = 0; k < Math.floor(rnd() * 3); k++) {
      const place = pick(PLACES);
      const g: GoldIncident = {
        gid: pick(gids),
        required: rnd() < 0.7,
        category: pick(CATEGORIES),
        date: pick([[], [day(0)], [day(0), day(1)], ['2024-01'], ['2024-02']]),
        place: rnd() < 0.9 ? { ...place } : null,
        weapon: [pick(WEAPONS)],
        actor: pick([[pick(ACTORS)], [pick(ACTORS), pick(ACTORS)]]),
        killed: pick([[0], [2], [null], [2, null], [0, 3], ['2']]),
        injured: pick([[0], [5], [null], [1, 4]]),
      };
      if (rnd() < 0.1) delete g.weapon;
      incidents.push(g);
      // A twin at the same place, required-ness flipped, so one prediction is wanted by both.
      if (rnd() < 0.25) incidents.push({ ...g, gid: pick(gids), required: !g.required, weapon: [pick(WEAPONS)], killed: pick([[0], [2], [null]]) });
    }
    gold.push({ doc, published_at: null, incidents });
    if (rnd() < 0.1) continue; // no prediction line for this document
    const out: PredictedIncident[] = [];
    const basis = [...incidents, ...(rnd() < 0.3 ? [incidents[0]] : [])].filter(Boolean);
    for (const g of basis) {
      if (rnd() < 0.15) continue;
      const base = g.place ?? pick(PLACES);
      // Half a degree of latitude is ~55 km; 0.2697 and 0.2699 lie ~11 m either side of the 30 km edge.
      const dLat = pick([0, 0.1, 0.2697, 0.2699, 0.5]);
      out.push({
        category: rnd() < 0.85 ? g.category : pick(CATEGORIES),
        date: pick([null, day(0), day(1), day(-1), day(2), '2024-01', `${day(0)}T23:00:00Z`]),
        place: pick([
          { name_en: base.name_en, lat: (base.lat as number) + dLat, lon: base.lon },
          { name_en: String(base.name_en).toUpperCase() + ' ', lat: 0, lon: 0 },
          { name_en: 'elsewhere', lat: (base.lat as number) + dLat, lon: base.lon },
          { name_en: 'nowhere' },
          null,
        ]),
        weapon: pick([...WEAPONS, undefined, 'DRONE']),
        actor: pick([...ACTORS, null]),
        killed: pick([null, 0, 2, '2', 3, undefined, '']),
        injured: pick([null, 0, 5, 4]),
        cluster: pick(clusters),
      });
    }
    if (rnd() < 0.3) out.push({ category: pick(CATEGORIES), date: day(5), place: pick(PLACES), weapon: 'drone', actor: 'us', killed: null, injured: null, cluster: pick(clusters) });
    preds.push({ doc, incidents: out });
  }
  return { gold, preds };
}

let disagreements = 0;
const work = mkdtempSync(join(tmpdir(), 'agree-with-score-'));
for (const [corpus, goldDir] of corpora) {
  if (!existsSync(corpus) || !existsSync(goldDir)) {
    console.log(`${corpus}: skipped (corpus or gold missing)`);
    continue;
  }
  const predFile = join(work, `${corpus.replace(/[^\w]+/g, '_')}.jsonl`);
  writeFileSync(predFile, execFileSync(process.execPath, ['-r', join(root, 'tools/register.js'), join(root, 'apps/cli/src/incidents.ts'), corpus], { cwd: root, maxBuffer: 1 << 28 }));
  const ok = compare(corpus, goldDir, predFile);
  if (ok) {
    const figures = ownResult(
      readdirSync(goldDir)
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map((f) => parseGoldDocument(readFileSync(join(goldDir, f), 'utf8'), f)),
      parsePredictionLines(readFileSync(predFile, 'utf8'), predFile),
    ).figures as { incidents: { f1: number }; dedup: { f1: number } };
    console.log(`${corpus}: agree (incident F1 ${figures.incidents.f1}, de-dup F1 ${figures.dedup.f1}; figures and missed / spurious / field-error lists identical)`);
  } else disagreements++;
}
let randomOk = 0;
for (let seed = 1; seed <= randomRuns; seed++) {
  const { gold, preds } = randomCase(seed);
  const dir = join(work, `random-${seed}`);
  mkdirSync(dir);
  gold.forEach((g) => writeFileSync(join(dir, `${g.doc}.gold.json`), JSON.stringify(g)));
  const predFile = join(dir, 'pred.jsonl');
  writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (compare(`random case ${seed}`, dir, predFile)) randomOk++;
  else disagreements++;
}
if (randomRuns) console.log(`random cases: ${randomOk}/${randomRuns} agree`);
console.log(disagreements ? `${disagreements} disagreement(s); files in ${work}` : 'all agree');
process.exit(disagreements ? 1 : 0);
