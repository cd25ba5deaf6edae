import { ArticleDocument, IncidentDocument, SearchPort } from '../../src/lib/search.port';
import { toIncidentDocument } from '../../src/lib/indexing/incident-document.mapping';
import { parseArticleQuery, parseIncidentQuery, RawParams } from '../../src/lib/query/search-params.query';
import { PLACES, day, ev, mention } from './fixtures';

const am = (articleId: string, publishedAt: string, m: ReturnType<typeof mention>) => ({ articleId, publishedAt, outlet: `outlet-${articleId}`, url: `https://x/${articleId}`, mention: m });

export const INCIDENTS: IncidentDocument[] = [
  toIncidentDocument([
    am(
      't1',
      '2024-01-29',
      mention(0, {
        date: day('2024-01-28'),
        place: { ...PLACES.tanf, id: 'jo-tower22', name_ar: 'البرج 22', name_en: 'Tower 22', lat: 33.32, lon: 38.7, ancestors: ['jo-rukban'] },
        weapon: 'drone',
        actor: 'islamic_resistance_iraq',
        killed: 3,
        injured: 25,
        evidence: ev('مقتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيّرة على البرج 22 في الأردن'),
      }),
    ),
    am(
      't2',
      '2024-01-30',
      mention(0, {
        date: day('2024-01-28'),
        place: { ...PLACES.tanf, id: 'jo-tower22', name_ar: 'البرج 22', name_en: 'Tower 22', lat: 33.32, lon: 38.7, ancestors: ['jo-rukban'] },
        weapon: 'drone',
        killed: 3,
        injured: 34,
        evidence: ev('ارتفاع عدد المصابين إلى 34 في الهجوم على القاعدة'),
      }),
    ),
  ]),
  toIncidentDocument([
    am(
      's1',
      '2024-01-03',
      mention(0, { date: day('2024-01-02'), place: PLACES.shaddadi, weapon: 'rocket', actor: 'iran_backed_militia', evidence: ev('سقوط صواريخ على قاعدة الشدادي في ريف الحسكة') }),
    ),
  ]),
  toIncidentDocument([am('e1', '2023-12-09', mention(0, { date: day('2023-12-08'), place: PLACES.erbil, weapon: 'drone', killed: 0, evidence: ev('إسقاط طائرة مُسيَّرة قرب مطار أربيل') }))]),
  toIncidentDocument([
    am(
      'm1',
      '2024-02-03',
      mention(0, {
        category: 'strike_on_militias',
        date: day('2024-02-02'),
        place: { ...PLACES.tanf, id: 'sy-mayadin', name_ar: 'الميادين', name_en: 'Mayadin', lat: 35.02, lon: 40.45, ancestors: ['sy-deir-ez-zor'] },
        weapon: 'airstrike',
        actor: 'us',
        killed: 18,
        evidence: ev('غارات أمريكية على مواقع للفصائل في الميادين'),
      }),
    ),
  ]),
];

export const ARTICLES: ArticleDocument[] = [
  {
    id: 't1',
    contentHash: 'h1',
    url: 'https://x/t1',
    outlet: 'outlet-t1',
    title: 'هجوم البرج 22',
    publishedAt: '2024-01-29T00:00:00.000Z',
    lang: 'ar',
    text: 'قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيّرة على البرج 22.',
    duplicateOf: null,
    incidentIds: [INCIDENTS[0].id],
  },
  {
    id: 's1',
    contentHash: 'h2',
    url: 'https://x/s1',
    outlet: 'outlet-s1',
    title: 'صواريخ على الشدادي',
    publishedAt: '2024-01-03T00:00:00.000Z',
    lang: 'ar',
    text: 'سقطت صواريخ على قاعدة الشدادي الأمريكية.',
    duplicateOf: null,
    incidentIds: [INCIDENTS[1].id],
  },
  {
    id: 'x1',
    contentHash: 'h3',
    url: 'https://x/x1',
    outlet: 'other',
    title: 'اجتماع',
    publishedAt: '2024-01-05T00:00:00.000Z',
    lang: 'ar',
    text: 'عقد اجتماع لبحث الأوضاع الاقتصادية.',
    duplicateOf: null,
    incidentIds: [],
  },
];

function iq(raw: RawParams) {
  const r = parseIncidentQuery(raw);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.query;
}

/**
 * Behaviour both SearchPort adapters must show. `setup` returns a fresh, empty port.
 */
