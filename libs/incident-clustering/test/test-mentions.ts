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
  erbilAirport: { id: 'iq-erbil-airport', name_ar: 'مطار أربيل', name_en: 'Erbil airport', lat: 36.24, lon: 43.96, country: 'IQ', admin1: 'Erbil', ancestors: ['iq-erbil'] },
  harir: { id: 'iq-harir-base', name_ar: 'قاعدة حرير', name_en: 'Harir base', lat: 36.54, lon: 44.36, country: 'IQ', admin1: 'Erbil', ancestors: ['iq-erbil'] },
  omarField: { id: 'sy-omar-field', name_ar: 'حقل العمر', name_en: 'al-Omar oil field', lat: 35.05, lon: 40.54, country: 'SY', admin1: 'Deir ez-Zor', ancestors: ['sy-deir-ez-zor'] },
  conoco: { id: 'sy-conoco', name_ar: 'حقل كونيكو', name_en: 'Conoco gas field', lat: 35.27, lon: 40.3, country: 'SY', admin1: 'Deir ez-Zor', ancestors: ['sy-deir-ez-zor'] },
  qaim: { id: 'iq-qaim', name_ar: 'القائم', name_en: 'al-Qaim', lat: 34.38, lon: 41.09, country: 'IQ', admin1: 'Anbar', ancestors: ['iq-anbar'] },
  jurf: { id: 'iq-jurf-al-sakhar', name_ar: 'جرف الصخر', name_en: 'Jurf al-Sakhar', lat: 32.87, lon: 44.13, country: 'IQ', admin1: 'Babil', ancestors: ['iq-babil'] },
  baghdad: { id: 'iq-baghdad', name_ar: 'بغداد', name_en: 'Baghdad', lat: 33.31, lon: 44.37, country: 'IQ', admin1: 'Baghdad', ancestors: [] },
  embassy: { id: 'iq-us-embassy', name_ar: 'السفارة الأمريكية', name_en: 'US embassy Baghdad', lat: 33.3, lon: 44.39, country: 'IQ', admin1: 'Baghdad', ancestors: ['iq-baghdad'] },
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

/** A copy of a mention told by another article (a syndicated or re-fed copy): same content, another article id. */
export const copyOf = (m: ArticleMention, articleId: string, publishedAt: string | null = m.publishedAt): ArticleMention => ({
  ...m,
  articleId,
  publishedAt,
  outlet: `outlet-${articleId}`,
  url: `https://news.example/${articleId}`,
});

/** The partition of mentions into incidents, as sorted lists of article#index keys (ids left out). */
export function partition(mentions: readonly ArticleMention[], ids: readonly string[], key: (m: ArticleMention) => string = (m) => `${m.articleId}#${m.mention.index}`): string[] {
  const groups = new Map<string, Set<string>>();
  mentions.forEach((m, i) => (groups.get(ids[i]) ?? groups.set(ids[i], new Set()).get(ids[i])!).add(key(m)));
  return [...groups.values()].map((g) => [...g].sort().join(' ')).sort();
}

/** A deterministic shuffle (linear congruential generator), so a failing order can be replayed. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
