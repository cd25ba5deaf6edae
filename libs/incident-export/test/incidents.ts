import { ArticleMention, buildIncident } from '@raseed/incident-clustering';
import { blankMention } from '@raseed/contracts/testing';
import { ExportIncident } from '../src/lib/export-incident';

type Over = Parameters<typeof blankMention>[1];

/** A source article reporting one incident, as the indexer sees it. */
export function report(articleId: string, outlet: string | null, publishedAt: string | null, over: Over): ArticleMention {
  return { articleId, outlet, publishedAt, url: `https://news.example/${articleId}`, mention: blankMention(0, over) };
}

/** The incident those reports make, with each one's evidence (as the search document carries it). */
export function incident(...members: ArticleMention[]): ExportIncident {
  return { ...buildIncident(members), mentions: members.map((m) => ({ outlet: m.outlet, evidence: m.mention.evidence })) };
}

export const ASAD = { id: 'iq-ain-al-asad', name_ar: 'عين الأسد', name_en: 'Ain al-Asad', lat: 33.8, lon: 42.44, country: 'IQ', admin1: 'Anbar', ancestors: ['iq-anbar'] };

const sentence = (s: string) => ({ sentence: s, start: 0, end: s.length });

/** Two reports of one attack (a figure each, a comma and quotes in the text), and an unlocated, undated one. */
export const TWO_REPORTS = incident(
  report('a1', 'وكالة الخليج', '2024-01-21T09:00:00Z', {
    date: { value: '2024-01-20', precision: 'day' },
    place: ASAD,
    weapon: 'missile',
    actor: 'islamic_resistance_iraq',
    injured: 4,
    target: 'قاعدة "عين الأسد"، الجوية',
    evidence: { injured: sentence('أسفر الهجوم عن إصابة 4 جنود، بحسب مسؤول'), weapon: sentence('استهدفت صواريخ باليستية القاعدة') },
  }),
  report('a2', 'أخبار المشرق', '2024-01-22T07:30:00Z', {
    date: { value: '2024-01-20', precision: 'day' },
    place: ASAD,
    weapon: 'missile',
    injured: 6,
    evidence: { injured: sentence('ارتفع عدد المصابين إلى 6\nفي حصيلة جديدة') },
  }),
);

export const UNLOCATED = incident(report('u1', null, null, { target: '=HYPERLINK("http://evil")', evidence: { category: sentence('+هجوم بلا مكان') } }));