export function describeSearchPortBehaviour(
  name: string,
  setup: () => Promise<{ port: SearchPort; refresh?: () => Promise<void>; teardown?: () => Promise<void> } | null>,
  skipReason: string | null = null,
): void {
  if (skipReason) {
    // The only allowed skip: a back end that is not configured in this environment.
    describe.skip(`SearchPort behaviour: ${name} (skipped: ${skipReason})`, () => {
      it('needs the back end', () => undefined);
    });
    return;
  }
  describe(`SearchPort behaviour: ${name}`, () => {
    let port: SearchPort;
    let ctx: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      ctx = await setup();
      if (!ctx) return;
      port = ctx.port;
      await port.indexIncidents(INCIDENTS);
      await port.indexArticles(ARTICLES);
      await ctx.refresh?.();
    });
    afterAll(async () => ctx?.teardown?.());
    const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

    it('finds incidents by Arabic text across spelling variants (hamza, diacritics, taa marbuta)', async () => {
      const r = await port.searchIncidents(iq({ q: 'مسيره' }));
      expect(ids(r).sort()).toEqual([INCIDENTS[0].id, INCIDENTS[2].id].sort());
      expect(r.total).toBe(2);
      const r2 = await port.searchIncidents(iq({ q: 'مُسيّرة اربيل' }));
      expect(ids(r2)).toEqual([INCIDENTS[2].id]);
    });

    it('finds broken plurals, dialect, English and transliterated forms through the one vocabulary', async () => {
      const found = async (q: string) => ids(await port.searchIncidents(iq({ q }))).sort();
      expect(await found('صاروخ')).toEqual([INCIDENTS[1].id]);
      expect(await found('درون')).toEqual([INCIDENTS[0].id, INCIDENTS[2].id].sort());
      expect(await found('drones')).toEqual([INCIDENTS[0].id, INCIDENTS[2].id].sort());
      expect(await found('غارة')).toEqual([INCIDENTS[3].id]);
      expect(await found('قواعد')).toEqual([INCIDENTS[0].id, INCIDENTS[1].id].sort());
      expect(await found('tower 22')).toEqual([INCIDENTS[0].id]);
      expect(await found('erbil درون')).toEqual([INCIDENTS[2].id]);
      expect(await found('جندي')).toEqual([INCIDENTS[0].id]);
    });

    it('finds an attack by a word naming its category whatever its sources say, and other incidents only by their text', async () => {
      const found = async (q: string) => ids(await port.searchIncidents(iq({ q }))).sort();
      // Only the Tower 22 report says "هجوم"; the rockets on al-Shaddadi and the drone at Erbil are attacks too.
      expect(await found('هجمات')).toEqual([INCIDENTS[0].id, INCIDENTS[1].id, INCIDENTS[2].id].sort());
      expect(await found('هجوم الشدادي')).toEqual([INCIDENTS[1].id]);
      expect(await found('بالهجمات صواريخ')).toEqual([INCIDENTS[1].id]);
      // The strike on Mayadin is not an attack on US forces and never says "هجوم".
      expect(await found('هجوم الميادين')).toEqual([]);
      // Articles have no category: the word is text there.
      expect((await port.searchArticles({ q: 'هجوم', page: 1, size: 20 })).items.map((a) => a.id)).toEqual(['t1']);
    });

    it('cuts highlights from the display text (hamza, diacritics, no place-name prefix), marking the words that matched', async () => {
      const r = await port.searchIncidents(iq({ q: 'مسيره اربيل' }));
      expect(r.items[0].highlight).toBe('إسقاط طائرة <mark>مُسيَّرة</mark> قرب مطار <mark>أربيل</mark>');
      const a = await port.searchArticles({ q: 'الشدادى', page: 1, size: 20 });
      expect(a.items[0].highlight).toBe('سقطت صواريخ على قاعدة <mark>الشدادي</mark> الأمريكية.');
    });

    it('sorts by date by default and counts facets over the filtered set', async () => {
      const r = await port.searchIncidents(iq({}));
      expect(ids(r)).toEqual([INCIDENTS[3].id, INCIDENTS[0].id, INCIDENTS[1].id, INCIDENTS[2].id]);
      expect(r.facets.category).toEqual([
        { value: 'attack_on_us_forces', count: 3 },
        { value: 'strike_on_militias', count: 1 },
      ]);
      expect(r.facets.weapon).toEqual([
        { value: 'drone', count: 2 },
        { value: 'airstrike', count: 1 },
        { value: 'rocket', count: 1 },
      ]);
      const f = await port.facets(iq({ category: 'attack_on_us_forces' }));
      expect(f.category).toEqual([{ value: 'attack_on_us_forces', count: 3 }]);
    });

    it('filters by date range, category, actor, weapon, minKilled', async () => {
      expect(ids(await port.searchIncidents(iq({ from: '2024-01-01', to: '2024-01-31' })))).toEqual([INCIDENTS[0].id, INCIDENTS[1].id]);
      expect(ids(await port.searchIncidents(iq({ category: 'strike_on_militias' })))).toEqual([INCIDENTS[3].id]);
      expect(ids(await port.searchIncidents(iq({ actor: 'islamic_resistance_iraq,us' })))).toEqual([INCIDENTS[3].id, INCIDENTS[0].id]);
      expect(ids(await port.searchIncidents(iq({ weapon: ['rocket'] })))).toEqual([INCIDENTS[1].id]);
      expect(ids(await port.searchIncidents(iq({ minKilled: '3' })))).toEqual([INCIDENTS[3].id, INCIDENTS[0].id]);
    });

    it('filters by place name (Arabic or English, normalised) and by distance', async () => {
      expect(ids(await port.searchIncidents(iq({ place: 'اربيل' })))).toEqual([INCIDENTS[2].id]);
      expect(ids(await port.searchIncidents(iq({ place: 'Shaddadi' })))).toEqual([INCIDENTS[1].id]);
      expect(ids(await port.searchIncidents(iq({ near: '36.5,40.75,60' })))).toEqual([INCIDENTS[1].id]);
      expect(ids(await port.searchIncidents(iq({ near: '33.5,38.65,30' })))).toEqual([INCIDENTS[0].id]);
    });

    it('pages results and reports the full total', async () => {
      const p1 = await port.searchIncidents(iq({ size: '3' }));
      const p2 = await port.searchIncidents(iq({ size: '3', page: '2' }));
      expect(p1.total).toBe(4);
      expect(p2.total).toBe(4);
      expect([...ids(p1), ...ids(p2)]).toEqual([INCIDENTS[3].id, INCIDENTS[0].id, INCIDENTS[1].id, INCIDENTS[2].id]);
    });

    it('treats query text as text, never as syntax', async () => {
      const r = await port.searchIncidents(iq({ q: '\'; DROP TABLE search_incidents; -- {"match_all":{}} OR 1=1' }));
      expect(r.total).toBe(0);
      expect((await port.searchIncidents(iq({}))).total).toBe(4);
    });

    it('returns an incident with its sources, evidence and conflicting values', async () => {
      const doc = await port.getIncident(INCIDENTS[0].id);
      expect(doc?.sources.map((s) => s.articleId)).toEqual(['t1', 't2']);
      expect(doc?.fields.injured.conflicting).toBe(true);
      expect(doc?.fields.injured.values.map((v) => v.value)).toEqual([25, 34]);
      expect(doc?.mentions[0].evidence.category?.sentence).toContain('البرج 22');
      expect(await port.getIncident('inc_missing')).toBeNull();
    });

    it('searches source articles with highlights', async () => {
      const parsed = parseArticleQuery({ q: 'الشدادى' });
      if (!parsed.ok) throw new Error(parsed.errors.join());
      const r = await port.searchArticles(parsed.query);
      expect(r.items.map((a) => a.id)).toEqual(['s1']);
      expect(r.items[0].incidentIds).toEqual([INCIDENTS[1].id]);
      expect(r.items[0].highlight).toMatch(/<mark>/);
      const aq = (raw: RawParams) => {
        const a = parseArticleQuery(raw);
        if (!a.ok) throw new Error(a.errors.join());
        return a.query;
      };
      expect((await port.searchArticles(aq({ q: 'الشدادي', to: '2024-01-03' }))).items.map((a) => a.id)).toEqual(['s1']);
      expect((await port.searchArticles(aq({ q: 'الشدادي', from: '2024-01-04' }))).total).toBe(0);
      expect((await port.searchArticles(aq({ from: '2024-01-04' }))).items.map((a) => a.id)).toEqual(['t1', 'x1']);
      expect((await port.searchArticles(aq({ outlet: 'other' }))).items.map((a) => a.id)).toEqual(['x1']);
    });

    it('returns one source article with its full text, and null for an unknown id', async () => {
      const a = await port.getArticle(ARTICLES[0].id);
      expect(a).toMatchObject({ id: ARTICLES[0].id, text: ARTICLES[0].text, title: ARTICLES[0].title, outlet: ARTICLES[0].outlet });
      expect(a?.publishedAt && new Date(a.publishedAt).getTime()).toBe(ARTICLES[0].publishedAt && new Date(ARTICLES[0].publishedAt).getTime());
      expect(await port.getArticle('no-such-article')).toBeNull();
    });

    it('re-indexing and deleting are idempotent', async () => {
      await port.indexIncidents([INCIDENTS[2]]);
      await ctx?.refresh?.();
      expect((await port.searchIncidents(iq({}))).total).toBe(4);
      await port.deleteIncidents([INCIDENTS[2].id]);
      await ctx?.refresh?.();
      expect((await port.searchIncidents(iq({}))).total).toBe(3);
      await port.indexIncidents([INCIDENTS[2]]);
      await ctx?.refresh?.();
    });
  });
}
