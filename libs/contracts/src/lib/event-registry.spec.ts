import { InvalidEventError, TOPICS, allTopics, decodeEvent, encodeEvent, stableId } from '@raseed/contracts';

const fetched = {
  schema: 'articles.fetched.v1' as const,
  eventId: 'e1',
  articleId: 'a1',
  contentHash: 'h1',
  source: { kind: 'inbox' as const, name: 'inbox' },
  url: null,
  fileName: 'x.txt',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  contentType: 'text/plain',
  declaredCharset: null,
  headers: {},
  bodyBase64: Buffer.from('نص').toString('base64'),
  hints: { title: null, publishedAt: null, outlet: null },
};

describe('event registry', () => {
  it('round-trips a valid event', () => {
    const raw = encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetched);
    expect(decodeEvent(TOPICS.ARTICLES_FETCHED_V1, Buffer.from(raw))).toEqual(fetched);
  });

  it('rejects non-JSON, empty and wrong-shaped payloads with the field at fault', () => {
    expect(() => decodeEvent(TOPICS.ARTICLES_FETCHED_V1, Buffer.from('{nope'))).toThrow(/not JSON/);
    expect(() => decodeEvent(TOPICS.ARTICLES_FETCHED_V1, null)).toThrow(InvalidEventError);
    expect(() => decodeEvent(TOPICS.ARTICLES_FETCHED_V1, JSON.stringify({ ...fetched, articleId: '' }))).toThrow(/articleId/);
    expect(() => decodeEvent(TOPICS.ARTICLES_FETCHED_V1, JSON.stringify({ ...fetched, schema: 'articles.fetched.v2' }))).toThrow(/schema/);
  });

  it('refuses to encode an invalid event (a producer bug never reaches the topic)', () => {
    expect(() => encodeEvent(TOPICS.ARTICLES_FETCHED_V1, { ...fetched, fetchedAt: 'yesterday' })).toThrow(/fetchedAt/);
  });

  it('registers a dead-letter topic for every topic, all versioned', () => {
    const topics = allTopics();
    expect(topics).toContain('incidents.extracted.v1.dlt');
    for (const t of topics) expect(t).toMatch(/\.v\d+(\.dlt)?$/);
  });

  it('stableId is deterministic and prefixed', () => {
    expect(stableId('a_', 'x')).toBe(stableId('a_', 'x'));
    expect(stableId('a_', 'x')).not.toBe(stableId('a_', 'y'));
    expect(stableId('a_', 'x')).toMatch(/^a_[0-9a-f]{20}$/);
  });
});
