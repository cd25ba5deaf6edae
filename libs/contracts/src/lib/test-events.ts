// Event builders for tests: every field valid, the test writes the text and overrides what it checks.
import { ArticleFetchedV1 } from './events/article-fetched.event';
import { ArticleNormalisedV1 } from './events/article-normalised.event';
import { IncidentMention, IncidentsExtractedV1 } from './events/incidents-extracted.event';
import { newEventId } from './ids';

/** A fetched-article event for tests, from text the test writes itself. */
export function fetchedArticle(articleId: string, body: string | Buffer, overrides: Partial<ArticleFetchedV1> = {}): ArticleFetchedV1 {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return {
    schema: 'articles.fetched.v1',
    eventId: newEventId(),
    articleId,
    contentHash: `h-${articleId}-${bytes.length}`,
    source: { kind: 'inbox', name: 'test' },
    url: null,
    fileName: `${articleId}.txt`,
    fetchedAt: new Date().toISOString(),
    contentType: 'text/plain',
    declaredCharset: null,
    headers: {},
    bodyBase64: bytes.toString('base64'),
    hints: { title: null, publishedAt: '2024-03-12', outlet: null },
    ...overrides,
  };
}

/** A normalised-article event for tests, from text the test writes itself. */
export function normalisedArticle(articleId: string, text: string, overrides: Partial<ArticleNormalisedV1> = {}): ArticleNormalisedV1 {
  return {
    schema: 'articles.normalised.v1',
    eventId: newEventId(),
    articleId,
    contentHash: `h-${articleId}-${text.length}`,
    url: null,
    canonicalUrl: null,
    outlet: null,
    title: null,
    author: null,
    publishedAt: '2024-03-12',
    lang: 'ar',
    text,
    removed: [],
    duplicateOf: null,
    fingerprint: 'fp',
    normalisedAt: new Date().toISOString(),
    ...overrides,
  };
}

export const TEST_PLACES = {
  tanf: { id: 'sy-base-tanf', name_ar: 'التنف', name_en: 'al-Tanf', lat: 33.5, lon: 38.65, country: 'SY', admin1: 'Homs', ancestors: ['sy-homs'] },
  shaddadi: { id: 'sy-base-shaddadi', name_ar: 'الشدادي', name_en: 'al-Shaddadi', lat: 36.06, lon: 40.73, country: 'SY', admin1: 'Hasakah', ancestors: ['sy-hasakah'] },
} as const;

/** A mention that states nothing but its category (every field null): tests set what they check. */
export function blankMention(index: number, overrides: Partial<IncidentMention> = {}): IncidentMention {
  return {
    index,
    category: 'attack_on_us_forces',
    date: null,
    place: null,
    target: null,
    weapon: null,
    actor: null,
    claimed_by: null,
    killed: null,
    injured: null,
    evidence: {},
    confidence: 0.8,
    ...overrides,
  };
}

export function mention(overrides: Partial<IncidentMention> = {}): IncidentMention {
  return {
    index: 0,
    category: 'attack_on_us_forces',
    date: { value: '2024-03-11', precision: 'day' },
    place: { ...TEST_PLACES.tanf, ancestors: [...TEST_PLACES.tanf.ancestors] },
    target: 'قاعدة التنف',
    weapon: 'drone',
    actor: 'islamic_resistance_iraq',
    claimed_by: 'islamic_resistance_iraq',
    killed: null,
    injured: 0,
    evidence: { weapon: { sentence: 'هجوم بطائرة مسيرة على قاعدة التنف', start: 0, end: 33 } },
    confidence: 0.9,
    ...overrides,
  };
}

/** An incidents.extracted.v1 event for tests: text and mentions the test writes itself. */
export function extractedArticle(articleId: string, text: string, incidents: IncidentMention[], publishedAt = '2024-03-12'): IncidentsExtractedV1 {
  return {
    schema: 'incidents.extracted.v1',
    eventId: newEventId(),
    articleId,
    contentHash: `h-${articleId}`,
    extractorVersion: 'test',
    article: { url: `https://example.org/${articleId}`, outlet: `outlet-${articleId}`, title: text.split('\n')[0], publishedAt, lang: 'ar', text, duplicateOf: null },
    incidents,
    extractedAt: new Date().toISOString(),
  };
}
