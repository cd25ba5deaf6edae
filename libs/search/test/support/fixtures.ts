import { IncidentMention, IncidentsExtractedV1, Place } from '@raseed/contracts';

export const PLACES = {
  tanf: { id: 'sy-tanf', name_ar: 'التنف', name_en: 'al-Tanf', lat: 33.5, lon: 38.65, country: 'SY', admin1: 'Homs', ancestors: ['sy-homs'] },
  shaddadiBase: { id: 'sy-shaddadi-base', name_ar: 'قاعدة الشدادي', name_en: 'al-Shaddadi base', lat: 36.07, lon: 40.72, country: 'SY', admin1: 'Hasakah', ancestors: ['sy-shaddadi', 'sy-hasakah'] },
  shaddadi: { id: 'sy-shaddadi', name_ar: 'الشدادي', name_en: 'al-Shaddadi', lat: 36.06, lon: 40.73, country: 'SY', admin1: 'Hasakah', ancestors: ['sy-hasakah'] },
  hasakah: { id: 'sy-hasakah', name_ar: 'الحسكة', name_en: 'Hasakah', lat: 36.5, lon: 40.75, country: 'SY', admin1: 'Hasakah', ancestors: [] },
  ainAlAsad: { id: 'iq-ain-al-asad', name_ar: 'عين الأسد', name_en: 'Ain al-Asad', lat: 33.8, lon: 42.44, country: 'IQ', admin1: 'Anbar', ancestors: ['iq-anbar'] },
  erbil: { id: 'iq-erbil-airport', name_ar: 'مطار أربيل', name_en: 'Erbil airport', lat: 36.24, lon: 43.96, country: 'IQ', admin1: 'Erbil', ancestors: ['iq-erbil'] },
} satisfies Record<string, Place>;

export { blankMention as mention } from '@raseed/contracts/testing';

export function day(value: string): IncidentMention['date'] {
  return { value, precision: 'day' };
}

export function extracted(articleId: string, incidents: IncidentMention[], over: Partial<IncidentsExtractedV1['article']> = {}): IncidentsExtractedV1 {
  const text =
    over.text ??
    incidents
      .map((m) =>
        Object.values(m.evidence)
          .map((e) => e?.sentence)
          .join(' '),
      )
      .join('\n');
  return {
    schema: 'incidents.extracted.v1',
    eventId: `ev-${articleId}`,
    articleId,
    contentHash: `h-${articleId}`,
    extractorVersion: 'test-1',
    article: { url: `https://news.example/${articleId}`, outlet: `outlet-${articleId}`, title: null, publishedAt: null, lang: 'ar', text, duplicateOf: null, ...over },
    incidents,
    extractedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Evidence record for a sentence (offsets are irrelevant to search and clustering). */
export function ev(sentence: string): IncidentMention['evidence'] {
  return { category: { sentence, start: 0, end: sentence.length } };
}
