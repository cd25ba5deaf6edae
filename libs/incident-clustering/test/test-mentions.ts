import { IncidentMention, Place } from '@raseed/contracts';
import { blankMention } from '@raseed/contracts/testing';
import { ArticleMention } from '../src/lib/article-mention';

// Shared builders for this lib's specs (not exported from the barrel).
export const P = {
  shaddadiBase: { id: 'sy-shaddadi-base', name_ar: 'قاعدة الشدادي', name_en: 'al-Shaddadi base', lat: 36.07, lon: 40.72, country: 'SY', admin1: 'Hasakah', ancestors: ['sy-shaddadi', 'sy-hasakah'] },
  shaddadi: { id: 'sy-shaddadi', name_ar: 'الشدادي', name_en: 'al-Shaddadi', lat: 36.06, lon: 40.73, country: 'SY', admin1: 'Hasakah', ancestors: ['sy-hasakah'] },
  hasakah: { id: 'sy-hasakah', name_ar: 'الحسكة', name_en: 'Hasakah', lat: 36.5, lon: 40.75, country: 'SY', admin1: 'Hasakah', ancestors: [] },
  tanf: { id: 'sy-tanf', name_ar: 'التنف', name_en: 'al-Tanf', lat: 33.5, lon: 38.65, country: 'SY', admin1: 'Homs', ancestors: ['sy-homs'] },
  tower22: { id: 'jo-tower22', name_ar: 'البرج 22', name_en: 'Tower 22', lat: 33.32, lon: 38.7, country: 'JO', admin1: null, ancestors: ['jo-rukban'] },
  ainAlAsad: { id: 'iq-ain-al-asad', name_ar: 'عين الأسد', name_en: 'Ain al-Asad', lat: 33.8, lon: 42.44, country: 'IQ', admin1: 'Anbar', ancestors: ['iq-anbar'] },
  damascus: { id: 'sy-damascus', name_ar: 'دمشق', name_en: 'Damascus', lat: 33.51, lon: 36.29, country: 'SY', admin1: 'Damascus', ancestors: [] },
} satisfies Record<string, Place>;

export function am(articleId: string, publishedAt: string | null, over: Partial<IncidentMention> = {}, index = 0): ArticleMention {
  return {
    articleId,
    publishedAt,
    outlet: `outlet-${articleId}`,
    url: `https://news.example/${articleId}`,
    mention: blankMention(index, over),
  };
}

export const d = (value: string): IncidentMention['date'] => ({ value, precision: value.length === 10 ? 'day' : 'month' });
export const ev = (sentence: string): IncidentMention['evidence'] => ({ category: { sentence, start: 0, end: sentence.length } });
