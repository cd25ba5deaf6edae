// A small gold set and a system's output for it, written for these specs; the expected figures are
// worked out by hand in evaluate.spec.ts.
import type { GoldDocument, PredictionDocument } from '../src';

export const HASAKAH = { name_en: 'Hasakah', lat: 36.5, lon: 40.75 };
export const OMAR = { name_en: 'al-Omar oil field', lat: 35.07, lon: 40.55 };
export const ALBUKAMAL = { name_en: 'Albukamal', lat: 34.45, lon: 40.92 };
export const BAGHDAD = { name_en: 'Baghdad', lat: 33.31, lon: 44.36 };

export const SENTENCE = {
  hasakahAttack: 'استهدفت طائرة مسيرة قاعدة أمريكية في الحسكة.',
  hasakahInjured: 'وأصيب خمسة جنود في الهجوم.',
  hasakahAgain: 'هجوم بطائرة مسيرة على قاعدة في الحسكة يوم الخميس.',
  omarRockets: 'سقطت صواريخ على حقل العمر يوم السبت.',
  baghdadExhibition: 'افتتح معرض للكتاب في بغداد.',
};

export function goldSet(): GoldDocument[] {
  const hasakah = { gid: 'g-hasakah', required: true, category: 'attack_on_us_forces', date: ['2024-01-10'], place: HASAKAH, weapon: ['drone'] };
  const omar = { gid: 'g-omar', required: true, category: 'attack_on_us_forces', date: ['2024-01-10'], place: OMAR, weapon: ['rocket'], killed: [0], injured: [null] };
  return [
    {
      doc: 'd1',
      published_at: '2024-01-11',
      incidents: [
        { ...hasakah, actor: ['iran_backed_militia', 'unknown'], killed: [1], injured: [6, 20] },
        omar,
        { gid: 'g-old', required: false, category: 'strike_on_militias', date: ['2023-12'], place: ALBUKAMAL, weapon: ['airstrike'], actor: ['israel', 'unknown'], killed: [null], injured: [null] },
      ],
    },
    {
      doc: 'd2',
      published_at: null,
      incidents: [
        { ...hasakah, actor: ['unknown'], killed: [null], injured: [null] },
        { gid: 'g-bukamal', required: true, category: 'strike_on_militias', date: ['2024-01-12'], place: ALBUKAMAL, weapon: ['airstrike'], actor: ['us'], killed: [2], injured: [null] },
        omar,
      ],
    },
    { doc: 'd3', published_at: null, incidents: [] },
    { doc: 'd4', published_at: null, incidents: [] },
    { doc: 'd5', published_at: null, incidents: [] },
  ];
}

const ev = (sentence: string) => ({ sentence, start: 0, end: sentence.length });

export function predictionSet(): PredictionDocument[] {
  return [
    {
      doc: 'd1',
      incidents: [
        // right but for the injured figure
        {
          category: 'attack_on_us_forces',
          date: '2024-01-10',
          place: HASAKAH,
          weapon: 'drone',
          actor: 'iran_backed_militia',
          killed: 1,
          injured: 5,
          cluster: 'c1',
          evidence: { category: ev(SENTENCE.hasakahAttack), injured: ev(SENTENCE.hasakahInjured) },
        },
        // three days late: misses g-omar and counts as spurious
        {
          category: 'attack_on_us_forces',
          date: '2024-01-13',
          place: OMAR,
          weapon: 'rocket',
          actor: 'unknown',
          killed: 0,
          injured: null,
          cluster: 'c2',
          evidence: { category: ev(SENTENCE.omarRockets), date: ev(SENTENCE.omarRockets) },
        },
        // the optional incident: neither rewarded nor punished
        { category: 'strike_on_militias', date: '2023-12-05', place: ALBUKAMAL, weapon: 'airstrike', actor: 'israel', killed: null, injured: null, cluster: 'c3' },
      ],
    },
    {
      doc: 'd2',
      incidents: [
        // a day off: matched, date wrong
        {
          category: 'attack_on_us_forces',
          date: '2024-01-11',
          place: HASAKAH,
          weapon: 'drone',
          actor: 'unknown',
          killed: null,
          injured: null,
          cluster: 'c1',
          evidence: { category: ev(SENTENCE.hasakahAgain) },
        },
        // right, but put in the Hasakah attack's cluster
        { category: 'strike_on_militias', date: '2024-01-12', place: ALBUKAMAL, weapon: 'airstrike', actor: 'us', killed: 2, injured: null, cluster: 'c1' },
        { category: 'attack_on_us_forces', date: '2024-01-10', place: OMAR, weapon: 'rocket', actor: 'unknown', killed: 0, injured: null, cluster: 'c2' },
      ],
    },
    { doc: 'd3', incidents: [] },
    {
      doc: 'd4',
      incidents: [
        {
          category: 'attack_on_us_forces',
          date: '2024-01-01',
          place: BAGHDAD,
          weapon: 'rocket',
          actor: 'unknown',
          killed: null,
          injured: null,
          cluster: 'c9',
          evidence: { category: ev(SENTENCE.baghdadExhibition) },
        },
      ],
    },
    // d5 has no prediction line at all
  ];
}
