/**
 * Builds libs/incident-extraction/src/lib/gazetteer/geonames.data.ts from the GeoNames extract
 * (places.tsv: towns and cities of Iraq, Syria, Jordan with Arabic names, CC BY 4.0).
 *   node -r ./tools/register.js tools/gazetteer/build.ts [source-dir] [--check]
 * source-dir defaults to ../shared/data/gazetteer; --check only reports whether the committed
 * file is up to date. The project reads the generated module, never the source, at run time.
 *
 * Per GeoNames row: Arabic-language spellings only (Persian/Kurdish letters, mixed scripts and
 * broken entries dropped); a row that is a hand-curated place (a shared spelling within 25 km,
 * or a town within 3 km) only lends that row its other spellings and population; any other row
 * becomes a place under its governorate (a city section under its city). Each spelling gets a
 * licence: an ordinary word, a personal name, a lexicon word or a name of three letters or fewer
 * is read only after a place noun ('noun'); a minor place (below a district seat and 15,000
 * people) only after a place noun or a locative preposition ('cue'); the rest anywhere.
 */
import { parseCli, runCli } from '@raseed/config';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLACES, PlaceKind, PlaceRow } from '../../libs/incident-extraction/src/lib/gazetteer/places.data';
import { COMMON_WORDS } from '../../libs/incident-extraction/src/lib/gazetteer/common-words';
import { distanceKm } from '../../libs/incident-extraction/src/lib/gazetteer/distance';
import { CUES } from '../../libs/incident-extraction/src/lib/lexicons/cues';
import { ACTORS } from '../../libs/incident-extraction/src/lib/lexicons/actors';
import { WEAPONS } from '../../libs/incident-extraction/src/lib/lexicons/weapons';
import { foldWord, patternKey } from '../../libs/incident-extraction/src/lib/text/tokens';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'libs/incident-extraction/src/lib/gazetteer/geonames.data.ts');
const COUNTRIES = new Set(['IQ', 'SY', 'JO']);
const IMPORTANT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);
const IMPORTANT_POPULATION = 15_000;
const SAME_NAME_KM = 25;
const SAME_TOWN_KM = 3;
const SECTION_KM = 15;

// GeoNames first-level divisions → the curated governorate rows.
const ADMIN1: Record<string, string> = {
  'IQ.01': 'iq-anbar',
  'IQ.02': 'iq-basra',
  'IQ.03': 'iq-muthanna',
  'IQ.04': 'iq-qadisiyyah',
  'IQ.05': 'iq-sulaymaniyah',
  'IQ.06': 'iq-babil',
  'IQ.07': 'iq-baghdad',
  'IQ.08': 'iq-duhok',
  'IQ.09': 'iq-dhi-qar',
  'IQ.10': 'iq-diyala',
  'IQ.11': 'iq-erbil',
  'IQ.12': 'iq-karbala',
  'IQ.13': 'iq-kirkuk',
  'IQ.14': 'iq-maysan',
  'IQ.15': 'iq-nineveh',
  'IQ.16': 'iq-wasit',
  'IQ.17': 'iq-najaf',
  'IQ.18': 'iq-salahuddin',
  'IQ.19': 'iq-halabja',
  'JO.02': 'jo-balqa',
  'JO.09': 'jo-karak',
  'JO.12': 'jo-tafilah',
  'JO.15': 'jo-mafraq',
  'JO.16': 'jo-amman',
  'JO.17': 'jo-zarqa',
  'JO.18': 'jo-irbid',
  'JO.19': 'jo-maan',
  'JO.20': 'jo-ajloun',
  'JO.21': 'jo-aqaba',
  'JO.22': 'jo-jerash',
  'JO.23': 'jo-madaba',
  'SY.01': 'sy-hasakah',
  'SY.02': 'sy-latakia',
  'SY.03': 'sy-quneitra',
  'SY.04': 'sy-raqqa',
  'SY.05': 'sy-suwayda',
  'SY.06': 'sy-daraa',
  'SY.07': 'sy-deir-ez-zor',
  'SY.08': 'sy-rif-dimashq',
  'SY.09': 'sy-aleppo',
  'SY.10': 'sy-hama',
  'SY.11': 'sy-homs',
  'SY.12': 'sy-idlib',
  'SY.13': 'sy-damascus',
  'SY.14': 'sy-tartus',
};

interface GeoRow {
  geonameid: number;
  en: string;
  names: string[];
  lat: number;
  lon: number;
  code: string;
  country: PlaceRow['country'];
  admin1: string;
  population: number;
}

type Licence = 'free' | 'cue' | 'noun';

// Arabic-language letters (no Persian/Kurdish/Urdu ones), diacritics and spaces.
const ARABIC_ONLY = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 ]+$/;
const DIACRITICS = /[\u064B-\u0652\u0670\u0640]/g;

