import { IncidentDocument, SearchPort } from '../../src/lib/search.port';
import { toIncidentDocument } from '../../src/lib/indexing/incident-document.mapping';
import { parseIncidentQuery, RawParams } from '../../src/lib/query/search-params.query';
import { allIncidents } from '../../src/lib/incident-pages';
import { PLACES, day, ev, mention } from './fixtures';

const am = (articleId: string, m: ReturnType<typeof mention>) => ({ articleId, publishedAt: '2024-05-01T00:00:00Z', outlet: `outlet-${articleId}`, url: `https://x/${articleId}`, mention: m });
const one = (articleId: string, over: Parameters<typeof mention>[1]) => toIncidentDocument([am(articleId, mention(0, { evidence: ev(`هجوم ${articleId}`), ...over }))]);

/**
 * Dated, month-dated and undated incidents, several on one day, spread over the map: what
 * exporting every page in the list's order, and the bounding box, must get right.
 */
export const EXPORT_INCIDENTS: IncidentDocument[] = [
  one('d1', { date: day('2024-03-11'), place: PLACES.tanf, weapon: 'drone', killed: 1 }),
  one('d2', { date: day('2024-03-11'), place: PLACES.shaddadi, weapon: 'rocket' }),
  one('d3', { date: day('2024-03-11'), place: PLACES.ainAlAsad, weapon: 'rocket', injured: 4 }),
  one('d4', { date: day('2024-02-01'), place: PLACES.erbil, weapon: 'drone' }),
  one('d5', { date: day('2023-12-08'), place: PLACES.hasakah, category: 'strike_on_militias', weapon: 'airstrike' }),
  one('m1', { date: { value: '2024-01', precision: 'month' }, place: PLACES.ainAlAsad }),
  one('m2', { date: { value: '2023-11', precision: 'month' }, place: PLACES.tanf }),
  one('u1', { place: PLACES.erbil }),
  one('u2', { place: null }),
  one('u3', { place: PLACES.shaddadiBase }),
];

function iq(raw: RawParams) {
  const r = parseIncidentQuery(raw);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.query;
}

/** Bounding-box filtering and keyset export, as both SearchPort adapters must behave. */
export function describeSearchPortExportBehaviour(
  name: string,
  setup: () => Promise<{ port: SearchPort; refresh?: () => Promise<void>; teardown?: () => Promise<void> }>,
  skipReason: string | null = null,
): void {
  if (skipReason) {
    describe.skip(`SearchPort export and area filter: ${name} (skipped: ${skipReason})`, () => {
      it('needs the back end', () => undefined);
    });
    return;
  }
  describe(`SearchPort export and area filter: ${name}`, () => {
    let port: SearchPort;
    let ctx: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      ctx = await setup();
      port = ctx.port;
      await port.indexIncidents(EXPORT_INCIDENTS);
      await ctx.refresh?.();
    });
    afterAll(async () => ctx?.teardown?.());

    const exported = async (raw: RawParams, pageSize: number) => {
      const ids: string[] = [];
      for await (const page of allIncidents(port, iq(raw), pageSize)) {
        expect(page.length).toBeLessThanOrEqual(pageSize);
        ids.push(...page.map((d) => d.id));
      }
      return ids;
    };

    it('filters by a bounding box (minLon,minLat,maxLon,maxLat)', async () => {
      // Eastern Syria and western Iraq: al-Shaddadi, its base, Hasakah, Ain al-Asad; not al-Tanf or Erbil.
      const r = await port.searchIncidents(iq({ bbox: '39.5,33.6,43,37', size: '50' }));
      const places = r.items.map((i) => i.place?.name_en).sort();
      expect(places).toEqual(['Ain al-Asad', 'Ain al-Asad', 'Hasakah', 'al-Shaddadi', 'al-Shaddadi base']);
      expect(r.total).toBe(5);
      // A small box around one place.
      expect((await port.searchIncidents(iq({ bbox: '38.64,33.49,38.66,33.51' }))).items.map((i) => i.place?.name_en)).toEqual(['al-Tanf', 'al-Tanf']);
      // Combined with other filters.
      expect((await port.searchIncidents(iq({ bbox: '39.5,33.6,43,37', weapon: 'rocket' }))).total).toBe(2);
    });

    it('exports every match in the list order, whatever the page size, without repeats', async () => {
      const listed = (await port.searchIncidents(iq({ sort: 'date', size: '100' }))).items.map((i) => i.id);
      expect(listed).toHaveLength(EXPORT_INCIDENTS.length);
      for (const size of [1, 2, 3, 4, 7, 100]) {
        const ids = await exported({}, size);
        // Same order as the list: days newest first, then months, then undated.
        expect({ size, ids }).toEqual({ size, ids: listed });
      }
    });

    it('applies the filters to the export, and exports nothing for no match', async () => {
      const rockets = await exported({ weapon: 'rocket' }, 1);
      expect(rockets.sort()).toEqual(
        EXPORT_INCIDENTS.filter((d) => d.weapon === 'rocket')
          .map((d) => d.id)
          .sort(),
      );
      // Erbil airport: the dated report first, then the undated one.
      expect(await exported({ bbox: '43.5,36,44.5,37' }, 1)).toEqual([EXPORT_INCIDENTS[3].id, EXPORT_INCIDENTS[7].id]);
      expect(await exported({ q: 'كلمة-غير-موجودة' }, 5)).toEqual([]);
      // Full documents: sources and evidence travel with each incident.
      const [first] = (await port.exportIncidents(iq({}), null, 1)).items;
      expect(first.sources.length).toBeGreaterThan(0);
      expect(first.mentions[0].evidence).toBeDefined();
    });

    it('refuses a cursor it did not make', async () => {
      await expect(port.exportIncidents(iq({}), 'not-a-cursor', 5)).rejects.toThrow(/cursor/);
    });
  });
}
