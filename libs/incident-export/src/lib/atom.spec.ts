import { readAtom } from '../testing';
import { incident, report, ASAD, TWO_REPORTS, UNLOCATED } from '../../test/incidents';
import { atomFeed, AtomFeedInput, entryUpdated, feedId } from './atom';
import { ExportIncident } from './export-incident';

const input = (incidents: ExportIncident[], over: Partial<AtomFeedInput> = {}): AtomFeedInput => ({
  incidents,
  lang: 'ar',
  queryKey: 'weapon=missile',
  description: 'weapon=missile',
  selfUrl: 'http://localhost:8080/api/incidents/feed?weapon=missile',
  pageUrl: 'http://localhost:8080/?weapon=missile',
  incidentPageUrl: (id) => `http://localhost:8080/?incident=${id}`,
  incidentApiUrl: (id) => `http://localhost:8080/api/incidents/${id}`,
  ...over,
});

describe('Atom feed', () => {
  it('is valid Atom 1.0: ids, titles, dates, links, author, one entry per incident in the given order', () => {
    const feed = readAtom(atomFeed(input([TWO_REPORTS, UNLOCATED])));
    expect(feed.id).toBe(feedId('weapon=missile'));
    expect(feed.lang).toBe('ar');
    expect(feed.links).toEqual(expect.arrayContaining([{ rel: 'self', type: 'application/atom+xml', href: 'http://localhost:8080/api/incidents/feed?weapon=missile' }]));
    expect(feed.entries.map((e) => e.id)).toEqual([`urn:raseed:incident:${TWO_REPORTS.id}`, `urn:raseed:incident:${UNLOCATED.id}`]);
    const [e] = feed.entries;
    expect(e.title).toBe('هجوم على القوات الأمريكية — صاروخ موجّه — عين الأسد — 2024-01-20');
    expect(e.updated).toBe('2024-01-22T07:30:00Z');
    expect(e.published).toBe('2024-01-21T09:00:00Z');
    expect(e.point).toBe(`${ASAD.lat} ${ASAD.lon}`);
    expect(e.links).toContainEqual({ rel: 'alternate', type: 'text/html', href: `http://localhost:8080/?incident=${TWO_REPORTS.id}` });
    expect(e.categories).toContainEqual({ scheme: 'urn:raseed:category', term: 'attack_on_us_forces', label: 'هجوم على القوات الأمريكية' });
    // The content is HTML carried as text: the evidence sentences and the source links, escaped once for XML.
    expect(e.content).toContain('<a href="https://news.example/a2">أخبار المشرق</a>');
    expect(e.content).toContain('قاعدة &quot;عين الأسد&quot;، الجوية');
    expect(feed.updated).toBe('2024-01-22T07:30:00Z');
  });

  it('moves an entry’s updated when a new source joins the incident, and keeps its id', () => {
    const first = report('b1', 'وكالة الخليج', '2024-03-11T20:00:00Z', { date: { value: '2024-03-11', precision: 'day' }, place: ASAD, weapon: 'drone' });
    const later = report('b2', 'أخبار المشرق', '2024-03-12T06:00:00Z', { date: { value: '2024-03-11', precision: 'day' }, place: ASAD, weapon: 'drone' });
    const before = readAtom(atomFeed(input([incident(first)]))).entries[0];
    const after = readAtom(atomFeed(input([incident(first, later)]))).entries[0];
    expect(after.id).toBe(before.id);
    expect(after.updated > before.updated).toBe(true);
    expect(after.summary).toContain('المصادر: 2');
  });

  it('stays well-formed with markup, ampersands and control characters in news text, and in English', () => {
    const nasty = incident(report('n1', 'A & B <i>', '2024-02-02', { target: 'x\u0001y <script>&', evidence: { target: { sentence: ']]> & <b>', start: 0, end: 3 } } }));
    const feed = readAtom(atomFeed(input([nasty], { lang: 'en', description: 'q=<&>' })));
    expect(feed.title).toBe('Raseed: incidents — q=<&>');
    expect(feed.entries[0].content).toContain('xy &lt;script&gt;&amp;');
    expect(feed.entries[0].updated).toBe('2024-02-02T00:00:00Z');
  });

  it('dates an entry without any publication time from the incident date, and an empty feed validly', () => {
    expect(entryUpdated(UNLOCATED)).toBe('1970-01-01T00:00:00Z');
    const month = incident(report('m1', null, null, { date: { value: '2023-11', precision: 'month' } }));
    expect(entryUpdated(month)).toBe('2023-11-01T00:00:00Z');
    expect(readAtom(atomFeed(input([]))).entries).toEqual([]);
  });

  it('rejects what RFC 4287 forbids (the checker can fail)', () => {
    const valid = atomFeed(input([TWO_REPORTS]));
    expect(() => readAtom(valid.replace(/<updated>[^<]*<\/updated>/, '<updated>yesterday</updated>'))).toThrow(/RFC 3339/);
    expect(() => readAtom(valid.replace(/<id>urn:raseed:incident:[^<]*<\/id>/, ''))).toThrow(/0 id elements/);
    expect(() => readAtom(valid.replace('<author><name>Raseed</name></author>', ''))).toThrow(/no author/);
    expect(() => readAtom(valid.replace('</feed>', ''))).toThrow(/well-formed/);
  });
});