function cleanNames(field: string): string[] {
  const out: string[] = [];
  for (const raw of field.split('|')) {
    // Kurdish and Persian spellings in Arabic letters: joiners, a leading ئ, ة inside a word, وو.
    if (/[\u200c\u200d]|(^|\s)ئ|ة(?=\S)|وو/.test(raw)) continue;
    const name = raw
      .replace(/[\u200b-\u200f]/g, '')
      .replace(DIACRITICS, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!name || !ARABIC_ONLY.test(name) || /^شهر /.test(name)) continue;
    if (name.split(' ').some((w) => w.length < 2)) continue; // "د مشق"
    if (!out.some((o) => sig(o) === sig(name) && article(o) === article(name))) out.push(name);
  }
  return out;
}

const sig = (name: string) => name.split(/\s+/).map(patternKey).join(' ');
const article = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => (foldWord(w) !== patternKey(w) ? 1 : 0))
    .join('');

const common = new Set(COMMON_WORDS.flatMap((w) => [foldWord(w.replace(/\s+/g, ' ')), sig(w)]));
const lexiconWords = new Set(
  [...CUES, ...ACTORS, ...WEAPONS]
    .flatMap(([, phrases]) => phrases)
    .filter((p) => !/\s/.test(p.trim()) && !p.endsWith('*'))
    .map((p) => patternKey(p)),
);

function licence(name: string, row: GeoRow): Licence {
  const words = name.split(' ');
  const key = sig(name);
  if (common.has(foldWord(name)) || common.has(key)) return 'noun';
  // A bare word of three letters or fewer ("بلد", "سال") is too likely an ordinary word.
  if (words.length === 1 && ((key.length <= 3 && key === foldWord(name)) || lexiconWords.has(key))) return 'noun';
  return IMPORTANT_CODES.has(row.code) || row.population >= IMPORTANT_POPULATION ? 'free' : 'cue';
}

