import { geoJsonProblems } from '../testing';
import { ASAD, TWO_REPORTS, UNLOCATED } from '../../test/incidents';
import { exportChunks } from './export-stream';
import { ExportIncident } from './export-incident';

async function* pages(...ps: ExportIncident[][]) {
  yield* ps;
}

const collect = async (it: AsyncIterable<string>) => {
  let s = '';
  for await (const c of it) s += c;
  return s;
};

describe('GeoJSON export', () => {
  it('is one valid FeatureCollection over every page: points as [lon, lat], unlocated incidents with null geometry', async () => {
    const doc = JSON.parse(await collect(exportChunks(pages([TWO_REPORTS], [], [UNLOCATED]), 'geojson')));
    expect(geoJsonProblems(doc)).toEqual([]);
    expect(doc.features).toHaveLength(2);
    expect(doc.features[0]).toMatchObject({ type: 'Feature', id: TWO_REPORTS.id, geometry: { type: 'Point', coordinates: [ASAD.lon, ASAD.lat] } });
    expect(doc.features[0].properties).toMatchObject({ location_ar: 'عين الأسد', injured: 6, sources_count: 2, outlets: ['وكالة الخليج', 'أخبار المشرق'] });
    expect(doc.features[1].geometry).toBeNull();
  });

  it('is a valid empty collection when nothing matches', async () => {
    const doc = JSON.parse(await collect(exportChunks(pages(), 'geojson')));
    expect(doc).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('catches swapped coordinates (the check itself can fail)', () => {
    expect(geoJsonProblems({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [33.8, 142.44] } }] })).toHaveLength(1);
  });
});

describe('JSON lines export and streaming', () => {
  it('writes each full incident document on its own line', async () => {
    const lines = (await collect(exportChunks(pages([TWO_REPORTS, UNLOCATED]), 'jsonl'))).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify([TWO_REPORTS, UNLOCATED])));
  });

  it('asks for the next page only when the consumer wants the next chunk', async () => {
    const pulled: number[] = [];
    async function* lazy() {
      for (let i = 0; i < 3; i++) {
        pulled.push(i);
        yield [TWO_REPORTS];
      }
    }
    const it = exportChunks(lazy(), 'csv')[Symbol.asyncIterator]();
    await it.next(); // header
    expect(pulled).toEqual([]);
    await it.next(); // page 0
    expect(pulled).toEqual([0]);
    await it.return(undefined); // the client went away: no more pages are read
    expect(pulled).toEqual([0]);
  });
});