function kindOf(row: GeoRow): PlaceKind {
  if (row.code === 'PPLC' || row.code === 'PPLA') return 'city';
  if (row.code === 'PPLX') return 'neighbourhood';
  if (row.code === 'PPLA2') return row.population >= 100_000 ? 'city' : 'town';
  if (/^PPL[HQW]$/.test(row.code)) return 'village';
  return row.population >= 10_000 ? 'town' : 'village';
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼ`]/g, "'");
const slug = (s: string) =>
  ascii(s)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function readSource(dir: string): GeoRow[] {
  const lines = readFileSync(join(dir, 'places.tsv'), 'utf8').split('\n').filter(Boolean);
  const header = lines[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  return lines
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((f) => COUNTRIES.has(f[col('country')]))
    .map((f) => ({
      geonameid: Number(f[col('geonameid')]),
      en: ascii(f[col('name_en')]),
      names: cleanNames(f[col('names_ar')]),
      lat: Number(f[col('lat')]),
      lon: Number(f[col('lon')]),
      code: f[col('feature_code')],
      country: f[col('country')] as PlaceRow['country'],
      admin1: `${f[col('country')]}.${f[col('admin1_code')]}`,
      population: Number(f[col('population')]) || 0,
    }));
}

interface Link {
  id: string;
  geonameid: number;
  population: number;
  ar: string[];
  cueAr: string[];
}

// The curated row a GeoNames entry is: one sharing a spelling nearby (a town rather than the
// governorate named after it), else a town at the same spot.
function curatedMatch(row: GeoRow): PlaceRow | null {
  const sigs = new Set(row.names.map(sig));
  const named = PLACES.filter(
    (p) => p.ar.concat(p.cueAr ?? [], p.nounAr ?? []).some((n) => sigs.has(sig(n))) && distanceKm(p, row) <= SAME_NAME_KM && (p.country === row.country || distanceKm(p, row) <= SAME_TOWN_KM * 3),
  );
  named.sort((a, b) => Number(a.kind === 'governorate') - Number(b.kind === 'governorate') || distanceKm(a, row) - distanceKm(b, row));
  if (named.length) return named[0];
  const near = PLACES.filter((p) => p.country === row.country && ['city', 'town', 'village'].includes(p.kind) && distanceKm(p, row) <= SAME_TOWN_KM);
  near.sort((a, b) => distanceKm(a, row) - distanceKm(b, row));
  return near[0] ?? null;
}

function build(dir: string): { text: string; summary: string } {
  const source = readSource(dir)
    .filter((r) => r.names.length > 0)
    .sort((a, b) => a.country.localeCompare(b.country) || a.geonameid - b.geonameid);
  const curatedSigs = new Map<string, Set<string>>(); // spelling → curated ids using it
  for (const p of PLACES)
    for (const n of p.ar.concat(p.cueAr ?? [], p.nounAr ?? [], p.localAr ?? [])) {
      const s = sig(n);
      curatedSigs.set(s, new Set([...(curatedSigs.get(s) ?? []), p.id]));
    }
  const links: Link[] = [];
  const rows: PlaceRow[] = [];
  const ids = new Set(PLACES.map((p) => p.id));
  const counts: Record<string, number> = { free: 0, cue: 0, noun: 0 };
  for (const g of source) {
    const cur = curatedMatch(g);
    if (cur) {
      // Only spellings the curated data does not use for any place, and not ordinary words.
      const extra = g.names.filter((n) => !curatedSigs.has(sig(n)) && licence(n, g) !== 'noun');
      const ar = extra.filter((n) => licence(n, g) === 'free' && !cur.cue);
      links.push({ id: cur.id, geonameid: g.geonameid, population: g.population, ar, cueAr: extra.filter((n) => !ar.includes(n)) });
      continue;
    }
    let id = `${g.country.toLowerCase()}-${slug(g.en)}`;
    if (ids.has(id)) id = `${id}-${g.geonameid}`;
    ids.add(id);
    const kind = kindOf(g);
    const gov = ADMIN1[g.admin1];
    if (!gov) throw new Error(`no governorate for ${g.admin1} (${g.en})`);
    let parent = gov;
    if (kind === 'neighbourhood') {
      const towns = [...PLACES, ...rows].filter((p) => (p.kind === 'city' || p.kind === 'governorate') && p.country === g.country && distanceKm(p, g) <= SECTION_KM);
      towns.sort((a, b) => distanceKm(a, g) - distanceKm(b, g));
      if (towns[0]) parent = towns[0].id;
    }
    const by: Record<Licence, string[]> = { free: [], cue: [], noun: [] };
    for (const n of g.names) by[licence(n, g)].push(n);
    for (const l of ['free', 'cue', 'noun'] as const) counts[l] += by[l].length;
    rows.push({
      id,
      en: g.en,
      ar: by.free,
      lat: g.lat,
      lon: g.lon,
      country: g.country,
      parent,
      kind,
      ...(by.cue.length ? { cueAr: by.cue } : {}),
      ...(by.noun.length ? { nounAr: by.noun } : {}),
      geonameid: g.geonameid,
      population: g.population,
      source: 'geonames',
    });
  }
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;
  const lines = [
    '// GENERATED by tools/gazetteer/build.ts — do not edit; change the tool or the curated rows and rebuild:',
    '//   node -r ./tools/register.js tools/gazetteer/build.ts [../shared/data/gazetteer]',
    '// Data: GeoNames (https://www.geonames.org/), "cities500" extract of March 2023 for Iraq, Syria and',
    '// Jordan, licensed under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    '// Changed from the source: rows and Arabic-language names selected, names licensed, rows linked',
    '// to the hand-curated places, hierarchy added. See NOTICE.',
    "import type { PlaceKind, PlaceRow } from './places.data';",
    '',
    '/** GeoNames entries that are a hand-curated place: the spellings and population they add to it. */',
    'export const GEONAMES_LINKS: Array<{ id: string; geonameid: number; population: number; ar: string[]; cueAr: string[] }> = [',
    ...links.map((l) => `  { id: ${q(l.id)}, geonameid: ${l.geonameid}, population: ${l.population}, ar: ${list(l.ar)}, cueAr: ${list(l.cueAr)} },`),
    '];',
    '',
    'const g = (',
    "  geonameid: number, id: string, en: string, lat: number, lon: number, country: PlaceRow['country'], parent: string, kind: PlaceKind,",
    '  population: number, ar: string[], cueAr: string[] = [], nounAr: string[] = [],',
    "): PlaceRow => ({ id, en, ar, lat, lon, country, parent, kind, cueAr, nounAr, geonameid, population, source: 'geonames' });",
    '',
    '/** GeoNames towns and cities that are not among the hand-curated places. */',
    'export const GEONAMES_PLACES: PlaceRow[] = [',
    ...rows.map((r) => {
      const tail = r.nounAr?.length ? `, ${list(r.cueAr ?? [])}, ${list(r.nounAr)}` : r.cueAr?.length ? `, ${list(r.cueAr)}` : '';
      return `  g(${r.geonameid}, ${q(r.id)}, ${q(r.en)}, ${r.lat}, ${r.lon}, ${q(r.country)}, ${q(r.parent!)}, ${q(r.kind)}, ${r.population}, ${list(r.ar)}${tail}),`;
    }),
    '];',
    '',
  ];
  const summary = `${source.length} GeoNames rows with Arabic names: ${links.length} linked to curated places, ${rows.length} new; spellings of new rows: ${counts.free} free, ${counts.cue} cue, ${counts.noun} noun`;
  return { text: lines.join('\n'), summary };
}

const USAGE = `usage: node -r ./tools/register.js tools/gazetteer/build.ts [source-dir] [--check]
  source-dir  the GeoNames extract (places.tsv; default ../shared/data/gazetteer)
  --check     only report whether the committed geonames.data.ts is up to date (exit 1 if not)`;

runCli('gazetteer', USAGE, () => {
  const { values, positionals } = parseCli(process.argv.slice(2), { options: { check: { type: 'boolean' } }, positionals: { max: 1 } });
  const dir = resolve(ROOT, positionals[0] ?? '../shared/data/gazetteer');
  const { text, summary } = build(dir);
  if (values.check) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? `up to date (${summary})` : 'geonames.data.ts is out of date: rebuild it');
    return same ? 0 : 1;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}\n${summary}`);
  return 0;
});
